//! `spiegel sync`: the same journal on several devices through a folder a
//! file-sync service keeps in step; `sync init DIR`, `sync status`, and
//! `sync = auto`'s quiet sync after each writing command.

use std::path::{Path, PathBuf};
use std::time::Duration;

use anyhow::Result;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::crypt::{PASSPHRASE_VAR, new_passphrase, passphrase};
use super::render::{self, out};
use super::{Ctx, JsonArg, guided, term};
use crate::error::Error;
use crate::journal::sync::{KEY_FILE, SyncError};
use crate::services::sync::{self, Exchanged, Skipped};
use crate::services::sync_status::{self, SyncState};
use crate::services::{Access, Journal};
use crate::t;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct SyncArgs {
    #[command(subcommand)]
    command: Option<SyncCommand>,
    /// Erase the cases other devices forgot without asking (for scripts)
    #[arg(long, short)]
    yes: bool,
}

#[derive(Debug, Subcommand)]
pub enum SyncCommand {
    /// Tie the journal to a folder a sync service keeps in step (Syncthing, Nextcloud, a USB stick …)
    Init {
        /// The folder (it must exist; the journal must not be in it)
        dir: PathBuf,
    },
    /// This device, the folder, the devices known there and what is pending
    Status(JsonArg),
}

impl SyncArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        match self.command {
            Some(SyncCommand::Init { dir }) => init(ctx, &dir),
            Some(SyncCommand::Status(json)) => status(ctx, json.json),
            None => exchange(ctx, self.yes),
        }
    }
}

fn init(ctx: &Ctx, dir: &Path) -> Result<()> {
    let mut journal = ctx.journal(Access::Write)?;
    let key_file = dir.join(KEY_FILE);
    let tied = sync::init(&mut journal, dir, &|new| {
        if new {
            new_passphrase(PASSPHRASE_VAR)
        } else {
            passphrase(&key_file)
        }
    })?;
    let (device, dir) = (short(&tied.device), tied.dir.display().to_string());
    if tied.new_key {
        out(t!("sync-init-new", device = device, dir = dir))
    } else {
        out(t!("sync-init-joined", device = device, dir = dir))
    }
}

/// A device id as shown: its first eight characters.
fn short(device: &str) -> String {
    device.chars().take(8).collect()
}

fn exchange(ctx: &Ctx, yes: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Read)?;
    let mut confirm = |cases: &[String]| -> Result<bool> { confirm_forget(cases, yes) };
    let done = sync::exchange(&mut journal, &mut confirm, None)?;
    warn(&done);
    for case in &done.forgotten {
        out(t!("sync-forgotten", case = case.as_str()))?;
    }
    match done.sent {
        Some((records, deletions)) => {
            out(t!("sync-sent", records = records, deletions = deletions))?
        }
        None => out(t!("sync-nothing-to-send"))?,
    }
    if done.read == 0 {
        out(t!("sync-nothing-new"))
    } else {
        out(t!(
            "sync-read",
            files = done.read,
            added = done.added,
            updated = done.updated,
            deleted = done.deleted
        ))
    }
}

/// Whether the cases other devices forgot may be erased here: said first,
/// then asked (on a terminal), or `--yes`; without either they are kept
/// for now, with a warning.
fn confirm_forget(cases: &[String], yes: bool) -> Result<bool> {
    let list = cases.join(", ");
    eprintln!("{}", t!("sync-forget-warning", cases = list.as_str()));
    if yes {
        return Ok(true);
    }
    if !term::can_ask() {
        return Ok(false);
    }
    Ok(
        match guided::confirm(&t!("sync-forget-prompt", cases = list.as_str()), false) {
            Err(e) if matches!(e.downcast_ref(), Some(Error::Stopped)) => false,
            answer => answer?,
        },
    )
}

/// One line on stderr per file skipped (tried again next time).
fn warn(done: &Exchanged) {
    for skipped in &done.skipped {
        let line = match skipped {
            Skipped::Unreadable { device, name } => t!(
                "sync-skip-unreadable",
                name = name.as_str(),
                device = short(device)
            ),
            Skipped::Bad { device, name } => t!(
                "sync-skip-bad",
                name = name.as_str(),
                device = short(device)
            ),
            Skipped::Forget { case } => t!("sync-skip-forget", case = case.as_str()),
        };
        eprintln!("{line}");
    }
    if done.left > 0 {
        eprintln!("{}", t!("sync-left", count = done.left));
    }
}

/// `sync status --json`.
#[derive(Serialize)]
struct Shown<'a> {
    device: &'a str,
    dir: String,
    reachable: bool,
    pending_records: u64,
    pending_deletions: u64,
    devices: Vec<ShownDevice<'a>>,
}

#[derive(Serialize)]
struct ShownDevice<'a> {
    device: &'a str,
    this: bool,
    files: u64,
    last_write: Option<&'a str>,
    unread: u64,
}

fn status(ctx: &Ctx, json: bool) -> Result<()> {
    let mut journal = ctx.journal(Access::Read)?;
    let state = sync_status::status(&mut journal)?;
    if json {
        return render::json(&shown(&state));
    }
    let unread: u64 = state.devices.iter().map(|d| d.unread).sum();
    render::fields(&[
        (t!("sync-status-device"), short(&state.device)),
        (
            t!("sync-status-folder"),
            if state.reachable {
                state.dir.display().to_string()
            } else {
                t!(
                    "sync-status-unreachable",
                    dir = state.dir.display().to_string()
                )
            },
        ),
        (
            t!("sync-status-to-send"),
            t!(
                "sync-status-pending",
                records = state.pending_records,
                deletions = state.pending_deletions
            ),
        ),
        (
            t!("sync-status-to-read"),
            t!("sync-status-files", count = unread),
        ),
    ])?;
    render::blank()?;
    let mut table = render::table(&[
        t!("sync-col-device"),
        t!("sync-col-files"),
        t!("sync-col-last-write"),
        t!("sync-col-unread"),
    ]);
    for d in &state.devices {
        let name = if d.this {
            t!("sync-this-device", device = short(&d.device))
        } else {
            short(&d.device)
        };
        table.add_row(vec![
            name,
            d.files.to_string(),
            d.last_write.clone().unwrap_or_else(|| "-".into()),
            d.unread.to_string(),
        ]);
    }
    out(table)
}

fn shown(state: &SyncState) -> Shown<'_> {
    Shown {
        device: &state.device,
        dir: state.dir.display().to_string(),
        reachable: state.reachable,
        pending_records: state.pending_records,
        pending_deletions: state.pending_deletions,
        devices: state
            .devices
            .iter()
            .map(|d| ShownDevice {
                device: &d.device,
                this: d.this,
                files: d.files,
                last_write: d.last_write.as_deref(),
                unread: d.unread,
            })
            .collect(),
    }
}

/// How long `sync = auto` may take after a command.
const AUTO_BUDGET: Duration = Duration::from_millis(900);

/// `sync = auto`: after a writing command, a quiet sync. It never fails the
/// command: a failure is one warning line; a folder that does not answer
/// within the budget is skipped; forgets from other devices wait for a
/// `spiegel sync` that can ask.
pub fn auto(ctx: &Ctx) {
    let Ok(path) = ctx.journal_path() else {
        return;
    };
    // Opened again after the command: an encrypted journal's passphrase is
    // not asked a second time, only taken from the environment.
    let locked = std::cell::Cell::new(false);
    let opened = Journal::open(
        &path,
        Access::Read,
        &|| match std::env::var(PASSPHRASE_VAR) {
            Ok(p) if !p.is_empty() => Ok(p),
            _ => {
                locked.set(true);
                Err(Error::Locked(path.clone()).into())
            }
        },
    );
    let mut journal = match opened {
        Ok(journal) => journal,
        Err(_) if locked.get() => {
            eprintln!("{}", t!("sync-auto-locked"));
            return;
        }
        Err(_) => return,
    };
    let Ok(Some(dir)) = sync::folder(&mut journal) else {
        return;
    };
    if !answers_within(&dir, AUTO_BUDGET / 3) {
        eprintln!(
            "{}",
            t!("sync-auto-unreachable", dir = dir.display().to_string())
        );
        return;
    }
    let mut keep = |_: &[String]| -> Result<bool> { Ok(false) };
    match sync::exchange(&mut journal, &mut keep, Some(AUTO_BUDGET)) {
        Ok(done) => warn(&done),
        Err(err) => eprintln!("{}", t!("sync-auto-failed", error = format!("{err:#}"))),
    }
}

/// Whether the folder can be listed within `budget` (a network folder that
/// hangs is left behind in its thread).
fn answers_within(dir: &Path, budget: Duration) -> bool {
    let (tell, told) = std::sync::mpsc::channel();
    let dir = dir.to_path_buf();
    std::thread::spawn(move || {
        let _ = tell.send(std::fs::read_dir(&dir).is_ok());
    });
    told.recv_timeout(budget).unwrap_or(false)
}

impl std::fmt::Display for SyncError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let path = |p: &PathBuf| p.display().to_string();
        let text = match self {
            SyncError::NotSetUp => t!("error-sync-not-set-up"),
            SyncError::NoFolder(p) => t!("error-sync-no-folder", path = path(p)),
            SyncError::JournalInside(p) => t!("error-sync-journal-inside", path = path(p)),
            SyncError::WrongPassphrase(p) => t!("error-sync-wrong-passphrase", path = path(p)),
            SyncError::BadKeyFile(p) => t!("error-sync-bad-key-file", path = path(p)),
            SyncError::OtherFolder(p) => t!("error-sync-other-folder", path = path(p)),
        };
        f.write_str(&text)
    }
}

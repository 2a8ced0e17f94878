//! `spiegel init`, `status`, `encrypt`, `decrypt` and `rekey`, and asking
//! for passphrases: from a prompt that does not echo, or the environment.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result};
use clap::Args;

use super::Ctx;
use super::render::{self, out};
use crate::error::Error;
use crate::store::{self, Access, Encryption, Store};
use crate::t;

/// The passphrase of an existing journal.
const PASSPHRASE_VAR: &str = "SPIEGEL_PASSPHRASE";
/// The new passphrase for `rekey`.
const NEW_PASSPHRASE_VAR: &str = "SPIEGEL_NEW_PASSPHRASE";
/// A shorter passphrase is refused.
const MIN_PASSPHRASE: usize = 8;

fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

/// The value of `var`; unset and empty are the same, and bytes that are
/// not UTF-8 are refused, not taken for unset.
fn from_env(var: &'static str) -> Result<Option<String>> {
    match std::env::var(var) {
        Ok(p) if !p.is_empty() => Ok(Some(p)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::PassphraseNotUtf8(var).into()),
    }
}

/// The passphrase of the encrypted journal at `path`.
pub fn passphrase(path: &Path) -> Result<String> {
    if let Some(p) = from_env(PASSPHRASE_VAR)? {
        return Ok(p);
    }
    if !on_terminal() {
        return Err(Error::Locked(path.to_path_buf()).into());
    }
    dialoguer::Password::new()
        .with_prompt(t!("crypt-prompt", path = path.display().to_string()))
        .interact()
        .with_context(|| t!("io-no-passphrase"))
}

/// A new passphrase: from `var`, or typed twice.
fn new_passphrase(var: &'static str) -> Result<String> {
    let pass = match from_env(var)? {
        Some(p) => p,
        None if on_terminal() => dialoguer::Password::new()
            .with_prompt(t!("crypt-new-prompt"))
            .with_confirmation(t!("crypt-confirm-prompt"), t!("crypt-mismatch"))
            .interact()
            .with_context(|| t!("io-no-passphrase"))?,
        None => return Err(Error::NewPassphraseNeeded(var).into()),
    };
    if pass.chars().count() < MIN_PASSPHRASE {
        return Err(Error::ShortPassphrase(MIN_PASSPHRASE).into());
    }
    Ok(pass)
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Encrypt the new journal with a passphrase (typed, or SPIEGEL_PASSPHRASE)
    #[arg(long)]
    encrypt: bool,
}

impl InitArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let exists = std::fs::metadata(&path).is_ok_and(|m| m.len() > 0);
        if exists {
            let encrypted = store::is_encrypted(&path)?;
            if self.encrypt && !encrypted {
                return Err(Error::AlreadyPlain(path).into());
            }
            let path = path.display().to_string();
            return out(if encrypted {
                t!("crypt-already-encrypted", path = path)
            } else {
                t!("crypt-already-plain", path = path)
            });
        }
        if self.encrypt {
            let pass = new_passphrase(PASSPHRASE_VAR)?;
            Store::create_encrypted(&path, &pass)?;
            out(t!(
                "crypt-created-encrypted",
                path = path.display().to_string()
            ))
        } else {
            Store::open(&path, Access::Write)?;
            out(t!("crypt-created-plain", path = path.display().to_string()))
        }
    }
}

/// Wipes what interrupted conversions left beside the journal (see
/// [`store::clear_leftovers`]) and names it on stderr: run before every
/// command but `status` and `check`, which name it in their report.
pub fn note_leftovers(ctx: &Ctx) {
    let Ok(path) = ctx.journal_path() else {
        return;
    };
    match store::clear_leftovers(&path) {
        Ok(found) => {
            for line in found.iter().filter(|l| l.wiped).map(leftover_line) {
                eprintln!("{}", t!("crypt-leftover-note", line = line));
            }
        }
        Err(e) => eprintln!("{}", t!("crypt-leftover-note", line = format!("{e:#}"))),
    }
}

/// Wipes what interrupted conversions left beside the journal at `path`;
/// one line for each file found.
fn leftovers(path: &Path) -> Result<Vec<String>> {
    Ok(store::clear_leftovers(path)?
        .iter()
        .map(leftover_line)
        .collect())
}

fn leftover_line(found: &store::Leftover) -> String {
    let path = found.path.display().to_string();
    if found.wiped {
        t!("crypt-leftover-wiped", path = path)
    } else {
        t!("crypt-leftover-held", path = path)
    }
}

/// `spiegel check`'s first lines: what interrupted conversions left.
pub fn check_leftovers(ctx: &Ctx) -> Result<()> {
    for line in leftovers(&ctx.journal_path()?)? {
        out(line)?;
    }
    Ok(())
}

pub fn status(ctx: &Ctx) -> Result<()> {
    let path = ctx.journal_path()?;
    let found = leftovers(&path)?;
    let meta = std::fs::metadata(&path).map_err(|_| Error::NoJournal(path.clone()))?;
    let encrypted = store::is_encrypted(&path)?;
    let mut wal = path.clone().into_os_string();
    wal.push("-wal");
    let wal = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let backups = std::fs::read_dir(store::backup_folder(&path))
        .map(|d| d.filter_map(Result::ok).count())
        .unwrap_or(0);
    let kb = |bytes: u64| bytes.div_ceil(1024);
    let size = if wal > 0 {
        t!("crypt-size-wal", kb = kb(meta.len()), wal = kb(wal))
    } else {
        t!("crypt-size", kb = kb(meta.len()))
    };
    let mut rows = vec![
        (t!("crypt-journal"), path.display().to_string()),
        (
            t!("crypt-encrypted"),
            if encrypted {
                t!("crypt-encryption-yes")
            } else {
                t!("crypt-encryption-no")
            },
        ),
        (t!("crypt-access"), access(&meta, &path)),
        (t!("crypt-size-label"), size),
        (
            t!("crypt-backups"),
            t!(
                "crypt-backups-in",
                count = backups,
                path = store::backup_folder(&path).display().to_string()
            ),
        ),
    ];
    rows.extend(found.into_iter().map(|line| (t!("crypt-leftovers"), line)));
    render::fields(&rows)
}

/// Who besides the user can open the file, as plainly as the system says
/// it: the file's mode on unix; on Windows, where spiegel sets no
/// permissions of its own, what does protect it (issue 18.6).
#[cfg(unix)]
fn access(meta: &std::fs::Metadata, path: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let mode = format!("{:o}", meta.permissions().mode() & 0o777);
    if meta.permissions().mode() & 0o077 == 0 {
        t!("crypt-access-owner", mode = mode)
    } else {
        t!(
            "crypt-access-others",
            mode = mode,
            path = path.display().to_string()
        )
    }
}

#[cfg(not(unix))]
fn access(_meta: &std::fs::Metadata, _path: &std::path::Path) -> String {
    t!("crypt-access-windows")
}

pub fn encrypt(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if store::is_encrypted(&path)? {
        return Err(Error::AlreadyEncrypted(path).into());
    }
    let pass = new_passphrase(PASSPHRASE_VAR)?;
    finish_on_ctrl_c();
    store::convert(&path, None, Some(&pass))?;
    out(t!("crypt-now-encrypted", path = path.display().to_string()))
}

pub fn decrypt(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if !store::is_encrypted(&path)? {
        return Err(Error::NotEncrypted(path).into());
    }
    let pass = passphrase(&path)?;
    finish_on_ctrl_c();
    store::convert(&path, Some(&pass), None)?;
    out(t!("crypt-decrypted", path = path.display().to_string()))
}

pub fn rekey(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if !store::is_encrypted(&path)? {
        return Err(Error::NotEncrypted(path).into());
    }
    let old = passphrase(&path)?;
    // Check the old one before asking for a new one.
    let store = Store::open_with(&path, Access::Read, &|| Ok(old.clone()))?;
    debug_assert_eq!(store.encryption(), Encryption::Encrypted);
    drop(store);
    let new = new_passphrase(NEW_PASSPHRASE_VAR)?;
    finish_on_ctrl_c();
    store::convert(&path, Some(&old), Some(&new))?;
    out(t!("crypt-rekeyed", path = path.display().to_string()))
}

/// From here on Ctrl-C does not stop the process: a conversion takes
/// seconds, and stopping it halfway would leave a copy (plaintext, when
/// decrypting) for the next command to wipe.
fn finish_on_ctrl_c() {
    let _ = ctrlc::set_handler(|| {});
}

fn existing(ctx: &Ctx) -> Result<std::path::PathBuf> {
    let path = ctx.journal_path()?;
    if !std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        return Err(Error::NoJournal(path).into());
    }
    Ok(path)
}

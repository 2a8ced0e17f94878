//! The command line: parsing, prompts and rendering. Each topic has its own
//! module with the arguments and a `run`; this one dispatches and maps
//! errors to exit codes.

mod case;
mod catalogue;
mod crypt;
mod demo;
mod reflection;
mod render;
mod safety;
mod transfer;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

use crate::error::Error;
use crate::store::{Access, Store};
use crate::text;

#[derive(Debug, Parser)]
#[command(name = "spiegel", version, about = text::ABOUT, long_about = text::LONG_ABOUT)]
pub struct Cli {
    /// The journal file [default: $SPIEGEL_DB, else the platform's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add, list, show, close, reopen or rename cases
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// Add or list a case's significant others
    #[command(subcommand)]
    Other(case::OtherCommand),
    /// Record a reflection on a session (prints its id)
    Add(reflection::AddArgs),
    /// List reflections, newest first
    List(reflection::ListArgs),
    /// Show one reflection in full
    Show(reflection::ShowArgs),
    /// Change a reflection: the flags given replace what it holds
    Edit(reflection::EditArgs),
    /// Delete a reflection (asks first unless --yes)
    Delete(reflection::DeleteArgs),
    /// The method's steps 0-7
    Steps(JsonArg),
    /// The reasons why a step stalls; add, retire or remove your own
    Reasons(catalogue::ReasonsArgs),
    /// Fill a new journal with demo cases and show it (a temporary one unless --db)
    Demo,
    /// Write the journal to a file: JSON (lossless), CSV or Markdown
    Export(transfer::ExportArgs),
    /// Merge a JSON export into the journal (by UUID; the newer side wins)
    Import(transfer::ImportArgs),
    /// Reverse the last change (repeat to go further back; not `case forget`)
    Undo,
    /// Create the journal (--encrypt: encrypted), or say which it is
    Init(crypt::InitArgs),
    /// Where the journal is, whether it is encrypted, its size and backups
    Status,
    /// Encrypt the journal with a passphrase (SQLCipher, AES-256)
    Encrypt,
    /// Remove the journal's encryption
    Decrypt,
    /// Change the passphrase of an encrypted journal
    Rekey,
    /// Copy the journal to a backup file, consistently, even while in use
    Backup(safety::BackupArgs),
    /// Replace the journal with a backup (the journal as it was is kept)
    Restore(safety::RestoreArgs),
    /// Check that the journal is intact and every reference holds
    Check,
}

/// `--json` for read commands.
#[derive(Debug, Args)]
pub struct JsonArg {
    /// Print one JSON document instead of tables
    #[arg(long)]
    json: bool,
}

/// What every command needs: where the journal is.
pub struct Ctx {
    db: Option<PathBuf>,
}

impl Ctx {
    /// The journal's path: --db, else $SPIEGEL_DB, else the data folder.
    pub fn journal_path(&self) -> Result<PathBuf> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        if let Some(path) = std::env::var_os("SPIEGEL_DB").filter(|p| !p.is_empty()) {
            return Ok(PathBuf::from(path));
        }
        let dirs = directories::BaseDirs::new().context(
            "cannot find your home folder — give the journal's path with --db PATH or SPIEGEL_DB",
        )?;
        Ok(dirs.data_dir().join("spiegel").join("journal.db"))
    }

    /// Opens the journal, asking for the passphrase if it is encrypted.
    pub fn open(&self, access: Access) -> Result<Store> {
        let path = self.journal_path()?;
        Store::open_with(&path, access, &|| crypt::passphrase(&path))
    }
}

/// Runs the program and turns the outcome into an exit code: 0 on success
/// (also when the reader of our output went away), 1 on an error, 2 on a
/// usage error (from clap).
pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            render::error(&err);
            ExitCode::FAILURE
        }
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

pub fn run(cli: Cli) -> Result<()> {
    let ctx = Ctx { db: cli.db };
    dispatch(&ctx, cli.command).map_err(|err| explain(err, &ctx))
}

/// Turns SQLite's reports of a damaged, read-only or full journal into the
/// one-line errors that say what to do.
fn explain(err: anyhow::Error, ctx: &Ctx) -> anyhow::Error {
    use rusqlite::ErrorCode;
    let Ok(path) = ctx.journal_path() else {
        return err;
    };
    let code = err
        .chain()
        .find_map(|cause| match cause.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(e, _)) => Some(e.code),
            _ => None,
        });
    match code {
        Some(ErrorCode::DatabaseCorrupt) | Some(ErrorCode::NotADatabase) => Error::Damaged {
            path,
            detail: err.root_cause().to_string(),
        }
        .into(),
        Some(ErrorCode::ReadOnly) => Error::ReadOnly(path).into(),
        Some(ErrorCode::DiskFull) => Error::DiskFull(path).into(),
        _ => err,
    }
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Case(cmd) => cmd.run(ctx),
        Command::Other(cmd) => cmd.run(ctx),
        Command::Add(args) => args.run(ctx),
        Command::List(args) => args.run(ctx),
        Command::Show(args) => args.run(ctx),
        Command::Edit(args) => args.run(ctx),
        Command::Delete(args) => args.run(ctx),
        Command::Steps(args) => catalogue::steps(ctx, args.json),
        Command::Reasons(args) => args.run(ctx),
        Command::Demo => demo::run(ctx),
        Command::Undo => safety::undo(ctx),
        Command::Export(args) => args.run(ctx),
        Command::Import(args) => args.run(ctx),
        Command::Init(args) => args.run(ctx),
        Command::Status => crypt::status(ctx),
        Command::Encrypt => crypt::encrypt(ctx),
        Command::Decrypt => crypt::decrypt(ctx),
        Command::Rekey => crypt::rekey(ctx),
        Command::Backup(args) => args.run(ctx),
        Command::Restore(args) => args.run(ctx),
        Command::Check => safety::check(ctx),
    }
}

//! The command line: parsing, prompts and rendering. Each topic has its own
//! module with the arguments and a `run`; this one dispatches and maps
//! errors to exit codes.

mod case;
mod catalogue;
mod demo;
mod reflection;
mod render;
mod safety;
mod transfer;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};

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

    pub fn open(&self, access: Access) -> Result<Store> {
        Store::open(&self.journal_path()?, access)
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
    match cli.command {
        Command::Case(cmd) => cmd.run(&ctx),
        Command::Other(cmd) => cmd.run(&ctx),
        Command::Add(args) => args.run(&ctx),
        Command::List(args) => args.run(&ctx),
        Command::Show(args) => args.run(&ctx),
        Command::Edit(args) => args.run(&ctx),
        Command::Delete(args) => args.run(&ctx),
        Command::Steps(args) => catalogue::steps(&ctx, args.json),
        Command::Reasons(args) => args.run(&ctx),
        Command::Demo => demo::run(&ctx),
        Command::Undo => safety::undo(&ctx),
        Command::Export(args) => args.run(&ctx),
        Command::Import(args) => args.run(&ctx),
    }
}

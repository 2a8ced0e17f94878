//! The command line: parsing, prompts and rendering. Each topic has its own
//! module with the arguments and a `run`; this one dispatches and maps
//! errors to exit codes.

mod add;
mod backup;
mod brief;
mod case;
mod casus;
mod check;
mod complete_line;
mod complete_values;
mod completions;
mod config;
mod crypt;
mod delete;
mod demo;
mod edit;
mod editor;
#[cfg(any(not(unix), test))]
mod editor_command;
mod encrypt;
mod export;
mod form;
#[cfg(test)]
mod form_properties;
mod goal;
mod grid;
mod group;
mod guided;
mod help;
mod import;
mod init;
mod invite;
mod list;
pub mod localize;
mod man;
mod manual;
mod meeting_form;
mod other;
mod pager;
mod patterns;
mod prep;
mod progress;
mod questions;
mod reasons;
mod records;
mod reflection;
mod render;
mod restore;
mod search;
mod shell;
mod show;
mod status;
mod steps;
mod supervision;
mod sync;
mod system_table;
mod term;
mod terminal;
mod undo;
mod values;
mod words;

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Args, FromArgMatches, Parser, Subcommand};

use crate::error::Error;
use crate::services::{Access, Journal};
use crate::t;

// The descriptions in English; other languages have them in `i18n/*.ftl`
// (`cmd-spiegel`, `cmd-spiegel-long`, `cmd-completions-after`).

const ABOUT: &str = "A supervision reflection journal for systemic practitioners";

const LONG_ABOUT: &str = "\
spiegel (\"mirror\") is a private journal for practitioners who bring their clients' \
significant others into the help. Right after a session, note per case at which step \
of the method it stalled and why; before supervision, see the patterns across cases.

Steps: 0 = getting the significant others to the table; 1-7 = the conversation \
between the client and a significant other (see `spiegel steps`).

The journal is one SQLite file on this machine: --db PATH, else $SPIEGEL_DB, else \
`journal` in the settings file (`spiegel config show`), else the platform's data \
folder. Nothing leaves the machine.";

const COMPLETIONS_HELP: &str = "\
Load the completions when your shell starts: add the line under your shell to
the file named after it.

  bash (~/.bashrc):
    source <(spiegel completions bash)
  zsh (~/.zshrc):
    source <(spiegel completions zsh)
  fish (~/.config/fish/config.fish):
    spiegel completions fish | source
  PowerShell ($PROFILE):
    spiegel completions powershell | Out-String | Invoke-Expression

The script calls spiegel back to find case names and reason codes in your journal, \
so generate it anew on start-up rather than saving it: it then always matches the \
spiegel you have.";

#[derive(Debug, Parser)]
#[command(name = "spiegel", version, about = ABOUT, long_about = LONG_ABOUT)]
pub struct Cli {
    /// The journal file [default: $SPIEGEL_DB, else `journal` in the settings file, else the platform's data folder]
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,

    /// The language to speak: en or nl [default: $SPIEGEL_LANG, else `language` in the settings file, else the locale]
    #[arg(long, global = true, value_name = "LANG", value_parser = parse_language)]
    lang: Option<String>,

    /// Print long views straight to the terminal, not through the pager ($SPIEGEL_PAGER, else `pager` in the settings file, else $PAGER, else less -FRX)
    #[arg(long, global = true)]
    no_pager: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Add, list, show, close, reopen or rename cases
    #[command(subcommand)]
    Case(case::CaseCommand),
    /// Add, list or correct a case's significant others
    #[command(subcommand)]
    Other(other::OtherCommand),
    /// Step 0 per person: record that a significant other was invited, and their answer
    Invite(invite::InviteArgs),
    /// Record a reflection on a session (prints its id)
    Add(add::AddArgs),
    /// List reflections, newest first
    List(list::ListArgs),
    /// Show one reflection in full
    Show(show::ShowArgs),
    /// Find words in notes, what went well, questions, answers and meeting notes, newest first
    Search(search::SearchArgs),
    /// Change a reflection: the flags given replace what it holds; without flags, in your editor
    Edit(edit::EditArgs),
    /// Delete a reflection (asks first unless --yes)
    Delete(delete::DeleteArgs),
    /// The method's steps 0-7
    Steps(steps::StepsArgs),
    /// The reasons why a step stalls; add, retire or remove your own
    Reasons(reasons::ReasonsArgs),
    /// Patterns across cases: where it stalls, why, what recurs and what followed
    Patterns(patterns::PatternsArgs),
    /// The page to bring to supervision: everything since the last meeting (Markdown or HTML)
    Prep(prep::PrepArgs),
    /// One screen before the next session with a client: the case, the last sessions, where it stalls, the step at stake
    Brief(brief::BriefArgs),
    /// One page to bring a case to a peer-supervision group: the question, the case in brief, where it stalled, what was tried and went well
    Casus(casus::CasusArgs),
    /// Questions for supervision; answer or correct them
    Questions(questions::QuestionsArgs),
    /// Record, list and correct supervision meetings
    #[command(subcommand)]
    Supervision(supervision::SupervisionCommand),
    /// Learning goals and whether their reason became rarer
    #[command(subcommand)]
    Goal(goal::GoalCommand),
    /// Fill a new journal with demo cases and show their patterns (a temporary one unless --db)
    Demo(demo::DemoArgs),
    /// The settings file: default language, editor, journal and pager
    #[command(subcommand)]
    Config(config::ConfigCommand),
    /// Print the script that lets your shell complete commands, case names and reason codes
    #[command(after_help = COMPLETIONS_HELP)]
    Completions(completions::CompletionsArgs),
    /// Print spiegel's manual page (roff); -o FILE writes it to a file, --dir DIR one page per command
    Man(man::ManArgs),
    /// Write the journal to a file: JSON (lossless), CSV or Markdown
    Export(export::ExportArgs),
    /// Merge a JSON export into the journal (by UUID; the newer side wins)
    Import(import::ImportArgs),
    /// Reverse the last change (repeat to go further back; not `case forget`)
    Undo(undo::UndoArgs),
    /// Create the journal (--encrypt: encrypted), or say which it is
    Init(init::InitArgs),
    /// Where the journal is, whether it is encrypted, its size and backups
    Status(status::StatusArgs),
    /// Encrypt the journal with a passphrase (SQLCipher, AES-256)
    Encrypt(encrypt::EncryptArgs),
    /// Remove the journal's encryption
    Decrypt(encrypt::DecryptArgs),
    /// Change the passphrase of an encrypted journal
    Rekey(encrypt::RekeyArgs),
    /// Copy the journal to a backup file, consistently, even while in use
    Backup(backup::BackupArgs),
    /// Replace the journal with a backup (the journal as it was is kept)
    Restore(restore::RestoreArgs),
    /// Check that the journal is intact and every reference holds
    Check(check::CheckArgs),
    /// Keep the journal in step on several devices through a synced folder (init, status)
    Sync(sync::SyncArgs),
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
    /// The journal's path: --db, else $SPIEGEL_DB, else `journal` in the
    /// settings file, else the data folder.
    /// A folder, pipe, device or other file that is not regular is refused
    /// here, at once: SQLite would hang on a pipe.
    pub fn journal_path(&self) -> Result<PathBuf> {
        let path = self.choose_journal()?;
        crate::fsx::check_journal(&path)?;
        Ok(path)
    }

    fn choose_journal(&self) -> Result<PathBuf> {
        if let Some(path) = &self.db {
            return Ok(path.clone());
        }
        if let Some(path) = std::env::var_os("SPIEGEL_DB").filter(|p| !p.is_empty()) {
            return Ok(PathBuf::from(path));
        }
        // Read only now: a broken settings file must not stand in the way
        // of --db or SPIEGEL_DB.
        if let Some(path) = crate::config::load()?.journal {
            return Ok(path);
        }
        default_journal()
    }

    /// The journal, opened for the use cases in [`crate::services`]; the
    /// passphrase is asked only if it is encrypted.
    pub fn journal(&self, access: Access) -> Result<Journal> {
        let path = self.journal_path()?;
        Journal::open(&path, access, &|| crypt::passphrase(&path))
    }
}

/// The journal when none is chosen: in the user's own data folder that stays
/// on this computer, `~/.local/share/spiegel/journal.db` on Linux,
/// `~/Library/Application Support/spiegel/journal.db` on macOS and
/// `%LOCALAPPDATA%\spiegel\journal.db` on Windows — not the roaming
/// `%APPDATA%`, which a domain may copy to a server and other computers
/// (issue 18.6).
pub fn default_journal() -> Result<PathBuf> {
    let dirs = directories::BaseDirs::new().with_context(|| t!("io-no-home"))?;
    Ok(dirs.data_local_dir().join("spiegel").join("journal.db"))
}

#[cfg(all(test, windows))]
mod windows_tests {
    #[test]
    fn the_default_journal_is_in_local_not_roaming_app_data() {
        let local = std::path::PathBuf::from(std::env::var_os("LOCALAPPDATA").unwrap());
        let journal = super::default_journal().unwrap();
        assert_eq!(journal, local.join("spiegel").join("journal.db"));
    }
}

/// Runs the program and turns the outcome into an exit code: 0 on success
/// (also when the reader of our output went away), 1 on an error, 2 on a
/// usage error (from clap, or [`Error::exit_code`](crate::error::Error::exit_code)).
pub fn main() -> ExitCode {
    // The language is needed before parsing, so that --help speaks it, and
    // before completing, so that the candidates' descriptions do.
    let settings = crate::config::load();
    let setting = settings.as_ref().ok().and_then(|c| c.language.clone());
    let pager = settings.as_ref().ok().and_then(|c| c.pager.clone());
    let auto_sync = settings
        .as_ref()
        .is_ok_and(|c| c.sync.as_deref() == Some("auto"));
    let flag = language_flag(std::env::args_os().skip(1));
    crate::i18n::set(crate::i18n::choose(flag.as_deref(), setting.as_deref()));
    shell::complete_if_asked();
    let cli = match localize::command()
        .try_get_matches()
        .and_then(|m| Cli::from_arg_matches(&m))
    {
        Ok(cli) => cli,
        Err(err) => match localize::usage_error(&err) {
            Some(message) => {
                render::usage_error(&message);
                return ExitCode::from(2);
            }
            None => err.exit(),
        },
    };
    if cli.command.is_view() {
        pager::allow(cli.no_pager, pager.as_deref());
    }
    let outcome = match refused_settings(flag.as_deref(), settings, &cli.command) {
        Some(err) => Err(err),
        None => run(cli, auto_sync),
    };
    pager::finish();
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            render::error(&err);
            let code = err
                .downcast_ref::<crate::error::Error>()
                .map_or(1, crate::error::Error::exit_code);
            ExitCode::from(code)
        }
    }
}

/// What stops every command before it starts (issue 10.15): `SPIEGEL_LANG`
/// naming a language spiegel does not speak when no `--lang` overrules it
/// (a usage error, as `--lang xx` is), and a settings file that is broken,
/// even when `--db` or `SPIEGEL_DB` means its `journal` is not needed.
/// `config path` still answers, to find the file and repair it. A file that
/// cannot be looked for at all (no home folder) stops only the commands
/// that need it.
fn refused_settings(
    flag: Option<&str>,
    settings: Result<crate::config::Config>,
    command: &Command,
) -> Option<anyhow::Error> {
    if flag.is_none()
        && let Some(wish) = std::env::var("SPIEGEL_LANG").ok().filter(|v| !v.is_empty())
        && !crate::i18n::languages().any(|code| wish.eq_ignore_ascii_case(code))
    {
        return Some(Error::UnknownLanguage(wish).into());
    }
    let err = settings.err()?;
    let broken = matches!(
        err.downcast_ref::<Error>(),
        Some(Error::BadConfigFile { .. })
    );
    let asks_where = matches!(command, Command::Config(config::ConfigCommand::Path));
    (broken && !asks_where).then_some(err)
}

/// The value of `--lang X` or `--lang=X`, looked for before clap parses.
fn language_flag(args: impl Iterator<Item = std::ffi::OsString>) -> Option<String> {
    let args: Vec<String> = args.filter_map(|a| a.into_string().ok()).collect();
    args.iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        })
}

fn parse_language(value: &str) -> Result<String, String> {
    let value = value.to_lowercase();
    if crate::i18n::is_language(&value) {
        Ok(value)
    } else {
        let known: Vec<&str> = crate::i18n::languages().collect();
        Err(t!("help-bad-language", languages = known.join(", ")))
    }
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

/// Runs `cli`'s command; with `auto_sync` (`sync = auto` in the settings) a
/// command that writes is followed by a quiet sync.
pub fn run(cli: Cli, auto_sync: bool) -> Result<()> {
    let ctx = Ctx { db: cli.db };
    // Plaintext an interrupted conversion left goes before anything else.
    if !matches!(
        cli.command,
        Command::Completions(_) | Command::Man(_) | Command::Status(_) | Command::Check(_)
    ) {
        crypt::note_leftovers(&ctx);
    }
    let auto = auto_sync && cli.command.writes();
    dispatch(&ctx, cli.command).map_err(|err| explain(err, &ctx))?;
    if auto {
        sync::auto(&ctx);
    }
    Ok(())
}

/// Turns SQLite's reports of a damaged, read-only or full journal into the
/// one-line errors that say what to do.
fn explain(err: anyhow::Error, ctx: &Ctx) -> anyhow::Error {
    let Ok(path) = ctx.journal_path() else {
        return err;
    };
    crate::services::explain(err, path)
}

impl Command {
    /// Whether the command may change the journal's records: after it,
    /// `sync = auto` syncs.
    fn writes(&self) -> bool {
        matches!(
            self,
            Command::Add(_)
                | Command::Edit(_)
                | Command::Delete(_)
                | Command::Invite(_)
                | Command::Import(_)
                | Command::Undo(_)
                | Command::Case(_)
                | Command::Other(_)
                | Command::Questions(_)
                | Command::Supervision(_)
                | Command::Goal(_)
                | Command::Reasons(_)
        ) && !self.is_view()
    }

    /// Whether the command only shows a view, which may be long: only then
    /// may its output be paged (never a command that asks or writes).
    fn is_view(&self) -> bool {
        match self {
            Command::List(_)
            | Command::Show(_)
            | Command::Search(_)
            | Command::Steps(_)
            | Command::Patterns(_)
            | Command::Prep(_)
            | Command::Brief(_)
            | Command::Casus(_) => true,
            Command::Questions(args) => args.is_view(),
            Command::Reasons(args) => args.is_view(),
            Command::Case(cmd) => cmd.is_view(),
            Command::Other(cmd) => matches!(cmd, other::OtherCommand::List { .. }),
            Command::Goal(cmd) => matches!(cmd, goal::GoalCommand::List { .. }),
            Command::Supervision(cmd) => {
                matches!(cmd, supervision::SupervisionCommand::List(_))
            }
            _ => false,
        }
    }
}

fn dispatch(ctx: &Ctx, command: Command) -> Result<()> {
    match command {
        Command::Case(cmd) => cmd.run(ctx),
        Command::Other(cmd) => cmd.run(ctx),
        Command::Invite(args) => args.run(ctx),
        Command::Add(args) => args.run(ctx),
        Command::List(args) => args.run(ctx),
        Command::Show(args) => args.run(ctx),
        Command::Search(args) => args.run(ctx),
        Command::Edit(args) => args.run(ctx),
        Command::Delete(args) => args.run(ctx),
        Command::Steps(args) => args.run(ctx),
        Command::Reasons(args) => args.run(ctx),
        Command::Patterns(args) => args.run(ctx),
        Command::Prep(args) => args.run(ctx),
        Command::Brief(args) => args.run(ctx),
        Command::Casus(args) => args.run(ctx),
        Command::Questions(args) => args.run(ctx),
        Command::Supervision(cmd) => cmd.run(ctx),
        Command::Goal(cmd) => cmd.run(ctx),
        Command::Demo(args) => args.run(ctx),
        Command::Config(cmd) => cmd.run(ctx),
        Command::Completions(args) => args.run(ctx),
        Command::Man(args) => args.run(ctx),
        Command::Undo(args) => args.run(ctx),
        Command::Export(args) => args.run(ctx),
        Command::Import(args) => args.run(ctx),
        Command::Init(args) => args.run(ctx),
        Command::Status(args) => args.run(ctx),
        Command::Encrypt(args) => args.run(ctx),
        Command::Decrypt(args) => args.run(ctx),
        Command::Rekey(args) => args.run(ctx),
        Command::Backup(args) => args.run(ctx),
        Command::Restore(args) => args.run(ctx),
        Command::Check(args) => args.run(ctx),
        Command::Sync(args) => args.run(ctx),
    }
}

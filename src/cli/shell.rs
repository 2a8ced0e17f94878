//! `spiegel completions SHELL` and `spiegel man`: what shells expect of a
//! command-line tool, generated from the clap definition so that every
//! command, flag and value added later appears without further work.
//!
//! Completion is dynamic (clap_complete's `CompleteEnv`): the script a shell
//! sources calls spiegel back with `SPIEGEL_COMPLETE=SHELL`, and spiegel
//! answers from its own definition plus the journal — case names, reason
//! codes — read quietly: no journal, no candidates, no error.

use std::ffi::{OsStr, OsString};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::{Args, ValueEnum};
use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};
use clap_complete::env::EnvCompleter;

use super::{Ctx, localize};
use crate::fsx;
use crate::store::{Access, Store};
use crate::t;

/// The environment variable that switches spiegel into answering completions.
pub const COMPLETE_VAR: &str = "SPIEGEL_COMPLETE";

/// Answers a completion request and exits, if this run is one; otherwise
/// returns at once. Must run before anything is printed.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(command)
        .var(COMPLETE_VAR)
        .complete();
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    shell: Shell,
}

impl CompletionsArgs {
    pub fn run(self) -> Result<()> {
        let shell: &dyn EnvCompleter = match self.shell {
            Shell::Bash => &clap_complete::env::Bash,
            Shell::Zsh => &clap_complete::env::Zsh,
            Shell::Fish => &clap_complete::env::Fish,
            Shell::Powershell => &clap_complete::env::Powershell,
            Shell::Elvish => &clap_complete::env::Elvish,
        };
        let mut script = Vec::new();
        shell.write_registration(
            COMPLETE_VAR,
            "spiegel",
            "spiegel",
            &completer(),
            &mut script,
        )?;
        if let Shell::Bash = self.shell {
            script.extend_from_slice(BASH_REJOIN.as_bytes());
        }
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(&script)?;
        stdout.flush()?;
        Ok(())
    }
}

/// Bash splits the word being completed at `:` and `=` (`COMP_WORDBREAKS`),
/// so `--stall 7:went-too` reaches the completer as `7`, `:`, `went-too`.
/// This wraps clap's bash function: it glues back the pieces that were not
/// separated by blanks on the line, lets clap complete the whole word, and
/// hands bash only the part after the last break it will replace. Unlike
/// editing `COMP_WORDBREAKS`, it changes nothing for other commands.
const BASH_REJOIN: &str = r#"
_spiegel_complete() {
    local line=${COMP_LINE:0:COMP_POINT} word i j=-1 cword=0
    local -a joined=()
    for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        if ((j < 0)) || [[ $line == [[:space:]]* ]]; then
            j=$((j + 1))
            joined[j]=$word
        else
            joined[j]+=$word
        fi
        line=${line#"${line%%[![:space:]]*}"}
        line=${line#"$word"}
        cword=$j
    done
    local cur=${joined[cword]}
    local COMP_WORDS=("${joined[@]}") COMP_CWORD=$cword
    _clap_complete_spiegel "$1" "$cur" "${joined[cword - 1]}"
    local breaks=${COMP_WORDBREAKS//[^:=]/}
    if [[ -n $breaks && $cur == *[$breaks]* ]]; then
        local prefix=${cur%"${cur##*[$breaks]}"}
        COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _spiegel_complete spiegel
else
    complete -o nospace -o bashdefault -F _spiegel_complete spiegel
fi
"#;

/// The program the shell calls back: the one running now. Called by a bare
/// name it is looked up on PATH again; called by a path, the absolute path.
fn completer() -> String {
    let argv0 = PathBuf::from(
        std::env::args_os()
            .next()
            .unwrap_or_else(|| "spiegel".into()),
    );
    let path = if argv0.components().count() > 1 {
        std::path::absolute(&argv0).unwrap_or(argv0)
    } else {
        argv0
    };
    path.to_string_lossy().into_owned()
}

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the page to this new FILE instead of standard output
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    output: Option<PathBuf>,
    /// Write one page per command (spiegel.1, spiegel-case-add.1, …) into DIR, for packaging
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Replace pages written before (never the journal, a backup or a link)
    #[arg(long)]
    force: bool,
}

impl ManArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let existing = fsx::Existing::forced(self.force, ctx.journal_path().ok());
        let write = |path: &Path, page: &[u8]| {
            fsx::write(path, &existing, |w| {
                w.write_all(page)?;
                Ok(())
            })
        };
        if let Some(dir) = self.dir {
            fsx::create_dir(&dir)?;
            let pages = man_pages()?;
            // All refused before any is written.
            for (name, _) in &pages {
                fsx::check(&dir.join(name), &existing)?;
            }
            for (name, page) in pages {
                write(&dir.join(name), &page)?;
            }
            return super::render::out(t!("man-pages-written", path = dir.display().to_string()));
        }
        let mut page = Vec::new();
        // Like the pages --dir writes: no `help` command, which has no page.
        clap_mangen::Man::new(localize::command().disable_help_subcommand(true))
            .render(&mut page)?;
        match self.output {
            Some(path) => write(&path, &page),
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&page)?;
                stdout.flush()?;
                Ok(())
            }
        }
    }
}

/// One page per command, named as `clap_mangen::generate_to` names them,
/// rendered in memory so that each file is written by [`fsx::write`].
fn man_pages() -> Result<Vec<(String, Vec<u8>)>> {
    fn gather(cmd: clap::Command, pages: &mut Vec<(String, Vec<u8>)>) -> Result<()> {
        for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set()).cloned() {
            gather(sub, pages)?;
        }
        let man = clap_mangen::Man::new(cmd);
        let mut page = Vec::new();
        man.render(&mut page)?;
        pages.push((man.get_filename(), page));
        Ok(())
    }
    let mut cmd = localize::command().disable_help_subcommand(true);
    cmd.build();
    let mut pages = Vec::new();
    gather(cmd, &mut pages)?;
    Ok(pages)
}

/// The clap definition with completers for the values that live in the
/// journal.
pub fn command() -> clap::Command {
    annotate(localize::command(), &[])
}

/// Gives every argument whose values come from the journal a completer,
/// chosen by the argument's id, so that commands added later get them too:
/// `case` (positional or `--case`) completes case names, `why` / `reason`
/// reason codes, `stall` `STEP:REASON,…`, `resistance` resistance codes.
fn annotate(cmd: clap::Command, path: &[String]) -> clap::Command {
    // `mut_args` and `mut_subcommands` keep the order; `mut_arg` would move
    // the argument last and so renumber the positionals.
    cmd.mut_args(|arg| match completer_for(path, arg.get_id().as_str()) {
        Some(completer) => arg.add(completer),
        None => arg,
    })
    .mut_subcommands(|sub| {
        let mut sub_path = path.to_vec();
        sub_path.push(sub.get_name().to_string());
        annotate(sub, &sub_path)
    })
}

fn completer_for(path: &[String], id: &str) -> Option<ArgValueCompleter> {
    let path: Vec<&str> = path.iter().map(String::as_str).collect();
    Some(match (path.as_slice(), id) {
        (_, "case") => ArgValueCompleter::new(cases),
        (["case", sub], "name" | "old") if *sub != "add" => ArgValueCompleter::new(cases),
        (_, "why" | "reason") => ArgValueCompleter::new(active_reasons),
        (["reasons", sub], "code") if *sub != "add" => ArgValueCompleter::new(all_reasons),
        (_, "stall") => ArgValueCompleter::new(stalls),
        (_, "resistance") => ArgValueCompleter::new(resistances),
        (["config", "set" | "unset"], "key") => ArgValueCompleter::new(config_keys),
        _ => return None,
    })
}

/// The journal the command being completed would use: `--db` on the line
/// typed so far, else what every command uses. `None` if there is none.
fn journal() -> Option<Store> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let typed = args
        .iter()
        .position(|a| a == "--")
        .map_or(&args[..0], |i| &args[i + 1..]);
    let mut db = None;
    for (i, arg) in typed.iter().enumerate() {
        let arg = arg.to_string_lossy();
        if arg == "--db" {
            db = typed.get(i + 1).map(PathBuf::from);
        } else if let Some(path) = arg.strip_prefix("--db=") {
            db = Some(PathBuf::from(path));
        }
    }
    let path = Ctx { db }.journal_path().ok()?;
    Store::open(&path, Access::Read).ok()
}

/// Candidates that start with what was typed, ignoring upper and lower case.
fn matching(
    current: &OsStr,
    values: impl IntoIterator<Item = (String, Option<String>)>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy().to_lowercase();
    values
        .into_iter()
        .filter(|(value, _)| value.to_lowercase().starts_with(&typed))
        .map(|(value, help)| CompletionCandidate::new(value).help(help.map(Into::into)))
        .collect()
}

fn cases(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = journal()
        .and_then(|mut store| store.read().ok()?.case_names().ok())
        .unwrap_or_default();
    matching(current, names.into_iter().map(|n| (n, None)))
}

/// Reason codes with their English labels; retired ones only if asked.
fn reasons(with_retired: bool) -> Vec<(String, Option<String>)> {
    journal()
        .and_then(|mut store| store.read().ok()?.reasons().ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|r| with_retired || !r.retired)
        .map(|r| {
            let label = r.label().to_string();
            (r.code, Some(label))
        })
        .collect()
}

fn active_reasons(current: &OsStr) -> Vec<CompletionCandidate> {
    matching(current, reasons(false))
}

fn all_reasons(current: &OsStr) -> Vec<CompletionCandidate> {
    matching(current, reasons(true))
}

/// `STEP:REASON[,REASON…]`: first the step, then reason after reason.
fn stalls(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(cut) = typed.rfind([':', ',']) else {
        return matching(
            current,
            (0..=crate::journal::Step::LAST).map(|n| (format!("{n}:"), None)),
        );
    };
    let (done, last) = typed.split_at(cut + 1);
    let given: Vec<&str> = done[..cut]
        .split([':', ','])
        .skip(1)
        .map(str::trim)
        .collect();
    let rest = reasons(false)
        .into_iter()
        .filter(|(code, _)| !given.contains(&code.as_str()));
    matching(OsStr::new(last), rest)
        .into_iter()
        .map(|c| c.add_prefix(done))
        .collect()
}

fn resistances(current: &OsStr) -> Vec<CompletionCandidate> {
    let known = journal()
        .and_then(|mut store| store.read().ok()?.resistances().ok())
        .unwrap_or_default();
    matching(
        current,
        known.into_iter().map(|r| {
            let label = r.label().to_string();
            (r.code, Some(label))
        }),
    )
}

fn config_keys(current: &OsStr) -> Vec<CompletionCandidate> {
    matching(
        current,
        crate::config::KEYS.iter().map(|k| (k.to_string(), None)),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cli::Cli;
    use clap::CommandFactory;

    /// The ids `completer_for` looks for must exist in the definition, or
    /// a rename would silently switch completion off.
    #[test]
    fn every_journal_value_gets_a_completer() {
        let cmd = command();
        let has = |path: &[&str], id: &str| {
            let mut c = &cmd;
            for name in path {
                c = c.find_subcommand(name).unwrap();
            }
            let arg = c.get_arguments().find(|a| a.get_id() == id).unwrap();
            arg.get::<ArgValueCompleter>().is_some()
        };
        assert!(has(&["add"], "case"));
        assert!(has(&["add"], "stall"));
        assert!(has(&["add"], "resistance"));
        assert!(has(&["edit"], "stall"));
        assert!(has(&["list"], "case"));
        assert!(has(&["list"], "why"));
        assert!(has(&["other", "add"], "case"));
        assert!(has(&["case", "show"], "name"));
        assert!(has(&["case", "rename"], "old"));
        assert!(has(&["reasons", "retire"], "code"));
        assert!(has(&["config", "set"], "key"));
        assert!(!has(&["case", "add"], "name"));
        assert!(!has(&["other", "add"], "name"));
        assert!(!has(&["reasons", "add"], "code"));
    }

    /// Regression: `Command::mut_arg` moves an argument last, which made
    /// `other add CASE NAME` complete the case in NAME's place.
    #[test]
    fn annotating_keeps_the_order_of_positionals() {
        let plain = Cli::command();
        let annotated = command();
        let order = |cmd: &clap::Command, path: &[&str]| {
            let mut c = cmd;
            for name in path {
                c = c.find_subcommand(name).unwrap();
            }
            let ids: Vec<String> = c.get_arguments().map(|a| a.get_id().to_string()).collect();
            ids
        };
        for path in [
            &["other", "add"][..],
            &["case", "rename"],
            &["add"],
            &["list"],
        ] {
            assert_eq!(order(&annotated, path), order(&plain, path), "{path:?}");
        }
        let names = |cmd: &clap::Command| {
            cmd.get_subcommands()
                .map(|s| s.get_name().to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(names(&annotated), names(&plain));
    }

    #[test]
    fn stalls_complete_the_step_then_each_reason() {
        // Without a journal there are no reasons, but the steps are known.
        let steps: Vec<String> = stalls(OsStr::new(""))
            .iter()
            .map(|c| c.get_value().to_string_lossy().into_owned())
            .collect();
        assert_eq!(steps, ["0:", "1:", "2:", "3:", "4:", "5:", "6:", "7:"]);
    }
}

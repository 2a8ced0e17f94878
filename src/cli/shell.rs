//! Answering a shell's completion requests (the script is printed by
//! `spiegel completions SHELL`): generated from the clap definition so that
//! every command, flag and value added later appears without further work.
//!
//! Completion is dynamic (clap_complete's `CompleteEnv`): the script a shell
//! sources calls spiegel back with `SPIEGEL_COMPLETE=SHELL`, and spiegel
//! answers from its own definition plus the journal — case names, reason
//! codes — read quietly: no journal, no candidates, no error.

use std::ffi::{OsStr, OsString};
use std::path::PathBuf;

use clap_complete::engine::{ArgValueCompleter, CompletionCandidate};

use super::complete_line::Line;
use super::complete_values::{labelled, steps, steps_then};
use super::{Ctx, localize};
use crate::journal::Labelled;
use crate::services::{Journal, completion};

/// The environment variable that switches spiegel into answering completions.
pub const COMPLETE_VAR: &str = "SPIEGEL_COMPLETE";

/// Answers a completion request and exits, if this run is one; otherwise
/// returns at once. Must run before anything is printed.
pub fn complete_if_asked() {
    clap_complete::CompleteEnv::with_factory(command)
        .var(COMPLETE_VAR)
        .complete();
}

/// The clap definition with completers for the values that live in the
/// journal.
pub fn command() -> clap::Command {
    annotate(localize::command(), &[])
}

/// Gives every argument whose values come from the journal a completer,
/// chosen by the argument's id, so that commands added later get them too:
/// `case` (positional or `--case`) completes case names, `why` / `reason`
/// reason codes, `stall` `STEP:REASON,…`, `resistance` resistance codes,
/// `step` the steps, `with` (of `add` and `edit`) significant others.
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
        (_, "step") | (["reasons", _], "steps") => ArgValueCompleter::new(steps),
        (["add" | "edit"], "with") => ArgValueCompleter::new(others_present),
        (["config", "set" | "unset"], "key") => ArgValueCompleter::new(config_keys),
        (["other", "edit" | "rename" | "remove"], "name") => ArgValueCompleter::new(others),
        _ => return None,
    })
}

/// The words typed so far, after the `--` the shell script puts first.
fn typed_words() -> Vec<String> {
    let args: Vec<String> = std::env::args_os()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    match args.iter().position(|a| a == "--") {
        Some(i) => args[i + 1..].to_vec(),
        None => Vec::new(),
    }
}

/// The case named on `other edit|rename|remove CASE NAME` typed so far:
/// the first word after the subcommand that is no flag nor a flag's value.
fn other_case(words: &[String]) -> Option<String> {
    let line = Line::read(words);
    let named = ["edit", "rename", "remove"]
        .iter()
        .any(|sub| line.is(&["other", sub]));
    named.then(|| line.positionals.first().cloned()).flatten()
}

/// The significant others of the case typed before the name.
fn others(current: &OsStr) -> Vec<CompletionCandidate> {
    let names = other_case(&typed_words())
        .and_then(|case| {
            let mut journal = journal()?;
            completion::other_names(&mut journal, &case).ok()
        })
        .unwrap_or_default();
    matching(current, names.into_iter().map(|n| (n, None)))
}

/// After `--with`: the others of the case named on the line (`add CASE`),
/// or of every case when none is (`edit ID`); those already given left out.
fn others_present(current: &OsStr) -> Vec<CompletionCandidate> {
    let words = typed_words();
    let line = Line::read(&words);
    let case = line
        .is(&["add"])
        .then(|| line.positionals.first())
        .flatten();
    let names = journal()
        .and_then(|mut journal| match case {
            Some(case) => completion::other_names(&mut journal, case).ok(),
            None => completion::all_other_names(&mut journal).ok(),
        })
        .unwrap_or_default();
    let done = &words[..words.len().saturating_sub(1)];
    let given: Vec<&str> = done
        .windows(2)
        .filter(|w| w[0] == "--with")
        .map(|w| w[1].as_str())
        .collect();
    let names = names.into_iter().filter(|n| !given.contains(&n.as_str()));
    matching(current, names.map(|n| (n, None)))
}

/// The journal the command being completed would use: `--db` on the line
/// typed so far, else what every command uses. `None` if there is none.
fn journal() -> Option<Journal> {
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
    completion::open(&path)
}

/// Candidates that start with what was typed, ignoring upper and lower case.
pub fn matching(
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
        .and_then(|mut journal| completion::case_names(&mut journal).ok())
        .unwrap_or_default();
    matching(current, names.into_iter().map(|n| (n, None)))
}

/// The reasons with their labels; retired ones only if asked.
fn reasons(with_retired: bool) -> Vec<Labelled> {
    journal()
        .and_then(|mut journal| completion::reasons(&mut journal).ok())
        .unwrap_or_default()
        .into_iter()
        .filter(|r| with_retired || !r.retired)
        .map(|r| Labelled {
            code: r.code,
            label_en: r.label_en,
            label_nl: r.label_nl,
        })
        .collect()
}

fn active_reasons(current: &OsStr) -> Vec<CompletionCandidate> {
    labelled(current, reasons(false))
}

fn all_reasons(current: &OsStr) -> Vec<CompletionCandidate> {
    labelled(current, reasons(true))
}

/// `STEP:REASON[,REASON…]`: first the step, then reason after reason.
fn stalls(current: &OsStr) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let Some(cut) = typed.rfind([':', ',']) else {
        return matching(current, steps_then(":"));
    };
    let (done, last) = typed.split_at(cut + 1);
    let given: Vec<&str> = done[..cut]
        .split([':', ','])
        .skip(1)
        .map(str::trim)
        .collect();
    let rest = reasons(false)
        .into_iter()
        .filter(|r| !given.contains(&r.code.as_str()));
    labelled(OsStr::new(last), rest)
        .into_iter()
        .map(|c| c.add_prefix(done))
        .collect()
}

fn resistances(current: &OsStr) -> Vec<CompletionCandidate> {
    let known = journal()
        .and_then(|mut journal| completion::resistances(&mut journal).ok())
        .unwrap_or_default();
    let known = known.into_iter().map(|r| Labelled {
        code: r.code,
        label_en: r.label_en,
        label_nl: r.label_nl,
    });
    labelled(current, known)
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
        assert!(has(&["other", "edit"], "name"));
        assert!(has(&["other", "rename"], "name"));
        assert!(has(&["other", "remove"], "name"));
        assert!(!has(&["other", "rename"], "new"));
        assert!(!has(&["case", "add"], "name"));
        assert!(!has(&["other", "add"], "name"));
        assert!(!has(&["reasons", "add"], "code"));
    }

    /// Regression: `Command::mut_arg` moves an argument last, which made
    /// `other add CASE NAME` complete the case in NAME's place.
    #[test]
    fn annotating_keeps_the_order_of_positionals() {
        // Both built: the help is arranged on a built command, which
        // gives every subcommand the global options.
        let mut plain = Cli::command();
        plain.build();
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
    fn the_case_of_an_other_is_the_word_after_the_subcommand() {
        let words = |line: &str| line.split(' ').map(String::from).collect::<Vec<_>>();
        let case = |line: &str| other_case(&words(line));
        assert_eq!(case("spiegel other edit John Le"), Some("John".into()));
        assert_eq!(
            case("spiegel --db j.db other rename --lang nl John Le"),
            Some("John".into())
        );
        assert_eq!(case("spiegel other remove Jo"), None);
        assert_eq!(case("spiegel other add John Le"), None);
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

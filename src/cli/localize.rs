//! The command line in the user's language: `--help`, the usage line and
//! the man page take their texts from `i18n/*.ftl` when spiegel speaks
//! another language than English (English comes from the doc comments).
//!
//! Keys: `cmd-PATH` for a command's description (PATH is `spiegel` or the
//! subcommand names joined by `-`, e.g. `case-add`), with `cmd-PATH-long`
//! for a longer one and `cmd-PATH-after` for text after the options;
//! `cmd-PATH--ARG` for an argument, whose `.value` attribute names its value
//! (`TEKST` for `TEXT`); global arguments and the built-in
//! `--help`/`--version` use `cmd-spiegel--ARG` in every command. Defaults and
//! possible values follow the description in the language's own words.

use clap::{Command, CommandFactory};

use super::Cli;
use super::words::lists::list_or;
use crate::i18n;
use crate::t;

/// The command definition in the current language.
pub fn command() -> Command {
    let mut cmd = super::help::with_examples(Cli::command(), "spiegel");
    if i18n::current() == i18n::DEFAULT {
        return super::help::arrange(super::help::before_build(cmd));
    }
    cmd.build();
    let mut cmd = localize(cmd, "spiegel");
    cmd.build();
    super::help::arrange(usage_in_words(cmd))
}

/// The usage lines with clap's `[OPTIONS]` in the current language
/// (`<COMMAND>` is set with `subcommand_value_name`).
fn usage_in_words(mut cmd: Command) -> Command {
    let usage = cmd.render_usage().to_string();
    let usage = usage
        .split_once(": ")
        .map_or(usage.as_str(), |(_, rest)| rest)
        .replace("[OPTIONS]", &format!("[{}]", t!("help-options-value")));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    cmd = cmd.override_usage(usage);
    for name in names {
        cmd = cmd.mut_subcommand(&name, usage_in_words);
    }
    cmd
}

/// The message for argument `id` of the command at `path`.
pub fn arg_help(path: &str, id: &str) -> Option<String> {
    i18n::lookup(&format!("cmd-{path}--{id}"))
        .or_else(|| i18n::lookup(&format!("cmd-spiegel--{id}")))
}

/// The attribute `attr` of argument `id`'s message (see [`arg_help`]).
fn arg_attribute(path: &str, id: &str, attr: &str) -> Option<String> {
    i18n::lookup_attribute(&format!("cmd-{path}--{id}"), attr)
        .or_else(|| i18n::lookup_attribute(&format!("cmd-spiegel--{id}"), attr))
}

/// " [default: x] [possible values: a, b]" in the current language, for
/// what clap would add in English.
fn value_notes(arg: &clap::Arg) -> String {
    let mut notes = String::new();
    if !arg.get_action().takes_values() {
        return notes;
    }
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push_str(&format!(
            " [{}: {}]",
            t!("help-default"),
            defaults.join(", ")
        ));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        // The code in English; the word the language spoken has for it
        // otherwise (`cli::values`), which is typed as well.
        .map(|v| match v.get_help() {
            Some(word) if i18n::current() != i18n::DEFAULT => word.to_string(),
            _ => v.get_name().to_string(),
        })
        .collect();
    if !possible.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push_str(&format!(
            " [{}: {}]",
            t!("help-possible-values"),
            possible.join(", ")
        ));
    }
    notes
}

fn localize(mut cmd: Command, path: &str) -> Command {
    if let Some(about) = i18n::lookup(&format!("cmd-{path}")) {
        cmd = match i18n::lookup(&format!("cmd-{path}-long")) {
            Some(long) => cmd.about(about).long_about(long),
            None => cmd.about(about).long_about(None),
        };
    }
    if let Some(after) = i18n::lookup(&format!("cmd-{path}-after")) {
        cmd = cmd.after_help(after);
    }
    let usage = t!("help-usage");
    cmd = cmd
        .help_template(format!(
            "{{about-with-newline}}\n{usage}: {{usage}}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(t!("help-heading-commands"))
        .subcommand_value_name(t!("help-command-value"));
    let args: Vec<(String, bool, bool, String)> = cmd
        .get_arguments()
        .map(|a| {
            let id = a.get_id().to_string();
            (id, a.is_positional(), a.is_global_set(), value_notes(a))
        })
        .collect();
    for (id, positional, global, notes) in args {
        let help = arg_help(path, &id).map(|help| help + &notes);
        let value_name = arg_attribute(path, &id, "value");
        let heading = if positional {
            t!("help-heading-arguments")
        } else if global {
            t!("help-heading-global")
        } else {
            t!("help-heading-options")
        };
        cmd = cmd.mut_arg(&id, |arg| {
            let mut arg = arg.help_heading(heading);
            if help.is_some() && !notes.is_empty() {
                arg = arg.hide_default_value(true).hide_possible_values(true);
            }
            if let Some(name) = value_name {
                arg = arg.value_name(name);
            }
            match help {
                Some(help) => arg.help(help).long_help(None),
                None => arg,
            }
        });
    }
    let subcommands: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in subcommands {
        if name == "help" {
            // clap's own `help` subcommand: one description everywhere.
            if let Some(about) = i18n::lookup("cmd-help") {
                cmd = cmd.mut_subcommand("help", |sub| sub.about(about));
            }
            continue;
        }
        let sub_path = if path == "spiegel" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path));
    }
    cmd
}

/// The `cmd-…` keys a translation needs: one per command and argument with
/// a description, as the English doc comments give them.
pub fn expected_keys() -> std::collections::BTreeSet<String> {
    fn walk(cmd: &Command, path: &str, keys: &mut std::collections::BTreeSet<String>) {
        if cmd.get_about().is_some() {
            keys.insert(format!("cmd-{path}"));
        }
        for arg in cmd.get_arguments() {
            if arg.get_help().is_none() {
                continue;
            }
            let id = arg.get_id().as_str();
            if arg.is_global_set() || matches!(id, "help" | "version") {
                keys.insert(format!("cmd-spiegel--{id}"));
            } else {
                keys.insert(format!("cmd-{path}--{id}"));
            }
        }
        for sub in cmd.get_subcommands() {
            let name = sub.get_name();
            if name == "help" {
                keys.insert("cmd-help".to_string());
                continue;
            }
            let sub_path = if path == "spiegel" {
                name.to_string()
            } else {
                format!("{path}-{name}")
            };
            walk(sub, &sub_path, keys);
        }
    }
    let mut cmd = Cli::command();
    cmd.build();
    let mut keys = std::collections::BTreeSet::new();
    walk(&cmd, "spiegel", &mut keys);
    keys
}

/// A usage error (`clap`'s) in the current language, on one line: what is
/// wrong — what to write instead (the values or commands there are, the
/// near miss, or the usage line); `None` for what is not an error (`--help`,
/// `--version`).
pub fn usage_error(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    // `spiegel case` alone shows the command's help, as `--help` would.
    if !err.use_stderr() || err.kind() == ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand {
        return None;
    }
    let text = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        _ => None,
    };
    let list = |kind: ContextKind| match err.get(kind) {
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::String(s)) => vec![s.clone()],
        _ => Vec::new(),
    };
    let arg = text(ContextKind::InvalidArg).unwrap_or_default();
    let value = text(ContextKind::InvalidValue).unwrap_or_default();
    let mut message = match err.kind() {
        ErrorKind::InvalidValue if value.is_empty() => t!("usage-value-missing", arg = arg),
        ErrorKind::InvalidValue => t!("usage-invalid-value", arg = arg, value = value),
        ErrorKind::ValueValidation => {
            let message = t!("usage-invalid-value", arg = arg, value = value);
            if let Some(source) = std::error::Error::source(err) {
                return Some(format!("{message} — {source}"));
            }
            message
        }
        ErrorKind::UnknownArgument => t!("usage-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => t!(
            "usage-unknown-command",
            command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = list(ContextKind::InvalidArg);
            t!(
                "usage-missing-arguments",
                count = missing.len(),
                arguments = missing.join(", ")
            )
        }
        ErrorKind::MissingSubcommand => t!(
            "usage-missing-command",
            command = text(ContextKind::InvalidSubcommand).unwrap_or_default()
        ),
        ErrorKind::ArgumentConflict => match err.get(ContextKind::PriorArg) {
            Some(ContextValue::String(prior)) if *prior == arg => {
                t!("usage-repeated", arg = arg)
            }
            _ => t!(
                "usage-conflict",
                arg = arg,
                other = list(ContextKind::PriorArg).join("', '")
            ),
        },
        ErrorKind::TooManyValues => t!("usage-too-many-values", arg = arg, value = value),
        ErrorKind::NoEquals => t!("usage-no-equals", arg = arg),
        // What clap words itself: its first line, without its "error: ".
        _ => {
            let rendered = err.render().to_string();
            let first = rendered.lines().next().unwrap_or_default();
            first.strip_prefix("error: ").unwrap_or(first).to_string()
        }
    };
    let suggested: Vec<String> = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .flat_map(list)
    .collect();
    let possible = list(ContextKind::ValidValue);
    let subcommands = list(ContextKind::ValidSubcommand);
    let hint = if let Some(suggestion) = suggested.first() {
        t!("error-did-you-mean", suggestion = suggestion.as_str())
    } else if !possible.is_empty() {
        t!("usage-write", values = list_or(&possible))
    } else if !subcommands.is_empty() {
        t!("usage-write", values = list_or(&subcommands))
    } else if let (ErrorKind::MissingRequiredArgument, Some(usage)) =
        (err.kind(), text(ContextKind::Usage))
    {
        // clap puts its own "Usage:" before the lines; one line each.
        let lines = usage.split_once(": ").map_or(usage.as_str(), |(_, l)| l);
        let lines: Vec<&str> = lines
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        t!("usage-hint", usage = lines.join(" | "))
    } else {
        t!("usage-more")
    };
    message.push_str(" — ");
    message.push_str(&hint);
    Some(message.replace('\n', " "))
}

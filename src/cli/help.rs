//! `--help` arranged for reading (issue 16.5): the top level's commands in
//! groups, `--db`/`--lang`/`--no-pager` under "Global options", examples in
//! each command's long help (`help-examples-PATH` in `i18n/*.ftl`, in every
//! language), and no default claimed where a command has none.

use anstyle::Style;
use clap::Command;

use crate::i18n;
use crate::t;

const HEADING: Style = Style::new().bold().underline();
const LITERAL: Style = Style::new().bold();

/// The groups of the top level's commands, in order: their heading's key
/// and their commands.
const GROUPS: &[(&str, &[&str])] = &[
    ("help-group-record", &["add", "edit", "delete", "undo"]),
    (
        "help-group-look-back",
        &["list", "show", "search", "patterns", "brief", "steps"],
    ),
    (
        "help-group-supervision",
        &["prep", "casus", "questions", "supervision", "goal"],
    ),
    (
        "help-group-catalogue",
        &["case", "other", "invite", "reasons"],
    ),
    (
        "help-group-journal",
        &[
            "init", "status", "export", "import", "backup", "restore", "check", "encrypt",
            "decrypt", "rekey", "sync",
        ],
    ),
    (
        "help-group-shell",
        &["demo", "config", "completions", "man", "help"],
    ),
];

/// What must be set before clap builds the command (after it, moving an
/// argument would mix up which is which): the global options' heading,
/// which building gives every command, and `edit` without `add`'s defaults.
/// Other languages have both in their `cmd-…` texts (see `localize`).
pub fn before_build(cmd: Command) -> Command {
    let heading = t!("help-heading-global");
    let globals: Vec<String> = cmd
        .get_arguments()
        .filter(|a| a.is_global_set())
        .map(|a| a.get_id().to_string())
        .collect();
    // `mut_args` and `mut_subcommands` keep the order; `mut_arg` and
    // `mut_subcommand` would move what they change last.
    let cmd = cmd.mut_args(|arg| {
        if globals.iter().any(|g| g == arg.get_id().as_str()) {
            arg.help_heading(heading.clone())
        } else {
            arg
        }
    });
    // `edit` shares `add`'s flags but keeps what a flag not given holds.
    cmd.mut_subcommands(|sub| {
        if sub.get_name() != "edit" {
            return sub;
        }
        sub.mut_args(|arg| match arg.get_id().as_str() {
            "date" | "medium" => no_default(arg),
            _ => arg,
        })
    })
}

/// The help arranged: called on the command in the current language.
pub fn arrange(mut cmd: Command) -> Command {
    cmd.build();
    let template = top_template(&cmd);
    cmd.help_template(template)
}

/// `arg` without the "[default: …]" its description names.
fn no_default(arg: clap::Arg) -> clap::Arg {
    let Some(help) = arg.get_help().map(|h| h.to_string()) else {
        return arg;
    };
    let marks = [
        " [default:".to_string(),
        format!(" [{}:", t!("help-default")),
    ];
    let cut = marks.iter().filter_map(|m| help.find(m.as_str())).min();
    let Some(start) = cut else {
        return arg;
    };
    let end = help[start..]
        .find(']')
        .map_or(help.len(), |e| start + e + 1);
    let help = format!("{}{}", &help[..start], &help[end..]);
    arg.help(help)
}

/// The examples of the command at `path` after its long help, and those of
/// its subcommands after theirs. Before clap builds the command: building
/// decides whether there is a long help to show.
pub fn with_examples(mut cmd: Command, path: &str) -> Command {
    if let Some(examples) = i18n::lookup(&format!("help-examples-{path}")) {
        let mut text = String::new();
        if let Some(after) = cmd.get_after_help() {
            text.push_str(&after.ansi().to_string());
            text.push_str("\n\n");
        }
        text.push_str(&format!(
            "{HEADING}{}:{HEADING:#}\n",
            t!("help-heading-examples")
        ));
        for line in examples.lines() {
            if line.trim().is_empty() {
                text.push('\n');
            } else if let Some(command) = line.trim().strip_prefix("spiegel ") {
                text.push_str(&format!("    {LITERAL}spiegel {command}{LITERAL:#}\n"));
            } else {
                text.push_str(&format!("  {}\n", line.trim()));
            }
        }
        cmd = cmd.after_long_help(text.trim_end().to_string());
    }
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| n != "help")
        .collect();
    for name in names {
        let sub_path = if path == "spiegel" {
            name.clone()
        } else {
            format!("{path}-{name}")
        };
        cmd = cmd.mut_subcommand(name, |sub| with_examples(sub, &sub_path));
    }
    cmd
}

/// The top level's help: its commands in [`GROUPS`], then the options.
fn top_template(cmd: &Command) -> String {
    let width = super::grid::width().map_or(100, usize::from).clamp(40, 100);
    let names = GROUPS.iter().flat_map(|(_, names)| names.iter());
    let name_width = names.map(|n| n.len()).max().unwrap_or(0);
    let mut text = format!(
        "{{about-with-newline}}\n{HEADING}{}:{HEADING:#} {{usage}}\n",
        t!("help-usage")
    );
    for (heading, names) in GROUPS {
        text.push_str(&format!(
            "\n{HEADING}{}:{HEADING:#}\n",
            group_heading(heading)
        ));
        for name in *names {
            let about = match cmd.find_subcommand(name) {
                Some(sub) => sub.get_about().map(|a| a.to_string()).unwrap_or_default(),
                None => continue,
            };
            let indent = 2 + name_width + 2;
            let lines = wrap(&about, width.saturating_sub(indent).max(20));
            for (i, line) in lines.iter().enumerate() {
                if i == 0 {
                    text.push_str(&format!(
                        "  {LITERAL}{name:<name_width$}{LITERAL:#}  {line}\n"
                    ));
                } else {
                    text.push_str(&format!("{:indent$}{line}\n", ""));
                }
            }
        }
    }
    text.push_str(&format!(
        "\n{HEADING}{}:{HEADING:#}\n{{options}}{{after-help}}",
        t!("help-heading-global")
    ));
    text
}

fn group_heading(key: &str) -> String {
    match key {
        "help-group-record" => t!("help-group-record"),
        "help-group-look-back" => t!("help-group-look-back"),
        "help-group-supervision" => t!("help-group-supervision"),
        "help-group-catalogue" => t!("help-group-catalogue"),
        "help-group-journal" => t!("help-group-journal"),
        _ => t!("help-group-shell"),
    }
}

/// `text` in lines of at most `width` characters, broken between words.
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let line = lines.last_mut().expect("one line at least");
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(word.to_string());
        } else {
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
/// Every command of the top level is in one of [`GROUPS`].
pub fn ungrouped(cmd: &Command) -> Vec<String> {
    cmd.get_subcommands()
        .map(|s| s.get_name().to_string())
        .filter(|n| !GROUPS.iter().any(|(_, names)| names.contains(&n.as_str())))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_command_is_in_a_group() {
        let mut cmd = super::super::localize::command();
        cmd.build();
        assert_eq!(ungrouped(&cmd), Vec::<String>::new());
    }

    #[test]
    fn wrapping_keeps_words_whole() {
        assert_eq!(wrap("one two three", 7), ["one two", "three"]);
        assert_eq!(wrap("", 7), [""]);
    }
}

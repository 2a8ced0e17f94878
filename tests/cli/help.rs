//! `--help` arranged for reading (issue 16.5): the commands in groups, the
//! global options under their own heading, examples that run as printed
//! and never wrap at 80 columns, and no default claimed where there is none.

use crate::support::Journal;

/// `spiegel ARGS…` at 80 columns: its stdout.
fn help(j: &Journal, args: &[&str]) -> String {
    let out = j.bare().env("COLUMNS", "80").args(args).output().unwrap();
    assert!(out.status.success(), "{args:?}: {out:?}");
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn the_top_level_groups_its_commands() {
    let j = Journal::new();
    for (lang, groups) in [
        (
            "en",
            [
                "Record:",
                "Look back:",
                "Supervision:",
                "Catalogue:",
                "Journal and privacy:",
                "Shell:",
                "Global options:",
            ],
        ),
        (
            "nl",
            [
                "Vastleggen:",
                "Terugkijken:",
                "Supervisie:",
                "Casussen en redenen:",
                "Dagboek en privacy:",
                "Shell:",
                "Algemene opties:",
            ],
        ),
    ] {
        let text = help(&j, &["--lang", lang, "--help"]);
        let mut at = 0;
        for group in groups {
            let found = text[at..]
                .lines()
                .position(|l| l == group)
                .unwrap_or_else(|| panic!("{group} in order in\n{text}"));
            at += text[at..]
                .lines()
                .take(found + 1)
                .map(|l| l.len() + 1)
                .sum::<usize>();
        }
        // Each command once, at the start of a line of its group.
        for command in [
            "add",
            "list",
            "prep",
            "case",
            "export",
            "completions",
            "help",
        ] {
            let lines = text
                .lines()
                .filter(|l| l.trim_start().starts_with(&format!("{command} ")))
                .count();
            assert_eq!(lines, 1, "{command} in\n{text}");
        }
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }
    let record = help(&j, &["--help"]);
    let record = &record[record.find("Record:").unwrap()..record.find("Look back:").unwrap()];
    assert!(
        record.contains("  add ") && record.contains("  undo "),
        "{record}"
    );
}

#[test]
fn global_options_have_their_own_heading_in_every_command() {
    let j = Journal::new();
    for (lang, heading) in [("en", "Global options:"), ("nl", "Algemene opties:")] {
        let text = help(&j, &["--lang", lang, "list", "--help"]);
        let global = text.find(heading).unwrap_or_else(|| panic!("{text}"));
        for flag in ["--db", "--lang", "--no-pager"] {
            let at = text.find(&format!("  {flag}")).unwrap();
            assert!(at > global, "{flag} under {heading} in\n{text}");
        }
        let limit = text.find("--limit").unwrap();
        assert!(limit < global, "{text}");
    }
}

#[test]
fn edit_claims_no_default_it_keeps_what_is_there() {
    let j = Journal::new();
    for lang in ["en", "nl"] {
        let text = help(&j, &["--lang", lang, "edit", "--help"]);
        for claim in ["today]", "vandaag]", "in-person]"] {
            assert!(!text.contains(claim), "{claim} in\n{text}");
        }
        let add = help(&j, &["--lang", lang, "add", "--help"]);
        assert!(add.contains("today]") || add.contains("vandaag]"), "{add}");
    }
}

/// The examples' commands in a language's file, by command path.
fn examples(lang: &str) -> Vec<(String, Vec<String>)> {
    let path = format!("{}/i18n/{lang}.ftl", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).unwrap();
    let mut all: Vec<(String, Vec<String>)> = Vec::new();
    let mut current = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("help-examples-") {
            all.push((rest.split_once(' ').unwrap().0.to_string(), Vec::new()));
            current = true;
        } else if !line.starts_with(' ') && !line.trim().is_empty() {
            current = false;
        } else if current && line.trim().starts_with("spiegel ") {
            all.last_mut().unwrap().1.push(line.trim().to_string());
        }
    }
    all.retain(|(path, commands)| !path.is_empty() && !commands.is_empty());
    all
}

#[test]
fn every_command_has_examples_that_fit_80_columns_whole() {
    let j = Journal::new();
    for lang in ["en", "nl"] {
        let all = examples(lang);
        assert!(all.len() >= 20, "{lang}: {all:?}");
        for (path, commands) in all {
            let mut args = vec!["--lang", lang];
            if path != "spiegel" {
                args.extend(path.split('-'));
            }
            args.push("--help");
            let text = help(&j, &args);
            let heading = if lang == "en" {
                "Examples:"
            } else {
                "Voorbeelden:"
            };
            assert!(text.contains(heading), "{args:?}:\n{text}");
            for command in commands {
                assert!(
                    text.lines().any(|l| l.trim() == command),
                    "{args:?}: {command:?} whole on one line in\n{text}"
                );
            }
            // The short help stays short.
            args.pop();
            args.push("-h");
            assert!(!help(&j, &args).contains(heading), "{args:?}");
        }
    }
}

#[test]
fn the_completion_commands_do_not_wrap_at_80_columns() {
    let j = Journal::new();
    for lang in ["en", "nl"] {
        let text = help(&j, &["--lang", lang, "completions", "--help"]);
        for command in [
            "source <(spiegel completions bash)",
            "source <(spiegel completions zsh)",
            "spiegel completions fish | source",
            "spiegel completions powershell | Out-String | Invoke-Expression",
        ] {
            assert!(
                text.lines().any(|l| l.trim() == command),
                "{command:?} whole in\n{text}"
            );
        }
    }
}

//! What shells expect: completions, the man page, exit codes and colour.

use std::process::Command as Process;

use crate::support::Journal;

/// A journal with two cases, to complete their names.
fn two_cases() -> Journal {
    let j = Journal::with_john();
    j.ok(&["case", "add", "Jane"]);
    j.ok(&["case", "add", "Kim"]);
    j
}

/// Asks spiegel, as fish does, to complete the last of `words` (the command
/// line typed so far); returns the candidates' values.
pub fn complete(j: &Journal, words: &[&str]) -> Vec<String> {
    completions(j, words)
        .into_iter()
        .map(|(value, _)| value)
        .collect()
}

/// As [`complete`], with each candidate's help text.
pub fn completions(j: &Journal, words: &[&str]) -> Vec<(String, String)> {
    let out = j
        .bare()
        .env("SPIEGEL_COMPLETE", "fish")
        .arg("--")
        .arg("spiegel")
        .args(words)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    assert!(out.stderr.is_empty(), "completion is quiet: {out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| {
            let (value, help) = l.split_once('\t').unwrap_or((l, ""));
            (value.to_string(), help.to_string())
        })
        .collect()
}

#[test]
fn completion_offers_case_names_and_reason_codes_from_the_journal() {
    let j = two_cases();
    let db = j.path.to_str().unwrap();
    let c = |words: &[&str]| {
        let mut all = vec!["--db", db];
        all.extend(words);
        complete(&j, &all)
    };
    assert_eq!(c(&["case", "show", "J"]), ["Jane", "John"]);
    assert_eq!(c(&["case", "show", "j"]), ["Jane", "John"], "any case");
    assert_eq!(c(&["add", "K"]), ["Kim"]);
    assert_eq!(c(&["list", "--case", "Jo"]), ["John"]);
    assert_eq!(c(&["other", "add", "Ja"]), ["Jane"]);
    assert_eq!(c(&["other", "add", "Jane", "J"]), Vec::<String>::new());
    assert_eq!(c(&["case", "rename", "K"]), ["Kim"]);
    assert_eq!(c(&["list", "--why", "laughed"]), ["laughed-along"]);
    assert_eq!(c(&["reasons", "retire", "acc"]), ["accepted-refusal"]);
    assert_eq!(c(&["add", "John", "--resistance", "no"]), ["no-one-left"]);
    assert_eq!(c(&["add", "John", "--stall", "7"]), ["7:"]);
    assert_eq!(
        c(&["add", "John", "--stall", "7:did-not-"]),
        ["7:did-not-stoke", "7:did-not-mirror"]
    );
    // A reason already given is not offered again.
    assert_eq!(
        c(&["edit", "1", "--stall", "7:did-not-mirror,did-not-"]),
        ["7:did-not-mirror,did-not-stoke"]
    );
    assert_eq!(c(&["config", "set", "l"]), ["language"]);
    // Commands written without completion in mind get it by argument id.
    assert_eq!(c(&["patterns", "--case", "K"]), ["Kim"]);
    assert_eq!(
        c(&["goal", "add", "x", "--reason", "went"]),
        ["went-too-fast"]
    );
    // Commands and flags come from the clap definition.
    assert_eq!(c(&["comp"]), ["completions"]);
    assert!(c(&["add", "John", "--"]).contains(&"--stall".to_string()));
    // A new name is not completed with existing ones.
    assert_eq!(c(&["case", "add", "J"]), Vec::<String>::new());
}

#[test]
fn completion_finds_the_journal_like_every_command_does() {
    let j = two_cases();
    let out = j
        .bare()
        .env("SPIEGEL_COMPLETE", "fish")
        .env("SPIEGEL_DB", &j.path)
        .args(["--", "spiegel", "case", "show", "Ja"])
        .output()
        .unwrap();
    assert_eq!(String::from_utf8(out.stdout).unwrap(), "Jane\n");
}

#[test]
fn completion_without_a_journal_offers_nothing_and_says_nothing() {
    let j = Journal::new();
    assert_eq!(complete(&j, &["case", "show", "J"]), Vec::<String>::new());
    assert_eq!(complete(&j, &["list", "--why", "la"]), Vec::<String>::new());
    assert!(!j.path.exists());
    assert!(!j.dir.path().join("data").exists(), "nothing was created");
}

#[test]
fn every_shell_gets_a_script_that_calls_spiegel_back() {
    let j = Journal::new();
    let bin = assert_cmd::cargo::cargo_bin!("spiegel");
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = j.bare().args(["completions", shell]).output().unwrap();
        assert!(out.status.success(), "{shell}");
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains("SPIEGEL_COMPLETE"), "{shell}: {script}");
        assert!(script.contains(bin.to_str().unwrap()), "{shell}: {script}");
    }
    j.bare().args(["completions", "tcsh"]).assert().code(2);
    j.bare().args(["completions"]).assert().code(2);
}

/// Runs bash's completion as readline would: `words` as bash splits them
/// (at blanks, and at `:` and `=` too), the cursor at the end of `line`.
fn bash_complete(j: &Journal, line: &str, words: &[&str]) -> Vec<String> {
    let script = j.ok(&["completions", "bash"]);
    let quoted: Vec<String> = words
        .iter()
        .map(|w| format!("'{}'", w.replace('\'', r"'\''")))
        .collect();
    let program = format!(
        r#"{script}
COMP_LINE='{line}'; COMP_POINT=${{#COMP_LINE}}; COMP_WORDS=({words}); COMP_TYPE=9
COMP_CWORD=$((${{#COMP_WORDS[@]}} - 1))
_spiegel_complete spiegel "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"
printf '%s\n' "${{COMPREPLY[@]}}""#,
        words = quoted.join(" ")
    );
    let out = Process::new("bash")
        .args(["--norc", "--noprofile", "-c", &program])
        .env_clear()
        .env("HOME", j.dir.path())
        .env("SPIEGEL_DB", &j.path)
        .env("COMP_WORDBREAKS", " \t\n\"'><=;|&(:")
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

#[test]
fn bash_completes_stalls_although_it_splits_words_at_colons() {
    if Process::new("bash").arg("--version").output().is_err() {
        eprintln!("bash is not installed: skipped");
        return;
    }
    let j = two_cases();
    assert_eq!(
        bash_complete(&j, "spiegel case show J", &["spiegel", "case", "show", "J"]),
        ["Jane", "John"]
    );
    // Bash replaces only what follows the last ':', so that is what it gets.
    assert_eq!(
        bash_complete(
            &j,
            "spiegel add John --stall 0:lost-own-need --stall 7:laughed-along,did-not-m",
            &[
                "spiegel",
                "add",
                "John",
                "--stall",
                "0",
                ":",
                "lost-own-need",
                "--stall",
                "7",
                ":",
                "laughed-along,did-not-m"
            ]
        ),
        ["laughed-along,did-not-mirror"]
    );
    let after_colon = bash_complete(
        &j,
        "spiegel add John --stall 3:",
        &["spiegel", "add", "John", "--stall", "3", ":"],
    );
    assert!(
        after_colon.contains(&"went-too-fast".to_string()),
        "{after_colon:?}"
    );
    assert_eq!(
        bash_complete(
            &j,
            "spiegel list --case=Ja",
            &["spiegel", "list", "--case", "=", "Ja"]
        ),
        ["Jane"]
    );
}

#[test]
fn the_man_page_is_generated_from_the_commands() {
    let j = Journal::new();
    let page = j.ok(&["man"]);
    assert!(page.starts_with(".ie"), "{}", &page[..80]);
    assert!(page.contains(".TH spiegel 1"), "{page}");
    // Alone, the page names the commands as typed: no pages to refer to.
    for command in ["case", "add", "edit", "config", "completions", "man"] {
        assert!(
            page.contains(&format!("spiegel {command}\\fR")),
            "{command}"
        );
    }
    let file = j.dir.path().join("spiegel.1");
    let out = j.ok(&["man", "-o", file.to_str().unwrap()]);
    assert_eq!(out, "");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), page);
    let err = j.err(&[
        "man",
        "-o",
        j.dir.path().join("no/such/dir/x.1").to_str().unwrap(),
    ]);
    assert!(err.starts_with("error: could not write "), "{err}");

    // One page per command, so that the references between them hold.
    let dir = j.dir.path().join("man");
    j.ok(&["man", "--dir", dir.to_str().unwrap()]);
    let top = std::fs::read_to_string(dir.join("spiegel.1")).unwrap();
    for command in ["case", "add", "edit", "config", "completions", "man"] {
        assert!(
            top.contains(&format!("spiegel\\-{command}(1)")),
            "{command}"
        );
    }
    for name in [
        "spiegel-case.1",
        "spiegel-case-add.1",
        "spiegel-config-set.1",
    ] {
        let sub = std::fs::read_to_string(dir.join(name)).unwrap();
        assert!(sub.contains(".TH spiegel-"), "{name}");
    }
}

#[test]
fn usage_errors_exit_with_2_and_version_works() {
    let j = Journal::new();
    j.cmd(&["list", "--limit", "many"]).assert().code(2);
    j.cmd(&["config", "set", "language"]).assert().code(2);
    let version = j.ok(&["--version"]);
    assert_eq!(version, format!("spiegel {}\n", env!("CARGO_PKG_VERSION")));
}

#[test]
fn no_escape_codes_when_piped_even_on_a_colour_terminal() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--stall", "7:laughed-along", "--note", "n"]);
    let run = |env: &[(&str, &str)], args: &[&str]| {
        let mut cmd = j.cmd(args);
        cmd.env_remove("NO_COLOR").env("TERM", "xterm-256color");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        [out.stdout, out.stderr].concat()
    };
    let has_escape = |bytes: &[u8]| bytes.contains(&0x1b);
    for args in [
        &["show", "1"][..],
        &["case", "show", "John"],
        &["show", "99"],
        &["--help"],
        &["frobnicate"],
    ] {
        assert!(!has_escape(&run(&[], args)), "{args:?} piped");
        assert!(
            !has_escape(&run(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], args)),
            "{args:?} with NO_COLOR"
        );
    }
    // The check can fail: forced colour does show up.
    assert!(has_escape(&run(&[("CLICOLOR_FORCE", "1")], &["show", "1"])));
}

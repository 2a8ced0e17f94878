//! `spiegel config path | show | set | unset`, and the settings file's place
//! in finding the journal.

use crate::support::{Journal, fails, fails_with};

#[test]
fn the_settings_file_lives_in_the_config_folder_and_is_made_on_the_first_set() {
    let j = Journal::new();
    let path = j.config_path();
    assert_eq!(path, j.dir.path().join("config/spiegel/config.toml"));
    assert!(!path.exists());
    let shown = j.bare().args(["config", "show"]).output().unwrap();
    let shown = String::from_utf8(shown.stdout).unwrap();
    assert!(shown.contains("(not created yet)"), "{shown}");

    j.bare()
        .args(["config", "set", "language", "NL"])
        .assert()
        .success()
        .stdout(format!("language set to nl in {}\n", path.display()));
    j.bare()
        .args(["config", "set", "editor", "code --wait"])
        .assert()
        .success();
    j.bare()
        .args(["config", "set", "journal", "~/notes/journal.db"])
        .assert()
        .success();
    let text = std::fs::read_to_string(&path).unwrap();
    let journal = j.dir.path().join("notes/journal.db");
    assert_eq!(
        text,
        format!(
            "language = \"nl\"\neditor = \"code --wait\"\njournal = \"{}\"\n",
            journal.display()
        )
    );

    let out = j
        .bare()
        .args(["config", "show", "--json"])
        .output()
        .unwrap();
    let shown: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(shown["language"], "nl");
    assert_eq!(shown["editor"], "code --wait");
    assert_eq!(shown["journal"], journal.to_str().unwrap());
    assert_eq!(shown["journal_in_use"], journal.to_str().unwrap());

    // `language = "nl"` is set now: spiegel speaks Dutch.
    j.bare()
        .args(["config", "unset", "editor"])
        .assert()
        .success()
        .stdout(format!("editor verwijderd uit {}\n", path.display()));
    j.bare()
        .args(["config", "unset", "editor"])
        .assert()
        .success()
        .stdout("editor was niet ingesteld; er is niets gewijzigd\n");
}

#[test]
fn the_journal_is_db_then_spiegel_db_then_the_setting_then_the_data_folder() {
    let j = Journal::new();
    let default = j.dir.path().join("data/spiegel/journal.db");
    let configured = j.dir.path().join("configured.db");
    let from_env = j.dir.path().join("env.db");
    let from_flag = j.dir.path().join("flag.db");

    j.bare().args(["case", "add", "A"]).assert().success();
    assert!(default.exists());

    j.bare()
        .args(["config", "set", "journal"])
        .arg(&configured)
        .assert()
        .success();
    j.bare().args(["case", "add", "B"]).assert().success();
    assert!(configured.exists());

    j.bare()
        .env("SPIEGEL_DB", &from_env)
        .args(["case", "add", "C"])
        .assert()
        .success();
    assert!(from_env.exists());

    j.bare()
        .env("SPIEGEL_DB", &from_env)
        .arg("--db")
        .arg(&from_flag)
        .args(["case", "add", "D"])
        .assert()
        .success();
    assert!(from_flag.exists());

    // Each case landed in its own journal only.
    for (path, name) in [
        (&default, "A"),
        (&configured, "B"),
        (&from_env, "C"),
        (&from_flag, "D"),
    ] {
        let out = j
            .bare()
            .arg("--db")
            .arg(path)
            .args(["case", "list", "--json"])
            .output()
            .unwrap();
        let cases: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(cases.as_array().unwrap().len(), 1, "{}", path.display());
        assert_eq!(cases[0]["name"], name);
    }
}

#[test]
fn bad_keys_and_values_are_one_line_errors_naming_the_valid_ones() {
    let j = Journal::new();
    let path = j.config_path();
    for (args, expected) in [
        (
            ["config", "set", "lang", "nl"],
            "error: no setting 'lang' — the settings are language, editor, journal, pager, sync",
        ),
        (
            ["config", "set", "language", "fr"],
            "error: 'fr' is not a valid language — use en or nl",
        ),
        (
            ["config", "set", "journal", "journal.db"],
            "error: 'journal.db' is not a valid journal — give the full path, e.g. ~/Documents/journal.db or /home/me/journal.db",
        ),
        (
            ["config", "set", "editor", " "],
            "error: ' ' is not a valid editor — give the editor's command, e.g. nano or \"code --wait\"",
        ),
    ] {
        let mut cmd = j.bare();
        cmd.args(args);
        // An unknown setting or value is a usage error (issue 10.16).
        assert_eq!(fails_with(cmd, &args, 2), expected);
    }
    let mut cmd = j.bare();
    cmd.args(["config", "unset", "colour"]);
    assert!(fails_with(cmd, &["config", "unset", "colour"], 2).contains("no setting 'colour'"));
    assert!(!path.exists(), "nothing was written");
}

#[test]
fn a_broken_settings_file_is_named_also_with_db() {
    let j = Journal::new();
    let path = j.config_path();
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, "language = \"nl\"\njornal = \"/tmp/x.db\"\n").unwrap();

    let mut cmd = j.bare();
    cmd.args(["case", "list"]);
    let err = fails(cmd, &["case", "list"]);
    assert_eq!(
        err,
        format!(
            "error: {} is not a valid settings file: unknown setting 'jornal' (the settings are \
             language, editor, journal, pager, sync) — correct or remove that line (see `spiegel config --help`)",
            path.display()
        )
    );
    // An explicit journal does not make it go unnoticed (issue 10.15).
    assert!(
        j.err(&["case", "add", "John"])
            .contains("unknown setting 'jornal'")
    );
    // Nor does setting another key repair it silently.
    let mut cmd = j.bare();
    cmd.args(["config", "set", "language", "en"]);
    assert!(fails(cmd, &[]).contains("unknown setting 'jornal'"));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        "language = \"nl\"\njornal = \"/tmp/x.db\"\n"
    );

    std::fs::write(&path, "language = nl\n").unwrap();
    let mut cmd = j.bare();
    cmd.args(["case", "list"]);
    assert!(fails(cmd, &[]).contains("is not a valid settings file: line 1:"));
}

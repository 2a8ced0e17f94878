//! `--help` in Dutch lists the Dutch words a value is typed with (issue
//! 14.3): `--role ouder` is accepted, so help offers `ouder`, not `parent`.

use crate::support::Journal;

/// The "[mogelijke waarden: …]" note of `--help` after `flag`, unwrapped.
fn possible_values(help: &str, flag: &str) -> String {
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    let at = flat
        .find(&format!("{flag} "))
        .unwrap_or_else(|| panic!("{flag} in {help}"));
    let rest = &flat[at..];
    let start = rest.find("waarden: ").unwrap_or_else(|| panic!("{rest}")) + "waarden: ".len();
    rest[start..rest[start..].find(']').unwrap() + start].to_string()
}

#[test]
fn dutch_help_lists_the_dutch_words() {
    let j = Journal::new();
    let cases = [
        (
            &["other", "add", "--help"][..],
            "--role",
            "partner, vriend(in), ouder, kind, broer of zus, familielid, buur, collega, iemand anders",
        ),
        (
            &["add", "--help"],
            "--medium",
            "face-to-face, video, telefoon",
        ),
        (
            &["case", "close", "--help"],
            "--outcome",
            "systeem betrokken, individueel, voortijdig gestopt",
        ),
        (
            &["supervision", "add", "--help"],
            "--kind",
            "individueel, groep, intervisie",
        ),
        (
            &["patterns", "--help"],
            "--side",
            "eigen, cliënt, ander, alle",
        ),
    ];
    for (args, flag, words) in cases {
        let mut all = vec!["--lang", "nl"];
        all.extend_from_slice(args);
        let help = j.ok(&all);
        assert_eq!(possible_values(&help, flag), words, "{args:?}");
    }
    // What help offers is typed back.
    j.ok(&["case", "add", "Anna"]);
    j.ok(&["other", "add", "Anna", "Jan", "--role", "broer of zus"]);
    j.ok(&["other", "add", "Anna", "Els", "--role", "iemand anders"]);
    j.ok(&["add", "Anna", "--medium", "face-to-face"]);
    let others = j.json(&["case", "show", "Anna"])["others"].clone();
    let role = |name: &str| {
        others
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == name)
            .unwrap()["role"]
            .clone()
    };
    assert_eq!(role("Jan"), "sibling", "{others}");
    assert_eq!(role("Els"), "other", "{others}");
}

#[test]
fn english_help_keeps_the_codes() {
    let j = Journal::new();
    let help = j.ok(&["--lang", "en", "other", "add", "--help"]);
    let flat = help.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flat.contains(
            "partner, friend, parent, child, sibling, relative, neighbour, colleague, other"
        ),
        "{help}"
    );
}

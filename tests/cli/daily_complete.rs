//! Completion of the values a daily user types most (issue 16.9): the
//! others after `--with`, the steps after `--step`, and the Dutch starts of
//! the catalogue's labels.

use crate::support::Journal;

/// Asks spiegel, as fish does, to complete the last of `words` on the
/// journal `j` (given with `--db` on the line); returns each candidate's
/// value and help text.
fn candidates(j: &Journal, words: &[&str]) -> Vec<(String, String)> {
    let path = j.path.to_str().unwrap();
    let mut line = vec!["--db", path];
    line.extend_from_slice(words);
    crate::shell::completions(j, &line)
}

fn values(j: &Journal, words: &[&str]) -> Vec<String> {
    candidates(j, words).into_iter().map(|(v, _)| v).collect()
}

/// John with Levi and Maarten, Jane with Lotte.
fn two_families() -> Journal {
    let j = Journal::with_john();
    j.ok(&["case", "add", "Jane"]);
    j.ok(&["other", "add", "Jane", "Lotte", "--role", "sister"]);
    j
}

#[test]
fn with_completes_the_others_of_the_case_on_the_line() {
    let j = two_families();
    assert_eq!(values(&j, &["add", "John", "--with", "L"]), ["Levi"]);
    assert_eq!(
        values(&j, &["add", "John", "--with", ""]),
        ["Levi", "Maarten"]
    );
    assert_eq!(values(&j, &["add", "Jane", "--with", "l"]), ["Lotte"]);
    // Flags before the case, and a value already given, change nothing.
    assert_eq!(
        values(
            &j,
            &[
                "--lang", "nl", "add", "--date", "today", "John", "--with", "Levi", "--with", "M"
            ]
        ),
        ["Maarten"]
    );
    // No case on the line (`edit` names a reflection): every case's others.
    assert_eq!(values(&j, &["edit", "1", "--with", "L"]), ["Levi", "Lotte"]);
    assert_eq!(values(&j, &["add", "--with", "L"]), ["Levi", "Lotte"]);
    // A case that is not there: nothing, quietly.
    assert_eq!(
        values(&j, &["add", "Nobody", "--with", ""]),
        Vec::<String>::new()
    );
    // `supervision add --with` names a supervisor, not a significant other.
    assert_eq!(
        values(&j, &["supervision", "add", "--with", "L"]),
        Vec::<String>::new()
    );
}

#[test]
fn step_completes_the_steps_with_their_titles_in_the_language_spoken() {
    let j = Journal::with_john();
    let steps = candidates(&j, &["--lang", "nl", "list", "--step", ""]);
    let numbers: Vec<&str> = steps.iter().map(|(v, _)| v.as_str()).collect();
    assert_eq!(numbers, ["0", "1", "2", "3", "4", "5", "6", "7"]);
    assert_eq!(steps[7].1, "Spiegel het niet-helpende gedrag van de ander");
    assert_eq!(steps[0].1, "De belangrijke anderen aan tafel krijgen");
    let english = candidates(&j, &["list", "--step", "7"]);
    assert_eq!(english.len(), 1);
    assert_eq!(english[0].0, "7");
    assert!(!english[0].1.contains("Spiegel"), "{english:?}");
    assert!(!english[0].1.is_empty(), "{english:?}");
    // `reasons add --steps 1,4` completes each step of the list.
    assert_eq!(
        values(&j, &["reasons", "add", "x", "--steps", "1,"]),
        ["1,0", "1,1", "1,2", "1,3", "1,4", "1,5", "1,6", "1,7"]
    );
}

#[test]
fn dutch_starts_of_labels_complete_to_a_value_the_parser_accepts() {
    let j = Journal::with_john();
    let stall = values(&j, &["--lang", "nl", "add", "John", "--stall", "3:te"]);
    assert_eq!(
        stall,
        [
            "3:te-veel-gericht-op-de-bezwaren-van-de-client",
            "3:te-snel-gegaan-geen-ruimte-voor-stilte"
        ]
    );
    // The Dutch user reads the label, not an English code, as its help.
    let helped = candidates(&j, &["--lang", "nl", "add", "John", "--stall", "3:te-s"]);
    assert_eq!(helped[0].1, "Te snel gegaan; geen ruimte voor stilte");
    // Without accents or upper case; the label of the language spoken first.
    assert_eq!(
        values(
            &j,
            &[
                "--lang",
                "nl",
                "add",
                "John",
                "--stall",
                "7:did-not-mirror,clie"
            ]
        ),
        ["7:did-not-mirror,client-voelt-zich-een-last"]
    );
    assert_eq!(
        values(&j, &["add", "John", "--stall", "7:did-not-mirror,clie"]),
        ["7:did-not-mirror,client-feels-a-burden-to-others"]
    );
    // A code's start completes the code alone; an English label's start
    // its label.
    assert_eq!(
        values(&j, &["add", "John", "--stall", "3:went"]),
        ["3:went-too-fast"]
    );
    assert_eq!(
        values(&j, &["add", "John", "--stall", "3:client"]),
        ["3:client-feels-a-burden-to-others"]
    );
    assert_eq!(
        values(&j, &["add", "John", "--resistance", "ze"]),
        ["ze-willen-niet-betrokken-worden"]
    );
    assert_eq!(
        values(&j, &["list", "--why", "meegegaan"]),
        ["meegegaan-in-de-grap-of-het-andere-onderwerp"]
    );
    // What was offered is accepted as it stands.
    j.ok(&[
        "add",
        "John",
        "--note",
        "x",
        "--stall",
        "3:te-snel-gegaan-geen-ruimte-voor-stilte",
        "--resistance",
        "ze-willen-niet-betrokken-worden",
    ]);
    let saved = j.json(&["show", "1"]);
    let text = saved.to_string();
    assert!(text.contains("went-too-fast"), "{text}");
    assert!(text.contains("they-wont-come"), "{text}");
    let listed = j.json(&["list", "--why", "te-snel-gegaan-geen-ruimte-voor-stilte"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
}

//! A peer-supervision group's pooled view (issue 17): member A exports with
//! a practitioner code (`export --anonymize --as P3`), member B imports it
//! beside their own records; who is who survives.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::{Journal, bytes, fails_with};

const NL: &[(&str, &str)] = &[("SPIEGEL_LANG", "nl")];

/// Member A: case Anna with three sessions, each stalling at step 7 because
/// A laughed along, a goal and a peer-supervision meeting.
pub(crate) fn member_a() -> Journal {
    let a = Journal::new();
    a.ok(&["case", "add", "Anna", "--opened", "2026-01-01"]);
    a.ok(&["other", "add", "Anna", "Bert", "--role", "partner"]);
    for date in ["2026-02-01", "2026-02-08", "2026-02-15"] {
        a.ok(&[
            "add",
            "Anna",
            "--date",
            date,
            "--stall",
            "7:laughed-along",
            "--note",
            "Anna's own words, never to leave A's laptop.",
        ]);
    }
    a.ok(&[
        "goal",
        "add",
        "Mirror instead of laughing",
        "--reason",
        "laughed-along",
        "--since",
        "2026-01-15",
    ]);
    a.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-03-01",
        "--kind",
        "peer",
    ]);
    a
}

/// Member B: their own case, called C01 too (as an anonymized export would
/// call a case), with two sessions stalling at step 2.
pub(crate) fn member_b() -> Journal {
    let b = Journal::new();
    b.ok(&["case", "add", "C01", "--opened", "2026-01-01"]);
    for date in ["2026-02-02", "2026-02-09"] {
        b.ok(&["add", "C01", "--date", date, "--stall", "2:did-not-stoke"]);
    }
    b
}

/// A's export for the group, as a file in A's folder.
pub(crate) fn exported_as(a: &Journal, code: &str) -> PathBuf {
    let path = a.dir.path().join(format!("group-{code}.json"));
    a.ok(&[
        "export",
        "--anonymize",
        "--as",
        code,
        "-o",
        path.to_str().unwrap(),
    ]);
    path
}

pub(crate) fn read(path: &Path) -> Value {
    serde_json::from_slice(&bytes(path)).unwrap()
}

/// The cases of `j` as (practitioner, name) pairs.
pub(crate) fn cases(j: &Journal) -> Vec<(Value, Value)> {
    j.json(&["case", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| (c["practitioner"].clone(), c["name"].clone()))
        .collect()
}

#[test]
fn an_export_as_a_code_labels_every_record_and_leaves_out_the_words() {
    let a = member_a();
    let file = exported_as(&a, "p3");
    let data = read(&file);
    assert_eq!(data["version"], 3);
    assert_eq!(data["anonymized"], true);
    assert_eq!(data["cases"][0]["practitioner"], "P3", "in capitals");
    assert_eq!(data["cases"][0]["name"], "C01");
    assert_eq!(data["goals"][0]["practitioner"], "P3");
    assert!(!String::from_utf8_lossy(&bytes(&file)).contains("Anna"));
    // A's own journal is unchanged: its records have no code.
    assert_eq!(cases(&a), [(Value::Null, "Anna".into())]);
    // Without --as nothing is labelled, and the field is left out.
    let plain = a.ok(&["export", "--anonymize"]);
    assert!(!plain.contains("practitioner"), "{plain}");
}

#[test]
fn a_code_that_is_no_code_is_refused_in_both_languages() {
    let a = member_a();
    let err = a.err_usage(&["export", "--anonymize", "--as", "P-3"]);
    assert!(
        err.contains("'P-3' is not a practitioner code") && err.contains("like P3"),
        "{err}"
    );
    let err = fails_with(
        {
            let mut cmd = a.cmd(&["export", "--anonymize", "--as", "ABCDEFGH9"]);
            cmd.env("SPIEGEL_LANG", "nl");
            cmd
        },
        &[],
        2,
    );
    assert!(err.contains("is geen code van een collega"), "{err}");
    // --as labels an anonymized export only.
    let out = a.cmd(&["export", "--as", "P3"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_pooled_import_keeps_who_is_who() {
    let a = member_a();
    let b = member_b();
    let file = exported_as(&a, "P3");
    let said = b.ok(&["import", file.to_str().unwrap()]);
    assert!(!said.contains("(2)"), "no renaming: {said}");

    // Two cases called C01: B's own and P3's, side by side.
    assert_eq!(
        cases(&b),
        [(Value::Null, "C01".into()), ("P3".into(), "C01".into())]
    );
    let list = b.ok(&["case", "list"]);
    assert!(list.contains("P3·C01"), "{list}");
    let reflections = b.ok(&["list"]);
    assert!(reflections.contains("P3·C01"), "{reflections}");
    // Named with the code (or a colon, easier to type), the pooled case.
    let pooled = b.json(&["case", "show", "P3·C01"]);
    assert_eq!(pooled["practitioner"], "P3");
    assert_eq!(pooled["timeline"].as_array().unwrap().len(), 3);
    assert_eq!(b.json(&["case", "show", "p3:c01"])["practitioner"], "P3");
    // Without it, one's own.
    let own = b.json(&["case", "show", "C01"]);
    assert_eq!(own["practitioner"], Value::Null);
    assert_eq!(own["timeline"].as_array().unwrap().len(), 2);
    // Adding to one's own C01 still works.
    b.ok(&["add", "C01", "--date", "2026-02-16", "--note", "third"]);
    assert_eq!(
        b.json(&["case", "show", "C01"])["timeline"]
            .as_array()
            .unwrap()
            .len(),
        3
    );

    // Importing the same file again merges: nothing new.
    let again = b.ok(&["import", file.to_str().unwrap()]);
    assert!(!again.contains("(2)"), "{again}");
    assert_eq!(cases(&b).len(), 2);
    assert_eq!(
        b.json(&["list", "--limit", "0"]).as_array().unwrap().len(),
        6
    );
}

#[test]
fn a_pooled_import_is_one_undo_step() {
    let a = member_a();
    let b = member_b();
    let file = exported_as(&a, "P3");
    let before = b.snapshot();
    b.ok(&["import", file.to_str().unwrap()]);
    b.ok(&["undo"]);
    assert_eq!(b.snapshot(), before);
    b.ok(&["check"]);
}

#[test]
fn a_pooled_journal_exported_whole_keeps_its_codes() {
    let a = member_a();
    let b = member_b();
    b.ok(&["import", exported_as(&a, "P3").to_str().unwrap()]);
    // B's backup to another device: not anonymized, the codes travel.
    let whole = b.dir.path().join("whole.json");
    b.ok(&["export", "-o", whole.to_str().unwrap()]);
    let c = Journal::new();
    c.ok(&["import", whole.to_str().unwrap()]);
    assert_eq!(cases(&c), cases(&b));
    // B's own records, anonymized as P5, go without P3's: those are P3's
    // to share (tests/cli/group_pooled.rs).
    let data = read(&exported_as(&b, "P5"));
    let codes: Vec<&str> = data["cases"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["practitioner"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["P5"]);
}

#[test]
fn older_formats_still_import_and_a_bad_code_in_a_file_is_refused() {
    let a = member_a();
    let plain = a.dir.path().join("plain.json");
    a.ok(&["export", "--anonymize", "-o", plain.to_str().unwrap()]);
    let mut data = read(&plain);
    for version in [1, 2] {
        data["version"] = version.into();
        let old = a.dir.path().join(format!("v{version}.json"));
        std::fs::write(&old, serde_json::to_vec(&data).unwrap()).unwrap();
        let b = member_b();
        b.ok(&["import", old.to_str().unwrap()]);
        // Records without a code are one's own; the taken name is numbered.
        assert_eq!(
            cases(&b),
            [(Value::Null, "C01".into()), (Value::Null, "C01 (2)".into())],
            "version {version}"
        );
    }

    let mut data = read(&exported_as(&a, "P3"));
    data["cases"][0]["practitioner"] = "p-3".into();
    let bad = a.dir.path().join("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&data).unwrap()).unwrap();
    let b = member_b();
    let err = b.err(&["import", bad.to_str().unwrap()]);
    assert!(
        err.contains("cases[0].practitioner") && err.contains("not a practitioner code"),
        "{err}"
    );
    let err = b.err_env(NL, &["import", bad.to_str().unwrap()]);
    assert!(err.contains("geen code van een collega"), "{err}");
    assert_eq!(cases(&b), [(Value::Null, "C01".into())]);
}

/// B's own journal: C01 with two sessions stalling at step 2 and one where
/// B laughed along (the pattern A has in all three of theirs).
pub(crate) fn member_b_who_laughed_once() -> Journal {
    let b = member_b();
    b.ok(&[
        "add",
        "C01",
        "--date",
        "2026-02-16",
        "--stall",
        "7:laughed-along",
    ]);
    b
}

/// Imports A's export as P3 into `b`.
pub(crate) fn pool(b: &Journal) {
    let a = member_a();
    b.ok(&["import", exported_as(&a, "P3").to_str().unwrap()]);
}

#[test]
fn patterns_count_ones_own_records_and_say_what_is_left_out() {
    let b = member_b_who_laughed_once();
    let alone = b.json(&["patterns", "--min-cases", "1"]);
    assert!(!b.ok(&["patterns"]).contains("pooled"));
    pool(&b);

    let own = b.json(&["patterns", "--min-cases", "1"]);
    assert_eq!(own["reflections"], 3, "{own}");
    assert_eq!(own["cases"], 1);
    assert_eq!(own["reasons"], alone["reasons"], "A's stalls are not B's");
    assert_eq!(own["pooled"]["reflections"], 3);
    assert_eq!(own["pooled"]["cases"], 1);
    assert_eq!(own["pooled"]["practitioners"], serde_json::json!(["P3"]));

    let text = b.ok(&["patterns"]);
    assert!(
        text.contains("this journal also holds 3 pooled reflections in 1 case of P3")
            && text.contains("--by practitioner"),
        "{text}"
    );
    let dutch = b.ok_env(NL, &["patterns"]);
    assert!(
        dutch.contains("dit dagboek bevat ook 3 gedeelde reflecties in 1 casus van P3"),
        "{dutch}"
    );
}

#[test]
fn patterns_by_practitioner_show_each_members_rate_over_their_own_sessions() {
    let b = member_b_who_laughed_once();
    pool(&b);
    let by = b.ok(&["patterns", "--by", "practitioner"]);
    assert!(by.contains("me (3 sessions)"), "{by}");
    assert!(by.contains("P3 (3 sessions)"), "{by}");
    // B never stalled for what A did three times, and no percentage on so
    // few sessions.
    assert!(by.contains("never"), "{by}");
    assert!(by.contains("3 of 3"), "{by}");
    assert!(!by.contains('%'), "{by}");
    let json = b.json(&["patterns", "--by", "practitioner"]);
    assert_eq!(json[0][0], Value::Null, "own first");
    assert_eq!(json[1][0], "P3");
    assert_eq!(json[1][1]["reflections"], 3);
    let dutch = b.ok_env(NL, &["patterns", "--by", "practitioner"]);
    assert!(
        dutch.contains("ik (3 sessies)") && dutch.contains("nooit"),
        "{dutch}"
    );
}

#[test]
fn patterns_of_the_group_say_what_is_shared_and_what_is_one_members() {
    let b = member_b_who_laughed_once();
    pool(&b);
    let group = b.ok(&["patterns", "--group"]);
    let (shared, one) = group.split_once("One practitioner's").unwrap();
    assert!(
        shared.contains("2 of 2 practitioners: me (1 case) and P3 (1 case)"),
        "{group}"
    );
    assert!(one.contains("1 of 2 practitioners: me (1 case)"), "{group}");
    let json = b.json(&["patterns", "--group"]);
    assert_eq!(json[0]["reason"], "laughed-along");
    assert_eq!(json[0]["shared"], true);
    let dutch = b.ok_env(NL, &["patterns", "--group"]);
    assert!(
        dutch.contains("Gedeeld")
            && dutch.contains("2 van 2 collega's: ik (1 casus) en P3 (1 casus)"),
        "{dutch}"
    );
}

#[test]
fn goals_and_prep_are_measured_on_ones_own_records() {
    let b = member_b_who_laughed_once();
    b.ok(&[
        "goal",
        "add",
        "Mirror instead of laughing",
        "--reason",
        "laughed-along",
        "--since",
        "2026-02-10",
    ]);
    let goals = b.json(&["goal", "list"]);
    let page = b.ok(&["prep", "--since", "2026-01-01"]);
    let since_last = b.ok(&["prep"]);
    pool(&b);
    assert_eq!(
        b.json(&["goal", "list"]),
        goals,
        "A's sessions do not count"
    );
    assert_eq!(b.ok(&["prep", "--since", "2026-01-01"]), page);
    // A's meeting is not B's last one, nor in B's list.
    assert_eq!(b.ok(&["prep"]), since_last);
    assert!(
        b.ok(&["supervision", "list"])
            .contains("No supervision meetings yet"),
        "A's meeting is A's"
    );
}

/// Case Ria: Tom named and invited, came to the second session; the first
/// stalled at step 0 with an open question, the second went well.
fn ria() -> Journal {
    let j = Journal::new();
    j.ok(&[
        "case",
        "add",
        "Ria",
        "--setting",
        "youth care",
        "--opened",
        "2026-01-05",
    ]);
    j.ok(&[
        "other",
        "add",
        "Ria",
        "Tom",
        "--role",
        "partner",
        "--named",
        "2026-01-12",
    ]);
    j.ok(&[
        "invite",
        "Ria",
        "Tom",
        "--by",
        "me",
        "--date",
        "2026-01-14",
        "--medium",
        "phone",
    ]);
    j.ok(&["invite", "Ria", "Tom", "--answer", "yes"]);
    j.ok(&[
        "add",
        "Ria",
        "--date",
        "2026-01-12",
        "--stall",
        "0:accepted-refusal",
        "--note",
        "Ria said Tom would never come; I <let it go>.",
        "--ask",
        "How do I stay with my own need?",
    ]);
    j.ok(&[
        "add",
        "Ria",
        "--date",
        "2026-01-19",
        "--with",
        "Tom",
        "--went-well",
        "Tom told Ria what not being asked meant.",
    ]);
    j
}

#[test]
fn casus_prints_one_page_for_the_group() {
    let j = ria();
    let page = j.ok(&["casus", "Ria"]);
    assert!(page.starts_with("# Case presentation: Ria"), "{page}");
    for part in [
        "## The question for the group\n\n- How do I stay with my own need?",
        "Setting: youth care",
        "2 sessions, 12 Jan 2026 – 19 Jan 2026",
        "Tom (partner): named 12 Jan 2026; invited by me on 14 Jan 2026: yes; came from 19 Jan 2026 (1 session)",
        "## Where it stalled, session by session\n\n- 12 Jan 2026 — step 0: Accepted the refusal too quickly",
        "## What was tried",
        "Ria said Tom would never come; I \\<let it go\\>.",
        "## What went well\n\n- 19 Jan 2026: Tom told Ria what not being asked meant.",
    ] {
        assert!(page.contains(part), "{part:?} in {page}");
    }
    // A question given for the group replaces the case's own.
    let asked = j.ok(&["casus", "ria", "--question", "Where do I give up on Tom?"]);
    assert!(asked.contains("- Where do I give up on Tom?"), "{asked}");
    assert!(!asked.contains("own need"), "{asked}");
}

#[test]
fn casus_speaks_dutch_writes_html_once_and_names_pooled_cases() {
    let j = ria();
    let page = j.ok_env(NL, &["casus", "Ria"]);
    for part in [
        "# Casusinbreng: Ria",
        "## De vraag aan de groep",
        "Tom (partner): genoemd 12 jan",
        "## Waar het vastliep, sessie voor sessie",
        "## Wat goed ging",
    ] {
        assert!(page.contains(part), "{part:?} in {page}");
    }
    assert!(!page.contains("The question"), "{page}");

    let file = j.dir.path().join("ria.html");
    j.ok(&[
        "casus",
        "Ria",
        "--format",
        "html",
        "-o",
        file.to_str().unwrap(),
    ]);
    let html = String::from_utf8(bytes(&file)).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("I &lt;let it go&gt;."), "escaped: {html}");
    assert!(
        !html.contains("<script") && !html.contains("http"),
        "{html}"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // Never over an existing file.
    let err = j.err(&["casus", "Ria", "-o", file.to_str().unwrap()]);
    assert!(err.contains("ria.html"), "{err}");
    assert_eq!(String::from_utf8(bytes(&file)).unwrap(), html);

    // A case nobody has: the usual one-line error; a pooled case by its code.
    let err = j.err(&["casus", "Rio"]);
    assert!(err.contains("Rio"), "{err}");
    let b = member_b();
    pool(&b);
    let pooled = b.ok(&["casus", "P3·C01"]);
    assert!(
        pooled.starts_with("# Case presentation: P3·C01"),
        "{pooled}"
    );
    assert!(pooled.contains("3 sessions"), "{pooled}");
}

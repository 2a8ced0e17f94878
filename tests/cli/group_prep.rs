//! Questions for the peer-supervision group and the page for its meeting
//! (issue 17): `--ask … --for-group` marks a question as one for the group,
//! an anonymized export carries the open ones, and `prep --group` writes the
//! page for an intervisie meeting.

use serde_json::Value;

use crate::group::{member_a, member_b, read};
use crate::support::Journal;

const NL: &[(&str, &str)] = &[("SPIEGEL_LANG", "nl")];

/// The open questions of `j` as (case, text, for the group) triples.
fn questions(j: &Journal) -> Vec<(String, String, bool)> {
    j.json(&["questions"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| {
            (
                q["case"].as_str().unwrap().to_string(),
                q["text"].as_str().unwrap().to_string(),
                q["for_group"] == true,
            )
        })
        .collect()
}

/// Member A with two questions: one for the group, one for A's own
/// supervisor.
fn asking_a() -> Journal {
    let a = member_a();
    a.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-02-22",
        "--ask",
        "How do I stop laughing along with Bert?",
        "--for-group",
    ]);
    a.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-02-23",
        "--ask",
        "What does my supervisor see in me here?",
    ]);
    a
}

#[test]
fn a_question_is_asked_of_the_group_and_marked_so() {
    let a = asking_a();
    assert_eq!(
        questions(&a),
        [
            (
                "Anna".into(),
                "How do I stop laughing along with Bert?".into(),
                true
            ),
            (
                "Anna".into(),
                "What does my supervisor see in me here?".into(),
                false
            ),
        ]
    );
    let list = a.ok(&["questions"]);
    assert!(list.contains("For") && list.contains("the group"), "{list}");
    let dutch = a.ok_env(NL, &["questions"]);
    assert!(dutch.contains("de intervisiegroep"), "{dutch}");

    // Marked and unmarked afterwards; an edit of the text keeps the mark.
    let ids: Vec<String> = a
        .json(&["questions"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].to_string())
        .collect();
    a.ok(&["questions", "edit", &ids[1], "--for-group"]);
    assert!(questions(&a)[1].2);
    a.ok(&["questions", "edit", &ids[1], "--not-for-group"]);
    assert!(!questions(&a)[1].2);
    let reflection = a.json(&["questions"])[0]["reflection"].to_string();
    a.ok(&[
        "edit",
        &reflection,
        "--ask",
        "How do I stop laughing along?",
    ]);
    assert_eq!(
        questions(&a)[0],
        ("Anna".into(), "How do I stop laughing along?".into(), true)
    );
    // Undo takes the edit back, mark and all.
    a.ok(&["undo"]);
    assert_eq!(
        questions(&a)[0].1,
        "How do I stop laughing along with Bert?"
    );
    assert!(questions(&a)[0].2);

    // --for-group goes with a question, and the two marks exclude each other.
    let err = a.err_usage(&["add", "Anna", "--note", "x", "--for-group"]);
    assert!(err.contains("--ask"), "{err}");
    let err = a.err_usage(&[
        "questions",
        "edit",
        &ids[0],
        "--for-group",
        "--not-for-group",
    ]);
    assert!(err.contains("--not-for-group"), "{err}");
    let err = a.err_usage(&["questions", "edit", &ids[0]]);
    assert!(err.contains("--for-group"), "{err}");
}

#[test]
fn an_export_for_the_group_carries_the_open_questions_asked_of_it() {
    let a = asking_a();
    let file = a.dir.path().join("for-the-group.json");
    a.ok(&[
        "export",
        "--anonymize",
        "--as",
        "P3",
        "-o",
        file.to_str().unwrap(),
    ]);
    let data = read(&file);
    assert_eq!(
        data["version"], 3,
        "no new version: the mark is left out when not set"
    );
    let asked: Vec<&Value> = data["cases"][0]["reflections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["question"].as_object().map(|_| &r["question"]))
        .collect();
    assert_eq!(
        asked.len(),
        1,
        "the supervisor's question stays home: {data}"
    );
    assert_eq!(asked[0]["text"], "How do I stop laughing along with Bert?");
    assert_eq!(asked[0]["for_group"], true);
    let raw = String::from_utf8(crate::support::bytes(&file)).unwrap();
    assert!(!raw.contains("supervisor"), "{raw}");

    // B imports it: P3's question is listed as P3's, and stays theirs.
    let b = member_b();
    b.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(
        questions(&b),
        [(
            "P3·C01".into(),
            "How do I stop laughing along with Bert?".into(),
            true
        )]
    );
    // Answered, a question for the group no longer travels without notes.
    let id = a.json(&["questions"])[0]["id"].to_string();
    a.ok(&[
        "questions",
        "answer",
        &id,
        "--note",
        "Mirror.",
        "--date",
        "2026-03-01",
    ]);
    let again = a.ok(&["export", "--anonymize", "--as", "P3"]);
    assert!(!again.contains("laughing along with Bert"), "{again}");
}

#[test]
fn older_files_without_the_mark_still_import() {
    let a = asking_a();
    let whole = a.dir.path().join("whole.json");
    a.ok(&["export", "-o", whole.to_str().unwrap()]);
    let mut data = read(&whole);
    for r in data["cases"][0]["reflections"].as_array_mut().unwrap() {
        if let Some(q) = r["question"].as_object_mut() {
            q.remove("for_group");
        }
    }
    for version in [1, 2, 3] {
        data["version"] = version.into();
        let old = a.dir.path().join(format!("v{version}.json"));
        std::fs::write(&old, serde_json::to_vec(&data).unwrap()).unwrap();
        let c = Journal::new();
        c.ok(&["import", old.to_str().unwrap()]);
        assert!(
            questions(&c).iter().all(|q| !q.2),
            "version {version}: no question is the group's"
        );
        assert_eq!(questions(&c).len(), 2, "version {version}");
    }
}

/// B's journal with A's records pooled as P3 (A asked one question of the
/// group), B's own laughing along once, and a question of B's for the group.
fn meeting() -> Journal {
    let a = asking_a();
    let file = a.dir.path().join("for-the-group.json");
    a.ok(&[
        "export",
        "--anonymize",
        "--as",
        "P3",
        "-o",
        file.to_str().unwrap(),
    ]);
    let b = crate::group::member_b_who_laughed_once();
    b.ok(&[
        "add",
        "C01",
        "--date",
        "2026-02-20",
        "--ask",
        "Where do I <stop> stoking?",
        "--for-group",
    ]);
    b.ok(&[
        "add",
        "C01",
        "--date",
        "2026-02-21",
        "--ask",
        "Only for my supervisor",
    ]);
    b.ok(&["import", file.to_str().unwrap()]);
    b
}

#[test]
fn prep_group_writes_the_page_for_the_meeting() {
    let b = meeting();
    let page = b.ok(&["prep", "--group"]);
    assert!(page.starts_with("# Peer-supervision meeting"), "{page}");
    let section = |heading: &str| -> String {
        let start = page
            .find(&format!("## {heading}"))
            .unwrap_or_else(|| panic!("{heading:?} in {page}"));
        let rest = &page[start + 3..];
        rest[..rest.find("\n## ").or(rest.find("\n---")).unwrap()].to_string()
    };
    assert!(
        section("Whose records").contains("2 practitioners: me and P3"),
        "{page}"
    );
    // The pattern both have, each in their own case.
    let shared = section("Shared");
    assert!(
        shared.contains("laughed-along — 2 of 2 practitioners: me (1 case) and P3 (1 case)"),
        "{shared}"
    );
    assert!(!shared.contains("did-not-stoke"), "B's alone: {shared}");
    // Each one's most frequent on their own side, over their own sessions,
    // the base named and no percentage on so few.
    let own = section("Each one's most frequent pattern on their own side");
    assert!(
        own.contains("- P3: laughed-along — 3 of 3 sessions where it could happen"),
        "{own}"
    );
    assert!(
        own.contains("- me: did-not-stoke — 2 of 2 sessions where it could happen"),
        "B's twice, laughing along once: {own}"
    );
    assert!(!page.contains('%'), "{page}");
    // The open questions asked of the group, one's own first, by code; the
    // supervisor's stay off the page.
    let questions = section("Questions for the group");
    assert!(
        questions.contains("- C01, 20 Feb 2026: Where do I \\<stop\\> stoking?"),
        "{questions}"
    );
    assert!(
        questions.contains("- P3·C01, 22 Feb 2026: How do I stop laughing along with Bert?"),
        "{questions}"
    );
    assert!(questions.find("- C01").unwrap() < questions.find("- P3·C01").unwrap());
    assert!(!page.contains("supervisor"), "{page}");

    let json = b.json(&["prep", "--group"]);
    assert_eq!(json["practitioners"], serde_json::json!([null, "P3"]));
    assert_eq!(json["shared"][0]["reason"], "laughed-along");
    assert_eq!(json["own_side"][1]["practitioner"], "P3");
    assert_eq!(json["own_side"][1]["reason"], "laughed-along");
    assert_eq!(json["questions"].as_array().unwrap().len(), 2);
}

#[test]
fn prep_group_speaks_dutch_and_writes_html_once() {
    let b = meeting();
    let page = b.ok_env(NL, &["prep", "--group"]);
    for part in [
        "# Intervisiebijeenkomst",
        "## Wiens records",
        "2 collega's: ik en P3",
        "## Gedeeld: in de casussen van meer dan één collega",
        "Meegegaan in de grap",
        "2 van 2 collega's: ik (1 casus) en P3 (1 casus)",
        "## Ieders vaakste patroon aan de eigen kant",
        "sessies waarin het kon gebeuren",
        "## Vragen aan de groep",
        "- P3·C01, 22 feb. 2026:",
    ] {
        assert!(page.contains(part), "{part:?} in {page}");
    }
    for english in [
        "laughed-along",
        "practitioners",
        "sessions",
        "Questions",
        " me ",
    ] {
        assert!(!page.contains(english), "{english:?} in {page}");
    }

    let file = b.dir.path().join("intervisie.html");
    b.ok(&[
        "prep",
        "--group",
        "--format",
        "html",
        "-o",
        file.to_str().unwrap(),
    ]);
    let html = String::from_utf8(crate::support::bytes(&file)).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(
        html.contains("Where do I &lt;stop&gt; stoking?"),
        "escaped: {html}"
    );
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
    // An earlier page is replaced only with --force.
    let err = b.err(&["prep", "--group", "-o", file.to_str().unwrap()]);
    assert!(err.contains("intervisie.html"), "{err}");
    assert_eq!(
        String::from_utf8(crate::support::bytes(&file)).unwrap(),
        html
    );
}

#[test]
fn prep_group_of_a_journal_of_ones_own_says_what_is_missing() {
    let b = member_b();
    let page = b.ok(&["prep", "--group"]);
    assert!(page.contains("1 practitioner: me."), "{page}");
    assert!(page.contains("No pattern is shared yet"), "{page}");
    assert!(
        page.contains("No open questions for the group — ask one with")
            && page.contains("spiegel add CASE --ask TEXT --for-group"),
        "{page}"
    );
    let err = b.err_usage(&["prep", "--group", "--min-cases", "2"]);
    assert!(
        err.contains("--group") && err.contains("--min-cases"),
        "{err}"
    );
    let dutch = b.ok_env(NL, &["prep", "--group"]);
    assert!(dutch.contains("Geen open vragen aan de groep"), "{dutch}");
}

/// In a journal that pools a group's records, the guided walk asks whether
/// a question is one for the group; in one of one's own only, it does not
/// (tests/cli/guided.rs walks those).
#[cfg(unix)]
#[test]
fn the_guided_walk_asks_whether_a_question_is_for_the_group() {
    const ENTER: &str = "\r";
    let a = member_a();
    let b = member_b();
    b.ok(&[
        "import",
        crate::group::exported_as(&a, "P3").to_str().unwrap(),
    ]);
    let mut w = crate::guided::Walk::start_add(&b, &["C01"], &[]);
    w.at("When was the session?").keys("2026-03-01").keys(ENTER);
    w.at("besides the client").keys(ENTER);
    w.at("How did the session take place?").keys(ENTER);
    w.at("Did you meet resistance?").keys(ENTER);
    w.at("Where did it stall?").keys(ENTER);
    w.at("What happened, and what did you need?")
        .keys("He kept joking.")
        .keys(ENTER);
    w.at("What went well, what worked?").keys(ENTER);
    w.at("A question to bring to supervision?")
        .keys("Why do I laugh along too?")
        .keys(ENTER);
    w.at("Is it a question for your peer-supervision group?")
        .keys("y")
        .keys(ENTER);
    w.at("Save it?").keys(ENTER);
    w.at("saved");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    assert!(
        questions(&b).contains(&("C01".into(), "Why do I laugh along too?".into(), true)),
        "{:?}",
        questions(&b)
    );
}

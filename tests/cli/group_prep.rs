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

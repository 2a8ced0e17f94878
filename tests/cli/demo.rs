//! `spiegel demo`.

use crate::support::Journal;

#[test]
fn the_demo_fills_a_new_journal_with_the_method_s_own_example() {
    let j = Journal::new();
    let out = j.ok(&["demo"]);
    assert!(out.contains("Demo journal with 29 cases"), "{out}");
    assert!(out.contains(&j.path.display().to_string()), "{out}");

    let john = j.json(&["case", "show", "John"]);
    let others: Vec<_> = john["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(others, ["Levi", "Maarten"]);
    let timeline = john["timeline"].as_array().unwrap();
    // Three individual conversations, then a video call with Maarten.
    assert!(
        timeline[..3]
            .iter()
            .all(|r| r["present"].as_array().unwrap().is_empty())
    );
    assert_eq!(timeline[3]["present"][0], "Maarten");
    assert_eq!(timeline[3]["medium"], "video");
    assert_eq!(timeline[4]["present"][0], "Levi");
    assert_eq!(timeline[4]["completed"], true);
}

#[test]
fn the_demo_is_deterministic() {
    let strip = |mut v: serde_json::Value| {
        for r in v.as_array_mut().unwrap() {
            let r = r.as_object_mut().unwrap();
            for volatile in ["uuid", "created_at", "updated_at"] {
                r.remove(volatile);
            }
            if let Some(q) = r.get_mut("question").and_then(|q| q.as_object_mut()) {
                q.remove("uuid");
            }
        }
        v
    };
    let a = Journal::new();
    let b = Journal::new();
    a.ok(&["demo"]);
    b.ok(&["demo"]);
    let list = ["list", "--limit", "0"];
    assert_eq!(strip(a.json(&list)), strip(b.json(&list)));
}

#[test]
fn the_demo_never_writes_into_a_journal_that_holds_anything() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let err = j.err(&["demo"]);
    assert!(err.contains("already holds a journal"), "{err}");
    assert_eq!(j.snapshot(), before);
}

#[test]
fn without_db_the_demo_uses_a_fresh_temporary_journal() {
    let j = Journal::new();
    let default = j.dir.path().join("data/spiegel/journal.db");
    let out = j.bare().arg("demo").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("spiegel-demo-"), "{stdout}");
    assert!(
        !default.exists(),
        "the demo must not touch the default journal"
    );
}

//! Import takes only what the CLI takes; anonymized exports cannot be
//! linked back (issue 10, items 2, 8, 9, 10 and 20).

use serde_json::{Value, json};

use super::{export, file, import_refused, john_with_a_reflection};
use crate::support::Journal;

// issue 10.10: import refuses a long text while reading it, naming the field.
#[test]
fn a_three_megabyte_note_in_an_import_is_refused_with_the_field_and_the_limit() {
    let j = john_with_a_reflection();
    let mut v = export(&j);
    v["cases"][0]["reflections"][0]["note"] = json!("é".repeat(1_500_000));
    let path = file(&j, "big.json", &v);
    import_refused(&path, &["note", "3 MB", "1 MB"]);
    // Also when the file comes into an existing journal, and in a dry run.
    let other = Journal::with_john();
    let before = other.snapshot();
    for extra in [&[][..], &["--dry-run"]] {
        let mut args = vec!["import", path.to_str().unwrap()];
        args.extend_from_slice(extra);
        assert!(other.err(&args).contains("1 MB"));
    }
    assert_eq!(other.snapshot(), before);
    // A long goal or meeting note too, wherever it is.
    let mut v = export(&j);
    v["goals"] = json!([{
        "uuid": "a3a0a8a4-0d5e-4a51-8f41-3c1e6f1f7b22", "text": "g".repeat(1_000_001),
        "reason": "went-too-fast", "since": "2026-03-12", "done_on": null,
        "created_at": "2026-03-12T10:05:00.000Z", "updated_at": "2026-03-12T10:05:00.000Z"
    }]);
    import_refused(&file(&j, "goal.json", &v), &["text", "1 MB"]);
}

// issue 10.2, 10.8, 10.9: import takes only what the CLI takes.
#[test]
fn import_refuses_the_text_and_names_the_cli_refuses() {
    let j = john_with_a_reflection();
    let good = export(&j);
    let cases: [(&str, Value, &str); 7] = [
        (
            "/cases/0/reflections/0/note",
            json!("before\u{0}after"),
            "cases[0].reflections[0].note",
        ),
        (
            "/cases/0/reflections/0/note",
            json!("\u{1b}]0;pwned\u{7}"),
            "U+001B",
        ),
        ("/cases/0/name", json!("Bob\nDrop"), "cases[0].name"),
        ("/cases/0/others/0/name", json!("Le\u{202E}vi"), "U+202E"),
        (
            "/cases/0/others/0/name",
            json!("\u{200B}"),
            "cases[0].others[0].name",
        ),
        ("/cases/0/setting", json!("a\nb"), "cases[0].setting"),
        (
            "/cases/0/reflections/0/question/text",
            json!("why\u{0}"),
            "question.text",
        ),
    ];
    for (n, (at, value, expected)) in cases.into_iter().enumerate() {
        let mut v = good.clone();
        *v.pointer_mut(at).unwrap() = value;
        import_refused(&file(&j, &format!("t{n}.json"), &v), &[expected]);
    }
}

// issue 10.9: an empty question, an answer without its date, a relabelled
// built-in reason, a person twice in one reflection: refused as in the CLI.
#[test]
fn import_refuses_what_the_cli_refuses() {
    let j = john_with_a_reflection();
    let good = export(&j);
    let builtin = good["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r["code"] == "laughed-along")
        .unwrap();
    let levi = good["cases"][0]["others"][0]["uuid"].clone();
    let r = "/cases/0/reflections/0";
    let edits: Vec<(String, Value, String)> = vec![
        (
            format!("{r}/question/text"),
            json!("  "),
            "question.text".into(),
        ),
        (
            format!("{r}/question/answer"),
            json!("Because."),
            "answered_on".into(),
        ),
        (
            format!("{r}/question/answered_on"),
            json!("2026-03-15"),
            "question.answer".into(),
        ),
        (
            format!("/reasons/{builtin}/label_en"),
            json!("Something else"),
            format!("reasons[{builtin}].label_en"),
        ),
        (
            format!("/reasons/{builtin}/side"),
            json!("client"),
            format!("reasons[{builtin}].side"),
        ),
        (
            format!("{r}/present"),
            json!([levi, levi]),
            "present[1]".into(),
        ),
        (
            format!("{r}/resistance"),
            json!(["no-one-left", "no-one-left"]),
            "resistance[1]".into(),
        ),
        (
            format!("{r}/stalls"),
            json!([{"step": 7, "reasons": ["laughed-along"]}, {"step": 7, "reasons": ["did-not-mirror"]}]),
            "stalls[1]".into(),
        ),
        (
            format!("{r}/stalls"),
            json!([{"step": 7, "reasons": ["laughed-along", "laughed-along"]}]),
            "stalls[0].reasons[1]".into(),
        ),
    ];
    for (n, (at, value, expected)) in edits.into_iter().enumerate() {
        let mut v = good.clone();
        *v.pointer_mut(&at).unwrap() = value;
        let path = file(&j, &format!("e{n}.json"), &v);
        import_refused(&path, &[&expected]);
        // Into the journal it came from too (the built-in reason is there).
        let before = j.snapshot();
        let error = j.err(&["import", path.to_str().unwrap()]);
        assert!(error.contains(&expected), "{expected}: {error}");
        assert_eq!(j.snapshot(), before);
    }
    // The file as exported still imports.
    j.ok(&["import", file(&j, "good.json", &good).to_str().unwrap()]);
}

// issue 10.20: an anonymized export kept the records' UUIDs, so it could be
// linked back to the journal it came from.
#[test]
fn an_anonymized_export_cannot_be_linked_back_by_its_uuids() {
    let j = john_with_a_reflection();
    j.ok(&["case", "add", "Anouk"]);
    let plain = export(&j);
    let anon: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    let uuids = |v: &Value| {
        let mut found = Vec::new();
        collect_uuids(v, &mut found);
        found
    };
    let builtin: Vec<String> = plain["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["builtin"] == true)
        .map(|r| r["uuid"].as_str().unwrap().to_string())
        .collect();
    let own: Vec<String> = uuids(&plain)
        .into_iter()
        .filter(|u| !builtin.contains(u))
        .collect();
    assert!(own.len() >= 6, "{own:?}");
    let anon_uuids = uuids(&anon);
    for u in &own {
        assert!(!anon_uuids.contains(u), "{u} is in the anonymized export");
    }
    // Another anonymized export has other UUIDs again.
    let again: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    assert_ne!(again["cases"][0]["uuid"], anon["cases"][0]["uuid"]);
    // References inside the file still hold: present is one of the others.
    let case = &anon["cases"][0];
    assert_eq!(
        case["reflections"][0]["present"][0],
        case["others"][0]["uuid"]
    );
    // Imported into the journal it came from, nothing is taken for its own.
    let path = file(&j, "anon.json", &anon);
    let out = j.ok(&["import", path.to_str().unwrap()]);
    assert!(out.contains("added 2 cases"), "{out}");
    // And a pool imports it whole.
    let pool = Journal::new();
    pool.ok(&["import", path.to_str().unwrap()]);
    assert_eq!(pool.json(&["list"])[0]["present"], json!(["P01"]));
}

fn collect_uuids(v: &Value, found: &mut Vec<String>) {
    match v {
        Value::Object(map) => {
            for (k, x) in map {
                match (k.as_str(), x) {
                    ("uuid", Value::String(u)) => found.push(u.clone()),
                    ("present", Value::Array(list)) => {
                        found.extend(list.iter().filter_map(|p| p.as_str().map(String::from)))
                    }
                    _ => collect_uuids(x, found),
                }
            }
        }
        Value::Array(list) => list.iter().for_each(|x| collect_uuids(x, found)),
        _ => {}
    }
}

//! `spiegel demo --reflections N`: the scale generator.

use crate::support::{Journal, bytes};

#[test]
fn the_generator_is_deterministic_for_a_seed() {
    let a = Journal::new();
    let b = Journal::new();
    let c = Journal::new();
    for (j, seed) in [(&a, "7"), (&b, "7"), (&c, "8")] {
        let out = j.ok(&["demo", "--reflections", "2000", "--seed", seed]);
        assert!(
            out.starts_with("Generated 2000 reflections in 200 cases"),
            "{out}"
        );
    }
    let all = ["list", "--limit", "0"];
    assert_eq!(
        a.json(&all),
        b.json(&all),
        "same seed, same journal (UUIDs and timestamps too)"
    );
    assert_ne!(a.json(&all), c.json(&all), "another seed, another journal");
    assert_eq!(a.json(&all).as_array().unwrap().len(), 2000);
    assert_eq!(a.json(&["patterns"]), b.json(&["patterns"]));
    assert!(!bytes(&a.path).is_empty());
}

#[test]
fn generated_journals_have_believable_shape() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "3000", "--seed", "1"]);
    let cases = j.json(&["case", "list", "--all"]);
    let cases = cases.as_array().unwrap();
    assert_eq!(cases.len(), 200);
    let first = cases[0]["name"].as_str().unwrap().to_string();
    let others = j.json(&["other", "list", &first]);
    let n = others.as_array().unwrap().len();
    assert!((1..=4).contains(&n), "{n} others");

    let p = j.json(&["patterns", "--side", "all"]);
    assert_eq!(p["reflections"], 3000);
    // Step 0 stalls most, as the method says.
    let steps = p["steps"].as_array().unwrap();
    let most = steps
        .iter()
        .max_by_key(|s| s["stalls"].as_u64().unwrap())
        .unwrap();
    assert_eq!(most["step"], 0);
    assert!(
        !j.json(&["questions", "--all"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert!(
        !j.json(&["supervision", "list"])
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        j.json(&["goal", "list", "--all"]).as_array().unwrap().len(),
        3
    );
}

#[test]
fn the_generator_also_refuses_a_journal_that_holds_anything() {
    let j = Journal::with_john();
    assert!(
        j.err(&["demo", "--reflections", "10"])
            .contains("already holds a journal")
    );
    j.cmd(&["demo", "--seed", "3"]).assert().code(2);
}

/// Indexes added for speed (schema 4) must not change a single figure.
#[test]
fn patterns_are_the_same_with_and_without_the_speed_index() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "3000", "--seed", "5"]);
    let figures = |j: &Journal| {
        (
            j.json(&["patterns", "--side", "all"]),
            j.json(&["patterns", "--since", "2026-01-01", "--until", "2026-06-30"]),
            j.ok(&["prep", "--since", "2026-01-01"]),
        )
    };
    let with_index = figures(&j);
    let sql = |statement: &str| {
        rusqlite::Connection::open(&j.path)
            .unwrap()
            .execute_batch(statement)
            .unwrap()
    };
    let has_index = || {
        rusqlite::Connection::open(&j.path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE name = 'reflection_scope'",
                [],
                |r| r.get::<_, i64>(0),
            )
            .unwrap()
    };
    assert_eq!(has_index(), 1);

    sql("DROP INDEX reflection_scope;");
    let without_index = figures(&j);
    assert_eq!(has_index(), 0, "nothing put it back behind the test's back");
    assert_eq!(with_index, without_index);

    // As a journal of schema 3: opening it adds the index again.
    sql("PRAGMA user_version = 3;");
    let added_again = figures(&j);
    assert_eq!(has_index(), 1);
    assert_eq!(with_index, added_again);
}

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

//! `spiegel demo --reflections N`: the scale generator.

use crate::support::{Journal, TODAY, bytes};

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
    // Settings in words, as a practitioner would type them.
    let settings: std::collections::BTreeSet<&str> = cases
        .iter()
        .map(|c| c["setting"].as_str().unwrap())
        .collect();
    assert!(settings.contains("youth care"), "{settings:?}");
    assert!(
        settings.iter().all(|s| !s.starts_with("demo-")),
        "{settings:?}"
    );

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

/// What is added for speed — the index of schema 4, the stall summary of
/// schema 5, the session and day summaries — must not change a single figure.
#[test]
fn patterns_are_the_same_with_and_without_the_speed_index_and_summary() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "3000", "--seed", "5"]);
    let figures = |j: &Journal| {
        (
            j.json(&["patterns", "--side", "all"]),
            j.json(&["patterns", "--since", "2026-01-01", "--until", "2026-06-30"]),
            j.ok(&["prep", "--since", "2026-01-01"]),
        )
    };
    let with_both = figures(&j);
    let sql = |statement: &str| {
        rusqlite::Connection::open(&j.path)
            .unwrap()
            .execute_batch(statement)
            .unwrap()
    };
    let kinds = || -> Vec<(String, String)> {
        rusqlite::Connection::open(&j.path)
            .unwrap()
            .prepare(
                "SELECT name, type FROM sqlite_schema
                 WHERE name IN ('reflection_scope', 'stall_fact') ORDER BY name",
            )
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
    };
    let table = vec![
        ("reflection_scope".to_string(), "index".to_string()),
        ("stall_fact".to_string(), "table".to_string()),
    ];
    assert_eq!(kinds(), table);

    // The summary replaced by its definition, computed from the raw rows.
    sql("DROP INDEX reflection_scope;
         DROP TABLE stall_fact;
         DROP TRIGGER stall_fact_insert;
         DROP TRIGGER stall_fact_delete;
         DROP TRIGGER stall_fact_update;
         DROP TRIGGER stall_fact_reflection_update;
         DROP TRIGGER stall_fact_reflection_delete;
         CREATE VIEW stall_fact AS
             SELECT s.reflection_id, s.step, s.reason_id, r.case_id, r.session_on
             FROM stall s JOIN reflection r ON r.id = s.reflection_id;
         DROP TABLE session_fact;
         DROP TRIGGER session_fact_insert;
         DROP TRIGGER session_fact_update;
         DROP TRIGGER session_fact_delete;
         DROP TRIGGER session_fact_presence_insert;
         DROP TRIGGER session_fact_presence_delete;
         DROP TRIGGER session_fact_presence_update;
         DROP TRIGGER session_fact_resistance_insert;
         DROP TRIGGER session_fact_resistance_delete;
         DROP TRIGGER session_fact_resistance_update;
         DROP TRIGGER session_fact_reaction_insert;
         DROP TRIGGER session_fact_reaction_delete;
         DROP TRIGGER session_fact_reaction_update;
         CREATE VIEW session_fact AS
             SELECT r.id AS reflection_id, r.case_id, r.session_on,
                    EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id) AS other,
                    EXISTS (SELECT 1 FROM reflection_resistance w WHERE w.reflection_id = r.id) AS met
             FROM reflection r;
         DROP TABLE session_day;
         DROP TABLE reason_day;
         DROP TRIGGER session_fact_day_case_delete;
         DROP TRIGGER session_fact_day_case_leave;
         DROP TRIGGER session_fact_day_case_join;
         DROP TABLE step_day;
         DROP TRIGGER session_fact_step_case_delete;
         DROP TRIGGER session_fact_step_case_leave;
         DROP TRIGGER session_fact_step_case_join;
         CREATE VIEW step_day AS
             SELECT k.session_on, p.step, p.side, coalesce(c.practitioner, '') AS who, k.other, k.met,
                    count(*) AS n
             FROM (SELECT DISTINCT f.reflection_id, f.step, re.side
                   FROM stall_fact f JOIN reason re ON re.id = f.reason_id
                   UNION ALL
                   SELECT DISTINCT f.reflection_id, f.step, '*' FROM stall_fact f) p
             JOIN session_fact k ON k.reflection_id = p.reflection_id
             JOIN \"case\" c ON c.id = k.case_id
             GROUP BY 1, 2, 3, 4, 5, 6;
         CREATE VIEW session_day AS
             SELECT k.session_on, coalesce(c.practitioner, '') AS who, k.other, k.met, count(*) AS n
             FROM session_fact k JOIN \"case\" c ON c.id = k.case_id
             GROUP BY 1, 2, 3, 4;
         CREATE VIEW reason_day AS
             SELECT k.session_on, f.reason_id, coalesce(c.practitioner, '') AS who, k.other, k.met,
                    count(DISTINCT f.reflection_id) AS n
             FROM stall_fact f JOIN session_fact k ON k.reflection_id = f.reflection_id
             JOIN \"case\" c ON c.id = k.case_id
             GROUP BY 1, 2, 3, 4, 5;
         DROP TABLE case_reason;
         DROP TABLE case_reason_step;
         DROP TABLE case_kind;
         CREATE VIEW case_reason AS
             SELECT reason_id, case_id, count(DISTINCT reflection_id) AS n, min(session_on) AS first_on
             FROM stall_fact GROUP BY 1, 2;
         CREATE VIEW case_reason_step AS
             SELECT reason_id, step, case_id, count(*) AS n FROM stall_fact GROUP BY 1, 2, 3;
         CREATE VIEW case_kind AS
             SELECT case_id, other, count(*) AS n, sum(met) AS met, min(session_on) AS first_on,
                    max(session_on) AS last_on
             FROM session_fact GROUP BY 1, 2;
         DROP TABLE case_reaction;
         CREATE VIEW case_reaction AS
             SELECT w.resistance, k.case_id, count(*) AS n, min(k.session_on) AS first_on
             FROM reflection_resistance w JOIN session_fact k ON k.reflection_id = w.reflection_id
             GROUP BY 1, 2;");
    let from_raw_rows = figures(&j);
    assert_eq!(
        kinds(),
        vec![("stall_fact".to_string(), "view".to_string())],
        "nothing put them back behind the test's back"
    );
    assert_eq!(with_both, from_raw_rows);

    // A period's cases are found from its reflections, all time's by a
    // probe per case: the same cases and outcomes either way (the trends
    // differ: they split the period given).
    let cases_and_outcomes = |v: serde_json::Value| (v["cases"].clone(), v["outcomes"].clone());
    assert_eq!(
        cases_and_outcomes(j.json(&["patterns", "--side", "all"])),
        cases_and_outcomes(j.json(&[
            "patterns",
            "--side",
            "all",
            "--since",
            "1900-01-01",
            "--until",
            "2100-12-31"
        ]))
    );

    // As a journal of schema 3: opening it adds both again, filled. (The
    // search index, sync's records and their triggers came later: gone
    // too, made again.)
    let search_triggers: Vec<String> = rusqlite::Connection::open(&j.path)
        .unwrap()
        .prepare(
            "SELECT name FROM sqlite_schema WHERE type = 'trigger'
             AND (name GLOB 'search_*' OR name GLOB 'sync_*')",
        )
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    for trigger in search_triggers {
        sql(&format!("DROP TRIGGER {trigger}"));
    }
    sql(
        "DROP VIEW stall_fact; DROP VIEW session_fact; DROP VIEW session_day; DROP VIEW reason_day;
         DROP VIEW step_day; DROP VIEW case_reason; DROP VIEW case_reason_step; DROP VIEW case_kind;
         DROP VIEW case_reaction;
         DROP TABLE search;
         DROP TABLE sync_config; DROP TABLE sync_dirty; DROP TABLE sync_tombstone;
         DROP TABLE sync_origin; DROP TABLE sync_file; PRAGMA user_version = 3;",
    );
    let added_again = figures(&j);
    assert_eq!(kinds(), table);
    assert_eq!(with_both, added_again);
}

/// The summary follows every change to stalls and reflections — adding,
/// editing, deleting, undoing, forgetting, importing — and `check` says
/// when it does not, and how to repair it.
#[test]
fn the_stall_summary_stays_in_step_and_check_verifies_it() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "300", "--seed", "2"]);
    let healthy = |j: &Journal| {
        for args in [&["check"][..], &["check", "--full"]] {
            assert!(j.ok(args).starts_with("all is well"), "{args:?}");
        }
    };
    healthy(&j);
    // An open case opened by today: a session today fits in it (issue 10.3).
    let cases = j.json(&["case", "list"]);
    let open = cases
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["opened_on"].as_str().unwrap() <= TODAY)
        .unwrap();
    let case = open["name"].as_str().unwrap().to_string();
    let opened = open["opened_on"].as_str().unwrap().to_string();
    let saved = j.ok(&[
        "add",
        &case,
        "--stall",
        "0:accepted-refusal,lost-own-need",
        "--stall",
        "3:went-too-fast",
    ]);
    // "reflection 301 saved (…)"
    let id = saved.split_whitespace().nth(1).unwrap();
    healthy(&j);
    j.ok(&["edit", id, "--date", &opened]);
    healthy(&j);
    j.ok(&["edit", id, "--stall", "6:laughed-along"]);
    healthy(&j);
    j.ok(&["delete", id, "--yes"]);
    healthy(&j);
    for _ in 0..3 {
        j.ok(&["undo"]);
        healthy(&j);
    }
    let export = j.dir.path().join("all.json");
    j.ok(&["export", "-o", export.to_str().unwrap()]);
    j.ok(&["case", "forget", &case, "--yes"]);
    healthy(&j);
    let other = Journal::new();
    other.ok(&["import", export.to_str().unwrap()]);
    healthy(&other);

    // spiegel's own commands rewrite a reflection's stalls with it; a
    // change of date or case alone must carry over as well.
    let conn = rusqlite::Connection::open(&other.path).unwrap();
    conn.execute_batch(
        "UPDATE reflection SET session_on = '2019-01-01', case_id = (SELECT max(id) FROM \"case\")
         WHERE id = (SELECT min(reflection_id) FROM stall_fact);",
    )
    .unwrap();
    healthy(&other);

    // The stalls of the first and the last reflection go out of step.
    let spoiled: i64 = conn
        .query_row(
            "SELECT count(*) FROM stall_fact
             WHERE reflection_id IN ((SELECT min(reflection_id) FROM stall_fact),
                                     (SELECT max(reflection_id) FROM stall_fact))",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(spoiled >= 2, "{spoiled}");
    conn.execute_batch(
        "UPDATE stall_fact SET session_on = '1900-01-01'
         WHERE reflection_id = (SELECT min(reflection_id) FROM stall_fact);
         DELETE FROM stall_fact WHERE reflection_id = (SELECT max(reflection_id) FROM stall_fact);",
    )
    .unwrap();
    drop(conn);
    // The routine check compares totals: it sees the stalls missing.
    let err = other.err(&["check"]);
    assert!(err.contains("stall summary"), "{err}");
    // The full check compares row by row: the changed ones too.
    let err = other.err(&["check", "--full"]);
    assert!(
        err.contains(&format!("out of step for {spoiled} stalls")),
        "{err}"
    );
    assert!(err.contains("spiegel check --repair"), "{err}");
    let said = other.ok(&["check", "--repair"]);
    assert!(said.starts_with("rebuilt the stall summary"), "{said}");
    assert!(said.contains("all is well"), "{said}");
    healthy(&other);
}

/// The statements `args` runs, as `SPIEGEL_TRACE_SQL` writes them.
pub(crate) fn traced(j: &Journal, args: &[&str]) -> String {
    let trace = j.dir.path().join("scope-trace.sql");
    let _ = std::fs::remove_file(&trace);
    let out = j
        .cmd(args)
        .env("SPIEGEL_TRACE_SQL", &trace)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::read_to_string(&trace).unwrap()
}

/// issue 15: `check` took 7 s at 1 000 000 reflections, reading every page
/// and every index through `integrity_check`; a routine check runs
/// `quick_check`, the full one is `check --full`.
#[test]
fn routine_check_is_quick_and_the_full_one_is_asked_for() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "200", "--seed", "3"]);
    let routine = traced(&j, &["check"]);
    assert!(routine.contains("PRAGMA quick_check"), "{routine}");
    assert!(!routine.contains("integrity_check"), "{routine}");
    let full = traced(&j, &["check", "--full"]);
    assert!(full.contains("PRAGMA integrity_check"), "{full}");
    // References and the summaries row by row only when asked for: at a
    // million reflections they read every row several times.
    assert!(!routine.contains("foreign_key_check"), "{routine}");
    assert!(full.contains("foreign_key_check"), "{full}");
    let (quick, whole) = (j.ok(&["check"]), j.ok(&["check", "--full"]));
    assert!(
        quick.starts_with("all is well: the journal is intact and its summaries add up"),
        "{quick}"
    );
    assert!(quick.contains("`spiegel check --full`"), "{quick}");
    assert!(
        whole.starts_with("all is well: the journal is intact, every reference holds"),
        "{whole}"
    );
}

/// issue 15: every `backup` ran a full `integrity_check` of the copy (7 s at
/// 1 000 000 reflections); a quick check of the copy is enough, while
/// `restore` still checks a backup fully before it replaces the journal.
#[test]
fn backup_checks_its_copy_quickly_and_restore_fully() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "200", "--seed", "3"]);
    let copy = j.dir.path().join("copy.db");
    let backup = traced(&j, &["backup", copy.to_str().unwrap()]);
    assert!(backup.contains("PRAGMA quick_check"), "{backup}");
    assert!(!backup.contains("integrity_check"), "{backup}");
    let restore = traced(&j, &["restore", copy.to_str().unwrap()]);
    assert!(restore.contains("PRAGMA integrity_check"), "{restore}");
}

/// issue 15: `list --limit 0` ran four queries for every reflection (36 s
/// at 1 000 000); it reads who was present, resistance, stalls and question
/// for many reflections at once, with the same output.
#[test]
fn listing_everything_reads_the_details_in_sets_not_per_reflection() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1000", "--seed", "5"]);
    for args in [
        &["list", "--limit", "0"][..],
        &["list", "--limit", "0", "--json"][..],
    ] {
        let trace = traced(&j, args);
        let statements = trace.matches(";\n").count();
        assert!(statements < 100, "{args:?}: {statements} statements");
    }
    let all = j.json(&["list", "--limit", "0"]);
    assert_eq!(all.as_array().unwrap().len(), 1000);
    let some = j.json(&["list", "--limit", "3"]);
    assert_eq!(some.as_array().unwrap()[..], all.as_array().unwrap()[..3]);
    let one = j.json(&["show", &all[0]["id"].to_string()]);
    assert_eq!(one, all[0]);
}

/// A practitioner writes sessions as they happen, so a real journal's rows
/// lie in date order; a generated one does too, or every walk by date reads
/// a large file's pages at random and the benchmarks measure a journal no
/// one has (issue 15).
#[test]
fn generated_sessions_are_written_in_date_order() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1500", "--seed", "5"]);
    let all = j.json(&["list", "--limit", "0"]);
    let mut rows: Vec<(i64, String)> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["id"].as_i64().unwrap(),
                r["date"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(rows.len(), 1500);
    rows.sort();
    assert!(
        rows.windows(2).all(|w| w[0].1 <= w[1].1),
        "a later reflection number has an earlier date"
    );
    let cases = j.json(&["case", "list", "--all"]).as_array().unwrap().len();
    assert_eq!(cases, 200);
}

/// The routine check reads every table's pages: a damaged page of a table
/// no command had to read is found, in one line, with the way out.
#[test]
fn routine_check_finds_a_damaged_page() {
    let j = Journal::new();
    j.ok(&["demo"]);
    let (root, size): (i64, i64) = {
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))
            .unwrap();
        (
            conn.query_row(
                "SELECT rootpage FROM sqlite_schema WHERE name = 'other'",
                [],
                |r| r.get(0),
            )
            .unwrap(),
            conn.query_row("PRAGMA page_size", [], |r| r.get(0))
                .unwrap(),
        )
    };
    let mut bytes = std::fs::read(&j.path).unwrap();
    let at = ((root - 1) * size + 8) as usize;
    bytes[at..at + 4].copy_from_slice(&[0xff; 4]);
    std::fs::write(&j.path, bytes).unwrap();
    let err = j.err(&["check"]);
    assert!(err.contains("is damaged"), "{err}");
    assert!(err.contains("spiegel restore"), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

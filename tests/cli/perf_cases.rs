//! Issue 15: the case summaries `patterns` and `prep` read over the whole
//! journal (`case_reason`, `case_reason_step`, `case_kind`, `case_reaction`) equal a recount
//! from the reflections and stalls after every kind of write, `check` says
//! when they do not, `check --repair` rebuilds them, and the figures read
//! from them are the figures read from every stall.

use rusqlite::Connection;

use crate::support::Journal;

fn texts(conn: &Connection, sql: &str) -> Vec<String> {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// (kept, recounted): each summary row as one text.
pub fn kept_and_recounted(j: &Journal) -> (Vec<String>, Vec<String>) {
    let conn = Connection::open(&j.path).unwrap();
    let kept = texts(
        &conn,
        "SELECT ('reason' || ' ' || reason_id || ' ' || case_id || ' ' || n || ' ' || first_on) FROM case_reason
         UNION ALL
         SELECT ('step' || ' ' || reason_id || ' ' || step || ' ' || case_id || ' ' || n) FROM case_reason_step
         UNION ALL
         SELECT ('kind' || ' ' || case_id || ' ' || other || ' ' || n || ' ' || met || ' ' || first_on || ' ' || last_on) FROM case_kind
         UNION ALL
         SELECT ('reaction' || ' ' || resistance || ' ' || case_id || ' ' || n || ' ' || first_on) FROM case_reaction
         ORDER BY 1",
    );
    // From the journal's own tables, not from the fact tables.
    let recounted = texts(
        &conn,
        "WITH kind AS (
            SELECT r.id, r.case_id, r.session_on,
                   EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id) AS other,
                   EXISTS (SELECT 1 FROM reflection_resistance w WHERE w.reflection_id = r.id) AS met
            FROM reflection r)
         SELECT ('reason' || ' ' || s.reason_id || ' ' || k.case_id || ' ' || count(DISTINCT s.reflection_id) || ' ' || min(k.session_on))
         FROM stall s JOIN kind k ON k.id = s.reflection_id GROUP BY s.reason_id, k.case_id
         UNION ALL
         SELECT ('step' || ' ' || s.reason_id || ' ' || s.step || ' ' || k.case_id || ' ' || count(*))
         FROM stall s JOIN kind k ON k.id = s.reflection_id GROUP BY s.reason_id, s.step, k.case_id
         UNION ALL
         SELECT ('kind' || ' ' || case_id || ' ' || other || ' ' || count(*) || ' ' || sum(met) || ' ' || min(session_on) || ' ' || max(session_on))
         FROM kind GROUP BY case_id, other
         UNION ALL
         SELECT ('reaction' || ' ' || w.resistance || ' ' || r.case_id || ' ' || count(*) || ' ' || min(r.session_on))
         FROM reflection_resistance w JOIN reflection r ON r.id = w.reflection_id
         GROUP BY w.resistance, r.case_id
         ORDER BY 1",
    );
    (kept, recounted)
}

/// The case summaries agree with a recount after `after`.
pub fn in_step(j: &Journal, after: &str) {
    let (kept, recounted) = kept_and_recounted(j);
    assert_eq!(kept, recounted, "case summaries after {after}");
}

/// The figures from the summaries (with a look-up for each case with
/// sessions outside the period), and the same figures read from every stall
/// of the period: a day holding a billion sessions far outside every period
/// asked makes each period hold less than half of them, so the queries read
/// the period's stalls.
#[test]
fn figures_from_the_case_summaries_equal_those_from_every_stall() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "300", "--seed", "7"]);
    // A member's records pooled as P3, for `--group` and `--by practitioner`.
    let pooled = j.dir.path().join("pooled.json");
    j.ok(&[
        "export",
        "--anonymize",
        "--as",
        "P3",
        "-o",
        pooled.to_str().unwrap(),
    ]);
    j.ok(&["import", pooled.to_str().unwrap()]);
    in_step(&j, "the demo and a pooled import");
    // A period without the first fifth and the last tenth of the sessions.
    let conn = Connection::open(&j.path).unwrap();
    let at = |share: f64| -> String {
        conn.query_row(
            "SELECT session_on FROM reflection ORDER BY session_on
             LIMIT 1 OFFSET (SELECT CAST(count(*) * ?1 AS INTEGER) FROM reflection)",
            [share],
            |r| r.get(0),
        )
        .unwrap()
    };
    let (since, until) = (at(0.2), at(0.9));
    drop(conn);
    let commands: Vec<Vec<&str>> = vec![
        vec!["patterns", "--until", "2100-01-01"],
        vec!["patterns", "--until", "2100-01-01", "--json"],
        vec![
            "patterns",
            "--until",
            "2100-01-01",
            "--side",
            "all",
            "--min-cases",
            "1",
        ],
        vec![
            "patterns",
            "--until",
            "2100-01-01",
            "--side",
            "client",
            "--json",
        ],
        vec!["patterns", "--until", "2100-01-01", "--group"],
        vec!["patterns", "--until", "2100-01-01", "--by", "practitioner"],
        vec!["patterns", "--since", &since, "--until", &until, "--json"],
        vec![
            "patterns",
            "--since",
            &since,
            "--until",
            &until,
            "--side",
            "all",
            "--min-cases",
            "1",
        ],
        vec![
            "patterns",
            "--since",
            &since,
            "--until",
            &until,
            "--by",
            "practitioner",
        ],
        vec!["prep", "--since", "2000-01-01"],
        vec!["prep", "--since", "2000-01-01", "--json"],
        vec!["prep", "--since", &since, "--json"],
    ];
    let fast: Vec<String> = commands.iter().map(|args| j.ok(args)).collect();
    let conn = Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "INSERT INTO session_day (session_on, who, other, met, n)
         VALUES ('9999-12-30', '', 0, 0, 1000000000)",
    )
    .unwrap();
    drop(conn);
    for (args, fast) in commands.iter().zip(&fast) {
        assert_eq!(&j.ok(args), fast, "{args:?}");
    }
}

#[test]
fn check_finds_a_case_summary_out_of_step_and_repair_rebuilds_it() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "60", "--seed", "7"]);
    in_step(&j, "the demo");
    // A first day that is not: only the full check compares row by row.
    let conn = Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE case_reason SET first_on = '1999-01-01'
         WHERE (reason_id, case_id) = (SELECT reason_id, case_id FROM case_reason LIMIT 1)",
    )
    .unwrap();
    drop(conn);
    let said = j.ok(&["check"]);
    assert!(said.starts_with("all is well"), "{said}");
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("spiegel check --repair"), "{err}");
    j.ok(&["check", "--repair"]);
    in_step(&j, "the repair");
    // A count lost: the routine check sees the totals differ.
    let conn = Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "DELETE FROM case_kind WHERE case_id = (SELECT min(case_id) FROM case_kind);
         UPDATE case_reason_step SET n = n + 1
         WHERE (reason_id, step, case_id) = (SELECT reason_id, step, case_id FROM case_reason_step LIMIT 1);",
    )
    .unwrap();
    drop(conn);
    let err = j.err(&["check"]);
    assert!(err.contains("spiegel check --repair"), "{err}");
    let said = j.ok(&["check", "--repair"]);
    assert!(said.contains("all is well"), "{said}");
    in_step(&j, "the second repair");
    let said = j.ok(&["check", "--full"]);
    assert!(said.starts_with("all is well"), "{said}");

    // The same for the sessions per reaction and case.
    let conn = Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE case_reaction SET first_on = '1999-01-01'
         WHERE (resistance, case_id) = (SELECT resistance, case_id FROM case_reaction LIMIT 1)",
    )
    .unwrap();
    drop(conn);
    assert!(j.ok(&["check"]).starts_with("all is well"));
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("spiegel check --repair"), "{err}");
    j.ok(&["check", "--repair"]);
    in_step(&j, "the repair of a reaction's first day");
    let conn = Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE case_reaction SET n = n + 1
         WHERE (resistance, case_id) = (SELECT resistance, case_id FROM case_reaction LIMIT 1)",
    )
    .unwrap();
    drop(conn);
    let err = j.err(&["check"]);
    assert!(err.contains("spiegel check --repair"), "{err}");
    j.ok(&["check", "--repair"]);
    in_step(&j, "the repair of a reaction's count");
}

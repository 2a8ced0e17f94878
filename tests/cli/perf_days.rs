//! Issue 15: the day summaries `patterns` and `prep` count from
//! (`session_day`, `reason_day`, `step_day`) equal a recount from the sessions and
//! stalls after every kind of write, `check` says when they do not, and
//! `check --repair` rebuilds them.

use rusqlite::Connection;

use crate::support::Journal;

/// The rows the day summaries hold, beside the rows a recount from the
/// reflections, presences, reactions, stalls and cases gives.
type Days = Vec<(String, i64, String, i64, i64, i64)>;

fn rows(conn: &Connection, sql: &str) -> Days {
    conn.prepare(sql)
        .unwrap()
        .query_map([], |r| {
            Ok((
                r.get(0)?,
                r.get(1)?,
                r.get(2)?,
                r.get(3)?,
                r.get(4)?,
                r.get(5)?,
            ))
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// (kept, recounted) for sessions (reason -1), reasons given (by id) and
/// steps stalled at (100 × step + side).
fn kept_and_recounted(j: &Journal) -> (Days, Days) {
    let conn = Connection::open(&j.path).unwrap();
    let kept = rows(
        &conn,
        "SELECT session_on, -1, who, other, met, n FROM session_day
         UNION ALL
         SELECT session_on, reason_id, who, other, met, n FROM reason_day
         UNION ALL
         SELECT session_on, 100 * step + (CASE side WHEN '*' THEN 99 WHEN 'self' THEN 1
                                          WHEN 'client' THEN 2 ELSE 3 END),
                who, other, met, n FROM step_day
         ORDER BY 1, 2, 3, 4, 5",
    );
    // From the journal's own tables, not from the fact tables.
    let recounted = rows(
        &conn,
        "WITH kind AS (
            SELECT r.id, r.session_on, coalesce(c.practitioner, '') AS who,
                   EXISTS (SELECT 1 FROM presence p WHERE p.reflection_id = r.id) AS other,
                   EXISTS (SELECT 1 FROM reflection_resistance w WHERE w.reflection_id = r.id) AS met
            FROM reflection r JOIN \"case\" c ON c.id = r.case_id)
         SELECT session_on, -1, who, other, met, count(*) FROM kind
         GROUP BY session_on, who, other, met
         UNION ALL
         SELECT k.session_on, s.reason_id, k.who, k.other, k.met, count(DISTINCT s.reflection_id)
         FROM stall s JOIN kind k ON k.id = s.reflection_id
         GROUP BY k.session_on, s.reason_id, k.who, k.other, k.met
         UNION ALL
         SELECT k.session_on, 100 * s.step + (CASE side WHEN '*' THEN 99 WHEN 'self' THEN 1
                                              WHEN 'client' THEN 2 ELSE 3 END),
                k.who, k.other, k.met, count(DISTINCT s.reflection_id)
         FROM (SELECT s.reflection_id, s.step, re.side FROM stall s JOIN reason re ON re.id = s.reason_id
               UNION ALL
               SELECT s.reflection_id, s.step, '*' FROM stall s) s
         JOIN kind k ON k.id = s.reflection_id
         GROUP BY k.session_on, s.step, s.side, k.who, k.other, k.met
         ORDER BY 1, 2, 3, 4, 5",
    );
    (kept, recounted)
}

fn in_step(j: &Journal, after: &str) {
    let (kept, recounted) = kept_and_recounted(j);
    assert!(!recounted.is_empty(), "after {after}: nothing to count");
    assert_eq!(kept, recounted, "after {after}");
    crate::perf_cases::in_step(j, after);
    let said = j.ok(&["check", "--full"]);
    assert!(said.starts_with("all is well"), "after {after}: {said}");
}

fn id_of(said: &str) -> String {
    said.split_whitespace().nth(1).unwrap().to_string()
}

#[test]
fn the_day_summaries_follow_every_write_and_check_verifies_them() {
    let j = Journal::with_john();
    let first = id_of(&j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--stall",
        "0:accepted-refusal,lost-own-need",
        "--stall",
        "3:accepted-refusal",
        "--resistance",
        "no-one-left",
    ]));
    in_step(&j, "add");
    // A session moved to another day with its reaction.
    j.ok(&["edit", &first, "--date", "2026-02-28"]);
    in_step(&j, "a session with a reaction moved");
    let second = id_of(&j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--with",
        "Levi",
        "--stall",
        "3:went-too-fast",
    ]));
    in_step(&j, "a second session on the same day");
    j.ok(&["edit", &first, "--with", "Levi"]);
    in_step(&j, "someone joining");
    j.ok(&["edit", &first, "--no-resistance", "--date", "2026-03-02"]);
    in_step(&j, "another date and kind");
    // The same reason at another step only: the session still gives it once.
    j.ok(&["edit", &first, "--stall", "6:accepted-refusal"]);
    in_step(&j, "other stalls");
    j.ok(&["delete", &second, "--yes"]);
    in_step(&j, "delete");
    for n in 0..5 {
        j.ok(&["undo"]);
        in_step(&j, &format!("undo {n}"));
    }

    // Into an empty journal (the summaries filled once at the end), and
    // into one with sessions (kept row by row); undone both.
    let export = j.dir.path().join("all.json");
    j.ok(&["export", "-o", export.to_str().unwrap()]);
    let other = Journal::new();
    other.ok(&["import", export.to_str().unwrap()]);
    in_step(&other, "import into an empty journal");
    // Pooled, as a member's records under a practitioner code.
    let pooled = j.dir.path().join("pooled.json");
    j.ok(&[
        "export",
        "--anonymize",
        "--as",
        "P3",
        "-o",
        pooled.to_str().unwrap(),
    ]);
    other.ok(&["import", pooled.to_str().unwrap()]);
    in_step(&other, "a pooled import");
    let (kept, _) = kept_and_recounted(&other);
    assert!(kept.iter().any(|row| row.2 == "P3"), "{kept:?}");
    other.ok(&["undo"]);
    in_step(&other, "undoing the pooled import");

    j.ok(&["case", "forget", "John", "--yes"]);
    let (kept, recounted) = kept_and_recounted(&j);
    assert_eq!(kept, recounted, "a forgotten case counts nowhere");
    crate::perf_cases::in_step(&j, "case forget");
    assert!(kept.iter().all(|row| row.0 != "2026-03-02"), "{kept:?}");

    // A case given to another practitioner moves its counts along.
    let conn = Connection::open(&other.path).unwrap();
    conn.execute_batch("UPDATE \"case\" SET practitioner = 'P9'")
        .unwrap();
    drop(conn);
    in_step(&other, "a case given to another practitioner");

    // A summary out of step: `check` says so, `--repair` rebuilds it.
    let conn = Connection::open(&other.path).unwrap();
    conn.execute_batch(
        "UPDATE session_day SET n = n + 2
         WHERE session_on = (SELECT min(session_on) FROM session_day);
         DELETE FROM reason_day WHERE session_on = (SELECT max(session_on) FROM reason_day);",
    )
    .unwrap();
    drop(conn);
    let err = other.err(&["check"]);
    assert!(err.contains("session summary"), "{err}");
    assert!(err.contains("spiegel check --repair"), "{err}");
    let said = other.ok(&["check", "--repair"]);
    assert!(said.contains("all is well"), "{said}");
    in_step(&other, "the repair");

    // A count in another cell: the routine check compares totals only;
    // `check --full` recounts every cell.
    let conn = Connection::open(&other.path).unwrap();
    conn.execute_batch(
        "UPDATE reason_day SET other = 1 - other
         WHERE session_on = (SELECT min(session_on) FROM reason_day);",
    )
    .unwrap();
    drop(conn);
    let said = other.ok(&["check"]);
    assert!(said.starts_with("all is well"), "{said}");
    let err = other.err(&["check", "--full"]);
    assert!(err.contains("session summary"), "{err}");
    other.ok(&["check", "--repair"]);
    in_step(&other, "the second repair");
}

//! The growth guard (issue 15): the read commands of the plan guard's
//! matrix run on a journal and on one ten times its size; each statement
//! they run is run again and SQLite's count of its steps compared. A
//! statement that grows much faster than the journal fails the test, with
//! its text: a plan that reads a list for each row of another (the
//! 205 s of `prep` at 100 000 reflections, a reaction's stalls read by
//! reason for each of its sessions) shows up here at any journal size, in
//! a test, before a user with a large journal meets it.

use std::collections::BTreeMap;

use rusqlite::{Connection, OpenFlags, StatementStatus};

use crate::plans::{read_matrix, run_traced, statements};
use crate::support::Journal;

/// Ten times the reflections; a statement that grows linearly takes about
/// ten times the steps, one that reads a list per row about a hundred. (The
/// generator adds cases and reactions more slowly than reflections, so
/// a product of two lists may show less than a hundred: the plan guard and
/// the test of a reaction's plans cover those.)
const SMALL: u32 = 500;
const LARGE: u32 = 5000;

/// More than this many times the steps for ten times the journal fails.
const AT_MOST: u64 = 30;

/// Statements under this many steps on the large journal are not weighed:
/// a few thousand steps are start-up, whatever their ratio.
const FLOOR: u64 = 200_000;

/// The statement with its values taken out: the same statement run with
/// other dates, ids or names is the same key.
fn shape(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut word = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            // A string: up to its closing quote ('' is a quote inside).
            while let Some(d) = chars.next() {
                if d == '\'' {
                    if chars.peek() == Some(&'\'') {
                        chars.next();
                    } else {
                        break;
                    }
                }
            }
            out.push('?');
            word = false;
        } else if c.is_ascii_digit() && !word {
            while chars
                .peek()
                .is_some_and(|d| d.is_ascii_digit() || *d == '.')
            {
                chars.next();
            }
            out.push('?');
        } else if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
            word = false;
        } else {
            word = c.is_alphanumeric() || c == '_';
            out.push(c);
        }
    }
    // A list of values (`IN (1, 2, 3)`) is one value, whatever its length.
    for list in ["?,?", "?, ?"] {
        while out.contains(list) {
            out = out.replace(list, "?");
        }
    }
    out
}

/// Runs `sql` to its end on `conn` and gives SQLite's count of its steps,
/// or `None` for a statement of another connection (a backup's, a
/// temporary table's).
fn steps(conn: &Connection, sql: &str) -> Option<u64> {
    let mut stmt = conn.prepare(sql).ok()?;
    let mut rows = stmt.raw_query();
    while rows.next().ok()?.is_some() {}
    drop(rows);
    Some(stmt.get_status(StatementStatus::VmStep) as u64)
}

/// The steps of every statement the matrix runs on a journal of `n`
/// reflections, summed per shape.
fn weigh(n: u32) -> (Journal, BTreeMap<String, (u64, String)>) {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", &n.to_string(), "--seed", "7"]);
    let trace = j.dir.path().join("growth.sql");
    run_traced(&j, &trace, &read_matrix(&j));
    let conn = reader(&j);
    // Every run of a statement counts: `statements` gives each text once,
    // so count the runs of each text in the trace.
    let traced = std::fs::read_to_string(&trace).unwrap();
    let mut weights: BTreeMap<String, (u64, String)> = BTreeMap::new();
    for sql in statements(&traced) {
        let runs = traced.matches(&format!("{sql};")).count().max(1) as u64;
        if let Some(steps) = steps(&conn, &sql) {
            let entry = weights.entry(shape(&sql)).or_insert((0, sql.clone()));
            entry.0 += steps * runs;
        }
    }
    drop(conn);
    (j, weights)
}

/// Whether `large` steps on the large journal, against `small` on the small
/// one, grow faster than the journal.
fn too_fast(small: u64, large: u64) -> bool {
    large >= FLOOR && large > AT_MOST * small.max(1)
}

/// A read-only connection to `j`'s journal.
fn reader(j: &Journal) -> Connection {
    Connection::open_with_flags(&j.path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
}

#[test]
fn the_shape_of_a_statement_leaves_out_its_values() {
    assert_eq!(
        shape("SELECT c.id FROM \"case\" c WHERE c.name = 'O''Brien' AND r2.id = 42"),
        "SELECT c.id FROM \"case\" c WHERE c.name = ? AND r2.id = ?"
    );
    assert_eq!(
        shape("WHERE d.session_on >= '2000-01-01'\n   LIMIT 10"),
        "WHERE d.session_on >= ? LIMIT ?"
    );
    assert_eq!(
        shape("WHERE p.id IN (1160,1159,1158) OR p.id IN (7, 8)"),
        "WHERE p.id IN (?) OR p.id IN (?)"
    );
}

#[test]
fn no_statement_of_a_read_command_grows_faster_than_the_journal() {
    let (small_journal, small) = weigh(SMALL);
    let (large_journal, large) = weigh(LARGE);
    // The guard catches the pattern: the stalls read for each reflection.
    let quadratic = "SELECT count(*) FROM reflection r
                     WHERE EXISTS (SELECT 1 FROM stall s WHERE s.step + 0 = r.id % 7)";
    let before = steps(&reader(&small_journal), quadratic).unwrap();
    let after = steps(&reader(&large_journal), quadratic).unwrap();
    assert!(too_fast(before, after), "{before} → {after} steps");
    let mut failures = Vec::new();
    let mut weighed = 0;
    for (shape, (steps, sql)) in &large {
        if *steps < FLOOR {
            continue;
        }
        weighed += 1;
        let before = small.get(shape).map_or(0, |(s, _)| *s);
        if too_fast(before, *steps) {
            failures.push(format!(
                "{before} steps at {SMALL} reflections, {steps} at {LARGE}:\n{sql}"
            ));
        }
    }
    assert!(weighed >= 10, "only {weighed} statements weighed");
    assert!(
        failures.is_empty(),
        "statements that grow faster than the journal:\n\n{}",
        failures.join("\n\n")
    );
}

//! The plan guard (issue 15): the read commands at their widest scope run
//! on a generated journal with `SPIEGEL_TRACE_SQL`; each distinct statement
//! goes through `EXPLAIN QUERY PLAN`, and a scan of a large table inside a
//! loop (a nested loop or a correlated subquery) fails the test. That is the pattern behind
//! `prep --since 2000-01-01` taking 205 s at 100 000 reflections: it is
//! caught here, in review, not by a user with a large journal.

use std::collections::{BTreeSet, HashMap};
use std::path::Path;

use rusqlite::{Connection, OpenFlags};

use crate::support::Journal;

/// Tables that grow with the journal: scanning one for each row of another
/// makes a command quadratic.
const LARGE: &[&str] = &[
    "reflection",
    "stall",
    "stall_fact",
    "session_fact",
    "undo_import",
    "presence",
    "reflection_resistance",
    "question",
    "other",
    "case",
    "undo_step",
    "case_reason",
    "case_reason_step",
    "case_kind",
];

/// Statements whose plan this guard flags, known and accepted: a part of
/// the statement's text, and why.
const KNOWN: &[(&str, &str)] = &[];

/// The tables of `sql` by the names a plan gives them: `reflection r` is
/// `SCAN r`.
fn aliases(sql: &str) -> HashMap<String, String> {
    let words: Vec<String> = sql
        .split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .filter(|w| !w.is_empty())
        .map(|w| w.trim_matches('"').to_lowercase())
        .collect();
    let keyword = |w: &str| {
        [
            "on", "where", "join", "left", "cross", "inner", "group", "order", "limit", "using",
            "union", "natural", "as", "select", "not", "indexed",
        ]
        .contains(&w)
    };
    let mut map = HashMap::new();
    for k in 0..words.len() {
        if (words[k] == "from" || words[k] == "join") && k + 1 < words.len() {
            let table = words[k + 1].clone();
            let mut next = k + 2;
            if words.get(next).is_some_and(|w| w == "as") {
                next += 1;
            }
            match words.get(next) {
                Some(alias) if !keyword(alias) => map.insert(alias.clone(), table.clone()),
                _ => None,
            };
            map.insert(table.clone(), table);
        }
    }
    map
}

/// What is wrong with one line of a query plan, if anything: a scan of a
/// large table run once for each row of an outer loop (`inner`).
fn flaw(detail: &str, inner: bool, tables: &HashMap<String, String>) -> Option<String> {
    let scanned = detail.strip_prefix("SCAN ")?;
    let name = scanned
        .split_whitespace()
        .next()?
        .trim_matches('"')
        .to_lowercase();
    let table = tables.get(&name).unwrap_or(&name);
    (inner && LARGE.contains(&table.as_str()))
        .then(|| format!("a scan of {table} in a loop: {detail}"))
}

/// Each flaw of `sql`'s plan on `conn`.
fn flaws(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = match conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")) {
        Ok(s) => s,
        // A statement of another connection (a backup's, an attached
        // copy's): its tables are not here.
        Err(_) => return Vec::new(),
    };
    let rows: Vec<(i64, i64, String)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(3)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // Lines that run once per row of something else: a SCAN/SEARCH after a
    // SCAN/SEARCH sibling (a nested loop), or anything under a correlated
    // subquery or under such a line. A subquery that is not correlated runs
    // once.
    let tables = aliases(sql);
    let mut looped: BTreeSet<i64> = BTreeSet::new();
    let mut found = Vec::new();
    for (k, (id, parent, detail)) in rows.iter().enumerate() {
        let is_loop = |d: &str| d.starts_with("SCAN") || d.starts_with("SEARCH");
        let nested = is_loop(detail)
            && rows[..k]
                .iter()
                .any(|(other, p, d)| *p == *parent && *other != *id && is_loop(d));
        let under = looped.contains(parent)
            || rows
                .iter()
                .any(|(other, _, d)| *other == *parent && d.contains("CORRELATED"));
        if nested || under {
            looped.insert(*id);
        }
        found.extend(flaw(detail, nested || under, &tables));
    }
    found
}

/// The statements of a trace, each once.
pub(crate) fn statements(trace: &str) -> BTreeSet<String> {
    let mut all = BTreeSet::new();
    let mut current = String::new();
    for line in trace.lines() {
        current.push_str(line);
        current.push('\n');
        if line.ends_with(';') {
            let sql = current.trim().trim_end_matches(';').to_string();
            let lower = sql.to_lowercase();
            if lower.starts_with("select") || lower.starts_with("with") {
                all.insert(sql);
            }
            current.clear();
        }
    }
    all
}

/// The read commands at their widest scopes, on `j`'s journal (a generated
/// one): the matrix of issue 15. Files they write go into `j`'s folder
/// (`x.json` is the JSON export).
pub(crate) fn read_matrix(j: &Journal) -> Vec<Vec<String>> {
    let all = j.json(&["list", "--limit", "0"]);
    let first = &all[0];
    let id = first["id"].to_string();
    let case = first["case"].as_str().unwrap().to_string();
    let reason = all
        .as_array()
        .unwrap()
        .iter()
        .find_map(|r| r["stalls"][0]["reasons"][0].as_str())
        .unwrap()
        .to_string();
    let out = |name: &str| j.dir.path().join(name).to_str().unwrap().to_string();
    let (json, csv, md) = (out("x.json"), out("x.csv"), out("x.md"));
    let backup = out("backup.db");
    let commands: Vec<Vec<&str>> = vec![
        vec!["patterns"],
        vec!["patterns", "--side", "all", "--json"],
        // The day summaries over a period; one case and one reaction from rows.
        vec!["patterns", "--since", "2026-01-01", "--until", "2026-06-30"],
        vec!["patterns", "--when", "no-one-left", "--min-cases", "1"],
        vec!["patterns", "--case", &case],
        // The case summaries over the whole journal, of a practitioner too.
        vec!["patterns", "--by", "practitioner"],
        vec!["prep", "--since", "2000-01-01", "--group"],
        vec!["prep", "--since", "2000-01-01"],
        vec!["prep", "--since", "2000-01-01", "--format", "html"],
        vec!["prep", "--since", "2000-01-01", "--json"],
        vec!["prep"],
        vec!["list", "--limit", "0"],
        vec!["list", "--limit", "0", "--json"],
        vec!["list", "--why", &reason],
        vec!["show", &id],
        vec!["case", "show", &case],
        vec!["questions", "--all"],
        vec!["goal", "list", "--all"],
        vec!["export", "--format", "json", "-o", &json],
        vec!["export", "--format", "csv", "-o", &csv],
        vec!["export", "--format", "md", "-o", &md],
        vec!["check"],
        vec!["backup", &backup],
    ];
    commands
        .into_iter()
        .map(|args| args.into_iter().map(str::to_string).collect())
        .collect()
}

/// Runs each of `commands` on `j` with its SQL traced into `trace`; each
/// must succeed.
pub(crate) fn run_traced<S: AsRef<str>>(j: &Journal, trace: &Path, commands: &[Vec<S>]) {
    for args in commands {
        let args: Vec<&str> = args.iter().map(AsRef::as_ref).collect();
        let out = j
            .cmd(&args)
            .env("SPIEGEL_TRACE_SQL", trace)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

/// The lines of `sql`'s query plan on `conn`.
fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let mut stmt = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
    stmt.query_map([], |r| r.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The guard itself catches the pattern: a scan of stall for each reflection.
#[test]
fn the_plan_guard_catches_a_scan_in_a_loop() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "50", "--seed", "7"]);
    let conn = Connection::open_with_flags(&j.path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let bad = "SELECT r.id FROM reflection r
               WHERE EXISTS (SELECT 1 FROM stall s WHERE s.step + 0 = r.id % 7)";
    assert!(!flaws(&conn, bad).is_empty(), "{bad}");
    let fine = "SELECT r.id FROM reflection r
                WHERE EXISTS (SELECT 1 FROM stall s WHERE s.reflection_id = r.id)";
    assert!(flaws(&conn, fine).is_empty(), "{fine}");
}

#[test]
fn read_commands_at_every_scope_have_no_quadratic_plan() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "600", "--seed", "7"]);
    let trace = j.dir.path().join("plans.sql");
    let out = |name: &str| j.dir.path().join(name).to_str().unwrap().to_string();
    let json = out("x.json");
    run_traced(&j, &trace, &read_matrix(&j));
    // The writes at scale: an import into an empty journal and its undo
    // (issue 15), traced into the same file.
    let other = Journal::new();
    run_traced(
        &other,
        &trace,
        &[vec!["import", json.as_str()], vec!["undo"]],
    );
    let conn = Connection::open_with_flags(&j.path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let traced = std::fs::read_to_string(&trace).unwrap();
    let mut failures = Vec::new();
    let mut known_seen = BTreeSet::new();
    let distinct = statements(&traced);
    assert!(
        distinct.len() > 20,
        "only {} statements traced",
        distinct.len()
    );
    for sql in distinct {
        let found = flaws(&conn, &sql);
        if found.is_empty() {
            continue;
        }
        if let Some((part, _why)) = KNOWN.iter().find(|(part, _)| sql.contains(part)) {
            known_seen.insert(*part);
            continue;
        }
        failures.push(format!("{sql}\n  -> {}", found.join("\n  -> ")));
    }
    assert!(
        failures.is_empty(),
        "statements with a plan that grows faster than the journal:\n\n{}",
        failures.join("\n\n")
    );
    for (part, why) in KNOWN {
        assert!(
            known_seen.contains(part),
            "known statement no longer flagged (remove it from KNOWN): {part} ({why})"
        );
    }
}

/// Whether a plan line reads a table of sessions or stalls by a key of one
/// session or one case, not by a range of dates or in full.
fn by_key(detail: &str) -> bool {
    detail.starts_with("SEARCH")
        && ["rowid=?", "reflection_id=?", "case_id=?"]
            .iter()
            .any(|key| detail.contains(key))
}

/// A figure of the sessions where one reaction was met (`patterns --when`,
/// a goal's progress per reaction) starts from that reaction's entries in
/// its index: a few sessions in a hundred. Reading every session of the
/// period and probing each for the reaction took 7 s at 1 000 000.
#[test]
fn a_reaction_asked_reads_only_the_sessions_where_it_was_met() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "600", "--seed", "7"]);
    let trace = j.dir.path().join("when.sql");
    run_traced(
        &j,
        &trace,
        &[
            vec!["patterns", "--when", "no-one-left", "--min-cases", "1"],
            vec![
                "patterns",
                "--when",
                "they-wont-come",
                "--side",
                "all",
                "--json",
            ],
            vec!["goal", "list", "--all"],
            vec!["prep", "--since", "2000-01-01", "--json"],
        ],
    );
    let conn = Connection::open_with_flags(&j.path, OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let traced = std::fs::read_to_string(&trace).unwrap();
    let reactions = ["'no-one-left'", "'they-wont-come'", "'my-own-problem'"];
    let mut checked = 0;
    let mut failures = Vec::new();
    for sql in statements(&traced) {
        if !reactions.iter().any(|r| sql.contains(r)) {
            continue;
        }
        checked += 1;
        let tables = aliases(&sql);
        for detail in plan(&conn, &sql) {
            let Some(name) = detail.split_whitespace().nth(1) else {
                continue;
            };
            let table = tables
                .get(&name.to_lowercase())
                .map_or(name, |t| t.as_str());
            let sessions = ["reflection", "stall_fact", "session_fact", "stall"];
            if (detail.starts_with("SCAN") || detail.starts_with("SEARCH"))
                && sessions.contains(&table)
                && !by_key(&detail)
            {
                failures.push(format!("{detail}\n  in {sql}"));
            }
        }
    }
    assert!(
        checked >= 10,
        "only {checked} statements asked for a reaction"
    );
    assert!(
        failures.is_empty(),
        "a reaction's figures read more than its sessions:\n\n{}",
        failures.join("\n\n")
    );
}

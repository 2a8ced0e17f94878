//! Issue 15: an import into an empty journal fills the summaries and the
//! search index once at the end, a chunk of days at a time and in the
//! order of the index, and gives the same figures as the journal exported.

use std::collections::BTreeSet;
use std::path::PathBuf;

use rusqlite::Connection;
use serde_json::Value;

use crate::scale::traced;
use crate::support::Journal;

/// A demo journal of `reflections` and its export.
fn exported(reflections: &str) -> (Journal, PathBuf) {
    let source = Journal::new();
    source.ok(&["demo", "--reflections", reflections, "--seed", "5"]);
    let file = source.dir.path().join("all.json");
    source.ok(&["export", "-o", file.to_str().unwrap()]);
    (source, file)
}

/// The traced statements of the command's last transaction (an import's
/// own, after the migrations that made the new journal) that read or write
/// rows, each once.
fn statements(trace: &str) -> BTreeSet<String> {
    let last = trace
        .rfind("BEGIN IMMEDIATE;")
        .expect("a write transaction");
    let mut all = BTreeSet::new();
    let mut current = String::new();
    for line in trace[last..].lines() {
        current.push_str(line);
        current.push('\n');
        if line.ends_with(';') {
            let sql = current.trim().trim_end_matches(';').to_string();
            let lower = sql.to_lowercase();
            if ["select", "with", "insert"]
                .iter()
                .any(|k| lower.starts_with(k))
            {
                all.insert(sql);
            }
            current.clear();
        }
    }
    all
}

/// The lines of `sql`'s query plan on `conn` (none for a statement of
/// another connection, whose tables are not here).
fn plan(conn: &Connection, sql: &str) -> Vec<String> {
    let Ok(mut stmt) = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")) else {
        return Vec::new();
    };
    stmt.query_map([], |r| r.get(3))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// The temporary store is in memory (no plaintext in a temporary file), so
/// a statement that sorts or groups a whole table holds it all in memory:
/// the day summaries' refill did, and an import of 1 000 000 reflections
/// peaked at 187 MB. Every statement of an import that sorts now reads a
/// range (a chunk of days), never a whole table. (A `count(DISTINCT)` of
/// rows read in the order of their group holds one group.)
#[test]
fn an_import_into_an_empty_journal_sorts_no_whole_table() {
    let (_source, file) = exported("400");
    let j = Journal::new();
    let trace = traced(&j, &["import", file.to_str().unwrap()]);
    let conn = Connection::open(&j.path).unwrap();
    let mut sorting = 0;
    let mut whole = Vec::new();
    for sql in statements(&trace) {
        let lines = plan(&conn, &sql);
        let sorts = lines.iter().any(|l| {
            l.starts_with("MATERIALIZE")
                || (l.starts_with("USE TEMP B-TREE") && !l.contains("count(DISTINCT)"))
        });
        if !sorts {
            continue;
        }
        sorting += 1;
        let scans: Vec<&String> = lines
            .iter()
            .filter(|l| l.starts_with("SCAN ") && !l.starts_with("SCAN CONSTANT"))
            .collect();
        if !scans.is_empty() {
            whole.push(format!("{sql}\n  -> {scans:?}"));
        }
    }
    assert!(sorting > 0, "no statement sorts: {trace}");
    assert!(
        whole.is_empty(),
        "statements that sort a whole table:\n\n{}",
        whole.join("\n\n")
    );
}

/// FTS5 writes what it holds in memory to the index whenever a rowid comes
/// that is lower than the one before: texts indexed as the file brings them
/// made a segment every few texts, then merged them (1 000 000 reflections:
/// 48 s). The import fills the index once, in the order of its rowids.
#[test]
fn an_import_into_an_empty_journal_indexes_its_texts_once_in_order() {
    let (source, file) = exported("400");
    let j = Journal::new();
    let trace = traced(&j, &["import", file.to_str().unwrap()]);
    let fill = "INSERT INTO search (rowid, body)";
    let conn = Connection::open(&j.path).unwrap();
    // The statements in the order they ran, each with its chunk of days.
    let last = trace
        .rfind("BEGIN IMMEDIATE;")
        .expect("a write transaction");
    let fills: Vec<&str> = trace[last..]
        .split(";\n")
        .map(str::trim)
        .filter(|s| s.starts_with(fill) && !s.contains("NEW."))
        .collect();
    assert!(!fills.is_empty(), "the index is not filled at the end");
    let mut rowids: Vec<i64> = Vec::new();
    for sql in fills {
        let mut stmt = conn.prepare(&sql[fill.len()..]).unwrap();
        let read = stmt.query_map([], |r| r.get::<_, i64>(0)).unwrap();
        rowids.extend(read.map(Result::unwrap));
    }
    assert!(
        rowids.windows(2).all(|w| w[0] < w[1]),
        "texts indexed out of order, or twice"
    );
    let held: i64 = conn
        .query_row("SELECT count(*) FROM search", [], |r| r.get(0))
        .unwrap();
    assert_eq!(rowids.len() as i64, held, "each text indexed once");
    for word in ["apologised", "impatience", "silence"] {
        let args = ["search", word, "--limit", "0"];
        let (mut here, mut there) = (j.json(&args), source.json(&args));
        without_ids(&mut here);
        without_ids(&mut there);
        assert!(here.as_array().is_some_and(|a| !a.is_empty()), "{word}");
        assert!(here == there, "{word} is found elsewhere");
    }
}

/// `value` without the ids this journal gave its rows and refers to them by
/// (an import gives others), and with each list sorted: rows of the same
/// day come in the order of their ids. The figures and texts stay.
fn without_ids(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.remove("id");
            map.remove("reflection");
            map.values_mut().for_each(without_ids);
        }
        Value::Array(items) => {
            items.iter_mut().for_each(without_ids);
            items.sort_by_key(Value::to_string);
        }
        _ => {}
    }
}

/// After an import into an empty journal the figures are the exported
/// journal's, and both checks pass: the summaries and the index filled at
/// the end hold what the rows would have put there one by one.
#[test]
fn an_import_into_an_empty_journal_gives_the_same_figures() {
    let (source, file) = exported("600");
    let j = Journal::new();
    j.ok(&["import", file.to_str().unwrap()]);
    for args in [
        &["patterns"][..],
        &["patterns", "--side", "all", "--min-cases", "1"],
        &["prep", "--since", "2000-01-01"],
        &["case", "list"],
        &["list", "--limit", "0"],
        &["search", "silence", "--limit", "0"],
    ] {
        let (mut here, mut there) = (j.json(args), source.json(args));
        without_ids(&mut here);
        without_ids(&mut there);
        assert!(here == there, "{args:?} differs after the import");
    }
    for args in [&["check"][..], &["check", "--full"]] {
        let said = j.ok(args);
        assert!(said.starts_with("all is well"), "{args:?}: {said}");
    }
    // The triggers are back: what comes next is summed and found.
    let id = j.json(&["list", "--limit", "1"])[0]["id"].to_string();
    j.ok(&["edit", &id, "--note", "A quokka on the poster."]);
    assert_eq!(j.json(&["search", "quokka"]).as_array().unwrap().len(), 1);
    let said = j.ok(&["check", "--full"]);
    assert!(said.starts_with("all is well"), "{said}");
}

/// A journal with reflections but no text yet: the summaries follow row by
/// row, the search index is filled at the end, and holds both journals'
/// texts.
#[test]
fn an_import_into_a_journal_without_texts_indexes_both() {
    let (source, file) = exported("200");
    let j = Journal::with_john();
    j.ok(&["add", "John", "--date", "2026-03-01"]);
    let trace = traced(&j, &["import", file.to_str().unwrap()]);
    assert!(
        trace.contains("INSERT INTO search (rowid, body)"),
        "{trace}"
    );
    let args = ["search", "silence", "--limit", "0"];
    let (mut here, mut there) = (j.json(&args), source.json(&args));
    without_ids(&mut here);
    without_ids(&mut there);
    assert!(here.as_array().is_some_and(|a| !a.is_empty()));
    assert!(here == there, "the file's texts are found elsewhere");
    j.ok(&["add", "John", "--date", "2026-03-02", "--note", "A wombat."]);
    assert_eq!(j.json(&["search", "wombat"]).as_array().unwrap().len(), 1);
    let said = j.ok(&["check", "--full"]);
    assert!(said.starts_with("all is well"), "{said}");
}

/// An import into an empty journal that fails after every row is written
/// (a session outside its case's dates, once merged) leaves the journal as
/// it was, its triggers too.
#[test]
fn a_failed_import_into_an_empty_journal_leaves_it_and_its_triggers() {
    let (_source, file) = exported("200");
    let mut v: Value = serde_json::from_slice(&std::fs::read(&file).unwrap()).unwrap();
    let case = v["cases"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .rfind(|c| !c["reflections"].as_array().unwrap().is_empty())
        .unwrap();
    let last = case["reflections"].as_array().unwrap().len() - 1;
    case["reflections"][last]["date"] = Value::from("1990-01-01");
    let bad = file.with_file_name("bad.json");
    std::fs::write(&bad, serde_json::to_vec(&v).unwrap()).unwrap();
    let j = Journal::with_john();
    let triggers = || -> i64 {
        Connection::open(&j.path)
            .unwrap()
            .query_row(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'trigger'",
                [],
                |r| r.get(0),
            )
            .unwrap()
    };
    let before = (triggers(), j.snapshot());
    let out = j.cmd(&["import", bad.to_str().unwrap()]).output().unwrap();
    assert!(!out.status.success(), "the bad file was imported");
    assert!((triggers(), j.snapshot()) == before, "the journal changed");
    j.ok(&["add", "John", "--date", "2026-03-02", "--note", "A wombat."]);
    assert_eq!(j.json(&["search", "wombat"]).as_array().unwrap().len(), 1);
    let said = j.ok(&["check", "--full"]);
    assert!(said.starts_with("all is well"), "{said}");
}

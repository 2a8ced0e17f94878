//! Issue 15: the summaries and bulk paths that keep every command fast at
//! a million reflections give the same answers as the tables they stand for.

use crate::scale::traced;
use crate::support::Journal;

/// Both checks pass: the routine one (totals) and the full one, which
/// compares the summaries with the journal row by row.
fn healthy(j: &Journal) {
    for args in [&["check"][..], &["check", "--full"]] {
        let said = j.ok(args);
        assert!(said.starts_with("all is well"), "{args:?}: {said}");
    }
}

/// The session summary follows every change to a reflection, its
/// presences and its resistance reactions — adding, editing, deleting,
/// undoing, importing — and `check` says when it does not, and
/// `check --repair` rebuilds it.
#[test]
fn the_session_summary_stays_in_step_and_check_verifies_it() {
    let j = Journal::with_john();
    let id_of = |said: &str| said.split_whitespace().nth(1).unwrap().to_string();
    let alone = id_of(&j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--resistance",
        "no-one-left",
    ]));
    let with = id_of(&j.ok(&["add", "John", "--date", "2026-03-08", "--with", "Levi"]));
    healthy(&j);
    j.ok(&["edit", &alone, "--with", "Maarten"]);
    healthy(&j);
    j.ok(&["edit", &alone, "--alone", "--no-resistance"]);
    healthy(&j);
    j.ok(&[
        "edit",
        &with,
        "--resistance",
        "they-wont-come",
        "--date",
        "2026-03-09",
    ]);
    healthy(&j);
    j.ok(&["delete", &with, "--yes"]);
    healthy(&j);
    for _ in 0..4 {
        j.ok(&["undo"]);
        healthy(&j);
    }
    let export = j.dir.path().join("all.json");
    j.ok(&["export", "-o", export.to_str().unwrap()]);
    let other = Journal::new();
    other.ok(&["import", export.to_str().unwrap()]);
    healthy(&other);
    other.ok(&["undo"]);
    healthy(&other);

    let conn = rusqlite::Connection::open(&j.path).unwrap();
    let kinds: Vec<(i64, i64)> = conn
        .prepare("SELECT other, met FROM session_fact ORDER BY reflection_id")
        .unwrap()
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    // Back where they began: alone with a refusal; with Levi.
    assert_eq!(kinds, [(0, 1), (1, 0)]);
    conn.execute_batch(
        "UPDATE session_fact SET other = 1 WHERE reflection_id = (SELECT min(reflection_id) FROM session_fact);
         DELETE FROM session_fact WHERE reflection_id = (SELECT max(reflection_id) FROM session_fact);",
    )
    .unwrap();
    drop(conn);
    // The routine check compares totals: it sees the session missing.
    let err = j.err(&["check"]);
    assert!(err.contains("out of step for 1 session "), "{err}");
    // The full check compares row by row: the changed one too.
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("session summary"), "{err}");
    assert!(err.contains("out of step for 2 sessions"), "{err}");
    assert!(err.contains("spiegel check --repair"), "{err}");
    let said = j.ok(&["check", "--repair"]);
    assert!(said.contains("all is well"), "{said}");
    healthy(&j);
}

/// Issue 15.2: an import is one entry of the undo log, which takes its
/// records away by id and gives back what it changed: after `undo` the
/// journal exports byte for byte as before.
#[test]
fn an_import_is_undone_by_one_entry_and_leaves_the_journal_as_it_was() {
    let export = |j: &Journal, name: &str| {
        let file = j.dir.path().join(name);
        j.ok(&["export", "-o", file.to_str().unwrap()]);
        file
    };
    let steps = |j: &Journal| -> i64 {
        rusqlite::Connection::open(&j.path)
            .unwrap()
            .query_row("SELECT count(*) FROM undo_step", [], |r| r.get(0))
            .unwrap()
    };
    let b = Journal::new();
    b.ok(&["demo", "--reflections", "200", "--seed", "2"]);
    let before = std::fs::read(export(&b, "before.json")).unwrap();

    // Another journal with b's records, one of them changed later and one
    // reflection more, and a third with records b has never seen.
    let c = Journal::new();
    c.ok(&["import", export(&b, "b.json").to_str().unwrap()]);
    assert_eq!(steps(&c), 1, "an import into an empty journal is one entry");
    let first = c.json(&["list", "--limit", "1"]);
    let id = first[0]["id"].as_i64().unwrap().to_string();
    let case = first[0]["case"].as_str().unwrap().to_string();
    std::thread::sleep(std::time::Duration::from_millis(20));
    c.ok(&[
        "edit",
        &id,
        "--note",
        "changed later",
        "--no-stalls",
        "--alone",
    ]);
    c.ok(&["add", &case, "--note", "one more"]);
    let a = Journal::new();
    a.ok(&["demo", "--reflections", "100", "--seed", "3"]);

    for (n, file) in [export(&c, "c.json"), export(&a, "a.json")]
        .iter()
        .enumerate()
    {
        let at = steps(&b);
        b.ok(&["import", file.to_str().unwrap()]);
        assert!(b.ok(&["check"]).starts_with("all is well"));
        let said = b.ok(&["undo"]);
        assert!(said.contains("added"), "{said}");
        if n == 1 {
            // A hundred reflections: three named, the rest counted.
            assert!(said.contains("added case"), "{said}");
            assert!(said.contains(" more"), "the rest is counted: {said}");
        }
        assert_eq!(steps(&b), at);
        let kept: i64 = rusqlite::Connection::open(&b.path)
            .unwrap()
            .query_row("SELECT count(*) FROM undo_import", [], |r| r.get(0))
            .unwrap();
        assert_eq!(kept, 0, "the import's UUIDs go with its undo");
        assert!(b.ok(&["check"]).starts_with("all is well"));
        let after = std::fs::read(export(&b, &format!("after-{n}.json"))).unwrap();
        assert!(after == before, "the journal changed after import and undo");
    }
}

/// The lines of the tables in `said`: borders, header and rows.
fn table_lines(said: &str) -> Vec<&str> {
    said.lines()
        .filter(|l| l.starts_with(['┌', '│', '╞', '├', '└']))
        .collect()
}

/// How many tops, header rules and bottoms `lines` hold: (1, 1, 1) for one
/// table, however many chunks printed it.
fn borders(lines: &[&str]) -> (usize, usize, usize) {
    let count = |c: char| lines.iter().filter(|l| l.starts_with(c)).count();
    (count('┌'), count('╞'), count('└'))
}

/// The first cell of each line of the tables, the header's included; a
/// wrapped cell's next line, whose first cell is empty, is left out.
fn first_cells<'a>(lines: &[&'a str]) -> Vec<&'a str> {
    lines
        .iter()
        .filter(|l| l.starts_with('│'))
        .filter_map(|l| l.trim_start_matches('│').split('┆').next())
        .map(str::trim)
        .filter(|cell| !cell.is_empty())
        .collect()
}

/// Runs `args`, which must fail on a record it cannot read at the end;
/// returns how many table rows it printed before.
fn rows_before_failing(j: &Journal, args: &[&str]) -> usize {
    let out = j.cmd(args).output().unwrap();
    assert!(!out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    printed.lines().filter(|l| l.starts_with('│')).count()
}

/// Issue 15: `list --limit 0` prints its table a chunk of rows at a time;
/// piped, it still reads as one table: one top, one header, one bottom,
/// every line as wide as the first, every reflection once — also when the
/// last chunk is full.
#[test]
fn a_long_list_is_one_table_printed_in_chunks() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "2500", "--seed", "4"]);
    for limit in ["0", "2000"] {
        let said = j.ok(&["list", "--limit", limit]);
        let lines = table_lines(&said);
        let width = |l: &str| l.chars().count();
        assert!(
            lines.iter().all(|l| width(l) == width(lines[0])),
            "{limit}: {said}"
        );
        assert_eq!(borders(&lines), (1, 1, 1), "{limit}");
        assert!(lines[0].starts_with('┌') && lines.last().unwrap().starts_with('└'));
        let ids: Vec<i64> = first_cells(&lines)
            .iter()
            .filter_map(|cell| cell.parse().ok())
            .collect();
        let listed: Vec<i64> = j
            .json(&["list", "--limit", limit])
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_i64().unwrap())
            .collect();
        assert_eq!(listed.len(), if limit == "0" { 2500 } else { 2000 });
        assert_eq!(ids, listed, "every reflection once, in the order of --json");
    }
}

/// Issue 15: the first rows of a long list are out before the last is read.
/// A row that cannot be read at the end stops the command, but only after
/// the chunks before it were printed (a table that waited for every row
/// printed nothing).
#[test]
fn a_long_list_prints_its_first_rows_before_it_reads_the_last() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1500", "--seed", "4"]);
    rusqlite::Connection::open(&j.path)
        .unwrap()
        .execute(
            "UPDATE reflection SET session_on = '0001-99-99'
             WHERE id = (SELECT id FROM reflection ORDER BY session_on, id LIMIT 1)",
            [],
        )
        .unwrap();
    let rows = rows_before_failing(&j, &["list", "--limit", "0"]);
    assert!(rows >= 1000, "{rows} rows printed before the bad one");
}

/// Issue 15: `questions --all` held every question before it printed one
/// (1 000 000 reflections: 139 MB). It now prints a chunk at a time, as
/// `list` does: one table, in the order of `--json`, and a question that
/// cannot be read at the end stops it only after the chunks before it
/// were printed.
#[test]
fn a_long_list_of_questions_prints_its_first_rows_before_it_reads_the_last() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1500", "--seed", "4"]);
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute(
        "INSERT INTO question (uuid, reflection_id, text, created_at, updated_at)
         SELECT lower(hex(randomblob(16))), r.id, 'What do I bring in ' || r.id || '?',
                r.created_at, r.updated_at
         FROM reflection r
         WHERE NOT EXISTS (SELECT 1 FROM question q WHERE q.reflection_id = r.id)",
        [],
    )
    .unwrap();
    let said = j.ok(&["questions", "--all"]);
    let lines = table_lines(&said);
    assert_eq!(borders(&lines), (1, 1, 1));
    let ids: Vec<i64> = first_cells(&lines)
        .iter()
        .filter_map(|cell| cell.parse().ok())
        .collect();
    let listed: Vec<i64> = j
        .json(&["questions", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_i64().unwrap())
        .collect();
    assert_eq!(listed.len(), 1500);
    assert_eq!(ids, listed, "every question once, in the order of --json");
    // The newest question's answer date cannot be read: the command fails
    // there, after the first thousand rows are out.
    conn.execute(
        "UPDATE question SET answer = 'x', answered_on = '2026-99-99'
         WHERE id = (SELECT q.id FROM question q JOIN reflection r ON r.id = q.reflection_id
                     ORDER BY r.session_on DESC, q.id DESC LIMIT 1)",
        [],
    )
    .unwrap();
    let rows = rows_before_failing(&j, &["questions", "--all"]);
    assert!(rows >= 1000, "{rows} rows printed before the bad one");
}

/// Issue 15: `case list --all` held every case before it printed one
/// (1 000 000 reflections: 119 MB). It now prints a chunk at a time: one
/// table, in the order of `--json`, the first thousand rows out before a
/// case that cannot be read stops it.
#[test]
fn a_long_list_of_cases_prints_its_first_rows_before_it_reads_the_last() {
    let j = Journal::with_john();
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute(
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1500)
         INSERT INTO \"case\" (uuid, name, name_key, cohabiting, opened_on, created_at, updated_at)
         SELECT lower(hex(randomblob(16))), printf('Case-%04d', i), printf('case-%04d', i), 0,
                '2026-01-05', '2026-01-05T10:00:00.000Z', '2026-01-05T10:00:00.000Z'
         FROM n",
        [],
    )
    .unwrap();
    let said = j.ok(&["case", "list", "--all"]);
    let lines = table_lines(&said);
    assert_eq!(borders(&lines), (1, 1, 1));
    let names = first_cells(&lines);
    let listed: Vec<String> = j
        .json(&["case", "list", "--all"])
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(listed.len(), 1501);
    assert_eq!(names.len(), 1502, "a header row and every case");
    assert_eq!(
        &names[1..],
        listed,
        "every case once, in the order of --json"
    );
    conn.execute(
        "UPDATE \"case\" SET opened_on = '2026-99-99' WHERE name = 'Case-1500'",
        [],
    )
    .unwrap();
    let rows = rows_before_failing(&j, &["case", "list", "--all"]);
    assert!(rows >= 1000, "{rows} rows printed before the bad one");
}

/// Issue 15: undoing an import deleted its texts from the search index one
/// by one with FTS5's secure-delete, each a search through the whole index
/// (10 000 reflections: 9 s, 100 000: 10 minutes). The setting is off for
/// the import's deletes and the index rewritten once after them: no word
/// of an undone text stays findable, the setting is back on, and the
/// journal's own texts are found as before. The deletes go a thousand
/// records at a time: SQLite holds the former content of every page one
/// statement changes in memory until it ends (100 000: 137 MB, now 33 MB).
/// An import as large as what stays sets the index's triggers aside: the
/// index is made anew from the texts that stay (100 000: 7.7 s, now 3 s),
/// and its triggers are back for what comes next.
#[test]
fn undoing_an_import_rewrites_the_search_index_once() {
    let source = Journal::new();
    source.ok(&["demo", "--reflections", "1200", "--seed", "4"]);
    let file = source.dir.path().join("x.json");
    source.ok(&["export", "-o", file.to_str().unwrap()]);
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "The zebra crossing came up again."]);
    let count = |word: &str| {
        j.json(&["search", word, "--limit", "0"])
            .as_array()
            .unwrap()
            .len()
    };
    let (own, apologised) = (count("zebra"), count("apologised"));
    let reflections = || j.json(&["list", "--limit", "0"]).as_array().unwrap().len();
    let before = reflections();
    assert!(own > 0);
    j.ok(&["import", file.to_str().unwrap()]);
    assert!(
        count("apologised") > apologised,
        "the import's notes are found"
    );
    let traced = traced(&j, &["undo"]);
    let off = traced
        .find("'secure-delete', 0")
        .expect("secure-delete set aside");
    let delete = traced.find("DELETE FROM \"reflection\"").unwrap();
    let rebuild = traced.find("'rebuild'").expect("the index rewritten");
    let on = traced
        .rfind("'secure-delete', 1")
        .expect("secure-delete back on");
    assert!(off < delete && delete < rebuild && rebuild < on, "{traced}");
    let setting: i64 = rusqlite::Connection::open(&j.path)
        .unwrap()
        .query_row(
            "SELECT v FROM search_config WHERE k = 'secure-delete'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(setting, 1);
    assert_eq!(
        count("apologised"),
        apologised,
        "the undone texts are not found"
    );
    assert_eq!(count("zebra"), own);
    // All 1200, across the thousand a statement deletes.
    assert_eq!(reflections(), before);
    healthy(&j);
    // The index follows the texts again.
    j.ok(&["add", "John", "--note", "A quokka on the poster."]);
    assert_eq!(count("quokka"), 1);
    let id = j.json(&["search", "quokka"])[0]["id"].to_string();
    j.ok(&["edit", &id, "--note", "A wombat on the poster."]);
    assert_eq!((count("quokka"), count("wombat")), (0, 1));
    healthy(&j);
}

/// Issue 15: `prep` shows the newest few of what went well in its period
/// and counts them all; both read every reflection of the period, notes
/// included, to find the few with such a text. Both now read an index of
/// only those sessions.
#[test]
fn what_went_well_is_found_through_its_own_index() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "300", "--seed", "4"]);
    let traced = traced(&j, &["prep", "--since", "2000-01-01"]);
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    let statements: Vec<&str> = traced
        .split(";\n")
        .filter(|s| s.contains("went_well <> ''") && s.trim_start().starts_with("SELECT"))
        .collect();
    assert_eq!(statements.len(), 2, "{traced}");
    for sql in statements {
        let plan: Vec<String> = conn
            .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
            .unwrap()
            .query_map([], |r| r.get(3))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        assert!(
            plan.iter()
                .any(|line| line.contains("reflection_went_well")),
            "{sql}: {plan:?}"
        );
    }
}

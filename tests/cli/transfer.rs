//! `spiegel export` and `spiegel import`: lossless JSON, merging by UUID,
//! refusing bad files whole; CSV and Markdown; anonymisation.

use std::path::Path;

use serde_json::Value;

use crate::support::{Journal, bytes, fails_with};

/// John with two reflections (one full), a closed case, a custom reason,
/// an answered question, a meeting and a goal (these last through SQL: their
/// commands live elsewhere).
pub fn rich_journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "reasons",
        "add",
        "rushed-the-ending",
        "--side",
        "self",
        "--en",
        "Rushed",
        "--nl",
        "Gehaast",
    ]);
    j.ok(&["reasons", "retire", "other-too-cautious"]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--with",
        "Levi",
        "--with",
        "Maarten",
        "--medium",
        "video",
        "--resistance",
        "no-one-left",
        "--stall",
        "7:laughed-along,did-not-mirror",
        "--stall",
        "3:rushed-the-ending",
        "--note",
        "John joked; Levi laughed — so did I.\nSecond line.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j.ok(&["add", "John", "--completed", "--note", "All seven steps."]);
    j.ok(&[
        "case",
        "add",
        "Anouk",
        "--setting",
        "youth care",
        "--opened",
        "2026-01-02",
    ]);
    j.ok(&[
        "case",
        "close",
        "Anouk",
        "--outcome",
        "individual-only",
        "--date",
        "2026-02-01",
    ]);
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    conn.execute_batch(
        "UPDATE question SET answer = 'Because closeness scares me.', answered_on = '2026-03-10';
         INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at)
           VALUES ('6f1c1d59-7e0c-4a5f-9d0c-1c4c0d3b8a11', '2026-03-12', 'peer', 'intervisie group',
                   'We looked at laughing along.', '2026-03-12T10:00:00.000Z', '2026-03-12T10:00:00.000Z');
         INSERT INTO goal (uuid, text, reason_id, since, created_at, updated_at)
           SELECT 'a3a0a8a4-0d5e-4a51-8f41-3c1e6f1f7b22', 'Stay with the silence', id, '2026-03-12',
                  '2026-03-12T10:05:00.000Z', '2026-03-12T10:05:00.000Z'
           FROM reason WHERE code = 'went-too-fast';",
    )
    .unwrap();
    j
}

fn export_to(j: &Journal, name: &str, extra: &[&str]) -> std::path::PathBuf {
    let file = j.dir.path().join(name);
    let mut args = vec!["export", "-o", file.to_str().unwrap()];
    args.extend_from_slice(extra);
    j.ok(&args);
    file
}

/// `text` with every UUID replaced by `UUID`.
fn without_uuids(text: &[u8]) -> String {
    let text = String::from_utf8(text.to_vec()).unwrap();
    let shape = |s: &str| {
        s.len() == 36
            && s.char_indices().all(|(i, c)| match i {
                8 | 13 | 18 | 23 => c == '-',
                _ => c.is_ascii_hexdigit(),
            })
    };
    let mut out = String::new();
    let mut i = 0;
    while i < text.len() {
        if text.is_char_boundary(i) && text.get(i..i + 36).is_some_and(shape) {
            out.push_str("UUID");
            i += 36;
        } else {
            let c = text[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

fn read_json(path: &Path) -> Value {
    serde_json::from_slice(&bytes(path)).unwrap()
}

#[test]
fn export_import_export_gives_identical_json() {
    let a = rich_journal();
    let first = export_to(&a, "first.json", &[]);
    let data = read_json(&first);
    assert_eq!(data["format"], "spiegel-export");
    assert_eq!(data["version"], 3);
    assert_eq!(data["meetings"][0]["kind"], "peer");
    assert_eq!(data["goals"][0]["reason"], "went-too-fast");

    let b = Journal::new();
    let said = b.ok(&["import", first.to_str().unwrap()]);
    assert!(
        said.contains("2 cases, 2 others, 2 reflections, 1 meeting, 1 goal"),
        "{said}"
    );
    let second = export_to(&b, "second.json", &[]);
    assert_eq!(
        String::from_utf8(bytes(&first)).unwrap(),
        String::from_utf8(bytes(&second)).unwrap()
    );
    // And what the user sees is the same too (ids included: a fresh journal).
    assert_eq!(a.json(&["show", "1"]), b.json(&["show", "1"]));
}

#[test]
fn importing_the_same_file_twice_changes_nothing() {
    let a = rich_journal();
    let file = export_to(&a, "a.json", &[]);
    let b = Journal::new();
    b.ok(&["import", file.to_str().unwrap()]);
    let before = b.snapshot();
    let said = b.ok(&["import", file.to_str().unwrap()]);
    assert!(!said.contains("added"), "{said}");
    assert!(!said.contains("updated"), "{said}");
    assert_eq!(b.snapshot(), before);
}

#[test]
fn a_record_changed_on_both_sides_keeps_the_newer_and_says_which() {
    let a = rich_journal();
    let old = export_to(&a, "old.json", &[]);
    let b = Journal::new();
    b.ok(&["import", old.to_str().unwrap()]);

    // Changed in b after the export: b's is newer, the file's is ignored.
    b.ok(&["edit", "1", "--note", "changed in b"]);
    let said = b.ok(&["import", old.to_str().unwrap()]);
    assert!(
        said.contains("kept this journal's reflection John 2026-03-01"),
        "{said}"
    );
    assert_eq!(b.json(&["show", "1"])["note"], "changed in b");

    // Changed in a later still: the file is newer and wins.
    a.ok(&["edit", "1", "--note", "changed in a, later"]);
    let new = export_to(&a, "new.json", &[]);
    let said = b.ok(&["import", new.to_str().unwrap()]);
    assert!(
        said.contains("updated 1 reflection (newer in the file)"),
        "{said}"
    );
    assert_eq!(b.json(&["show", "1"])["note"], "changed in a, later");
}

#[test]
fn a_dry_run_tells_but_writes_nothing() {
    let a = rich_journal();
    let file = export_to(&a, "a.json", &[]);
    let b = Journal::with_john();
    let before = b.snapshot();
    let said = b.ok(&["import", "--dry-run", file.to_str().unwrap()]);
    assert!(said.contains("would import"), "{said}");
    assert!(said.contains("dry run: nothing was written"), "{said}");
    // John exists here with another UUID: the file's John gets another name.
    assert!(said.contains("case John is called John (2) here"), "{said}");
    assert_eq!(b.snapshot(), before);
}

/// Imports `text` into a journal holding John; the import must fail with a
/// one-line error containing `expected`, and the journal must not change.
/// Where there is no journal yet, the same error, and none is made.
fn refused(text: &str, expected: &str) {
    let j = Journal::with_john();
    let file = j.dir.path().join("bad.json");
    std::fs::write(&file, text).unwrap();
    let before = bytes(&j.path);
    let err = j.err(&["import", file.to_str().unwrap()]);
    assert!(err.contains("cannot be imported"), "{err}");
    assert!(err.contains(expected), "expected {expected:?} in {err}");
    assert!(err.contains("nothing was written"), "{err}");
    assert_eq!(bytes(&j.path), before);

    let fresh = Journal::new();
    let again = fresh.err(&["import", file.to_str().unwrap()]);
    assert_eq!(again, err);
    assert!(!fresh.path.exists(), "a refused file made a journal");
}

#[test]
fn bad_files_are_refused_with_the_line_or_field_and_nothing_is_written() {
    let a = rich_journal();
    let good = String::from_utf8(bytes(&export_to(&a, "a.json", &[]))).unwrap();
    let mut v: Value = serde_json::from_str(&good).unwrap();

    // Truncated: the line where it ends.
    refused(&good[..good.len() / 2], "line");
    refused("", "line 1");
    refused("not json at all", "line 1");
    // Another program's JSON, or a newer format.
    refused("{\"hello\": 1}", "format");
    let mut newer = v.clone();
    newer["version"] = 4.into();
    refused(&newer.to_string(), "format version 4");
    // A field of the wrong type names its line.
    refused(
        &good.replacen("\"completed\": false", "\"completed\": \"no\"", 1),
        "line",
    );
    // An impossible date, an unknown reference, an unknown code: the field.
    v["cases"][0]["reflections"][0]["date"] = "2026-02-30".into();
    refused(&v.to_string(), "cases[0].reflections[0].date");
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["cases"][0]["reflections"][0]["present"][0] = "00000000-0000-4000-8000-000000000000".into();
    refused(&v.to_string(), "cases[0].reflections[0].present[0]");
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["cases"][0]["reflections"][0]["stalls"][0]["reasons"][0] = "no-such-reason".into();
    refused(
        &v.to_string(),
        "cases[0].reflections[0].stalls[0].reasons[0]",
    );
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["goals"][0]["reason"] = "gone".into();
    refused(&v.to_string(), "goals[0].reason");
    let mut v: Value = serde_json::from_str(&good).unwrap();
    v["cases"][1]["uuid"] = v["cases"][0]["uuid"].clone();
    refused(&v.to_string(), "appears twice");
}

#[test]
fn an_import_is_one_change_for_undo() {
    let a = rich_journal();
    let file = export_to(&a, "a.json", &[]);
    let b = Journal::new();
    b.ok(&["case", "add", "Bram"]);
    let before = b.snapshot();
    b.ok(&["import", file.to_str().unwrap()]);
    let said = b.ok(&["undo"]);
    assert!(said.contains("added reason rushed-the-ending"), "{said}");
    assert!(said.contains("more"), "{said}");
    assert_eq!(b.snapshot(), before);
}

#[test]
fn anonymized_exports_use_codes_and_drop_free_text() {
    let a = rich_journal();
    let file = export_to(&a, "anon.json", &["--anonymize"]);
    let text = String::from_utf8(bytes(&file)).unwrap();
    for secret in [
        "John",
        "Levi",
        "Maarten",
        "Anouk",
        "laughed —",
        "closeness",
        "youth care",
        "intervisie",
        "Stay with the silence",
    ] {
        assert!(!text.contains(secret), "{secret} leaked");
    }
    let v: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["anonymized"], true);
    assert_eq!(v["cases"][0]["name"], "C01");
    assert_eq!(v["cases"][0]["others"][1]["name"], "P02");
    // Stable: the same journal gives the same codes (but fresh UUIDs,
    // issue 10.20: see safe_text.rs).
    let again = export_to(&a, "anon2.json", &["--anonymize"]);
    assert_ne!(bytes(&again), bytes(&file));
    assert_eq!(without_uuids(&bytes(&again)), without_uuids(&bytes(&file)));

    // A peer group pools anonymized exports: it imports.
    let pool = Journal::new();
    pool.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(pool.json(&["list"])[0]["case"], "C01");

    // --keep-notes keeps them, and warns.
    let out = a
        .cmd(&["export", "--anonymize", "--keep-notes"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("so did I"));
    assert!(String::from_utf8_lossy(&out.stderr).contains("may still name people"));
}

/// Issue 16.9: the CSV names each reflection by the id `list`, `show` and
/// `edit` use, beside its UUID. An anonymised CSV leaves it empty: like the
/// UUIDs it replaces, the journal's own number would link a row back.
#[test]
fn csv_gives_the_id_list_shows_beside_the_uuid() {
    let a = rich_journal();
    let listed = a.json(&["list", "--limit", "0"]);
    let id_of: std::collections::HashMap<String, String> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["uuid"].as_str().unwrap().to_string(), r["id"].to_string()))
        .collect();
    assert_eq!(id_of.len(), 2, "{listed}");
    let rows = |args: &[&str]| -> Vec<csv::StringRecord> {
        let csv = a.ok(args);
        let mut reader = csv::Reader::from_reader(csv.as_bytes());
        reader.records().map(Result::unwrap).collect()
    };
    let mut seen = std::collections::HashSet::new();
    for row in rows(&["export", "--format", "csv"]) {
        assert_eq!(id_of[&row[1]], &row[0], "{row:?}");
        seen.insert(row[0].to_string());
    }
    assert_eq!(seen.len(), id_of.len(), "every reflection");
    for row in rows(&["export", "--format", "csv", "--anonymize"]) {
        assert_eq!(&row[0], "", "{row:?}");
        assert!(!id_of.contains_key(&row[1]), "{row:?}");
    }
}

#[test]
fn csv_has_one_row_per_stall_reason_and_markdown_reads_like_a_journal() {
    let a = rich_journal();
    let csv = a.ok(&["export", "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    let header: Vec<String> = reader.headers().unwrap().iter().map(String::from).collect();
    assert_eq!(header[..3], ["id", "reflection", "case"]);
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    // 3 stall reasons in the first reflection, one row for the second.
    assert_eq!(rows.len(), 4);
    assert_eq!(&rows[0][7], "3");
    assert_eq!(&rows[0][8], "rushed-the-ending");
    assert!(rows[0][11].contains("Second line."));

    let md = a.ok(&["export", "--format", "md"]);
    assert!(md.contains("## John"), "{md}");
    assert!(
        md.contains("### 2026-03-01 · Levi, Maarten · video"),
        "{md}"
    );
    assert!(md.contains("> John joked"), "{md}");
    assert!(
        md.contains("**Question for supervision:** Why do I laugh along?"),
        "{md}"
    );
    assert!(md.contains("## Supervision meetings"), "{md}");

    // --since keeps later reflections only.
    let v: Value = serde_json::from_str(&a.ok(&["export", "--since", "2026-03-02"])).unwrap();
    assert_eq!(v["cases"].as_array().unwrap().len(), 1);
    assert_eq!(v["cases"][0]["reflections"].as_array().unwrap().len(), 1);
}

#[cfg(unix)]
#[test]
fn export_files_are_private_and_never_overwritten() {
    use std::os::unix::fs::PermissionsExt;
    let a = rich_journal();
    let file = export_to(&a, "a.json", &[]);
    assert_eq!(
        std::fs::metadata(&file).unwrap().permissions().mode() & 0o777,
        0o600
    );
    let before = bytes(&file);
    let err = a.err(&["export", "-o", file.to_str().unwrap()]);
    assert!(err.contains("already exists"), "{err}");
    assert_eq!(bytes(&file), before);
}

#[test]
fn stdout_and_file_exports_are_the_same_bytes() {
    let a = rich_journal();
    for (i, extra) in [
        &["--format", "json"][..],
        &["--format", "csv"],
        &["--format", "md"],
        &["--anonymize"],
        &["--anonymize", "--keep-notes", "--format", "md"],
        &["--since", "2026-03-02", "--format", "csv"],
    ]
    .into_iter()
    .enumerate()
    {
        let file = export_to(&a, &format!("{i}.out"), extra);
        let mut args = vec!["export"];
        args.extend_from_slice(extra);
        // (Anonymized exports get fresh UUIDs each time.)
        assert_eq!(
            without_uuids(a.ok(&args).as_bytes()),
            without_uuids(&bytes(&file)),
            "{extra:?}"
        );
        if !extra.contains(&"--anonymize") {
            assert_eq!(a.ok(&args).into_bytes(), bytes(&file), "{extra:?}");
        }
    }
}

#[test]
fn anonymous_codes_are_as_wide_as_the_exported_cases_need() {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1000", "--seed", "1"]);
    let all: Value = serde_json::from_str(&j.ok(&["export", "--anonymize"])).unwrap();
    let cases = all["cases"].as_array().unwrap();
    let n = cases.len();
    assert!((100..1000).contains(&n), "{n} cases");
    assert_eq!(cases[0]["name"], "C001");
    assert_eq!(cases[n - 1]["name"], format!("C{n:03}"));
    let others: usize = cases
        .iter()
        .map(|c| c["others"].as_array().unwrap().len())
        .sum();
    assert!((100..1000).contains(&others), "{others} others");
    assert_eq!(cases[0]["others"][0]["name"], "P001");
    let last = cases[n - 1]["others"].as_array().unwrap().last().unwrap();
    assert_eq!(last["name"], format!("P{others:03}"));

    // Fewer cases since a later date: narrower codes.
    let dates: Vec<&str> = cases
        .iter()
        .flat_map(|c| c["reflections"].as_array().unwrap())
        .map(|r| r["date"].as_str().unwrap())
        .collect();
    let latest = dates.iter().max().unwrap();
    let some: Value =
        serde_json::from_str(&j.ok(&["export", "--anonymize", "--since", latest])).unwrap();
    let cases = some["cases"].as_array().unwrap();
    assert!(!cases.is_empty() && cases.len() < 10, "{}", cases.len());
    assert_eq!(cases[0]["name"], "C01");
}

#[test]
fn an_export_that_cannot_be_written_leaves_nothing_behind() {
    let a = rich_journal();
    let missing = a.dir.path().join("no such folder").join("a.json");
    let err = a.err(&["export", "-o", missing.to_str().unwrap()]);
    assert!(err.contains("could not write in"), "{err}");
    assert!(!missing.parent().unwrap().exists());
}

/// The files in the journal's folder besides the journal itself.
fn strays(j: &Journal) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(j.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.starts_with("journal.db") && n != "data" && n != "config")
        .collect();
    names.sort();
    names
}

#[test]
fn a_journal_that_fails_halfway_through_an_export_leaves_no_file() {
    // Exports are written as they are read: a case that cannot be read
    // comes after others were already written.
    let a = rich_journal();
    let conn = rusqlite::Connection::open(&a.path).unwrap();
    conn.execute_batch("UPDATE \"case\" SET setting = CAST(X'FF41' AS TEXT) WHERE name = 'Anouk';")
        .unwrap();
    drop(conn);
    let before = strays(&a);
    for format in ["json", "csv", "md"] {
        let file = a.dir.path().join(format!("a.{format}"));
        let err = a.err(&["export", "--format", format, "-o", file.to_str().unwrap()]);
        assert!(err.contains("utf-8"), "{err}");
        assert!(!file.exists(), "{format}");
        assert_eq!(strays(&a), before, "a temporary file was left");

        // On stdout what was written stays written, and it says so.
        let out = a.cmd(&["export", "--format", format]).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{format}");
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert!(
            stderr.starts_with("error: ") && stderr.contains("utf-8"),
            "{stderr}"
        );
    }
}

#[test]
fn a_closed_pipe_ends_an_export_quietly() {
    let j = Journal::with_long_notes();
    for format in ["json", "csv", "md"] {
        let (success, stderr) = j.hang_up_after_one_byte(&["export", "--format", format]);
        assert!(success, "{format}: {stderr}");
        assert!(stderr.is_empty(), "{format}: {stderr}");
    }
}

/// An export of a demo journal with a few hundred cases, as spiegel writes
/// it (keys in its own order: the file is read once, as a stream).
fn demo_export() -> (Journal, String) {
    let j = Journal::new();
    j.ok(&["demo", "--reflections", "1000", "--seed", "1"]);
    let file = export_to(&j, "demo.json", &[]);
    let text = String::from_utf8(bytes(&file)).unwrap();
    (j, text)
}

#[test]
fn an_error_in_the_last_case_of_a_big_file_leaves_the_journal_untouched() {
    let (_demo, good) = demo_export();
    let v: Value = serde_json::from_str(&good).unwrap();
    let cases = v["cases"].as_array().unwrap();
    assert!(cases.len() > 100, "{} cases", cases.len());
    // The file's last reflection: in the last case that has any.
    let (i, case) = cases
        .iter()
        .enumerate()
        .rfind(|(_, c)| !c["reflections"].as_array().unwrap().is_empty())
        .unwrap();
    let last = case["reflections"].as_array().unwrap().len() - 1;
    let at = good.rfind("\"date\": \"").unwrap() + "\"date\": \"".len();
    let bad = format!("{}2026-02-30{}", &good[..at], &good[at + 10..]);
    refused(&bad, &format!("cases[{i}].reflections[{last}].date"));
    // Truncated just before its end: the JSON error comes after every case
    // was read, and still nothing is written.
    refused(&good[..good.len() - 20], "line");
}

#[test]
fn a_uuid_in_two_cases_is_refused() {
    let (_demo, good) = demo_export();
    let v: Value = serde_json::from_str(&good).unwrap();
    let first = v["cases"][0]["reflections"][0]["uuid"].as_str().unwrap();
    let second = &v["cases"][1]["reflections"][0]["uuid"];
    let bad = good.replace(second.as_str().unwrap(), first);
    refused(&bad, "cases[1].reflections[0].uuid");
    refused(&bad, "appears twice");
    // A case with the UUID of a reflection of another case, too.
    let case = v["cases"][5]["uuid"].as_str().unwrap();
    refused(&good.replace(case, first), "cases[5].uuid");
}

#[test]
fn keys_in_another_order_import_the_same() {
    let a = rich_journal();
    let first = export_to(&a, "first.json", &[]);
    // serde_json's Value writes the keys in alphabetical order: the cases
    // come before the format, the reasons and the version.
    let sorted = a.dir.path().join("sorted.json");
    std::fs::write(&sorted, read_json(&first).to_string()).unwrap();
    let text = String::from_utf8(bytes(&sorted)).unwrap();
    assert!(text.find("\"cases\"") < text.find("\"format\""), "{text}");

    let b = Journal::new();
    let said = b.ok(&["import", sorted.to_str().unwrap()]);
    assert!(
        said.contains("2 cases, 2 others, 2 reflections, 1 meeting, 1 goal"),
        "{said}"
    );
    let second = export_to(&b, "second.json", &[]);
    assert_eq!(bytes(&first), bytes(&second));

    // The format is checked before anything else, wherever it is.
    let mut v = read_json(&first);
    v["format"] = "something-else".into();
    v["cases"][0]["reflections"][0]["date"] = "2026-02-30".into();
    refused(&v.to_string(), "format: not \"spiegel-export\"");
    let mut v = read_json(&first);
    v["version"] = 4.into();
    refused(&v.to_string(), "format version 4");
    // And the fields are named as before.
    let mut v = read_json(&first);
    v["cases"][0]["reflections"][0]["stalls"][1]["reasons"][1] = "no-such-reason".into();
    refused(
        &v.to_string(),
        "cases[0].reflections[0].stalls[1].reasons[1]",
    );
}

#[test]
fn a_dry_run_of_a_big_file_writes_nothing() {
    let (demo, _) = demo_export();
    let file = demo.dir.path().join("demo.json");
    let j = Journal::with_john();
    let before = bytes(&j.path);
    let snapshot = j.snapshot();
    let said = j.ok(&["import", "--dry-run", file.to_str().unwrap()]);
    assert!(said.contains("would import"), "{said}");
    assert!(said.contains("reflections"), "{said}");
    assert_eq!(bytes(&j.path), before);
    assert_eq!(j.snapshot(), snapshot);
    // And the real import says the same numbers.
    let done = j.ok(&["import", file.to_str().unwrap()]);
    let numbers = |s: &str| {
        s.split_once(": ")
            .unwrap()
            .1
            .lines()
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(numbers(&said), numbers(&done));
}

/// Issue 11: the export's Markdown escapes the user's words as the
/// supervision page does, so a note reads as typed, not as markup.
#[test]
fn markdown_export_shows_the_users_words_as_typed_not_as_markup() {
    let j = Journal::new();
    j.ok(&["case", "add", "Jo_hn", "--setting", "*clinic*"]);
    j.ok(&["other", "add", "Jo_hn", "Le<vi>", "--role", "friend"]);
    j.ok(&[
        "add",
        "Jo_hn",
        "--with",
        "Le<vi>",
        "--stall",
        "7:laughed-along",
        "--note",
        "*sigh* # not a heading [link](x)",
        "--ask",
        "Why `this`?",
    ]);
    let md = j.ok(&["export", "--format", "md"]);
    assert!(md.contains("## Jo\\_hn"), "{md}");
    assert!(md.contains("\\*clinic\\*"), "{md}");
    assert!(md.contains("Le\\<vi\\>"), "{md}");
    assert!(
        md.contains("> \\*sigh\\* \\# not a heading \\[link\\](x)"),
        "{md}"
    );
    assert!(md.contains("Why \\`this\\`?"), "{md}");
}

/// Issue 16.9: `import -` reads the export from standard input, into a new
/// journal and into one that has it already (nothing twice); an empty
/// standard input is a one-line error that says what to pipe, in the
/// language spoken, and writes nothing.
#[test]
fn import_dash_reads_stdin_and_says_so_when_nothing_came() {
    let a = rich_journal();
    let export = a.ok(&["export"]);
    let b = Journal::new();
    let import = |j: &Journal, input: &str| {
        let mut cmd = j.cmd(&["import", "-"]);
        cmd.write_stdin(input.to_string());
        cmd
    };
    let uuids = |j: &Journal| {
        let listed = j.json(&["list", "--limit", "0"]);
        let mut uuids: Vec<String> = listed
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["uuid"].as_str().unwrap().to_string())
            .collect();
        uuids.sort();
        uuids
    };
    let out = import(&b, &export).output().unwrap();
    assert!(out.status.success(), "{out:?}");
    assert_eq!(uuids(&b).len(), 2);
    assert_eq!(uuids(&b), uuids(&a));
    // The same again: every record is there already.
    let out = import(&b, &export).output().unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("unchanged"),
        "{out:?}"
    );
    assert_eq!(uuids(&b), uuids(&a));

    let c = Journal::new();
    for (input, lang, words) in [
        ("", "en", "nothing came in on standard input"),
        ("  \n\t\n", "en", "spiegel export | spiegel --db"),
        ("", "nl", "er kwam niets binnen op standaardinvoer"),
    ] {
        let mut cmd = import(&c, input);
        cmd.env("SPIEGEL_LANG", lang);
        let err = fails_with(cmd, &["import", "-"], 2);
        assert!(err.contains(words), "{err}");
        assert!(!c.path.exists(), "no journal made for nothing");
        let mut cmd = import(&b, input);
        cmd.env("SPIEGEL_LANG", lang);
        fails_with(cmd, &["import", "-"], 2);
    }
    assert_eq!(uuids(&b), uuids(&a));
}

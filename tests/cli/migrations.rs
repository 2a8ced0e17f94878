//! Upgrading: a journal left by an older spiegel, at each earlier schema
//! version and holding the data that version could hold, opens in this one
//! with every row intact, at the latest version.
//!
//! Each journal is built the way that older spiegel built it: the real
//! `schema/NNN_*.sql` files up to version k, each followed by
//! `PRAGMA user_version = n` and the application id (as
//! `src/store/migrate.rs` records them), then rows inserted with plain SQL
//! valid at k. The undo log (from schema 3 on) is written by that version's
//! own triggers: a reflection deleted in an open batch. Then the real binary
//! upgrades it on first use, and reads it back.

use std::path::{Path, PathBuf};

use rusqlite::Connection;
use rusqlite::types::ValueRef;
use serde_json::{Value, json};

use crate::support::{Journal, by_code};

/// `PRAGMA application_id`: "SPGL".
const APPLICATION_ID: i64 = 0x5350_474C;

/// One timestamp for every row, so that the JSON is fixed.
const STAMP: &str = "2026-03-01T10:00:00.000Z";

/// [`STAMP`] as the JSON gives it (milliseconds only when not zero).
const JSON_STAMP: &str = "2026-03-01T10:00:00Z";

/// The schema files, in order: the versions this spiegel knows.
fn schema_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("schema");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "sql"))
        .collect();
    files.sort();
    files
}

fn latest() -> usize {
    schema_files().len()
}

/// The versions below the latest that have a test of their own here.
const TESTED: &[usize] = &[
    1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
];

#[test]
fn every_earlier_version_has_an_upgrade_test() {
    let files = schema_files();
    for (i, file) in files.iter().enumerate() {
        let name = file.file_name().unwrap().to_string_lossy();
        assert!(
            name.starts_with(&format!("{:03}_", i + 1)),
            "schema files are numbered 001, 002, … without gaps: {name}"
        );
    }
    let earlier: Vec<usize> = (1..files.len()).collect();
    assert_eq!(
        TESTED, earlier,
        "a new schema file: add an upgrade test from the version before it (tests/cli/migrations.rs)"
    );
}

/// A journal at exactly `version`, as that spiegel left it.
fn journal_at(version: usize) -> Journal {
    let j = Journal::new();
    let conn = Connection::open(&j.path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    for (i, file) in schema_files()[..version].iter().enumerate() {
        let sql = std::fs::read_to_string(file).unwrap();
        conn.execute_batch(&format!("BEGIN; {sql}\nCOMMIT;"))
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        conn.pragma_update(None, "user_version", i as i64 + 1)
            .unwrap();
        conn.pragma_update(None, "application_id", APPLICATION_ID)
            .unwrap();
    }
    fill(&conn, version);
    j
}

/// The data a journal at `version` holds: two cases (one closed), others,
/// reflections with presence, resistance, stalls (a built-in and an own
/// reason), questions (one answered); from 2 a meeting and a goal; from 3 a
/// deleted reflection in the undo log.
fn fill(conn: &Connection, version: usize) {
    let s = format!("'{STAMP}'");
    conn.execute_batch(&format!(
        "INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps, builtin, retired, created_at, updated_at)
             VALUES ('u-tired', 'too-tired', 'self', 'Too tired to insist', 'Te moe om door te zetten', '0,7', 0, 0, {s}, {s}),
                    ('u-old', 'old-reason', 'client', 'An old reason', 'Een oude reden', '', 0, 1, {s}, {s});
         INSERT INTO \"case\" (id, uuid, name, name_key, setting, cohabiting, opened_on, closed_on, outcome, created_at, updated_at)
             VALUES (1, 'c-john', 'John', 'john', 'addiction clinic', 0, '2026-01-01', NULL, NULL, {s}, {s}),
                    (2, 'c-petra', 'Petra', 'petra', NULL, NULL, '2026-01-10', '2026-03-01', 'system-involved', {s}, {s});
         INSERT INTO other (id, uuid, case_id, name, name_key, role, created_at, updated_at)
             VALUES (1, 'o-levi', 1, 'Levi', 'levi', 'friend', {s}, {s}),
                    (2, 'o-maarten', 1, 'Maarten', 'maarten', 'colleague', {s}, {s}),
                    (3, 'o-kees', 2, 'Kees', 'kees', 'partner', {s}, {s});
         INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at)
             VALUES (1, 'r-1', 1, '2026-02-02', 'in-person', 0, 'John joked; so did I.', {s}, {s}),
                    (2, 'r-2', 1, '2026-02-09', 'video', 1, 'Levi came, and Maarten.
Two lines, ünïcode.', {s}, {s}),
                    (3, 'r-3', 2, '2026-02-16', 'phone', 0, 'Kees stayed polite.', {s}, {s});
         INSERT INTO presence (reflection_id, other_id) VALUES (2, 1), (2, 2), (3, 3);
         INSERT INTO reflection_resistance (reflection_id, resistance)
             VALUES (1, 'no-one-left'), (1, 'my-own-problem'), (3, 'they-wont-come');
         INSERT INTO stall (reflection_id, step, reason_id)
             SELECT 1, 7, id FROM reason WHERE code IN ('laughed-along', 'did-not-mirror')
             UNION ALL SELECT 1, 0, id FROM reason WHERE code = 'too-tired'
             UNION ALL SELECT 3, 2, id FROM reason WHERE code = 'did-not-stoke';
         INSERT INTO question (id, uuid, reflection_id, text, answer, answered_on, created_at, updated_at)
             VALUES (1, 'q-1', 1, 'Why do I laugh along?', NULL, NULL, {s}, {s}),
                    (2, 'q-2', 3, 'How do I stoke?', 'Ask what it costs him.', '2026-03-01', {s}, {s});"
    ))
    .unwrap();
    if version >= 2 {
        conn.execute_batch(&format!(
            "INSERT INTO meeting (id, uuid, held_on, kind, with_whom, note, created_at, updated_at)
                 VALUES (1, 'm-1', '2026-03-01', 'peer', 'the intervision group', 'Laughing along.', {s}, {s});
             INSERT INTO goal (id, uuid, text, reason_id, since, done_on, created_at, updated_at)
                 SELECT 1, 'g-1', 'Mirror instead of laughing', id, '2026-03-01', NULL, {s}, {s}
                 FROM reason WHERE code = 'laughed-along';"
        ))
        .unwrap();
    }
    if version >= 3 {
        // As that spiegel deleted a reflection: in an open batch, with its
        // own triggers writing the inverse statements, then closed.
        conn.execute_batch(&format!(
            "INSERT INTO reflection (id, uuid, case_id, session_on, medium, completed, note, created_at, updated_at)
                 VALUES (4, 'r-4', 2, '2026-02-23', 'in-person', 0, 'Deleted, then undone.', {s}, {s});
             INSERT INTO presence (reflection_id, other_id) VALUES (4, 3);
             INSERT INTO stall (reflection_id, step, reason_id)
                 SELECT 4, 5, id FROM reason WHERE code = 'spoke-for-them';
             INSERT INTO undo_batch (open, created_at) VALUES (1, {s});
             UPDATE reason SET retired = 1 WHERE code = 'accepted-refusal';
             UPDATE undo_batch SET open = 0 WHERE open;
             INSERT INTO undo_batch (open, created_at) VALUES (1, {s});
             DELETE FROM reflection WHERE id = 4;
             UPDATE undo_batch SET open = 0 WHERE open;"
        ))
        .unwrap();
    }
}

/// The two built-in reasons the upgrade words anew (issue 14), old and new
/// Dutch label.
const RELABELLED: [(&str, &str); 2] = [
    (
        "Weigering te snel geaccepteerd (liet me afschepen)",
        "Me te snel laten afschepen",
    ),
    (
        "Ongenoegen van de ander niet helpen uiten (niet gestookt)",
        "De ander niet geholpen zijn ongenoegen te uiten (niet 'gestookt')",
    ),
];

/// The version whose migration words them anew.
fn relabelling_version() -> usize {
    schema_files()
        .iter()
        .position(|f| f.to_string_lossy().ends_with("_reason_labels.sql"))
        .expect("the migration that words two built-in reasons anew")
        + 1
}

/// A row of [`rows`] as the upgrade leaves it: the two built-in reasons
/// worded anew, in their rows and in the undo log's inverse statements
/// (as text, or as its bytes in hex in the lossless form).
fn relabelled(row: &str) -> String {
    let hex = |s: &str| s.bytes().map(|b| format!("{b:02X}")).collect::<String>();
    let mut row = row.to_string();
    for (old, new) in RELABELLED {
        row = row.replace(old, new).replace(&hex(old), &hex(new));
    }
    row
}

/// The tables `conn` holds (but SQLite's own), each with its columns.
fn tables(conn: &Connection) -> Vec<(String, Vec<String>)> {
    let mut stmt = conn
        .prepare(
            // The search index's own pages and format version are derived
            // from the texts (an upgrade may rewrite them); its texts are
            // compared.
            "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
               AND name NOT IN ('search_data', 'search_idx', 'search_config') ORDER BY name",
        )
        .unwrap();
    let names: Vec<String> = stmt
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    names
        .into_iter()
        .map(|table| {
            let columns = conn
                .prepare("SELECT name FROM pragma_table_info(?1)")
                .unwrap()
                .query_map([&table], |r| r.get(0))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            (table, columns)
        })
        .collect()
}

/// Every row of `tables` in `conn` (as the older version had them: a column
/// added since is left out), as text, to compare before and after the
/// upgrade.
fn rows(conn: &Connection, tables: &[(String, Vec<String>)]) -> Vec<String> {
    let mut all = Vec::new();
    for (table, columns) in tables {
        let columns: Vec<String> = columns.iter().map(|c| format!("\"{c}\"")).collect();
        // The first two columns order the rows (a table of one column, as
        // the search index has, by that one).
        let order = if columns.len() > 1 { "1, 2" } else { "1" };
        let mut stmt = conn
            .prepare(&format!(
                "SELECT {} FROM \"{table}\" ORDER BY {order}",
                columns.join(", ")
            ))
            .unwrap();
        let columns = stmt.column_count();
        let found = stmt
            .query_map([], |row| {
                let values: Vec<String> = (0..columns)
                    .map(|i| match row.get_ref(i).unwrap() {
                        ValueRef::Text(text) => format!("{:?}", String::from_utf8_lossy(text)),
                        value => format!("{value:?}"),
                    })
                    .collect();
                Ok(format!("{table}: {}", values.join(" | ")))
            })
            .unwrap()
            .map(Result::unwrap);
        all.extend(found);
    }
    all
}

fn pragma(path: &Path, name: &str) -> i64 {
    let conn = Connection::open(path).unwrap();
    conn.query_row(&format!("PRAGMA {name}"), [], |r| r.get(0))
        .unwrap()
}

/// What `list --json` shows of the three reflections every version holds.
fn expected_list() -> Value {
    let reflection = |id: i64, case: &str, date: &str, medium: &str| {
        json!({
            "id": id, "uuid": format!("r-{id}"), "case": case, "date": date, "medium": medium,
            "created_at": JSON_STAMP, "updated_at": JSON_STAMP,
            // Schema 8's column: nothing went well on record before it.
            "went_well": "",
        })
    };
    let mut three = reflection(3, "Petra", "2026-02-16", "phone");
    let mut two = reflection(2, "John", "2026-02-09", "video");
    let mut one = reflection(1, "John", "2026-02-02", "in-person");
    for (r, extra) in [
        (
            &mut three,
            json!({
                "present": ["Kees"], "resistance": ["they-wont-come"],
                "stalls": [{"step": 2, "reasons": ["did-not-stoke"]}],
                "completed": false, "note": "Kees stayed polite.",
                "question": {"id": 2, "uuid": "q-2", "text": "How do I stoke?",
                             "answer": "Ask what it costs him.", "answered_on": "2026-03-01"},
            }),
        ),
        (
            &mut two,
            json!({
                "present": ["Levi", "Maarten"], "resistance": [], "stalls": [],
                "completed": true, "note": "Levi came, and Maarten.\nTwo lines, ünïcode.",
                "question": null,
            }),
        ),
        (
            &mut one,
            json!({
                "present": [], "resistance": ["no-one-left", "my-own-problem"],
                "stalls": [{"step": 0, "reasons": ["too-tired"]},
                           {"step": 7, "reasons": ["did-not-mirror", "laughed-along"]}],
                "completed": false, "note": "John joked; so did I.",
                "question": {"id": 1, "uuid": "q-1", "text": "Why do I laugh along?",
                             "answer": null, "answered_on": null},
            }),
        ),
    ] {
        for (key, value) in extra.as_object().unwrap() {
            r[key] = value.clone();
        }
    }
    json!([three, two, one])
}

/// Upgrades a journal at `version` with the real binary and checks that
/// everything it held came through.
fn upgrades_intact_from(version: usize) {
    let j = journal_at(version);
    let old = Connection::open(&j.path).unwrap();
    let old_tables = tables(&old);
    let before = rows(&old, &old_tables);
    drop(old);
    assert_eq!(pragma(&j.path, "user_version"), version as i64);

    // The first command upgrades; `check` then finds all well.
    let checked = j.ok(&["check", "--full"]);
    assert!(
        checked.contains(&format!("version {}", latest())),
        "from version {version}: {checked}"
    );
    assert_eq!(pragma(&j.path, "user_version"), latest() as i64);
    assert_eq!(pragma(&j.path, "application_id"), APPLICATION_ID);

    // Not one row lost or changed (tables the old version had), but the
    // two built-in reasons' Dutch wording.
    let before: Vec<String> = if version < relabelling_version() {
        before.iter().map(|r| relabelled(r)).collect()
    } else {
        before
    };
    let conn = Connection::open(&j.path).unwrap();
    let after = rows(&conn, &old_tables);
    let missing: Vec<&String> = before.iter().filter(|r| !after.contains(r)).collect();
    assert!(
        missing.is_empty(),
        "from version {version}, rows lost or changed by the upgrade: {missing:#?}"
    );
    drop(conn);

    // And the commands read it all back.
    let mut list = j.json(&["list", "--limit", "0"]);
    if let Some(all) = list.as_array_mut() {
        // The reflection the undo log holds is not there (yet).
        assert!(all.iter().all(|r| r["id"] != 4), "from version {version}");
    }
    assert_eq!(list, expected_list(), "from version {version}: list --json");

    let shown = j.ok(&["show", "2"]);
    assert!(
        shown.contains("Levi, Maarten") && shown.contains("Two lines, ünïcode."),
        "from version {version}: {shown}"
    );

    let petra = j.json(&["case", "show", "Petra"]);
    assert_eq!(petra["uuid"], "c-petra", "from version {version}");
    assert_eq!(petra["opened_on"], "2026-01-10", "from version {version}");
    assert_eq!(petra["closed_on"], "2026-03-01", "from version {version}");
    assert_eq!(
        petra["outcome"], "system-involved",
        "from version {version}"
    );
    assert_eq!(petra["others"][0]["name"], "Kees", "from version {version}");
    // The journal's own case: no practitioner code (issue 17).
    assert_eq!(petra["practitioner"], Value::Null, "from version {version}");
    assert_eq!(
        petra["others"][0]["role"], "partner",
        "from version {version}"
    );
    let john = j.json(&["case", "show", "John"]);
    assert_eq!(
        john["setting"], "addiction clinic",
        "from version {version}"
    );
    assert_eq!(john["cohabiting"], false, "from version {version}");
    let others: Vec<&Value> = john["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| &o["role"])
        .collect();
    assert_eq!(others, ["friend", "colleague"], "from version {version}");

    let questions = j.json(&["questions", "--all"]);
    assert_eq!(
        questions.as_array().map(Vec::len),
        Some(2),
        "from version {version}: {questions}"
    );

    let reasons = j.json(&["reasons", "--all"]);
    let own = by_code(&reasons, "too-tired")
        .unwrap_or_else(|| panic!("from version {version}: {reasons}"));
    assert_eq!(own["label_nl"], "Te moe om door te zetten");
    // The built-in reasons in the Dutch practitioners speak; the English
    // stays.
    let accepted = by_code(&reasons, "accepted-refusal").unwrap();
    assert_eq!(accepted["label_en"], "Accepted the refusal too quickly");
    for (code, (_, new)) in ["accepted-refusal", "did-not-stoke"].iter().zip(RELABELLED) {
        let reason = by_code(&reasons, code).unwrap();
        assert_eq!(reason["label_nl"], new, "from version {version}");
    }

    let patterns = j.json(&["patterns", "--min-cases", "1"]);
    assert_eq!(patterns["reflections"], 3, "from version {version}");
    assert_eq!(patterns["cases"], 2, "from version {version}");
    let count = |code: &str| by_code(&patterns["reasons"], code).map(|r| r["count"].clone());
    assert_eq!(count("laughed-along"), Some(json!(1)), "{patterns}");
    assert_eq!(count("too-tired"), Some(json!(1)), "{patterns}");

    if version >= 2 {
        let goals = j.json(&["goal", "list"]);
        assert_eq!(
            goals[0]["text"], "Mirror instead of laughing",
            "from version {version}: {goals}"
        );
        let meetings = j.json(&["supervision", "list"]);
        assert_eq!(
            meetings[0]["with"], "the intervision group",
            "from version {version}: {meetings}"
        );
        assert_eq!(meetings[0]["note"], "Laughing along.");
    }

    if version >= 3 {
        // The delete the old version recorded can still be undone, whole.
        let said = j.ok(&["undo"]);
        assert!(
            said.contains("deleted reflection 4 (Petra, 2026-02-23)"),
            "from version {version}: {said}"
        );
        let back = j.json(&["show", "4"]);
        assert_eq!(back["uuid"], "r-4", "from version {version}");
        assert_eq!(back["note"], "Deleted, then undone.");
        assert_eq!(back["went_well"], "", "from version {version}");
        assert_eq!(back["present"], json!(["Kees"]));
        assert_eq!(
            back["stalls"],
            json!([{"step": 5, "reasons": ["spoke-for-them"]}])
        );
        j.ok(&["check", "--full"]);
    }

    // The search index holds the texts the journal had (the upgrade fills
    // it), and follows the undo above.
    let search = |words: &str| -> Vec<(String, i64)> {
        j.json(&["search", words])
            .as_array()
            .unwrap()
            .iter()
            .map(|h| {
                (
                    h["kind"].as_str().unwrap().to_string(),
                    h["id"].as_i64().unwrap(),
                )
            })
            .collect()
    };
    assert_eq!(
        search("polite"),
        [("note".to_string(), 3)],
        "from version {version}"
    );
    assert_eq!(
        search("costs"),
        [("answer".to_string(), 3)],
        "from version {version}"
    );
    assert_eq!(
        search("unicode"),
        [("note".to_string(), 2)],
        "from version {version}"
    );
    if version >= 2 {
        assert_eq!(search("laughing"), [("meeting".to_string(), 1)]);
    }
    if version >= 3 {
        assert_eq!(
            search("undone"),
            [("note".to_string(), 4)],
            "from version {version}"
        );
    }

    // Schema 8: what went well is kept, and undo gives it back whole,
    // through the triggers the upgrade made.
    let well = "Mirrored at step 7;\n\"how irritating would it be…\"";
    j.ok(&["edit", "2", "--went-well", well]);
    assert_eq!(j.json(&["show", "2"])["went_well"], well);
    j.ok(&["delete", "2", "--yes"]);
    j.ok(&["undo"]);
    assert_eq!(
        j.json(&["show", "2"])["went_well"],
        well,
        "from version {version}"
    );
    j.ok(&["undo"]);
    assert_eq!(j.json(&["show", "2"])["went_well"], "");
    j.ok(&["check", "--full"]);

    if version >= 3 {
        // The retire the old version recorded, undone after the upgrade,
        // does not bring the old wording back.
        let said = j.ok(&["undo"]);
        assert!(
            said.contains("accepted-refusal"),
            "from version {version}: {said}"
        );
        let reasons = j.json(&["reasons", "--all"]);
        let reason = by_code(&reasons, "accepted-refusal").unwrap();
        assert_eq!(reason["retired"], false, "from version {version}");
        assert_eq!(
            reason["label_nl"], RELABELLED[0].1,
            "from version {version}"
        );
        j.ok(&["check", "--full"]);
    }

    // Step 0 per person: others recorded before it have no naming date
    // (not known), their first session follows from who took part, and an
    // invitation is recorded and undone through the new triggers.
    let levi = j.json(&["case", "show", "John"])["others"][0].clone();
    assert_eq!(levi["name"], "Levi", "from version {version}");
    assert_eq!(levi["named_on"], Value::Null, "from version {version}");
    assert_eq!(
        levi["first_session"], "2026-02-09",
        "from version {version}"
    );
    assert_eq!(levi["invitations"], json!([]), "from version {version}");
    j.ok(&[
        "invite",
        "John",
        "Levi",
        "--by",
        "me",
        "--date",
        "2026-01-20",
    ]);
    j.ok(&["invite", "John", "Levi", "--answer", "yes"]);
    let levi = j.json(&["case", "show", "John"])["others"][0].clone();
    assert_eq!(
        levi["invitations"][0]["answer"], "yes",
        "from version {version}"
    );
    j.ok(&["undo"]);
    j.ok(&["undo"]);
    let levi = j.json(&["case", "show", "John"])["others"][0].clone();
    assert_eq!(levi["invitations"], json!([]), "from version {version}");
    j.ok(&["check", "--full"]);

    // A question asked of the peer-supervision group: the mark goes back
    // and forth through the triggers the upgrade made, and an undone
    // delete of its reflection gives it back.
    j.ok(&["questions", "edit", "2", "--for-group"]);
    j.ok(&["delete", "3", "--yes"]);
    j.ok(&["undo"]);
    let question = j.json(&["show", "3"])["question"].clone();
    assert_eq!(question["for_group"], true, "from version {version}");
    assert_eq!(question["answer"], "Ask what it costs him.");
    j.ok(&["undo"]);
    let question = j.json(&["show", "3"])["question"].clone();
    assert_eq!(question.get("for_group"), None, "from version {version}");
    j.ok(&["check", "--full"]);
}

macro_rules! from_version {
    ($($name:ident: $version:expr,)*) => {$(
        #[test]
        fn $name() {
            upgrades_intact_from($version);
        }
    )*};
}

from_version! {
    upgrades_from_version_1: 1,
    upgrades_from_version_2: 2,
    upgrades_from_version_3: 3,
    upgrades_from_version_4: 4,
    upgrades_from_version_5: 5,
    upgrades_from_version_6: 6,
    upgrades_from_version_7: 7,
    upgrades_from_version_8: 8,
    upgrades_from_version_9: 9,
    upgrades_from_version_10: 10,
    upgrades_from_version_11: 11,
    upgrades_from_version_12: 12,
    upgrades_from_version_13: 13,
    upgrades_from_version_14: 14,
    upgrades_from_version_15: 15,
    upgrades_from_version_16: 16,
    upgrades_from_version_17: 17,
    upgrades_from_version_18: 18,
    upgrades_from_version_19: 19,
}

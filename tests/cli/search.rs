//! `spiegel search` (issue 16.8): words in notes, what went well, questions,
//! answers and meeting notes, newest first; an index that every write keeps
//! true, and that keeps no word of an erased text.

use serde_json::json;

use crate::support::{Journal, contains, file_and_wal};

/// John with a text of every kind, on three dates.
fn journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-02-02",
        "--note",
        "De oúder lachte mee met Karim; ik ook.",
        "--ask",
        "Why do I laugh along?",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-02-09",
        "--note",
        "Levi came. Karim stayed away.",
        "--went-well",
        "Mirrored the joke at step 7",
    ]);
    j.ok(&[
        "questions",
        "answer",
        "1",
        "--note",
        "Name the laughing along.",
    ]);
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-03-01",
        "--note",
        "We talked about laughing along with Karim.",
    ]);
    j
}

/// `search WORDS… --json` as `(kind, date, id)`.
fn found(j: &Journal, words: &[&str]) -> Vec<(String, String, i64)> {
    let mut args = vec!["search"];
    args.extend(words);
    j.json(&args)
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            (
                h["kind"].as_str().unwrap().to_string(),
                h["date"].as_str().unwrap().to_string(),
                h["id"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn none() -> Vec<(String, String, i64)> {
    Vec::new()
}

fn hit(kind: &str, date: &str, id: i64) -> (String, String, i64) {
    (kind.to_string(), date.to_string(), id)
}

#[test]
fn search_finds_every_kind_of_text_newest_first() {
    let j = journal();
    assert_eq!(
        found(&j, &["Karim"]),
        [
            hit("meeting", "2026-03-01", 1),
            hit("note", "2026-02-09", 2),
            hit("note", "2026-02-02", 1),
        ]
    );
    // Word prefixes; an answer and what went well too.
    assert_eq!(
        found(&j, &["laugh"]),
        [
            hit("meeting", "2026-03-01", 1),
            hit("answer", "2026-02-02", 1),
            hit("question", "2026-02-02", 1),
        ]
    );
    assert_eq!(found(&j, &["mirror"]), [hit("went-well", "2026-02-09", 2)]);
    // Accents and case are ignored, both ways.
    assert_eq!(found(&j, &["OUDER"]), [hit("note", "2026-02-02", 1)]);
    assert_eq!(found(&j, &["oùder"]), [hit("note", "2026-02-02", 1)]);
    // A phrase (the shell took its quotes off) is its words in a row.
    assert_eq!(
        found(&j, &["laughing along", "Karim"]),
        [hit("meeting", "2026-03-01", 1)]
    );
    assert_eq!(found(&j, &["along laughing"]), none());
    // In quotes, a word is exactly that word, no prefix.
    assert_eq!(
        found(&j, &["\"laugh\""]),
        [hit("question", "2026-02-02", 1)]
    );
    assert_eq!(
        found(&j, &["Levi OR ouder"]),
        [hit("note", "2026-02-09", 2), hit("note", "2026-02-02", 1)]
    );
    assert_eq!(
        found(&j, &["Karim", "NOT", "Levi", "NOT", "laugh"]).len(),
        1
    );

    // The case, the period and the limit.
    assert_eq!(found(&j, &["Karim", "--case", "john"]).len(), 2);
    assert_eq!(
        found(
            &j,
            &["Karim", "--since", "2026-02-05", "--until", "2026-02-28"]
        ),
        [hit("note", "2026-02-09", 2)]
    );
    let first = j.json(&["search", "Karim", "--limit", "1"]);
    assert_eq!(
        first,
        json!([{"case": null, "date": "2026-03-01", "id": 1, "kind": "meeting",
                "snippet": "We talked about laughing along with Karim."}])
    );
    let shown = j.ok(&["search", "karim", "--limit", "2"]);
    assert!(shown.contains("the 2 most recent shown"), "{shown}");
    assert_eq!(
        j.json(&["search", "ouder"])[0]["snippet"],
        "De oúder lachte mee met Karim; ik ook."
    );

    // Piped: plain, with case, date, id and kind on the hit's line.
    let out = j.ok(&["search", "stayed"]);
    assert_eq!(
        out,
        "2026-02-09 · John · #2 · note\n    Levi came. Karim stayed away.\n"
    );
    let out = j.ok(&["--lang", "nl", "search", "Karim", "--limit", "0"]);
    assert!(
        out.starts_with("2026-03-01 · supervisiebijeenkomst 1\n"),
        "{out}"
    );
    assert!(out.contains("2026-02-02 · John · #1 · notitie\n"), "{out}");
    assert!(!out.contains('\u{1b}'), "{out}");
    let none = j.ok(&["search", "nergens"]);
    assert!(none.starts_with("Nothing found for nergens."), "{none}");
}

#[test]
fn words_the_index_cannot_read_say_how_to_write_them() {
    let j = journal();
    let err = j.err_usage(&["search", "\"laughing along"]);
    assert!(err.contains("double quote is not closed"), "{err}");
    let err = j.err_usage(&["search", "Karim", "NOT"]);
    assert!(err.contains("end in AND, OR or NOT"), "{err}");
    let err = j.err_usage(&["search", "AND", "Karim"]);
    assert!(err.contains("cannot be read near AND"), "{err}");
    let err = j.err_usage(&["search", "(Karim"]);
    assert!(err.contains("parenthesis"), "{err}");
    let err = j.err_usage(&["search", "--", "-"]);
    assert!(err.contains("no word to search for"), "{err}");
    let err = j.err_usage(&["--lang", "nl", "search", "Karim", "OR"]);
    assert!(err.starts_with("fout: de woorden eindigen op"), "{err}");
    let err = j.err(&["search", "Karim", "--case", "Jon"]);
    assert!(err.contains("John"), "{err}");
    let err = j.err_usage(&["search", "Karim", "--since", "gisteren-ooit"]);
    assert!(err.contains("gisteren-ooit"), "{err}");
}

#[test]
fn every_write_keeps_the_index_true() {
    let j = journal();
    j.ok(&["edit", "2", "--note", "Now about Quinten only."]);
    assert_eq!(found(&j, &["Karim", "--case", "John"]).len(), 1);
    assert_eq!(found(&j, &["Quinten"]), [hit("note", "2026-02-09", 2)]);
    // A new date moves the reflection's texts, its question's too.
    j.ok(&["edit", "1", "--date", "2026-02-16"]);
    assert_eq!(
        found(&j, &["laugh", "--until", "2026-02-28"]),
        [
            hit("answer", "2026-02-16", 1),
            hit("question", "2026-02-16", 1)
        ]
    );
    j.ok(&["delete", "1", "--yes"]);
    assert_eq!(found(&j, &["laugh"]), [hit("meeting", "2026-03-01", 1)]);
    // Undo brings the reflection back with its question, in the index too.
    j.ok(&["undo"]);
    assert_eq!(found(&j, &["laugh"]).len(), 3);
    j.ok(&["undo"]);
    j.ok(&["undo"]);
    assert_eq!(found(&j, &["Karim", "--case", "John"]).len(), 2);
    assert_eq!(found(&j, &["Quinten"]), none());
    assert!(j.ok(&["check"]).starts_with("all is well"));

    // An import fills the other journal's index.
    let file = j.dir.path().join("export.json");
    j.ok(&["export", "-o", file.to_str().unwrap()]);
    let k = Journal::new();
    k.ok(&["import", file.to_str().unwrap()]);
    assert_eq!(found(&k, &["Karim"]), found(&j, &["Karim"]));

    // `case forget` takes its texts out; the meeting stays.
    j.ok(&["case", "forget", "John", "--yes"]);
    assert_eq!(found(&j, &["Karim"]), [hit("meeting", "2026-03-01", 1)]);
    assert!(j.ok(&["check"]).starts_with("all is well"));

    // The demo's journal is indexed and whole.
    let d = Journal::new();
    d.ok(&["demo"]);
    assert!(!found(&d, &["laugh"]).is_empty());
    assert!(d.ok(&["check", "--full"]).starts_with("all is well"));
}

#[test]
fn check_finds_an_index_out_of_step_and_repair_rebuilds_it() {
    let j = journal();
    {
        let conn = rusqlite::Connection::open(&j.path).unwrap();
        conn.execute_batch("DELETE FROM search WHERE rowid = (SELECT max(rowid) FROM search)")
            .unwrap();
    }
    let err = j.err(&["check", "--full"]);
    assert!(
        err.contains("search index is out of step for 1 text"),
        "{err}"
    );
    assert!(err.contains("spiegel check --repair"), "{err}");
    let said = j.ok(&["check", "--repair"]);
    assert!(
        said.contains("rebuilt the search index from the texts (6 texts)"),
        "{said}"
    );
    assert!(said.contains("all is well"), "{said}");
    assert_eq!(found(&j, &["Karim"]).len(), 3);
}

#[test]
fn check_counts_index_rows_without_a_text_and_texts_without_a_row() {
    let j = journal();
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    // A row no text of the journal has the key of.
    conn.execute_batch("INSERT INTO search (rowid, body) VALUES (1, 'Karim zonder tekst')")
        .unwrap();
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("out of step for 1 text"), "{err}");
    // And a text's row gone besides.
    conn.execute_batch("DELETE FROM search WHERE rowid = (SELECT max(rowid) FROM search)")
        .unwrap();
    let err = j.err(&["check", "--full"]);
    assert!(err.contains("out of step for 2 texts"), "{err}");
    drop(conn);
    let said = j.ok(&["check", "--repair"]);
    assert!(said.contains("all is well"), "{said}");
    assert_eq!(found(&j, &["zonder"]), none());
}

/// The index's own pages (FTS5's shadow tables), as bytes.
fn index_bytes(j: &Journal) -> Vec<u8> {
    let conn = rusqlite::Connection::open(&j.path).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT block FROM search_data UNION ALL SELECT CAST(term AS BLOB) FROM search_idx",
        )
        .unwrap();
    let blocks: Vec<Vec<u8>> = stmt
        .query_map([], |r| r.get::<_, Option<Vec<u8>>>(0))
        .unwrap()
        .map(|b| b.unwrap().unwrap_or_default())
        .collect();
    blocks.concat()
}

#[test]
fn erased_text_leaves_no_word_in_the_index_or_the_file() {
    let j = Journal::with_john();
    j.ok(&["case", "add", "Zwaantje"]);
    let words = [
        "Xylofoonkanarie",
        "Wentwellkanarie",
        "Vraagkanarie",
        "Antwoordkanarie",
        "Bewerktkanarie",
    ];
    for i in 0..30 {
        j.ok(&[
            "add",
            "Zwaantje",
            "--note",
            // Many words: the index spans pages, and names them by word.
            &(0..80)
                .map(|k| format!("Xylofoonkanarie{i}x{k}"))
                .collect::<Vec<_>>()
                .join(" "),
            "--went-well",
            &format!("Wentwellkanarie{i}"),
            "--ask",
            &format!("Vraagkanarie{i}?"),
        ]);
        j.ok(&["add", "John", "--note", &format!("Blijfkanarie{i} stays")]);
    }
    j.ok(&["questions", "answer", "1", "--note", "Antwoordkanarie"]);
    // Edited away, then out of the undo history: gone from the index.
    j.ok(&["edit", "2", "--note", "Bewerktkanarie"]);
    j.ok(&["edit", "2", "--note", "Blijfkanarie plain"]);
    let index = index_bytes(&j);
    for word in [
        "xylofoonkanarie",
        "wentwellkanarie",
        "vraagkanarie",
        "antwoordkanarie",
    ] {
        assert!(
            contains(&index, word),
            "the test must see {word} in the index first"
        );
    }
    assert!(
        !contains(&index, "bewerktkanarie"),
        "an edit left its words"
    );

    j.ok(&["case", "forget", "Zwaantje", "--yes"]);
    let index = index_bytes(&j);
    let raw = file_and_wal(&j.path);
    for word in words {
        for form in [word.to_string(), word.to_lowercase()] {
            assert!(!contains(&index, &form), "{form} is still in the index");
            assert!(!contains(&raw, &form), "{form} is still in the file");
        }
    }
    assert!(contains(&index, "blijfkanarie"));
    assert_eq!(found(&j, &["blijfkanarie", "--limit", "0"]).len(), 30);
    assert_eq!(found(&j, &["xylofoonkanarie"]), none());
}

#[test]
fn forgetting_a_case_rewrites_the_index_so_no_page_keeps_its_words() {
    let j = Journal::with_john();
    j.ok(&["case", "add", "Zwaantje"]);
    // Words of both cases side by side in the index's order, so that some
    // of the forgotten case's words name a page that also holds John's.
    let note = |suffix: char| {
        (0..1500)
            .map(|k| format!("kanarie{k:04}{suffix}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    j.ok(&["add", "Zwaantje", "--note", &note('z')]);
    j.ok(&["add", "John", "--note", &note('j')]);
    // One index of both (a repair rewrites it whole).
    j.ok(&["check", "--repair"]);
    assert!(
        holds_word(&index_bytes(&j), b'z'),
        "the test must see them first"
    );

    j.ok(&["case", "forget", "Zwaantje", "--yes"]);
    assert!(!holds_word(&index_bytes(&j), b'z'));
    assert!(!holds_word(&file_and_wal(&j.path), b'z'));
    assert_eq!(found(&j, &["kanarie0042j"]), [hit("note", "2026-03-15", 2)]);
    assert_eq!(found(&j, &["kanarie0042z"]), none());
}

/// Whether `raw` holds a word `kanarie` + four digits + `suffix`, as typed
/// or as the undo log writes text (hex).
fn holds_word(raw: &[u8], suffix: u8) -> bool {
    let needle = b"kanarie";
    let plain = raw.windows(needle.len() + 5).any(|w| {
        w.starts_with(needle)
            && w[needle.len()..needle.len() + 4]
                .iter()
                .all(u8::is_ascii_digit)
            && w[needle.len() + 4] == suffix
    });
    let hex = format!("kanarie0042{}", suffix as char);
    plain || contains(raw, &hex)
}

/// Issue 16.8: `delete`, `edit` and `undo` take a text's words out of the
/// index at once, even the word a page of the index starts with, which
/// FTS5's secure-delete leaves in its page directory; and once the undo
/// log lets go of the text, nothing of it is left in the file.
#[test]
fn every_erasure_leaves_no_word_in_the_index_and_at_last_none_in_the_file() {
    let j = Journal::with_john();
    let note = |suffix: char| {
        (0..1500)
            .map(|k| format!("kanarie{k:04}{suffix}"))
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Side by side with words that stay, in the index's order, so that
    // some of the erased words name a page (the page directory names a
    // page by as much of its first word as differs from the word before).
    j.ok(&["add", "John", "--note", &note('b')]);
    j.ok(&["add", "John", "--note", &note('d')]);
    j.ok(&["add", "John", "--note", &note('e')]);
    j.ok(&["add", "John", "--note", &note('j')]);
    j.ok(&["check", "--repair"]);
    for suffix in [b'd', b'e'] {
        assert!(
            holds_word(&index_bytes(&j), suffix),
            "the test must see them first"
        );
    }

    j.ok(&["delete", "2", "--yes"]);
    assert!(!holds_word(&index_bytes(&j), b'd'), "delete");
    j.ok(&["edit", "3", "--note", "Blijfkanarie plain"]);
    assert!(!holds_word(&index_bytes(&j), b'e'), "edit");
    j.ok(&["undo"]);
    j.ok(&["undo"]);
    assert!(holds_word(&index_bytes(&j), b'd'), "undo brings it back");
    assert_eq!(found(&j, &["kanarie0042e"]).len(), 1);
    j.ok(&["check", "--repair"]);
    j.ok(&["delete", "2", "--yes"]);
    j.ok(&["edit", "3", "--note", "Blijfkanarie plain"]);
    assert!(!holds_word(&index_bytes(&j), b'd'), "delete");
    assert!(!holds_word(&index_bytes(&j), b'e'), "edit");
    // Undone: an added text goes the same way.
    j.ok(&["add", "John", "--note", &note('x')]);
    assert!(holds_word(&index_bytes(&j), b'x'));
    j.ok(&["undo"]);
    assert!(!holds_word(&index_bytes(&j), b'x'), "undo of add");
    // The undo log keeps the erased texts for `undo`, until later commands
    // push them out of its history: then the file holds none of them.
    let raw = file_and_wal(&j.path);
    assert!(holds_word(&raw, b'd') && holds_word(&raw, b'e'), "undo log");
    for i in 0..100 {
        j.ok(&["case", "add", &format!("Vulling{i}")]);
    }
    let raw = file_and_wal(&j.path);
    for suffix in [b'd', b'e', b'x'] {
        assert!(
            !holds_word(&raw, suffix),
            "{} is in the file",
            suffix as char
        );
    }
    assert!(holds_word(&raw, b'b') && holds_word(&raw, b'j'));
    assert_eq!(found(&j, &["kanarie0042j"]).len(), 1);
    assert_eq!(found(&j, &["kanarie0042d"]), none());
    j.ok(&["check"]);
}

//! Tables at a terminal's width (issue 16.3): long cells wrap between words,
//! never inside a date, a code or a number; piped output stays whole unless
//! `COLUMNS` gives a width.

use crate::support::Journal;

fn journal() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-01-24",
        "--with",
        "Levi",
        "--with",
        "Maarten",
        "--stall",
        "0:accepted-refusal,lost-own-need",
        "--stall",
        "3:went-too-fast",
        "--note",
        "I took the first no as the answer. Afterwards I regretted it, and said so.",
    ]);
    j
}

/// The words a table must never split.
const WHOLE: [&str; 4] = [
    "2026-01-24",
    "accepted-refusal",
    "lost-own-need",
    "went-too-fast",
];

#[cfg(unix)]
#[test]
fn on_a_narrow_terminal_cells_wrap_between_words() {
    let j = journal();
    for cols in [60, 80] {
        for args in [&["list"][..], &["case", "show", "John"][..]] {
            let mut args = args.to_vec();
            args.insert(0, "--no-pager");
            let p = crate::pager::on_screen(&j, 100, cols, &[], &args);
            let (code, text) = crate::pager::end(p);
            // rexpect hands over each byte as a char.
            let text = String::from_utf8(text.chars().map(|c| c as u8).collect()).unwrap();
            assert_eq!(code, 0, "{text}");
            for word in WHOLE {
                assert!(
                    text.contains(word),
                    "{cols} columns, {args:?}: {word} split:\n{text}"
                );
            }
            if cols == 80 {
                for line in text.lines() {
                    assert!(line.chars().count() <= 80, "{line}\n{text}");
                }
            }
            assert!(text.contains("Afterwards"), "{text}");
        }
    }
}

#[test]
fn piped_tables_stay_whole_unless_columns_gives_a_width() {
    let j = journal();
    let whole = j.ok(&["list"]);
    assert!(
        whole
            .lines()
            .any(|l| l.contains("accepted-refusal, lost-own-need; 3: went-too-fast")),
        "{whole}"
    );
    for cols in ["60", "80"] {
        let narrow = j.ok_env(&[("COLUMNS", cols)], &["list"]);
        assert_ne!(narrow, whole);
        if cols == "80" {
            for line in narrow.lines() {
                assert!(line.chars().count() <= 80, "{line}\n{narrow}");
            }
        }
        for word in WHOLE {
            assert!(narrow.contains(word), "{word} split:\n{narrow}");
        }
    }
}

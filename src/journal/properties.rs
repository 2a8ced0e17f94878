//! Property tests for the parsers of what users and files give: any input
//! gives a value or a clean error, never a panic (issue 10, fuzzing under
//! `cargo test`: the `fuzz/` targets need a nightly compiler). A few
//! hundred cases each, so that they run in a second or two.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::export::{self, parse};
use super::text::{self, Problem};
use super::{StallSpec, date};

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 300,
        failure_persistence: None,
        // The same cases on every run, so that CI never fails by chance; a
        // case that fails is found again the same way.
        rng_seed: proptest::test_runner::RngSeed::Fixed(0x5049_4547_454c),
        ..ProptestConfig::default()
    }
}

const ESC: char = '\x1b';

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 3, 15).unwrap()
}

/// A small export with `note` as its one reflection's note and `name` as
/// its case's name, as the bytes a file would hold.
fn export_with(name: &str, note: &str) -> Vec<u8> {
    let stamp = "2026-03-01T10:00:00.000Z";
    serde_json::to_vec(&serde_json::json!({
        "format": "spiegel-export", "version": 1, "anonymized": false,
        "reasons": [],
        "cases": [{
            "uuid": "11111111-1111-4111-8111-111111111111", "name": name,
            "setting": null, "cohabiting": null, "opened_on": "2026-01-01",
            "closed_on": null, "outcome": null, "created_at": stamp, "updated_at": stamp,
            "others": [],
            "reflections": [{
                "uuid": "22222222-2222-4222-8222-222222222222", "date": "2026-03-01",
                "medium": "video", "present": [], "resistance": [], "stalls": [],
                "completed": false, "note": note, "question": null,
                "created_at": stamp, "updated_at": stamp
            }]
        }],
        "meetings": [], "goals": []
    }))
    .unwrap()
}

/// Text of the kind that breaks parsers: JSON's own characters, controls,
/// escapes, non-ASCII, and plain letters.
fn nasty() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            Just('"'),
            Just('\\'),
            Just('{'),
            Just(':'),
            Just(','),
            Just('\0'),
            Just('\u{1b}'),
            Just('\n'),
            Just('\r'),
            Just('\t'),
            Just('\u{202E}'),
            Just('\u{200B}'),
            Just('é'),
            Just('🙂'),
            any::<char>(),
            prop::char::range('a', 'z'),
        ],
        0..40,
    )
    .prop_map(|cs| cs.into_iter().collect())
}

proptest! {
    #![proptest_config(config())]

    /// Any bytes: an export, or an error that says what is wrong.
    #[test]
    fn the_import_parser_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Err(e) = parse(&bytes) {
            prop_assert!(!e.to_string().is_empty());
        }
    }

    /// A good file cut short, or with a byte changed: still no panic.
    #[test]
    fn the_import_parser_never_panics_on_a_damaged_export(
        cut in 0usize..1000,
        at in 0usize..1000,
        byte in any::<u8>(),
    ) {
        let mut bytes = export_with("A", "note");
        let at = at % bytes.len();
        bytes[at] = byte;
        bytes.truncate(cut.min(bytes.len()));
        let _ = parse(&bytes);
    }

    /// Whatever a name and a note hold, the file is taken exactly when the
    /// journal's text rules take them, and what is taken is kept exactly.
    #[test]
    fn the_import_parser_takes_exactly_the_text_the_rules_take(name in nasty(), note in nasty()) {
        let parsed = parse(&export_with(&name, &note));
        let name_ok = !name.trim().is_empty() && name.trim() == name && text::name(&name).is_ok();
        let ok = name_ok && text::free(&note).is_ok();
        prop_assert_eq!(parsed.is_ok(), ok, "{:?}", parsed);
        if let Ok(e) = parsed {
            prop_assert_eq!(&e.cases[0].name, &name);
            prop_assert_eq!(&e.cases[0].reflections[0].note, &note);
        }
    }

    /// Any text as a date: a date or an error; a date read back is the same
    /// date; a session date is never after today.
    #[test]
    fn the_date_parser_never_panics_and_reads_its_own_output(
        text in prop_oneof![
            nasty(),
            "[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}",
            "[0-9]{1,25} (day|days|dag|dagen) (ago|geleden)",
            "(today|yesterday|vandaag|gisteren|monday|zondag|  Friday )",
        ]
    ) {
        if let Ok(d) = date::parse(&text, today()) {
            let printed = d.format("%Y-%m-%d").to_string();
            if (1900..=9999).contains(&chrono::Datelike::year(&d)) {
                prop_assert_eq!(date::parse(&printed, today()).unwrap(), d);
            }
        }
        if let Ok(d) = date::parse_session(&text, today()) {
            prop_assert!(d <= today());
        }
        // A date in an export's form is read as itself, or refused as
        // lying before 1900, as import refuses it too.
        if export::valid_date(&text) {
            match date::parse(&text, today()) {
                Ok(d) => prop_assert_eq!(d.to_string(), text),
                Err(e) => prop_assert!(
                    matches!(e, crate::error::Error::DateTooEarly(_)),
                    "{} gave {:?}",
                    text,
                    e
                ),
            }
        }
    }

    /// Any text as `--stall STEP:REASON[,REASON…]`: a stall with a real
    /// step and at least one reason, each trimmed, lower case and not
    /// empty; or an error.
    #[test]
    fn the_stall_parser_never_panics_and_gives_real_stalls(
        text in prop_oneof![nasty(), "[0-9 ]{0,3}:[a-zA-Z ,-]{0,20}"]
    ) {
        if let Ok(StallSpec { step, reasons }) = text.parse::<StallSpec>() {
            prop_assert!(step.number() <= 7);
            prop_assert!(!reasons.is_empty());
            for r in reasons {
                prop_assert!(!r.is_empty());
                prop_assert_eq!(r.trim(), r.as_str());
                prop_assert_eq!(r.to_lowercase(), r.clone());
            }
        }
    }

    /// The text rules never panic, and a free text they take is a name's
    /// superset but for tab, new line and carriage return.
    #[test]
    fn the_text_rules_agree(s in nasty()) {
        if text::line(&s).is_ok() {
            prop_assert!(text::free(&s).is_ok() || matches!(text::free(&s), Err(Problem::TooLong(_))));
        }
        let shown = text::visible(&s);
        prop_assert!(!shown.contains(ESC));
        prop_assert!(!shown.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r')));
    }
}

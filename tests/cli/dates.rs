//! Dates as people say them, in English and Dutch. The tests run on Sunday
//! 2026-03-15 (see `support::TODAY`).

use crate::support::Journal;

#[test]
fn sessions_take_words_weekdays_and_days_ago_in_either_language() {
    let j = Journal::with_john();
    for (said, meant) in [
        ("today", "2026-03-15"),
        ("vandaag", "2026-03-15"),
        ("yesterday", "2026-03-14"),
        ("gisteren", "2026-03-14"),
        ("friday", "2026-03-13"),
        ("Vrijdag", "2026-03-13"),
        ("monday", "2026-03-09"),
        ("maandag", "2026-03-09"),
        // Today's weekday means today: the session just held.
        ("sunday", "2026-03-15"),
        ("zondag", "2026-03-15"),
        ("3 days ago", "2026-03-12"),
        ("3 dagen geleden", "2026-03-12"),
        ("1 dag geleden", "2026-03-14"),
    ] {
        j.ok(&["add", "John", "--date", said]);
        let newest = j.json(&["list", "--limit", "0"]);
        let id = newest
            .as_array()
            .unwrap()
            .iter()
            .max_by_key(|r| r["id"].as_i64())
            .unwrap()["id"]
            .as_i64()
            .unwrap();
        let shown = j.json(&["show", &id.to_string()]);
        assert_eq!(shown["date"], meant, "--date {said:?}");
    }
}

#[test]
fn list_filters_take_the_same_words() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--date", "2026-03-01", "--note", "old"]);
    j.ok(&["add", "John", "--date", "2026-03-10", "--note", "this week"]);
    let since = j.json(&["list", "--since", "maandag"]);
    assert_eq!(since.as_array().unwrap().len(), 1, "{since}");
    assert_eq!(since[0]["note"], "this week");
    let until = j.json(&["list", "--until", "10 days ago"]);
    assert_eq!(until.as_array().unwrap().len(), 1, "{until}");
    assert_eq!(until[0]["note"], "old");
}

#[test]
fn an_unknown_date_names_every_accepted_form_and_writes_nothing() {
    let j = Journal::with_john();
    let before = j.snapshot();
    for bad in [
        "tomorrow",
        "morgen",
        "last friday",
        "3 weeks ago",
        "-1 days ago",
    ] {
        let err = j.err_usage(&["add", "John", &format!("--date={bad}")]);
        assert_eq!(
            err,
            format!(
                "error: '{bad}' is not a date — write YYYY-MM-DD (e.g. 2026-03-14), today, \
                 yesterday, a weekday (monday) or 3 days ago; in Dutch vandaag, gisteren, \
                 maandag, 3 dagen geleden"
            )
        );
    }
    assert_eq!(j.snapshot(), before);
}

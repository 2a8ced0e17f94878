//! Calendar dates as practitioners type them, and the one clock the program reads.

use chrono::{Datelike, Days, NaiveDate, Weekday};

use super::chronology;
use crate::error::Error;

/// Today's date on this machine.
///
/// `SPIEGEL_TODAY=YYYY-MM-DD` pins it, so that tests and demos are reproducible.
pub fn today() -> NaiveDate {
    if let Some(pinned) = std::env::var("SPIEGEL_TODAY")
        .ok()
        .and_then(|s| NaiveDate::parse_from_str(&s, "%Y-%m-%d").ok())
    {
        return pinned;
    }
    #[allow(clippy::disallowed_methods)] // this is the one place that reads the clock
    chrono::Local::now().date_naive()
}

/// The form timestamps are stored and exported in: UTC, ISO 8601,
/// milliseconds (`2026-03-15T09:30:00.000Z`).
pub fn timestamp(t: chrono::DateTime<chrono::Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

/// The current instant in UTC, for `created_at` / `updated_at`.
pub fn now_utc() -> chrono::DateTime<chrono::Utc> {
    #[allow(clippy::disallowed_methods)] // this is the one place that reads the clock
    chrono::Utc::now()
}

/// Parses a date as people say it, relative to `today`, in English or Dutch
/// whatever the interface language:
///
/// - `YYYY-MM-DD` (e.g. `2026-03-14`);
/// - `today` / `vandaag`, `yesterday` / `gisteren`;
/// - a weekday, `monday` … `sunday` / `maandag` … `zondag`: the most recent
///   such day, **today included** — "friday" typed on a Friday evening means
///   that same day, the session just held; a week ago is `7 days ago`;
/// - `N days ago` / `N dagen geleden` (also `1 day ago`, `1 dag geleden`).
///
/// Upper and lower case and extra spaces do not matter. A date before
/// 1900 ([`chronology::EARLIEST`]) is refused.
pub fn parse(input: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    let date = parse_any(input, today)?;
    if !chronology::in_range(date) {
        return Err(Error::DateTooEarly(date));
    }
    Ok(date)
}

fn parse_any(input: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    let bad = || Error::BadDate(input.to_string());
    let trimmed = input.trim();
    let words: Vec<String> = trimmed.split_whitespace().map(str::to_lowercase).collect();
    match words.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["today" | "vandaag"] => return Ok(today),
        ["yesterday" | "gisteren"] => return Ok(today - Days::new(1)),
        [word] => {
            if let Some(weekday) = weekday(word) {
                let back = (today.weekday().num_days_from_monday() + 7
                    - weekday.num_days_from_monday())
                    % 7;
                return Ok(today - Days::new(back.into()));
            }
        }
        [n, "day" | "days", "ago"] | [n, "dag" | "dagen", "geleden"] => {
            // Digits only: no signs, so "-3 days ago" cannot mean the future.
            return n
                .bytes()
                .all(|b| b.is_ascii_digit())
                .then(|| n.parse::<u64>().ok())
                .flatten()
                .and_then(|n| today.checked_sub_days(Days::new(n)))
                .ok_or_else(bad);
        }
        _ => {}
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d")
        .ok()
        // chrono accepts a one-digit month or day; a journal wants one spelling.
        .filter(|d| d.format("%Y-%m-%d").to_string() == trimmed)
        .ok_or_else(bad)
}

/// A weekday's full name in English or Dutch.
fn weekday(word: &str) -> Option<Weekday> {
    Some(match word {
        "monday" | "maandag" => Weekday::Mon,
        "tuesday" | "dinsdag" => Weekday::Tue,
        "wednesday" | "woensdag" => Weekday::Wed,
        "thursday" | "donderdag" => Weekday::Thu,
        "friday" | "vrijdag" => Weekday::Fri,
        "saturday" | "zaterdag" => Weekday::Sat,
        "sunday" | "zondag" => Weekday::Sun,
        _ => return None,
    })
}

/// A session date as given, or today when none was: for the `--date` flags.
pub fn session_or_today(input: Option<&str>, today: NaiveDate) -> Result<NaiveDate, Error> {
    input.map_or(Ok(today), |d| parse_session(d, today))
}

/// Parses a session date: like [`parse`], but a date after today is refused.
pub fn parse_session(input: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    let date = parse(input, today)?;
    if date > today {
        return Err(Error::FutureDate(date));
    }
    Ok(date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn words_are_relative_to_today() {
        let today = day("2026-03-01");
        assert_eq!(parse("today", today).unwrap(), today);
        assert_eq!(parse("Yesterday", today).unwrap(), day("2026-02-28"));
        assert_eq!(parse(" 2025-12-31 ", today).unwrap(), day("2025-12-31"));
    }

    #[test]
    fn dutch_words_are_accepted_too() {
        let today = day("2026-03-01");
        assert_eq!(parse("vandaag", today).unwrap(), today);
        assert_eq!(parse("Gisteren", today).unwrap(), day("2026-02-28"));
        assert_eq!(parse("3 dagen geleden", today).unwrap(), day("2026-02-26"));
        assert_eq!(parse("1 dag geleden", today).unwrap(), day("2026-02-28"));
    }

    #[test]
    fn days_ago_counts_back() {
        let today = day("2026-03-01");
        assert_eq!(parse("3 days ago", today).unwrap(), day("2026-02-26"));
        assert_eq!(parse("  1   DAY  ago ", today).unwrap(), day("2026-02-28"));
        assert_eq!(parse("0 days ago", today).unwrap(), today);
        assert_eq!(parse("365 days ago", today).unwrap(), day("2025-03-01"));
    }

    #[test]
    fn a_weekday_is_the_most_recent_one_today_included() {
        // 2026-03-13 is a Friday.
        let friday = day("2026-03-13");
        assert_eq!(parse("friday", friday).unwrap(), friday);
        assert_eq!(parse("vrijdag", friday).unwrap(), friday);
        assert_eq!(parse("thursday", friday).unwrap(), day("2026-03-12"));
        assert_eq!(parse("Monday", friday).unwrap(), day("2026-03-09"));
        assert_eq!(parse("maandag", friday).unwrap(), day("2026-03-09"));
        assert_eq!(parse("saturday", friday).unwrap(), day("2026-03-07"));
        assert_eq!(parse("zondag", friday).unwrap(), day("2026-03-08"));
        for (en, nl) in [
            ("monday", "maandag"),
            ("tuesday", "dinsdag"),
            ("wednesday", "woensdag"),
            ("thursday", "donderdag"),
            ("friday", "vrijdag"),
            ("saturday", "zaterdag"),
            ("sunday", "zondag"),
        ] {
            let d = parse(en, friday).unwrap();
            assert_eq!(parse(nl, friday).unwrap(), d, "{en} = {nl}");
            assert_eq!(d.format("%A").to_string().to_lowercase(), en);
            assert!(d <= friday && friday - d < chrono::TimeDelta::days(7));
        }
    }

    #[test]
    fn impossible_and_sloppy_dates_are_refused() {
        let today = day("2026-03-01");
        for bad in [
            "2026-02-30",
            "2026-2-3",
            "01-02-2026",
            "",
            "tomorrow",
            "morgen",
            "2026-13-01",
            "days ago",
            "-3 days ago",
            "+3 days ago",
            "3 days",
            "3 weeks ago",
            "three days ago",
            "3 dagen ago",
            "99999999999 days ago",
            "99999999999999999999999 days ago",
            "last monday",
            "mon",
        ] {
            assert!(
                matches!(parse(bad, today), Err(Error::BadDate(ref s)) if s == bad),
                "{bad:?} should be refused"
            );
        }
    }

    #[test]
    fn nothing_before_1900_is_a_date() {
        // issue 10.17
        let today = day("2026-03-01");
        for early in ["1899-12-31", "0000-01-01", "1000000 days ago"] {
            assert!(
                matches!(parse(early, today), Err(Error::DateTooEarly(_))),
                "{early:?} should be refused"
            );
        }
        assert_eq!(parse("1900-01-01", today).unwrap(), day("1900-01-01"));
    }

    #[test]
    fn sessions_cannot_lie_in_the_future() {
        let today = day("2026-03-01");
        assert!(parse_session("2026-03-02", today).is_err());
        assert!(parse_session("2026-03-01", today).is_ok());
    }
}

//! Calendar dates as practitioners type them, and the one clock the program reads.

use chrono::{Days, NaiveDate};

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

/// The current instant in UTC, for `created_at` / `updated_at`.
pub fn now_utc() -> chrono::DateTime<chrono::Utc> {
    #[allow(clippy::disallowed_methods)] // this is the one place that reads the clock
    chrono::Utc::now()
}

/// Parses `YYYY-MM-DD`, `today` or `yesterday` relative to `today`.
pub fn parse(input: &str, today: NaiveDate) -> Result<NaiveDate, Error> {
    let trimmed = input.trim();
    match trimmed.to_lowercase().as_str() {
        "today" => return Ok(today),
        "yesterday" => return Ok(today - Days::new(1)),
        _ => {}
    }
    NaiveDate::parse_from_str(trimmed, "%Y-%m-%d")
        .ok()
        // chrono accepts a one-digit month or day; a journal wants one spelling.
        .filter(|d| d.format("%Y-%m-%d").to_string() == trimmed)
        .ok_or_else(|| Error::BadDate(input.to_string()))
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
    fn impossible_and_sloppy_dates_are_refused() {
        let today = day("2026-03-01");
        for bad in [
            "2026-02-30",
            "2026-2-3",
            "01-02-2026",
            "",
            "tomorrow",
            "2026-13-01",
        ] {
            assert!(parse(bad, today).is_err(), "{bad:?} should be refused");
        }
    }

    #[test]
    fn sessions_cannot_lie_in_the_future() {
        let today = day("2026-03-01");
        assert!(parse_session("2026-03-02", today).is_err());
        assert!(parse_session("2026-03-01", today).is_ok());
    }
}

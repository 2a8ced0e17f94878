//! Dates as the page's language writes them: "27 Nov 2026", "27 nov. 2026";
//! months as "Nov 2026" or "november 2026". The words are in `i18n/*.ftl`.

use chrono::{Datelike, NaiveDate};

use crate::t;

/// "27 Nov 2026", "27 nov. 2026".
pub fn long_date(date: NaiveDate) -> String {
    t!(
        "date-long",
        day = date.day().to_string(),
        month = t!("date-month-short", month = date.month()),
        year = date.year().to_string()
    )
}

/// A `YYYY-MM` month, short: "Nov 2026", "nov. 2026"; without the year:
/// "Nov", "nov.". Anything else is returned as it is.
pub fn month(month: &str, with_year: bool) -> String {
    let Some((year, number)) = split(month) else {
        return month.to_string();
    };
    let name = t!("date-month-short", month = number);
    if with_year {
        t!("date-month-year", month = name, year = year)
    } else {
        name
    }
}

/// A `YYYY-MM` month in full, for running text: "November 2026",
/// "november 2026".
pub fn month_long(month: &str) -> String {
    match split(month) {
        Some((year, number)) => t!(
            "date-month-year",
            month = t!("date-month-long", month = number),
            year = year
        ),
        None => month.to_string(),
    }
}

fn split(month: &str) -> Option<(String, u32)> {
    let (year, number) = month.split_once('-')?;
    let number: u32 = number.parse().ok()?;
    (year.len() == 4 && (1..=12).contains(&number)).then(|| (year.to_string(), number))
}

/// Whether a sequence of months should show the year on `month` (the
/// `i`-th): on the first and on every January.
pub fn shows_year(i: usize, month: &str) -> bool {
    i == 0 || month.ends_with("-01")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_months_in_english() {
        let d = NaiveDate::from_ymd_opt(2026, 11, 27).unwrap();
        assert_eq!(long_date(d), "27 Nov 2026");
        assert_eq!(
            long_date(NaiveDate::from_ymd_opt(2026, 3, 5).unwrap()),
            "5 Mar 2026"
        );
        assert_eq!(month("2026-11", true), "Nov 2026");
        assert_eq!(month("2026-01", false), "Jan");
        assert_eq!(month_long("2026-05"), "May 2026");
        assert_eq!(month("bad", true), "bad");
        assert!(shows_year(0, "2026-05") && shows_year(3, "2027-01"));
        assert!(!shows_year(1, "2026-06"));
    }
}

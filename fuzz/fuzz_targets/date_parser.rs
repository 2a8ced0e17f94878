//! The date parsers take what users type: they must never panic, and a date
//! they accept must print back as the same date.
#![no_main]

use chrono::NaiveDate;
use libfuzzer_sys::fuzz_target;
use spiegel::journal::{date, export};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let today = NaiveDate::from_ymd_opt(2026, 3, 15).unwrap();
    if let Ok(d) = date::parse(text, today) {
        let printed = d.format("%Y-%m-%d").to_string();
        assert_eq!(date::parse(&printed, today).unwrap(), d);
    }
    if let Ok(d) = date::parse_session(text, today) {
        assert!(d <= today);
    }
    if export::valid_date(text) {
        assert_eq!(
            date::parse(text, today)
                .ok()
                .map(|d| d.to_string())
                .as_deref(),
            Some(text)
        );
    }
    let _ = export::valid_timestamp(text);
});

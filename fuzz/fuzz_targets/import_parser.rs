//! The import parser takes any bytes: it must never panic, and whatever it
//! accepts must survive export → parse unchanged (the format is lossless).
#![no_main]

use libfuzzer_sys::fuzz_target;
use spiegel::journal::export;

fuzz_target!(|data: &[u8]| {
    if let Ok(parsed) = export::parse(data) {
        let written = serde_json::to_vec_pretty(&parsed).expect("an export serialises");
        let again = export::parse(&written).expect("what was accepted is accepted again");
        assert_eq!(parsed, again);
        // Anonymising never makes a valid export invalid.
        let mut anon = parsed.clone();
        export::anonymize(&mut anon, false);
        export::parse(&serde_json::to_vec(&anon).unwrap()).expect("an anonymized export parses");
    }
});

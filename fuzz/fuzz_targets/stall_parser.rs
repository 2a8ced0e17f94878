//! `--stall STEP:REASON[,REASON…]` and the journal's text rules take what
//! users type: they must never panic, and a stall they accept has a real
//! step and clean reasons.
#![no_main]

use libfuzzer_sys::fuzz_target;
use spiegel::journal::{StallSpec, text};

fuzz_target!(|data: &[u8]| {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(stall) = s.parse::<StallSpec>() {
        assert!(stall.step.number() <= 7);
        assert!(!stall.reasons.is_empty());
        assert!(stall.reasons.iter().all(|r| !r.is_empty() && r.trim() == r));
    }
    let _ = text::free(s);
    let _ = text::name(s);
    assert!(!text::visible(s).contains('\u{1b}'));
});

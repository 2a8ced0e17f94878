use super::*;

/// Every text the demo names exists (and so, by the language files'
/// own test, in every language).
#[test]
fn every_demo_text_exists() {
    let mut ids: Vec<&str> = NOTES.iter().flat_map(|(_, o)| o.iter().copied()).collect();
    ids.extend(NOTE_UNCLEAR);
    ids.extend(QUESTIONS);
    ids.extend(SETTINGS);
    ids.extend([
        "demo-john-1",
        "demo-john-1-went-well",
        "demo-john-2",
        "demo-john-2-went-well",
        "demo-john-2-question",
        "demo-john-3",
        "demo-john-3-went-well",
        "demo-john-4",
        "demo-john-4-went-well",
        "demo-john-5",
        "demo-john-5-went-well",
        "demo-john-5-question",
        "demo-peer-group",
        "demo-supervisor",
        "demo-meeting-1",
        "demo-meeting-2",
        "demo-answer",
        "demo-goal-1",
        "demo-goal-2",
    ]);
    for id in ids {
        assert!(crate::i18n::lookup(id).is_some(), "{id} is missing");
    }
}

#[test]
fn the_random_source_is_deterministic() {
    let a: Vec<u64> = (0..5)
        .map({
            let mut r = Rng::new(7);
            move |_| r.next_u64()
        })
        .collect();
    let mut r = Rng::new(7);
    assert_eq!(a, (0..5).map(|_| r.next_u64()).collect::<Vec<_>>());
    assert!((0..1000).all(|_| r.below(8) < 8));
}

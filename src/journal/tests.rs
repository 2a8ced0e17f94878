use super::*;

#[test]
fn stalls_parse_with_one_or_more_reasons() {
    let s: StallSpec = "7:laughed-along, Did-Not-Mirror".parse().unwrap();
    assert_eq!(s.step.number(), 7);
    assert_eq!(s.reasons, ["laughed-along", "did-not-mirror"]);
}

#[test]
fn stalls_need_a_valid_step_and_a_reason() {
    assert!(matches!(
        "7".parse::<StallSpec>(),
        Err(Error::StallWithoutReason(7))
    ));
    assert!(matches!(
        "7:".parse::<StallSpec>(),
        Err(Error::StallWithoutReason(7))
    ));
    assert!(matches!(
        "8:went-too-fast".parse::<StallSpec>(),
        Err(Error::UnknownStep(_))
    ));
    assert!(matches!(
        "x:went-too-fast".parse::<StallSpec>(),
        Err(Error::UnknownStep(_))
    ));
}

fn catalogue() -> Vec<Labelled> {
    [
        (
            "accepted-refusal",
            "Accepted the refusal too quickly",
            "Weigering te snel geaccepteerd (liet me afschepen)",
        ),
        (
            "focused-on-objections",
            "Focused too much on the client's objections",
            "Te veel gericht op de bezwaren van de cliënt",
        ),
        (
            "went-too-fast",
            "Went too fast; no room for silence",
            "Te snel gegaan; geen ruimte voor stilte",
        ),
        (
            "how-before-why",
            "Worked on \"how\" before being convinced I need them",
            "Met het \"hoe\" bezig voordat ik overtuigd was dat ik de ander nodig heb",
        ),
        (
            "feels-a-burden",
            "Client feels a burden to others",
            "Cliënt voelt zich een last",
        ),
        ("shame", "Shame", "Schaamte"),
        ("shame-and-guilt", "Shame and guilt", "Schaamte en schuld"),
    ]
    .iter()
    .map(|(code, en, nl)| Labelled {
        code: code.to_string(),
        label_en: en.to_string(),
        label_nl: nl.to_string(),
    })
    .collect()
}

fn one(typed: &str) -> Option<String> {
    match match_label(typed, &catalogue()) {
        Match::One(e) => Some(e.code.clone()),
        _ => None,
    }
}

#[test]
fn a_code_or_the_start_of_a_label_names_an_entry() {
    assert_eq!(one("Went-Too-Fast").as_deref(), Some("went-too-fast"));
    assert_eq!(one("weigering").as_deref(), Some("accepted-refusal"));
    assert_eq!(one("accepted the").as_deref(), Some("accepted-refusal"));
    assert_eq!(
        one("Weigering te snel geaccepteerd (liet me afschepen)").as_deref(),
        Some("accepted-refusal")
    );
    // The start of a code is not a label: `no-one` is a typo of a code.
    assert_eq!(one("accepted-ref"), None);
    assert_eq!(one("  te snel ").as_deref(), Some("went-too-fast"));
    // Accents and quotes need not be typed.
    assert_eq!(one("client voelt").as_deref(), Some("feels-a-burden"));
    assert_eq!(one("met het hoe").as_deref(), Some("how-before-why"));
    // A whole label wins over the longer labels it starts.
    assert_eq!(one("schaamte").as_deref(), Some("shame"));
    assert_eq!(one("shame").as_deref(), Some("shame"));
    assert_eq!(one("schaamte en").as_deref(), Some("shame-and-guilt"));
}

#[test]
fn an_ambiguous_start_names_every_candidate() {
    let entries = catalogue();
    let Match::Many(many) = match_label("te", &entries) else {
        panic!("'te' fits two reasons");
    };
    let codes: Vec<&str> = many.iter().map(|e| e.code.as_str()).collect();
    assert_eq!(codes, ["focused-on-objections", "went-too-fast"]);
    assert_eq!(match_label("xyz", &entries), Match::None);
    assert_eq!(match_label(" - ", &entries), Match::None);
}

#[test]
fn folding_drops_accents_case_and_punctuation() {
    assert_eq!(
        fold("Cliënt  voelt—zich \"EEN\" last."),
        "client voelt zich een last"
    );
    assert_eq!(fold("lost-own-need"), "lost own need");
}

#[test]
fn codes_round_trip() {
    for m in Medium::ALL {
        assert_eq!(Medium::from_code(m.code()), Some(*m));
    }
    assert_eq!(Side::Own.code(), "self");
}

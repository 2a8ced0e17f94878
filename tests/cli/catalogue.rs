//! `spiegel steps` and `spiegel reasons …`.

use serde_json::json;

use crate::support::Journal;

#[test]
fn steps_are_zero_to_seven_in_both_languages() {
    let j = Journal::with_john();
    let steps = j.json(&["steps"]);
    let steps = steps.as_array().unwrap();
    assert_eq!(steps.len(), 8);
    assert_eq!(steps[0]["step"], 0);
    assert_eq!(
        steps[0]["title_nl"],
        "De belangrijke anderen aan tafel krijgen"
    );
    assert_eq!(
        steps[7]["title_en"],
        "Mirror the other's non-helping behaviour"
    );
    assert!(
        j.ok(&["steps"])
            .contains("Going too fast; filling the silence.")
    );
}

#[test]
fn the_method_s_reasons_are_built_in() {
    let j = Journal::with_john();
    let reasons = j.json(&["reasons"]);
    let reasons = reasons.as_array().unwrap();
    assert_eq!(reasons.len(), 14);
    assert_eq!(reasons[0]["code"], "lost-own-need");
    assert_eq!(reasons[0]["side"], "self");
    assert_eq!(reasons[0]["builtin"], true);
    let spoke = reasons
        .iter()
        .find(|r| r["code"] == "spoke-for-them")
        .unwrap();
    assert_eq!(spoke["usual_steps"], json!([1, 4, 5]));
    assert_eq!(
        spoke["label_nl"],
        "Voor hen gepraat in plaats van het ze tegen elkaar te laten zeggen"
    );

    let client = j.json(&["reasons", "--side", "client"]);
    let codes: Vec<_> = client
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["code"].clone())
        .collect();
    assert_eq!(codes, [json!("feels-a-burden"), json!("shame-and-guilt")]);
}

#[test]
fn own_reasons_can_be_added_used_retired_and_removed() {
    let j = Journal::with_john();
    j.ok(&[
        "reasons",
        "add",
        "rushed-the-ending",
        "--side",
        "self",
        "--en",
        "Rushed the ending",
        "--nl",
        "Het einde afgeraffeld",
    ]);
    assert!(
        j.err(&[
            "reasons",
            "add",
            "rushed-the-ending",
            "--side",
            "self",
            "--en",
            "x",
            "--nl",
            "y"
        ])
        .contains("already a reason")
    );
    assert!(
        j.err_usage(&[
            "reasons",
            "add",
            "Bad Code!",
            "--side",
            "self",
            "--en",
            "x",
            "--nl",
            "y"
        ])
        .contains("not a reason code")
    );

    j.ok(&["add", "John", "--stall", "7:rushed-the-ending"]);
    let mine = |j: &Journal, args: &[&str]| {
        j.json(args)
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == "rushed-the-ending")
            .cloned()
    };
    assert_eq!(mine(&j, &["reasons"]).unwrap()["uses"], 1);

    let err = j.err(&["reasons", "remove", "rushed-the-ending"]);
    assert!(err.contains("used by 1 stall and"), "{err}");
    assert!(
        err.contains("spiegel reasons retire rushed-the-ending"),
        "{err}"
    );

    j.ok(&["reasons", "retire", "rushed-the-ending"]);
    assert!(
        mine(&j, &["reasons"]).is_none(),
        "retired reasons are hidden"
    );
    assert_eq!(mine(&j, &["reasons", "--all"]).unwrap()["retired"], true);
    // A retired reason still reads back, and can still be given.
    assert_eq!(
        j.json(&["show", "1"])["stalls"][0]["reasons"][0],
        "rushed-the-ending"
    );
    j.ok(&["add", "John", "--stall", "7:rushed-the-ending"]);

    j.ok(&["reasons", "restore", "rushed-the-ending"]);
    assert!(mine(&j, &["reasons"]).is_some());

    j.ok(&["delete", "1", "--yes"]);
    j.ok(&["delete", "2", "--yes"]);
    j.ok(&["reasons", "remove", "rushed-the-ending"]);
    assert!(mine(&j, &["reasons", "--all"]).is_none());
}

#[test]
fn built_in_reasons_cannot_be_removed() {
    let j = Journal::with_john();
    let err = j.err(&["reasons", "remove", "went-too-fast"]);
    assert!(err.contains("built into the method"), "{err}");
    assert!(
        j.err_usage(&["reasons", "retire", "went-to-fast"])
            .contains("did you mean 'went-too-fast'?")
    );
}

/// Issue 16.9: a reason of your own needs only its label in the language
/// spoken; the other language has the same words until it gets its own.
#[test]
fn an_own_reason_needs_only_the_label_in_the_language_spoken() {
    let j = Journal::with_john();
    j.ok(&[
        "reasons",
        "add",
        "rushed-end",
        "--side",
        "self",
        "--label",
        "Rushed the ending",
    ]);
    j.ok(&[
        "--lang",
        "nl",
        "reasons",
        "add",
        "afgeraffeld",
        "--side",
        "self",
        "--label",
        "Het einde afgeraffeld",
        "--en",
        "Rushed it",
    ]);
    let labels = |code: &str| {
        let all = j.json(&["reasons", "--all"]);
        let reason = all
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code)
            .unwrap_or_else(|| panic!("{code} in {all}"))
            .clone();
        (reason["label_en"].clone(), reason["label_nl"].clone())
    };
    assert_eq!(
        labels("rushed-end"),
        ("Rushed the ending".into(), "Rushed the ending".into())
    );
    assert_eq!(
        labels("afgeraffeld"),
        ("Rushed it".into(), "Het einde afgeraffeld".into())
    );
    // Without any label: a usage error that names the flag.
    let err = j.err_usage(&["reasons", "add", "no-words", "--side", "self"]);
    assert!(err.contains("--label"), "{err}");
}

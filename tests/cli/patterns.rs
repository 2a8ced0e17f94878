//! `spiegel patterns`: exact figures on a journal with known contents.

use serde_json::{Value, json};

use crate::support::Journal;

/// Four cases over January 2026 (and one reflection in February, outside
/// the period the tests look at). Period 2026-01-01 – 2026-01-31, so the
/// earlier half ends on 2026-01-16.
fn known_journal() -> Journal {
    let j = Journal::new();
    for (case, cohabiting) in [
        ("Anna", "yes"),
        ("Bert", "yes"),
        ("Cas", "no"),
        ("Dirk", "yes"),
    ] {
        j.ok(&[
            "case",
            "add",
            case,
            "--cohabiting",
            cohabiting,
            "--opened",
            "2025-12-20",
        ]);
    }
    j.ok(&["other", "add", "Anna", "Pa", "--role", "partner"]);
    j.ok(&["other", "add", "Bert", "Pb", "--role", "partner"]);
    j.ok(&["other", "add", "Cas", "Fc", "--role", "friend"]);
    let adds: &[&[&str]] = &[
        &[
            "Anna",
            "--date",
            "2026-01-02",
            "--resistance",
            "no-one-left",
            "--stall",
            "0:accepted-refusal",
        ],
        &[
            "Bert",
            "--date",
            "2026-01-03",
            "--resistance",
            "no-one-left",
            "--stall",
            "0:accepted-refusal,lost-own-need",
        ],
        &[
            "Cas",
            "--date",
            "2026-01-05",
            "--resistance",
            "they-wont-come",
            "--stall",
            "0:lost-own-need",
        ],
        &[
            "Anna",
            "--date",
            "2026-01-10",
            "--stall",
            "0:accepted-refusal",
        ],
        &[
            "Anna",
            "--date",
            "2026-01-20",
            "--with",
            "Pa",
            "--stall",
            "3:went-too-fast",
        ],
        &[
            "Cas",
            "--date",
            "2026-01-22",
            "--resistance",
            "no-one-left",
            "--stall",
            "0:accepted-refusal",
        ],
        &[
            "Dirk",
            "--date",
            "2026-01-25",
            "--resistance",
            "my-own-problem",
            "--stall",
            "0:shame-and-guilt",
        ],
        &[
            "Bert",
            "--date",
            "2026-01-28",
            "--with",
            "Pb",
            "--stall",
            "3:went-too-fast",
        ],
        &[
            "Anna",
            "--date",
            "2026-02-05",
            "--with",
            "Pa",
            "--stall",
            "7:laughed-along",
        ],
    ];
    for args in adds {
        let mut full = vec!["add"];
        full.extend_from_slice(args);
        j.ok(&full);
    }
    j.ok(&[
        "case",
        "close",
        "Bert",
        "--outcome",
        "system-involved",
        "--date",
        "2026-02-10",
    ]);
    j
}

const JANUARY: [&str; 4] = ["--since", "2026-01-01", "--until", "2026-01-31"];

fn patterns(j: &Journal, extra: &[&str]) -> Value {
    let mut args = vec!["patterns"];
    args.extend_from_slice(&JANUARY);
    args.extend_from_slice(extra);
    j.json(&args)
}

fn reason<'a>(p: &'a Value, code: &str) -> &'a Value {
    p["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == code)
        .unwrap_or_else(|| panic!("no reason {code} in {p}"))
}

#[test]
fn period_totals_and_steps() {
    let j = known_journal();
    let p = patterns(&j, &[]);
    assert_eq!(
        p["period"],
        json!({"from": "2026-01-01", "to": "2026-01-31", "midpoint": "2026-01-16"})
    );
    assert_eq!(p["side"], "self");
    assert_eq!(p["reflections"], 8);
    assert_eq!(p["cases"], 4);
    let steps: Vec<Value> = p["steps"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| json!([s["step"], s["stalls"], s["cases"], s["share"]]))
        .collect();
    // Issue 12: over the sessions where the step was at stake, not all 8:
    // step 0 in the 6 sessions without a partner, step 3 in the 2 with one.
    assert_eq!(steps, [json!([0, 5, 3, 5.0 / 6.0]), json!([3, 2, 2, 1.0])]);
    assert_eq!(p["steps"][0]["opportunities"], 6);
    assert_eq!(p["steps"][1]["opportunities"], 2);

    // All sides: Dirk's shame and guilt (the client's side) counts too.
    let all = patterns(&j, &["--side", "all"]);
    assert_eq!(all["steps"][0]["stalls"], 5 + 1);
    assert_eq!(all["steps"][0]["cases"], 4);
}

#[test]
fn reasons_with_distinct_cases_dates_steps_and_trend() {
    let j = known_journal();
    let p = patterns(&j, &[]);
    let codes: Vec<&Value> = p["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| &r["code"])
        .collect();
    assert_eq!(
        codes,
        ["accepted-refusal", "lost-own-need", "went-too-fast"]
    );

    let refusal = reason(&p, "accepted-refusal");
    assert_eq!(refusal["count"], 4);
    assert_eq!(refusal["cases"], 3, "Anna twice counts as one case");
    assert_eq!(refusal["first"], "2026-01-02");
    assert_eq!(refusal["last"], "2026-01-22");
    assert_eq!(refusal["top_steps"], json!([0]));
    // Issue 12: counted over step-0 sessions (4 early, 2 late); with fewer
    // than 8 on a side the trend is unknown (it was "falling" over all 4 + 4).
    assert_eq!(refusal["earlier"], json!({"count": 3, "opportunities": 4}));
    assert_eq!(refusal["recent"], json!({"count": 1, "opportunities": 2}));
    assert_eq!(refusal["opportunities"], 6);
    assert_eq!(refusal["trend"], Value::Null);
    assert_eq!(refusal["recurring"], true);

    let fast = reason(&p, "went-too-fast");
    assert_eq!(fast["earlier"], json!({"count": 0, "opportunities": 0}));
    assert_eq!(fast["recent"], json!({"count": 2, "opportunities": 2}));
    assert_eq!(fast["trend"], Value::Null);
    assert_eq!(fast["top_steps"], json!([3]));
    assert_eq!(fast["recurring"], false);

    // February's laughing along lies outside the period.
    assert!(
        p["reasons"]
            .as_array()
            .unwrap()
            .iter()
            .all(|r| r["code"] != "laughed-along")
    );
}

#[test]
fn recurring_patterns_lead_in_plain_words() {
    let j = known_journal();
    let p = patterns(&j, &[]);
    assert_eq!(
        p["recurring"],
        json!([{
            "reason": "accepted-refusal",
            "label_en": "Accepted the refusal too quickly",
            "label_nl": "Me te snel laten afschepen",
            "cases": 3,
            "count": 4,
            "opportunities": 6,
            "base": "step-zero",
            "when": null,
            "top_steps": [0],
            "resistance": "no-one-left",
            "resistance_en": "I have no one (left)",
            "resistance_nl": "Ik heb niemand (meer) in mijn netwerk",
            "trend": null
        }])
    );
    let mut args = vec!["patterns"];
    args.extend_from_slice(&JANUARY);
    let text = j.ok(&args);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(
        lines[0],
        "8 reflections on 4 cases, 2026-01-01 – 2026-01-31"
    );
    assert_eq!(
        lines[3],
        "  • Accepted the refusal too quickly — 3 cases, 4 of 6 sessions without anyone from the system or where resistance was met (67%), mostly at step 0, with 'I have no one (left)'"
    );
    // A lower threshold makes more reasons recur.
    let p2 = patterns(&j, &["--min-cases", "2"]);
    assert_eq!(p2["recurring"].as_array().unwrap().len(), 3);
}

#[test]
fn pairs_that_recur_together() {
    let j = known_journal();
    let p = patterns(&j, &[]);
    let pairs: Vec<Value> = p["pairs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| {
            json!([
                x["reason"],
                x["step"],
                x["resistance"],
                x["count"],
                x["cases"],
                x["recurring"]
            ])
        })
        .collect();
    assert_eq!(
        pairs,
        [
            json!(["accepted-refusal", 0, null, 4, 3, true]),
            json!(["accepted-refusal", null, "no-one-left", 3, 3, true]),
            json!(["lost-own-need", 0, null, 2, 2, false]),
            json!(["went-too-fast", 3, null, 2, 2, false]),
        ]
    );
    // Issue 12.3: a reason × resistance pair as a rate over the sessions
    // where that reaction was met (no-one-left: Anna, Bert, Cas).
    let refusal = &p["pairs"][1];
    assert_eq!(refusal["opportunities"], 3);
    assert_eq!(refusal["rate"], 1.0);
}

#[test]
fn what_followed_each_reason_and_resistance() {
    let j = known_journal();
    let p = patterns(&j, &[]);
    let outcomes: Vec<Value> = p["outcomes"]["reasons"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            json!([
                o["reason"],
                o["with"]["cases"],
                o["with"]["reached"],
                o["without"]["cases"],
                o["without"]["reached"]
            ])
        })
        .collect();
    assert_eq!(
        outcomes,
        [
            // Anna (Pa came later) and Bert (closed system-involved) of 3; Dirk without.
            json!(["accepted-refusal", 3, 2, 1, 0]),
            json!(["lost-own-need", 2, 1, 2, 1]),
            // Issue 12: Cas and Dirk never had a partner present, so they
            // had no chance to go too fast at step 3: nobody left to compare.
            json!(["went-too-fast", 2, 2, 0, 0]),
        ]
    );
    let refusal = &p["outcomes"]["reasons"][0];
    assert_eq!(refusal["with"]["share"].as_f64().unwrap(), 2.0 / 3.0);
    assert_eq!(refusal["without"]["share"], 0.0);

    let resistances: Vec<Value> = p["resistances"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            json!([
                r["code"],
                r["cases"],
                r["joined_later"],
                r["median_individual_sessions"]
            ])
        })
        .collect();
    assert_eq!(
        resistances,
        [
            // Anna: two individual sessions before Pa; Bert: one before Pb.
            json!(["no-one-left", 3, 2, 1.5]),
            json!(["they-wont-come", 1, 0, null]),
            json!(["my-own-problem", 1, 0, null]),
        ]
    );
    assert_eq!(
        p["outcomes"]["baseline"],
        // Issue 12: closed cases only (Bert); Anna and Dirk are still open.
        json!({
            "cohabiting_cases": 1,
            "individual_only": 0,
            "share": 0.0,
            "source_share": 0.65,
            "open_cases": 2
        })
    );
}

#[test]
fn one_case_only() {
    let j = known_journal();
    let p = patterns(&j, &["--case", "anna"]);
    assert_eq!(p["reflections"], 3);
    assert_eq!(p["cases"], 1);
    assert_eq!(reason(&p, "accepted-refusal")["count"], 2);
    assert!(
        j.err(&["patterns", "--case", "Ana"])
            .contains("did you mean 'Anna'?")
    );
}

#[test]
fn the_tables_show_every_section() {
    let j = known_journal();
    let mut args = vec!["patterns"];
    args.extend_from_slice(&JANUARY);
    let text = j.ok(&args);
    for heading in [
        "Where it stalls",
        "Why",
        "Together",
        "What followed",
        "After resistance",
        "Baseline",
    ] {
        assert!(
            text.lines().any(|l| l == heading),
            "{heading} missing:\n{text}"
        );
    }
    assert!(
        text.contains("Only 1 closed case whose client lives with a partner: too few to compare with the method's source (65%)"),
        "{text}"
    );
    assert!(text.contains("2 cases still open are left out"), "{text}");
}

#[test]
fn empty_and_tiny_journals_get_a_sentence_not_empty_tables() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna"]);
    let text = j.ok(&["patterns"]);
    assert_eq!(
        text.trim(),
        "No reflections in this period yet. Patterns appear once a few sessions are recorded: `spiegel add CASE --stall STEP:REASON --note TEXT`."
    );
    let p = j.json(&["patterns"]);
    assert_eq!(p["reflections"], 0);
    assert_eq!(p["steps"], json!([]));
    assert_eq!(p["recurring"], json!([]));

    j.ok(&["add", "Anna", "--note", "no stall today"]);
    let text = j.ok(&["patterns"]);
    assert!(text.contains("Only 1 reflection so far"), "{text}");
    assert!(
        text.contains("No stalls with a reason on your own side in this period."),
        "{text}"
    );
    assert!(!text.contains('┌'), "no empty tables:\n{text}");
}

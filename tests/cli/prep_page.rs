//! Issue 13: `prep` as the page a supervisor wants on the table: it opens
//! with the last meeting, keeps every thread in view, chooses its excerpts,
//! and stays the size of a page at any journal size.

use serde_json::Value;

use crate::support::Journal;

mod bounds;

/// Six weeks of sessions after a meeting on 2026-01-31 (the one before on
/// 2026-01-10), as in the issue:
/// - focused-on-objections in 4 cases and accepted-refusal in 3: recurring;
/// - laughed-along in 2 cases (Karim, Otto), with an open question on it;
/// - went-too-fast: a learning goal, not given since the meeting;
/// - did-not-mirror: 3 cases before the meeting (its page), 1 since;
/// - lost-own-need: 1 case, no thread: not on the page.
fn issue_journal() -> Journal {
    let j = Journal::new();
    for case in ["Karim", "Lies", "Mo", "Noor", "Otto"] {
        j.ok(&["case", "add", case, "--opened", "2026-01-01"]);
        j.ok(&["other", "add", case, "Pa", "--role", "partner"]);
    }
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-01-10",
        "--kind",
        "peer",
        "--note",
        "First round.",
    ]);
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-01-31",
        "--with",
        "Marieke",
        "--note",
        "Next time: the laughing along with Karim.",
    ]);
    let add = |case: &str, date: &str, stall: &str, with: bool, note: &str, ask: &str| {
        let mut args = vec!["add", case, "--date", date, "--stall", stall];
        if with {
            args.extend(["--with", "Pa"]);
        }
        if !note.is_empty() {
            args.extend(["--note", note]);
        }
        if !ask.is_empty() {
            args.extend(["--ask", ask]);
        }
        j.ok(&args);
    };
    // Before the last meeting: did-not-mirror in three cases; two questions.
    add(
        "Lies",
        "2026-01-05",
        "0:accepted-refusal",
        false,
        "",
        "Old question?",
    );
    for case in ["Karim", "Lies", "Mo"] {
        add(case, "2026-01-20", "7:did-not-mirror", true, "", "");
    }
    add(
        "Mo",
        "2026-01-22",
        "0:accepted-refusal",
        false,
        "",
        "Why do I give in?",
    );
    let answer = |date: &str, asked: &str, text: &str| {
        let questions = j.json(&["questions"]);
        let id = questions
            .as_array()
            .unwrap()
            .iter()
            .find(|q| q["text"] == asked)
            .unwrap()["id"]
            .to_string();
        j.ok(&["questions", "answer", &id, "--date", date, "--note", text]);
    };
    answer("2026-01-10", "Old question?", "Answered long ago.");
    answer(
        "2026-01-31",
        "Why do I give in?",
        "Ask a second time, and say what I need.",
    );

    let long = "Karim zei dat zijn moeder het te druk had en ik liet het gaan, ik lachte \
                zelfs mee toen hij er een grap over maakte. Pas in de auto merkte ik dat \
                ik de weerstand niet had onderzocht en dat ik mijn eigen behoefte aan \
                haar aanwezigheid was kwijtgeraakt; volgende keer vraag ik een tweede keer \
                door en zeg ik wat ik van haar nodig heb om verder te kunnen helpen.";
    add("Lies", "2026-02-25", "0:accepted-refusal", false, long, "");
    add(
        "Lies",
        "2026-02-24",
        "0:accepted-refusal,focused-on-objections",
        false,
        "Lies: both.",
        "",
    );
    add(
        "Mo",
        "2026-02-10",
        "0:accepted-refusal,focused-on-objections",
        false,
        "Mo: both.",
        "",
    );
    add(
        "Mo",
        "2026-02-08",
        "0:accepted-refusal",
        false,
        "Mo: refusal only.",
        "",
    );
    add(
        "Noor",
        "2026-02-12",
        "0:accepted-refusal,focused-on-objections",
        false,
        "Noor: both.",
        "",
    );
    add(
        "Karim",
        "2026-02-15",
        "0:focused-on-objections",
        false,
        "Karim: objections.",
        "",
    );
    add(
        "Karim",
        "2026-02-05",
        "7:laughed-along",
        true,
        "Karim joked; I laughed along.",
        "Why do I laugh along with Karim?",
    );
    add(
        "Otto",
        "2026-02-06",
        "6:laughed-along",
        true,
        "Otto changed the subject.",
        "",
    );
    add(
        "Noor",
        "2026-02-18",
        "7:did-not-mirror",
        true,
        "Noor: not mirrored.",
        "",
    );
    add(
        "Otto",
        "2026-02-20",
        "0:lost-own-need",
        false,
        "Otto: lost it.",
        "",
    );
    j.ok(&[
        "goal",
        "add",
        "Stay with the silence",
        "--reason",
        "went-too-fast",
        "--since",
        "2026-02-01",
    ]);
    j
}

/// The section of `md` under the heading that starts with `heading`.
/// An ISO date as the English page writes it ("2026-02-24" → "24 Feb 2026").
fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let (y, rest) = iso.split_once('-').unwrap();
    let (m, d) = rest.split_once('-').unwrap();
    let month = MONTHS[m.parse::<usize>().unwrap() - 1];
    format!("{} {month} {y}", d.parse::<u8>().unwrap())
}

fn section<'a>(md: &'a str, heading: &str) -> &'a str {
    let start = md
        .find(heading)
        .unwrap_or_else(|| panic!("{heading} in:\n{md}"));
    let rest = &md[start + heading.len()..];
    let level = heading.split(' ').next().unwrap();
    let end = rest
        .match_indices('\n')
        .map(|(i, _)| i + 1)
        .find(|&i| {
            rest[i..].starts_with(&format!("{level} "))
                || (level == "###" && rest[i..].starts_with("## "))
        })
        .unwrap_or(rest.len());
    &rest[..end]
}

#[test]
fn the_page_opens_with_the_last_meeting_and_the_questions_since() {
    let j = issue_journal();
    let md = j.ok(&["prep"]);
    let meeting = section(&md, "## The last meeting");
    assert!(
        meeting.contains("31 Jan 2026 · individual supervision with Marieke"),
        "{meeting}"
    );
    assert!(
        meeting.contains("What was agreed: Next time: the laughing along with Karim."),
        "{meeting}"
    );
    let answered = section(&md, "### Answered since 31 Jan 2026");
    assert!(
        answered.contains(
            "- 31 Jan 2026, Mo: Why do I give in? — Answer: Ask a second time, and say what I need."
        ),
        "{answered}"
    );
    assert!(!md.contains("Old question?"), "answered before the meeting");
    let open = section(&md, "## Open questions");
    assert!(
        open.contains("- 5 Feb 2026, Karim: Why do I laugh along with Karim?"),
        "{open}"
    );
    let pos = |s: &str| md.find(s).unwrap();
    assert!(pos("## The last meeting") < pos("## Open questions"));
    assert!(pos("## Open questions") < pos("## Patterns in view"));

    let html = j.ok(&["prep", "--format", "html"]);
    for part in [
        "31 Jan 2026 · individual supervision with Marieke",
        "<blockquote>Next time: the laughing along with Karim.</blockquote>",
        "— Why do I give in?<br>Answer: Ask a second time, and say what I need.</li>",
    ] {
        assert!(html.contains(part), "{part} in the HTML");
    }

    let nl = j.ok(&["prep", "--lang", "nl"]);
    for part in [
        "## De vorige bijeenkomst",
        "31 jan. 2026 · individuele supervisie met Marieke",
        "Wat er is afgesproken: Next time: the laughing along with Karim.",
        "### Beantwoord sinds 31 jan. 2026",
        "— Antwoord: Ask a second time",
        "## Open vragen",
    ] {
        assert!(nl.contains(part), "{part} in:\n{nl}");
    }
}

#[test]
fn without_a_meeting_the_page_says_how_to_record_one() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna"]);
    let md = j.ok(&["prep"]);
    assert!(
        md.contains(
            "No supervision meeting recorded yet; record one with: `spiegel supervision add`"
        ),
        "{md}"
    );
    let j = issue_journal();
    j.ok(&[
        "supervision",
        "add",
        "--kind",
        "peer",
        "--with",
        "groep noord",
    ]);
    let md = j.ok(&["prep", "--lang", "nl"]);
    assert!(
        md.contains("15 mrt. 2026 · intervisie met groep noord"),
        "{md}"
    );
    assert!(md.contains("Er is geen notitie bij vastgelegd."), "{md}");
    assert!(
        md.contains("Sindsdien is er geen vraag beantwoord."),
        "{md}"
    );
}

#[test]
fn every_thread_stays_in_view_and_says_why() {
    let j = issue_journal();
    let md = j.ok(&["prep"]);
    let patterns = section(&md, "## Patterns in view (my own side)");
    let laughed = section(
        patterns,
        "### Went along with the joke or the change of subject — 2 cases",
    );
    assert!(
        laughed.contains("*In view because: an open question*"),
        "{laughed}"
    );
    assert!(laughed.contains("Cases: Karim (1), Otto (1)"), "{laughed}");
    let goal = section(
        patterns,
        "### Went too fast; no room for silence — not given in this period",
    );
    assert!(
        goal.contains("*In view because: a learning goal*"),
        "{goal}"
    );
    let mirror = section(
        patterns,
        "### Didn't mirror the other's non-helping behaviour — 1 case",
    );
    assert!(
        mirror.contains("*In view because: on the last meeting's page*"),
        "{mirror}"
    );
    let refusal = section(patterns, "### Accepted the refusal too quickly — 3 cases");
    assert!(
        refusal.contains("*In view because: recurs in 3 or more cases*"),
        "{refusal}"
    );
    assert!(
        !patterns.contains("Lost touch with my own need"),
        "one case and no thread: {patterns}"
    );

    let nl = j.ok(&["prep", "--lang", "nl"]);
    for part in [
        "## Patronen in beeld (mijn eigen handelen)",
        "*In beeld vanwege: een open vraag*",
        "*In beeld vanwege: een leerdoel*",
        "*In beeld vanwege: stond op de pagina van de vorige bijeenkomst*",
        "*In beeld vanwege: komt terug in 3 of meer casussen*",
        "Te snel gegaan; geen ruimte voor stilte — in deze periode niet gegeven",
    ] {
        assert!(nl.contains(part), "{part} in:\n{nl}");
    }
}

/// The excerpt lines of one pattern's section.
fn excerpts(section: &str) -> Vec<&str> {
    section.lines().filter(|l| l.starts_with("- ")).collect()
}

#[test]
fn excerpts_are_chosen_across_cases_and_never_shown_twice_while_others_remain() {
    let j = issue_journal();
    let md = j.ok(&["prep"]);
    let objections = excerpts(section(
        &md,
        "### Focused too much on the client's objections — 4 cases",
    ));
    let refusal = excerpts(section(
        &md,
        "### Accepted the refusal too quickly — 3 cases",
    ));
    assert_eq!(
        objections,
        vec![
            "- 24 Feb 2026, Lies: “Lies: both.”",
            "- 15 Feb 2026, Karim: “Karim: objections.”",
            "- 12 Feb 2026, Noor: “Noor: both.”",
        ],
        "{md}"
    );
    // Not the two latest of Lies, and none of the sessions quoted above.
    assert_eq!(refusal.len(), 3, "{md}");
    assert!(
        refusal[0].starts_with("- 25 Feb 2026, Lies: “Karim zei dat"),
        "{md}"
    );
    assert_eq!(
        refusal[1..],
        [
            "- 10 Feb 2026, Mo: “Mo: both.”",
            "- 8 Feb 2026, Mo: “Mo: refusal only.”"
        ]
    );
}

#[test]
fn long_notes_are_cut_after_a_word_the_same_in_markdown_and_html() {
    let j = issue_journal();
    let md = j.ok(&["prep"]);
    let line = md
        .lines()
        .find(|l| l.starts_with("- 25 Feb 2026, Lies: “Karim zei dat"))
        .unwrap();
    let quoted = line
        .trim_start_matches("- 25 Feb 2026, Lies: “")
        .trim_end_matches('”');
    assert!(quoted.ends_with('…'), "{quoted}");
    assert!(quoted.chars().count() <= 280, "{quoted}");
    let kept = quoted.trim_end_matches('…').trim_end();
    let json = j.json(&["list", "--case", "Lies"]);
    let note = json
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["date"] == "2026-02-25")
        .unwrap()["note"]
        .as_str()
        .unwrap()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(note.starts_with(kept), "{kept}");
    let next = note[kept.len()..].chars().next().unwrap();
    assert!(!next.is_alphanumeric(), "cut inside a word: {kept}|{next}");

    let html = j.ok(&["prep", "--format", "html"]);
    assert!(
        html.contains(&format!("<br>{quoted}</blockquote>")),
        "{quoted}"
    );
}

#[test]
fn prep_json_holds_everything_the_page_shows() {
    let j = issue_journal();
    let page: Value = j.json(&["prep"]);
    let md = j.ok(&["prep"]);
    assert_eq!(page["meeting"]["date"], "2026-01-31");
    assert_eq!(page["meeting"]["kind"], "individual");
    assert_eq!(page["meeting"]["with"], "Marieke");
    assert_eq!(
        page["meeting"]["note"],
        "Next time: the laughing along with Karim."
    );
    assert_eq!(page["answered_since"], "2026-01-31");
    assert_eq!(page["answered"][0]["text"], "Why do I give in?");
    assert_eq!(page["more_answered"], 0);
    assert_eq!(
        page["questions"][0]["text"],
        "Why do I laugh along with Karim?"
    );
    assert_eq!(page["more_questions"], 0);
    let in_view = page["in_view"].as_array().unwrap();
    let codes: Vec<&str> = in_view
        .iter()
        .map(|v| v["pattern"]["reason"].as_str().unwrap())
        .collect();
    assert_eq!(
        codes,
        [
            "focused-on-objections",
            "accepted-refusal",
            "laughed-along",
            "did-not-mirror",
            "went-too-fast"
        ]
    );
    let laughed = &in_view[2];
    assert_eq!(laughed["why"], serde_json::json!(["open-question"]));
    assert_eq!(laughed["pattern"]["cases"], 2);
    assert_eq!(in_view[3]["why"], serde_json::json!(["last-meeting"]));
    assert_eq!(in_view[4]["why"], serde_json::json!(["goal"]));
    assert_eq!(in_view[4]["pattern"]["cases"], 0);
    // Every case and excerpt in the JSON is on the page, as shown there.
    for v in in_view {
        for c in v["cases"].as_array().unwrap() {
            let named = format!("{} ({})", c["case"].as_str().unwrap(), c["reflections"]);
            assert!(md.contains(&named), "{named}");
        }
        for e in v["excerpts"].as_array().unwrap() {
            let line = format!(
                "- {}, {}: “{}”",
                long_date(e["date"].as_str().unwrap()),
                e["case"].as_str().unwrap(),
                e["note"].as_str().unwrap()
            );
            assert!(md.contains(&line), "{line}");
        }
        assert_eq!(v["more_cases"], 0);
    }
    assert_eq!(in_view[1]["excerpts"][0]["cut"], true);
    assert_eq!(in_view[1]["more_sessions"], 2, "5 sessions, 3 quoted");
    assert_eq!(page["more_patterns"], serde_json::json!([]));
    assert_eq!(page["earlier_months"], 0);
}

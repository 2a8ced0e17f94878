//! `spiegel brief CASE`: one screen before the next session (issue 13).

use crate::support::Journal;

/// John (opened 2026-01-01, today 2026-03-15) with four sessions: two
/// alone where the refusal was accepted, then two with Levi where it
/// stalled at the joke; Maarten named but never come. Two questions, the
/// first answered; a goal on laughing along (from 2026-02-20) and one on
/// a reason this case never gave.
fn john() -> Journal {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-01-10",
        "--resistance",
        "they-wont-come",
        "--stall",
        "0:accepted-refusal",
        "--note",
        "He says nobody would come.",
        "--ask",
        "How do I ask a second time?",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-01-24",
        "--stall",
        "0:accepted-refusal,lost-own-need",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-02-14",
        "--with",
        "Levi",
        "--stall",
        "6:laughed-along",
        "--note",
        "Levi came. John joked at step 6.",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-07",
        "--with",
        "Levi",
        "--medium",
        "video",
        "--stall",
        "7:laughed-along,did-not-mirror",
        "--note",
        "Next time: the *laughing along* with Levi.",
        "--ask",
        "Why do I laugh along when it gets close?",
    ]);
    j.ok(&["questions", "answer", "1", "--note", "Ask twice."]);
    j.ok(&[
        "goal",
        "add",
        "Stop laughing along",
        "--reason",
        "laughed-along",
        "--since",
        "2026-02-20",
    ]);
    j.ok(&[
        "goal",
        "add",
        "Stay with the silence",
        "--reason",
        "went-too-fast",
        "--since",
        "2026-02-20",
    ]);
    j
}

fn lines(out: &str) -> Vec<&str> {
    out.lines().map(str::trim).collect()
}

#[test]
fn the_brief_opens_with_the_case_who_came_and_who_not_yet() {
    let j = john();
    let out = j.ok(&["brief", "john"]);
    let l = lines(&out);
    assert_eq!(l[0], "John: before the next session", "{out}");
    assert!(l.contains(&"Open for 2 months, since 2026-01-01"), "{out}");
    assert!(
        l.contains(&"4 sessions so far, the last on 2026-03-07"),
        "{out}"
    );
    assert!(l.contains(&"Took part: Levi (friend, 2 sessions)"), "{out}");
    assert!(
        l.contains(&"Named, not yet come: Maarten (friend)"),
        "{out}"
    );
}

#[test]
fn the_last_session_and_the_one_before_with_stall_note_and_question() {
    let j = john();
    let out = j.ok(&["brief", "John"]);
    let l = lines(&out);
    let last = l
        .iter()
        .position(|x| *x == "Last session: 2026-03-07, with Levi (video)")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        l[last + 1],
        "Stalled at step 7 (Mirror the other's non-helping behaviour): \
         Didn't mirror the other's non-helping behaviour; \
         Went along with the joke or the change of subject"
    );
    assert_eq!(
        l[last + 2],
        "Note: Next time: the *laughing along* with Levi."
    );
    assert_eq!(
        l[last + 3],
        "Question 2: Why do I laugh along when it gets close?"
    );
    let before = l
        .iter()
        .position(|x| *x == "The session before: 2026-02-14, with Levi")
        .unwrap_or_else(|| panic!("{out}"));
    assert!(l[before + 1].starts_with("Stalled at step 6 ("), "{out}");
    assert_eq!(l[before + 2], "Note: Levi came. John joked at step 6.");
    // Only the last two sessions.
    assert!(!out.contains("He says nobody would come."), "{out}");
}

#[test]
fn where_it_usually_stalls_counts_over_the_cases_sessions() {
    let j = john();
    let out = j.ok(&["brief", "John"]);
    let l = lines(&out);
    let at = l
        .iter()
        .position(|x| *x == "Where it usually stalls in this case")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        &l[at + 1..at + 8],
        [
            "It stalled in 4 of 4 sessions, most often at:",
            "step 0 (Get the significant others to the table): 2 of 4 sessions",
            "step 6 (The client dwells on it and responds): 1 of 4 sessions",
            "step 7 (Mirror the other's non-helping behaviour): 1 of 4 sessions",
            "Most often because:",
            "Accepted the refusal too quickly: 2 of 4 sessions",
            "Went along with the joke or the change of subject: 2 of 4 sessions",
        ],
        "{out}"
    );
    assert_eq!(
        &l[at + 8..at + 10],
        [
            "Didn't mirror the other's non-helping behaviour: 1 of 4 sessions",
            "and 1 more"
        ],
        "{out}"
    );
    // Small numbers: never a percentage.
    assert!(!out.contains('%'), "{out}");
}

#[test]
fn the_step_at_stake_is_where_it_last_stalled_with_the_methods_words() {
    let j = john();
    let out = j.ok(&["brief", "John"]);
    let l = lines(&out);
    let at = l
        .iter()
        .position(|x| x.starts_with("At stake next:"))
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        &l[at..at + 4],
        [
            "At stake next: step 7 · Mirror the other's non-helping behaviour",
            "Where it last stalled, on 2026-03-07.",
            "What to do: Mirror the other's non-helping behaviour (\"Do you like that we're talking about something else now?\") and tell them: \"take what you want much more seriously.\" Give room to the client's resistance (\"How annoying would it be if they didn't let you get away with your jokes next time?\").",
            "Where it typically stalls: Laughing along, or not mirroring.",
        ]
    );
}

#[test]
fn step_zero_is_at_stake_while_nobody_from_the_system_has_come() {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--stall",
        "6:laughed-along",
    ]);
    let out = j.ok(&["brief", "John"]);
    assert!(
        out.contains("At stake next: step 0 · Get the significant others to the table"),
        "{out}"
    );
    assert!(
        out.contains("Nobody from the system has come yet."),
        "{out}"
    );
    assert!(
        out.contains("Nobody from the system has taken part yet"),
        "{out}"
    );
    assert!(
        out.contains("Named, not yet come: Levi (friend), Maarten (friend)"),
        "{out}"
    );
    assert!(
        out.contains("What to do: Take responsibility for their presence"),
        "{out}"
    );

    // A case without sessions or anyone named.
    j.ok(&["case", "add", "Ada", "--opened", "2026-03-10"]);
    let out = j.ok(&["brief", "Ada"]);
    let l = lines(&out);
    assert!(l.contains(&"Open for 5 days, since 2026-03-10"), "{out}");
    assert!(l.contains(&"No sessions yet"), "{out}");
    assert!(l.contains(&"Nobody from the system named yet"), "{out}");
    assert!(
        l.contains(&"No session of this case recorded yet."),
        "{out}"
    );
    assert!(!out.contains("Where it usually stalls"), "{out}");
    assert!(out.contains("At stake next: step 0"), "{out}");

    // Long open: in years.
    j.ok(&["case", "add", "Bo", "--opened", "2023-01-01"]);
    let out = j.ok(&["brief", "Bo"]);
    assert!(
        out.contains("\nOpen for 3 years, since 2023-01-01\n"),
        "{out}"
    );
}

#[test]
fn open_questions_and_the_goals_whose_reason_came_up_in_the_case() {
    let j = john();
    let out = j.ok(&["brief", "John"]);
    let l = lines(&out);
    let at = l
        .iter()
        .position(|x| *x == "Open questions of this case")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        l[at + 1],
        "2026-03-07, question 2: Why do I laugh along when it gets close?"
    );
    assert!(!out.contains("How do I ask a second time?"), "{out}");
    let at = l
        .iter()
        .position(|x| *x == "Learning goals that came up in this case")
        .unwrap_or_else(|| panic!("{out}"));
    assert_eq!(
        &l[at + 1..],
        [
            "Goal 1: Stop laughing along — Went along with the joke or the change of subject",
            "in this case, before 2026-02-20: 1 of 1; since then: 1 of 1 \
             (sessions with someone from the system present)",
        ],
        "{out}"
    );
    assert!(!out.contains("Stay with the silence"), "{out}");
}

#[test]
fn an_unknown_case_is_the_usual_error_with_a_suggestion() {
    let j = john();
    assert_eq!(
        j.err(&["brief", "Jon"]),
        "error: no case 'Jon' — did you mean 'John'?"
    );
}

#[test]
fn json_keeps_codes_and_every_figure_with_its_base() {
    let j = john();
    let b = j.json(&["brief", "John"]);
    assert_eq!(b["case"]["name"], "John");
    assert_eq!(b["case"]["opened_on"], "2026-01-01");
    assert_eq!(b["case"]["days_open"], 73);
    assert_eq!(b["case"]["sessions"], 4);
    assert_eq!(b["took_part"][0]["name"], "Levi");
    assert_eq!(b["took_part"][0]["role"], "friend");
    assert_eq!(b["took_part"][0]["sessions"], 2);
    assert_eq!(b["not_yet"][0]["name"], "Maarten");
    assert_eq!(b["last"].as_array().unwrap().len(), 2);
    assert_eq!(b["last"][0]["date"], "2026-03-07");
    assert_eq!(b["last"][0]["medium"], "video");
    assert_eq!(b["last"][0]["stalls"][0]["step"], 7);
    assert_eq!(
        b["last"][0]["stalls"][0]["reasons"],
        serde_json::json!(["did-not-mirror", "laughed-along"])
    );
    assert_eq!(b["last"][1]["date"], "2026-02-14");
    assert_eq!(b["usual"]["sessions"], 4);
    assert_eq!(b["usual"]["stalled"], 4);
    assert_eq!(
        b["usual"]["steps"][0],
        serde_json::json!({"step": 0, "sessions": 2})
    );
    assert_eq!(
        b["usual"]["reasons"][0],
        serde_json::json!({"reason": "accepted-refusal", "sessions": 2})
    );
    assert_eq!(b["at_stake"]["step"], 7);
    assert_eq!(b["at_stake"]["why"], "last-stalled");
    assert_eq!(b["at_stake"]["stalled_on"], "2026-03-07");
    assert_eq!(b["at_stake"]["pitfall_nl"], "Meelachen, of niet spiegelen.");
    assert_eq!(b["open_questions"].as_array().unwrap().len(), 1);
    assert_eq!(b["open_questions"][0]["id"], 2);
    let goals = b["goals"].as_array().unwrap();
    assert_eq!(goals.len(), 1);
    assert_eq!(goals[0]["reason"], "laughed-along");
    assert_eq!(goals[0]["base"], "conversation");
    assert_eq!(
        goals[0]["before"],
        serde_json::json!({"count": 1, "opportunities": 1})
    );
    assert_eq!(
        goals[0]["after"],
        serde_json::json!({"count": 1, "opportunities": 1})
    );
    // Codes, not labels, whatever the language.
    let nl = j.json(&["--lang", "nl", "brief", "John"]);
    assert_eq!(nl, b);
}

#[test]
fn markdown_has_a_title_sections_and_escaped_text() {
    let j = john();
    let md = j.ok(&["brief", "John", "--format", "md"]);
    assert!(
        md.starts_with("# John: before the next session\n\n- Open for"),
        "{md}"
    );
    assert!(
        md.contains("\n## Last session: 2026-03-07, with Levi (video)\n\n- Stalled at step 7"),
        "{md}"
    );
    assert!(
        md.contains("- Note: Next time: the \\*laughing along\\* with Levi."),
        "{md}"
    );
    assert!(
        md.contains("\n## Where it usually stalls in this case\n"),
        "{md}"
    );
    assert!(
        md.contains("  - step 0 (Get the significant others to the table): 2 of 4 sessions\n"),
        "{md}"
    );
    assert!(md.contains("\n## At stake next: step 7 · "), "{md}");
    assert!(md.contains("\n## Open questions of this case\n"), "{md}");
    assert!(
        md.contains("\n## Learning goals that came up in this case\n"),
        "{md}"
    );
    // --json and --format do not go together.
    j.err_usage(&["brief", "John", "--format", "md", "--json"]);
}

#[test]
fn the_brief_speaks_dutch() {
    let j = john();
    let out = j.ok(&["--lang", "nl", "brief", "John"]);
    let l = lines(&out);
    for line in [
        "John: voor de volgende sessie",
        "Loopt al 2 maanden, sinds 2026-01-01",
        "4 sessies tot nu toe, de laatste op 2026-03-07",
        "Deden mee: Levi (vriend(in), 2 sessies)",
        "Genoemd, nog niet gekomen: Maarten (vriend(in))",
        "Laatste sessie: 2026-03-07, met Levi (video)",
        "De sessie daarvoor: 2026-02-14, met Levi",
        "Waar het in deze casus meestal vastloopt",
        "Het liep vast in 4 van de 4 sessies, het vaakst bij:",
        "Me te snel laten afschepen: 2 van de 4 sessies",
        "Waar het volgende keer om draait: stap 7 · Spiegel het niet-helpende gedrag van de ander",
        "Hier liep het het laatst vast, op 2026-03-07.",
        "Waar het meestal vastloopt: Meelachen, of niet spiegelen.",
        "Open vragen bij deze casus",
        "Leerdoelen die in deze casus speelden",
        "in deze casus, vóór 2026-02-20: 1 van 1; sindsdien: 1 van 1 \
         (sessies met iemand uit het systeem erbij)",
    ] {
        assert!(l.contains(&line), "{line:?} not in:\n{out}");
    }
    let md = j.ok(&["--lang", "nl", "brief", "John", "--format", "md"]);
    assert!(md.starts_with("# John: voor de volgende sessie\n"), "{md}");
    assert_eq!(
        j.err(&["--lang", "nl", "brief", "Jon"]),
        "fout: geen casus 'Jon' — bedoel je 'John'?"
    );
}

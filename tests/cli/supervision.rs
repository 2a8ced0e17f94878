//! `spiegel questions`, `supervision` and `goal`.

use serde_json::json;

use crate::support::{Journal, TODAY};

#[test]
fn questions_are_listed_until_answered() {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-01",
        "--ask",
        "Why do I give up so quickly?",
    ]);
    j.ok(&["add", "John", "--date", "2026-03-08"]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-03-10",
        "--ask",
        "How do I stay with the silence?",
    ]);

    let open = j.json(&["questions"]);
    assert_eq!(open.as_array().unwrap().len(), 2);
    assert_eq!(open[0]["id"], 1);
    assert_eq!(open[0]["case"], "John");
    assert_eq!(open[0]["date"], "2026-03-01");
    assert_eq!(open[0]["reflection"], 1);
    assert_eq!(open[0]["text"], "Why do I give up so quickly?");
    assert!(
        j.ok(&["questions"])
            .contains("How do I stay with the silence?")
    );

    assert_eq!(
        j.ok(&[
            "questions",
            "answer",
            "1",
            "--note",
            "Ask twice; name my own need."
        ])
        .trim(),
        "question 1 answered and closed"
    );
    let open = j.json(&["questions", "--open"]);
    assert_eq!(open.as_array().unwrap().len(), 1);
    assert_eq!(open[0]["id"], 2);
    let all = j.json(&["questions", "--all"]);
    assert_eq!(all[0]["answer"], "Ask twice; name my own need.");
    assert_eq!(all[0]["answered_on"], TODAY);
    assert!(j.ok(&["questions", "--all"]).contains("Ask twice"));
    // The reflection shows the answer too.
    assert_eq!(
        j.json(&["show", "1"])["question"]["answer"],
        "Ask twice; name my own need."
    );

    let err = j.err(&["questions", "answer", "1", "--note", "again"]);
    assert!(
        err.contains("already answered on 2026-03-15 — add --replace"),
        "{err}"
    );
    j.ok(&["questions", "answer", "1", "--note", "again", "--replace"]);
    assert_eq!(j.json(&["questions", "--all"])[0]["answer"], "again");

    assert!(
        j.err(&["questions", "answer", "9", "--note", "x"])
            .contains("no question 9")
    );
    assert!(
        j.err_usage(&["questions", "answer", "2", "--note", "  "])
            .contains("cannot be empty")
    );
}

#[test]
fn no_questions_is_a_sentence() {
    let j = Journal::with_john();
    assert!(j.ok(&["questions"]).contains("No open questions"));
}

#[test]
fn supervision_meetings_are_recorded_and_listed() {
    let j = Journal::with_john();
    assert!(
        j.ok(&["supervision", "list"])
            .contains("No supervision meetings yet")
    );
    assert_eq!(
        j.ok(&["supervision", "add", "--date", "2026-02-01"]).trim(),
        "meeting 1 recorded (2026-02-01, individual)"
    );
    j.ok(&[
        "supervision",
        "add",
        "--kind",
        "peer",
        "--with",
        "Intervisie Noord",
        "--note",
        "Brought the John case.",
    ]);
    let list = j.json(&["supervision", "list"]);
    assert_eq!(list[0]["date"], TODAY, "most recent first");
    assert_eq!(list[0]["kind"], "peer");
    assert_eq!(list[0]["with"], "Intervisie Noord");
    assert_eq!(list[0]["note"], "Brought the John case.");
    assert_eq!(list[1]["kind"], "individual");
    assert_eq!(list[1]["with"], json!(null));
    assert!(j.ok(&["supervision", "list"]).contains("Intervisie Noord"));

    j.cmd(&["supervision", "add", "--kind", "coaching"])
        .assert()
        .code(2);
    assert!(
        j.err_usage(&["supervision", "add", "--date", "2026-13-01"])
            .contains("not a date")
    );
}

#[test]
fn goals_show_their_reason_before_and_since() {
    let j = Journal::with_john();
    for (date, stall) in [
        ("2026-01-05", Some("3:went-too-fast")),
        ("2026-01-12", None),
        ("2026-01-19", Some("6:went-too-fast")),
        ("2026-01-26", Some("0:accepted-refusal")),
        ("2026-02-02", Some("3:went-too-fast")),
        ("2026-02-09", None),
        ("2026-03-02", None),
        ("2026-03-09", Some("7:laughed-along")),
    ] {
        let mut args = vec!["add", "John", "--date", date];
        if let Some(stall) = stall {
            args.extend(["--stall", stall]);
        }
        j.ok(&args);
    }
    let err = j.err_usage(&[
        "goal",
        "add",
        "Stay with the silence",
        "--reason",
        "went-to-fast",
    ]);
    assert!(err.contains("did you mean 'went-too-fast'?"), "{err}");
    assert_eq!(
        j.ok(&[
            "goal",
            "add",
            "Stay with the silence at step 3",
            "--reason",
            "went-too-fast",
            "--since",
            "2026-02-01"
        ])
        .trim(),
        "goal 1 added: Stay with the silence at step 3"
    );

    let goals = j.json(&["goal", "list"]);
    let g = &goals[0];
    assert_eq!(g["text"], "Stay with the silence at step 3");
    assert_eq!(g["reason"], "went-too-fast");
    assert_eq!(g["since"], "2026-02-01");
    // Issue 12: nobody from John's system ever took part, so steps 3 and 6
    // were at stake only in the sessions that stalled there anyway.
    assert_eq!(
        g["before"],
        json!({"count": 2, "reflections": 4, "opportunities": 2, "rate": 1.0})
    );
    assert_eq!(
        g["after"],
        json!({"count": 1, "reflections": 4, "opportunities": 1, "rate": 1.0})
    );
    assert_eq!(g["by_resistance"], json!([]));
    assert_eq!(
        g["months"],
        json!([
            {"month": "2026-02", "count": 1, "reflections": 2, "rate": 0.5},
            {"month": "2026-03", "count": 0, "reflections": 2, "rate": 0.0},
        ])
    );
    let text = j.ok(&["goal", "list"]);
    assert!(text.contains("2 of 2"), "{text}");
    assert!(text.contains("1 of 1"), "{text}");
    assert!(!text.contains("50%"), "{text}");
    assert!(text.contains("█▁"), "{text}");

    assert_eq!(
        j.ok(&["goal", "done", "1"]).trim(),
        "goal 1 done on 2026-03-15"
    );
    assert!(j.ok(&["goal", "list"]).contains("No open learning goals"));
    assert_eq!(j.json(&["goal", "list", "--all"])[0]["done_on"], TODAY);
    assert!(j.err(&["goal", "done", "1"]).contains("already done"));
    assert!(j.err(&["goal", "done", "7"]).contains("no goal 7"));
}

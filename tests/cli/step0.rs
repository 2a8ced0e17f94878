//! Step 0 per person (issue 14): when the client named each significant
//! other, their invitations and answers, and the first session they came to.

use serde_json::{Value, json};

use crate::support::{Journal, TODAY};

fn other<'a>(others: &'a Value, name: &str) -> &'a Value {
    others
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == name)
        .unwrap_or_else(|| panic!("no {name} in {others}"))
}

/// John, named Maarten on 2026-02-16 after three sessions alone.
fn john() -> Journal {
    let j = Journal::new();
    j.ok(&["case", "add", "John", "--opened", "2026-01-01"]);
    for date in ["2026-01-05", "2026-01-19", "2026-02-02"] {
        j.ok(&["add", "John", "--date", date, "--resistance", "no-one-left"]);
    }
    j.ok(&[
        "other",
        "add",
        "John",
        "Maarten",
        "--role",
        "friend",
        "--named",
        "2026-02-16",
    ]);
    j
}

#[test]
fn a_person_is_named_on_a_day_today_unless_given() {
    let j = john();
    j.ok(&["other", "add", "John", "Levi", "--role", "vriend"]);
    let others = j.json(&["other", "list", "John"]);
    assert_eq!(other(&others, "Maarten")["named_on"], "2026-02-16");
    assert_eq!(other(&others, "Levi")["named_on"], TODAY);
    assert_eq!(other(&others, "Levi")["role"], "friend");
    assert_eq!(other(&others, "Levi")["invitations"], json!([]));
    assert_eq!(other(&others, "Levi")["first_session"], Value::Null);

    // Not before the case opened, not in the future.
    let before = j.snapshot();
    let err = j.err(&[
        "other",
        "add",
        "John",
        "Kees",
        "--role",
        "friend",
        "--named",
        "2025-12-31",
    ]);
    assert!(
        err.contains("2025-12-31") && err.contains("2026-01-01"),
        "{err}"
    );
    let err = j.err_usage(&[
        "other",
        "add",
        "John",
        "Kees",
        "--role",
        "friend",
        "--named",
        "2026-03-16",
    ]);
    assert!(err.contains("2026-03-16"), "{err}");
    assert_eq!(j.snapshot(), before);
    assert_eq!(
        j.json(&["other", "list", "John"]).as_array().unwrap().len(),
        2
    );
}

#[test]
fn an_invitation_is_recorded_then_answered_later() {
    let j = john();
    let said = j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--medium",
        "phone",
        "--date",
        "2026-02-17",
    ]);
    assert!(
        said.contains("Maarten") && said.contains("no answer yet"),
        "{said}"
    );
    let said = j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--answer",
        "yes",
        "--note",
        "He laughed.",
    ]);
    assert!(said.contains("yes"), "{said}");
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-02-23",
        "--with",
        "Maarten",
        "--medium",
        "video",
    ]);

    let maarten = other(&j.json(&["other", "list", "John"]), "Maarten").clone();
    let invitations = maarten["invitations"].as_array().unwrap();
    assert_eq!(invitations.len(), 1, "{maarten}");
    let i = &invitations[0];
    assert_eq!(i["date"], "2026-02-17");
    assert_eq!(i["by"], "me");
    assert_eq!(i["medium"], "phone");
    assert_eq!(i["answer"], "yes");
    assert_eq!(i["resistance"], Value::Null);
    assert_eq!(i["note"], "He laughed.");
    assert_eq!(i["uuid"].as_str().unwrap().len(), 36);
    assert_eq!(maarten["first_session"], "2026-02-23");
    // case show carries the same path.
    let shown = j.json(&["case", "show", "John"]);
    assert_eq!(
        other(&shown["others"], "Maarten")["invitations"][0]["answer"],
        "yes"
    );
}

#[test]
fn several_invitations_per_person_in_dutch_words() {
    let j = john();
    j.ok(&[
        "--lang",
        "nl",
        "invite",
        "John",
        "Maarten",
        "--by",
        "cliënt",
        "--medium",
        "bericht",
        "--answer",
        "nee",
        "--resistance",
        "they-wont-come",
        "--date",
        "2026-02-16",
    ]);
    let said = j.ok(&[
        "--lang",
        "nl",
        "invite",
        "John",
        "Maarten",
        "--by",
        "ik",
        "--medium",
        "telefoon",
        "--date",
        "2026-02-18",
    ]);
    assert!(
        said.contains("door mij, telefoon: nog geen antwoord"),
        "{said}"
    );
    assert!(
        !said.contains("pending") && !said.contains("phone"),
        "{said}"
    );
    let maarten = other(&j.json(&["other", "list", "John"]), "Maarten").clone();
    let answers: Vec<(&Value, &Value, &Value, &Value)> = maarten["invitations"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| (&i["by"], &i["medium"], &i["answer"], &i["resistance"]))
        .collect();
    assert_eq!(
        answers,
        [
            (
                &json!("client"),
                &json!("message"),
                &json!("no"),
                &json!("they-wont-come")
            ),
            (
                &json!("me"),
                &json!("phone"),
                &json!("pending"),
                &Value::Null
            ),
        ]
    );
    // The answer goes to the latest invitation waiting for one.
    j.ok(&["invite", "John", "Maarten", "--answer", "ja"]);
    let maarten = other(&j.json(&["other", "list", "John"]), "Maarten").clone();
    assert_eq!(maarten["invitations"][0]["answer"], "no");
    assert_eq!(maarten["invitations"][1]["answer"], "yes");
}

#[test]
fn invitations_that_do_not_fit_are_refused_whole() {
    let j = john();
    let before = j.snapshot();
    let list = || j.json(&["other", "list", "John"]);
    let at_first = list();
    // Before the client named him.
    let err = j.err(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--date",
        "2026-02-15",
    ]);
    assert!(err.contains("2026-02-16"), "{err}");
    // In the future.
    j.err_usage(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--date",
        "2026-03-16",
    ]);
    // Nobody of that name: a near miss is suggested.
    let err = j.err(&["invite", "John", "Marten", "--by", "me"]);
    assert!(err.contains("Maarten"), "{err}");
    // No case of that name.
    j.err(&["invite", "Jon", "Maarten", "--by", "me"]);
    // An answer, but nothing waits for one.
    let err = j.err(&["invite", "John", "Maarten", "--answer", "yes"]);
    assert!(err.contains("--by"), "{err}");
    // Neither who invited nor an answer; a date without who invited.
    let err = j.err_usage(&["invite", "John", "Maarten"]);
    assert!(err.contains("--by client"), "{err}");
    j.err_usage(&[
        "invite",
        "John",
        "Maarten",
        "--date",
        "2026-02-20",
        "--answer",
        "no",
    ]);
    // Values that are not on the lists.
    j.err_usage(&["invite", "John", "Maarten", "--by", "mother"]);
    j.err_usage(&[
        "invite", "John", "Maarten", "--by", "me", "--answer", "maybe",
    ]);
    j.err_usage(&[
        "invite", "John", "Maarten", "--by", "me", "--medium", "pigeon",
    ]);
    j.err_usage(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--resistance",
        "busy",
    ]);
    // A note with a control character.
    j.err(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--note",
        "a\u{1b}[2Jb",
    ]);
    assert_eq!(j.snapshot(), before);
    assert_eq!(list(), at_first);

    // In Dutch, in Dutch.
    let err = j.err_usage(&["--lang", "nl", "invite", "John", "Maarten"]);
    assert!(err.contains("--by cliënt of --by ik"), "{err}");
}

#[test]
fn an_invitation_and_its_answer_are_undone_one_by_one() {
    let j = john();
    j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--note",
        "Left a message.",
    ]);
    j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--answer",
        "no",
        "--note",
        "Called back: no.",
    ]);
    let note =
        other(&j.json(&["other", "list", "John"]), "Maarten")["invitations"][0]["note"].clone();
    assert_eq!(note, "Left a message.\nCalled back: no.");
    let said = j.ok(&["undo"]);
    assert!(said.contains("changed the invitation of Maarten"), "{said}");
    let maarten = other(&j.json(&["other", "list", "John"]), "Maarten").clone();
    assert_eq!(maarten["invitations"][0]["answer"], "pending");
    assert_eq!(maarten["invitations"][0]["note"], "Left a message.");
    j.ok(&["undo"]);
    let maarten = other(&j.json(&["other", "list", "John"]), "Maarten").clone();
    assert_eq!(maarten["invitations"], json!([]));
    j.ok(&["check"]);
}

/// Maarten refused when John asked, said yes when you called, and came.
fn johns_path() -> Journal {
    let j = john();
    j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "client",
        "--medium",
        "message",
        "--answer",
        "no",
        "--resistance",
        "they-wont-come",
        "--date",
        "2026-02-16",
    ]);
    j.ok(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--medium",
        "phone",
        "--answer",
        "yes",
        "--date",
        "2026-02-18",
        "--note",
        "In the first place to help me.",
    ]);
    j.ok(&[
        "add",
        "John",
        "--date",
        "2026-02-23",
        "--with",
        "Maarten",
        "--medium",
        "video",
    ]);
    j.ok(&[
        "other",
        "add",
        "John",
        "Levi",
        "--role",
        "friend",
        "--named",
        "2026-03-01",
    ]);
    j
}

#[test]
fn other_list_and_case_show_tell_each_persons_path() {
    let j = johns_path();
    for args in [
        &["other", "list", "John"][..],
        &["case", "show", "John"][..],
    ] {
        let out = j.ok(args);
        let maarten = out.lines().find(|l| l.contains("Maarten")).unwrap();
        assert!(
            maarten.contains("2026-02-16") && maarten.contains("2026-02-23"),
            "{out}"
        );
        let levi = out.lines().find(|l| l.contains("Levi")).unwrap();
        assert!(
            levi.contains("2026-03-01") && levi.contains("not yet"),
            "{out}"
        );
        assert!(out.contains("Invitations"), "{out}");
        let refused = out
            .lines()
            .find(|l| l.contains("2026-02-16") && l.contains("the client"))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(
            refused.contains("message")
                && refused.contains("no")
                && refused.contains("They don't want to be involved"),
            "{out}"
        );
        let came = out
            .lines()
            .find(|l| l.contains("2026-02-18"))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(came.contains("me") && came.contains("phone") && came.contains("yes"));
        assert!(came.contains("In the first place to help me."), "{out}");

        let mut nl = vec!["--lang", "nl"];
        nl.extend_from_slice(args);
        let out = j.ok(&nl);
        assert!(
            out.contains("Uitnodigingen") && out.contains("Eerste gesprek"),
            "{out}"
        );
        let refused = out
            .lines()
            .find(|l| l.contains("2026-02-16") && l.contains("de cliënt"))
            .unwrap_or_else(|| panic!("{out}"));
        assert!(
            refused.contains("bericht")
                && refused.contains("nee")
                && refused.contains("Ze willen niet betrokken worden"),
            "{out}"
        );
        let levi = out.lines().find(|l| l.contains("Levi")).unwrap();
        assert!(levi.contains("nog niet"), "{out}");
        for code in [
            "they-wont-come",
            "message",
            "client",
            "pending",
            " me ",
            "phone",
            "friend",
        ] {
            assert!(!out.contains(code), "{code} in Dutch output:\n{out}");
        }
    }
}

/// `export` (stdout) as JSON.
fn export(j: &Journal, extra: &[&str]) -> Value {
    let mut args = vec!["export"];
    args.extend_from_slice(extra);
    serde_json::from_str(&j.ok(&args)).unwrap()
}

/// Imports `data` into `j`; the import's output.
fn import(j: &Journal, name: &str, data: &Value) -> Result<String, String> {
    let file = j.dir.path().join(name);
    std::fs::write(&file, data.to_string()).unwrap();
    let out = j.cmd(&["import", file.to_str().unwrap()]).output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8(out.stderr).unwrap())
    }
}

#[test]
fn export_and_import_carry_each_persons_path() {
    let a = johns_path();
    let data = export(&a, &[]);
    assert_eq!(data["version"], 3);
    let maarten = other(&data["cases"][0]["others"], "Maarten");
    assert_eq!(maarten["named_on"], "2026-02-16");
    let invitations = maarten["invitations"].as_array().unwrap();
    assert_eq!(invitations.len(), 2);
    assert_eq!(invitations[0]["by"], "client");
    assert_eq!(invitations[0]["resistance"], "they-wont-come");
    assert_eq!(invitations[1]["note"], "In the first place to help me.");

    let b = Journal::new();
    let said = import(&b, "a.json", &data).unwrap();
    assert!(said.contains("2 invitations"), "{said}");
    assert_eq!(
        b.json(&["other", "list", "John"]),
        a.json(&["other", "list", "John"])
    );
    assert_eq!(export(&b, &[]), data);
    // Again: nothing changes.
    let said = import(&b, "a.json", &data).unwrap();
    assert!(!said.contains("invitation"), "{said}");
    // An answer given later here, and the file's older one, meet: the newer wins.
    b.ok(&["invite", "John", "Levi", "--by", "me"]);
    b.ok(&["invite", "John", "Levi", "--answer", "no"]);
    import(&b, "a.json", &data).unwrap();
    assert_eq!(
        other(&b.json(&["other", "list", "John"]), "Levi")["invitations"][0]["answer"],
        "no"
    );
}

/// An import is one step for `undo` (issue 15): the people and invitations
/// it brought go by UUID with that step, and the journal's own people and
/// invitations stay as they were.
#[test]
fn undoing_an_import_takes_its_invitations_back_in_one_step() {
    let data = export(&johns_path(), &[]);
    let b = Journal::new();
    b.ok(&["case", "add", "Sem", "--opened", "2026-01-05"]);
    b.ok(&[
        "other",
        "add",
        "Sem",
        "Kees",
        "--role",
        "parent",
        "--named",
        "2026-01-12",
    ]);
    b.ok(&[
        "invite",
        "Sem",
        "Kees",
        "--by",
        "client",
        "--date",
        "2026-01-19",
    ]);
    let before = export(&b, &[]);
    import(&b, "a.json", &data).unwrap();
    assert_ne!(export(&b, &[]), before);
    b.ok(&["undo"]);
    assert_eq!(export(&b, &[]), before);
    // The step before the import is the journal's own invitation.
    b.ok(&["undo"]);
    assert_eq!(
        other(&b.json(&["other", "list", "Sem"]), "Kees")["invitations"],
        serde_json::json!([])
    );
}

#[test]
fn a_version_1_file_still_imports_without_naming_dates() {
    let a = johns_path();
    let mut data = export(&a, &[]);
    data["version"] = 1.into();
    for o in data["cases"][0]["others"].as_array_mut().unwrap() {
        let o = o.as_object_mut().unwrap();
        o.remove("named_on");
        o.remove("invitations");
    }
    let b = Journal::new();
    import(&b, "v1.json", &data).unwrap();
    let maarten = other(&b.json(&["other", "list", "John"]), "Maarten").clone();
    assert_eq!(maarten["named_on"], Value::Null);
    assert_eq!(maarten["invitations"], json!([]));
    assert_eq!(maarten["first_session"], "2026-02-23");
    let out = b.ok(&["other", "list", "John"]);
    let line = out.lines().find(|l| l.contains("Maarten")).unwrap();
    assert!(line.contains("not known"), "{out}");
    let out = b.ok(&["--lang", "nl", "other", "list", "John"]);
    let line = out.lines().find(|l| l.contains("Maarten")).unwrap();
    assert!(line.contains("onbekend"), "{out}");
    // Unknown dates leave the invitation bound by the case's opening only.
    b.ok(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--date",
        "2026-01-02",
    ]);
    b.err(&[
        "invite",
        "John",
        "Maarten",
        "--by",
        "me",
        "--date",
        "2025-12-31",
    ]);
}

#[test]
fn a_file_whose_invitations_break_the_rules_is_refused_whole() {
    let a = johns_path();
    let good = export(&a, &[]);
    let maarten = good["cases"][0]["others"]
        .as_array()
        .unwrap()
        .iter()
        .position(|o| o["name"] == "Maarten")
        .unwrap();
    let path = format!("cases[0].others[{maarten}].invitations[0]");
    let bad = |field: &str, value: Value, expected: &str| {
        let mut data = good.clone();
        data["cases"][0]["others"][maarten]["invitations"][0][field] = value;
        let b = Journal::new();
        let err = import(&b, "bad.json", &data).unwrap_err();
        assert!(err.contains(expected), "{field}: {err}");
        assert!(b.err(&["case", "list"]).contains("no journal"));
    };
    bad("date", json!("2026-02-15"), &format!("{path}.date"));
    bad("date", json!("2026-03-16"), &format!("{path}.date"));
    bad("answer", json!("maybe"), &format!("{path}.answer"));
    bad("by", json!("mother"), &format!("{path}.by"));
    bad("medium", json!("pigeon"), &format!("{path}.medium"));
    bad("resistance", json!("busy"), &format!("{path}.resistance"));
    bad("note", json!("a\u{1b}b"), &format!("{path}.note"));
    let mut data = good.clone();
    data["cases"][0]["others"][maarten]["named_on"] = json!("2025-12-01");
    let err = import(&Journal::new(), "bad.json", &data).unwrap_err();
    assert!(
        err.contains(&format!("cases[0].others[{maarten}].named_on")),
        "{err}"
    );
}

#[test]
fn anonymizing_drops_the_invitations_notes_and_their_uuids() {
    let a = johns_path();
    let plain = export(&a, &[]);
    let anon = export(&a, &["--anonymize"]);
    let invitations = |e: &Value| -> Vec<Value> {
        e["cases"][0]["others"]
            .as_array()
            .unwrap()
            .iter()
            .flat_map(|o| o["invitations"].as_array().unwrap().clone())
            .collect()
    };
    let (before, after) = (invitations(&plain), invitations(&anon));
    assert_eq!(after.len(), 2);
    for (b, a) in before.iter().zip(&after) {
        assert_eq!(a["note"], "");
        assert_ne!(a["uuid"], b["uuid"]);
        assert_eq!(a["answer"], b["answer"]);
    }
    assert!(!anon.to_string().contains("help me"), "{anon}");
    let kept = export(&a, &["--anonymize", "--keep-notes"]);
    assert!(kept.to_string().contains("In the first place to help me."));
}

/// John (Maarten named after three sessions, refused John, came when you
/// called) and Sem (his father Kees refused, his mother Ria came).
fn two_cases() -> Journal {
    let j = johns_path();
    j.ok(&["case", "add", "Sem", "--opened", "2026-01-01"]);
    j.ok(&["add", "Sem", "--date", "2026-01-10"]);
    for (name, named) in [("Kees", "2026-01-11"), ("Ria", "2026-01-12")] {
        j.ok(&[
            "other", "add", "Sem", name, "--role", "parent", "--named", named,
        ]);
    }
    j.ok(&[
        "invite",
        "Sem",
        "Kees",
        "--by",
        "client",
        "--answer",
        "no",
        "--resistance",
        "they-wont-come",
        "--date",
        "2026-01-11",
    ]);
    j.ok(&[
        "invite",
        "Sem",
        "Ria",
        "--by",
        "client",
        "--answer",
        "yes",
        "--date",
        "2026-01-12",
    ]);
    j.ok(&["add", "Sem", "--date", "2026-01-17", "--with", "Ria"]);
    j
}

#[test]
fn patterns_tell_how_the_system_got_to_the_table() {
    let j = two_cases();
    let t = j.json(&["patterns"])["to_the_table"].clone();
    assert_eq!(
        t["sessions_until_named"],
        json!({"cases": 2, "median": 2.0, "min": 1, "max": 3}),
        "{t}"
    );
    assert_eq!(
        t["invitations_by"],
        json!([
            {"by": "client", "invitations": 3, "came": 1},
            {"by": "me", "invitations": 1, "came": 1}
        ])
    );
    let refusals: Vec<(&Value, &Value, &Value)> = t["refusals"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (&r["role"], &r["resistance"], &r["count"]))
        .collect();
    assert_eq!(
        refusals,
        [
            (&json!("friend"), &json!("they-wont-come"), &json!(1)),
            (&json!("parent"), &json!("they-wont-come"), &json!(1)),
        ]
    );
    assert_eq!(
        (&t["refused"], &t["refused_then_came"]),
        (&json!(2), &json!(1))
    );

    let out = j.ok(&["patterns"]);
    assert!(out.contains("Getting the system to the table"), "{out}");
    assert!(out.contains("median 2, from 1 to 3, over 2 cases"), "{out}");
    let client = out.lines().find(|l| l.contains("the client")).unwrap();
    assert!(client.contains("1 of 3") && !client.contains('%'), "{out}");
    assert!(out.contains("Refused at first and came later: 1 of 2 people who refused"));
    let nl = j.ok(&["--lang", "nl", "patterns"]);
    assert!(nl.contains("Het systeem aan tafel"), "{nl}");
    assert!(
        nl.contains("mediaan 2, van 1 tot 3, over 2 casussen"),
        "{nl}"
    );
    assert!(
        nl.contains("ouder") && nl.contains("Ze willen niet betrokken worden"),
        "{nl}"
    );
    let section = &nl[nl.find("Het systeem aan tafel").unwrap()..];
    let section = &section[..section.find("Ter vergelijking").unwrap_or(section.len())];
    for code in ["they-wont-come", "parent", "friend", "client", " me "] {
        assert!(!section.contains(code), "{code} in Dutch:\n{section}");
    }
}

#[test]
fn the_section_follows_the_period_and_the_case() {
    let j = two_cases();
    let t = j.json(&["patterns", "--since", "2026-02-01"])["to_the_table"].clone();
    assert_eq!(t["sessions_until_named"]["cases"], 1, "{t}");
    assert_eq!(t["sessions_until_named"]["median"], 3.0);
    assert_eq!(
        t["invitations_by"],
        json!([
            {"by": "client", "invitations": 1, "came": 0},
            {"by": "me", "invitations": 1, "came": 1}
        ])
    );
    let t = j.json(&["patterns", "--case", "Sem"])["to_the_table"].clone();
    assert_eq!(t["sessions_until_named"]["min"], 1, "{t}");
    assert_eq!(t["refused_then_came"], 0);
    let out = j.ok(&["patterns", "--case", "Sem"]);
    assert!(
        out.contains("Sessions until the first person was named: 1 (1 case)"),
        "{out}"
    );

    // A journal without any of it says so.
    let k = Journal::new();
    k.ok(&["case", "add", "Ada", "--opened", "2026-03-01"]);
    k.ok(&["add", "Ada", "--date", "2026-03-01"]);
    let out = k.ok(&["patterns"]);
    assert!(out.contains("No significant other's naming day"), "{out}");
    let t = k.json(&["patterns"])["to_the_table"].clone();
    assert_eq!(t["sessions_until_named"], Value::Null);
    assert_eq!(t["invitations_by"], json!([]));
}

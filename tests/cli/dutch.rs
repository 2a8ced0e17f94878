//! Dutch as practitioners speak it (issue 14.3): no English code in Dutch
//! output, Dutch words accepted wherever a code is typed, `--json` keeping
//! the codes.

use serde_json::Value;

use crate::support::Journal;

/// The codes of every fixed list and of the resistance reactions, each with
/// whether Dutch prints it as it is (`video`, `partner`: the same word).
const CODES: &[&str] = &[
    // roles
    "friend",
    "parent",
    "child",
    "sibling",
    "relative",
    "neighbour",
    "colleague",
    "other",
    // media
    "in-person",
    "phone",
    // outcomes
    "system-involved",
    "individual-only",
    "dropped-out",
    // kinds of meeting
    "individual",
    "group",
    "peer",
    // sides
    "self",
    "client",
    // invitations: medium and answer
    "message",
    "pending",
    "yes",
    // resistance reactions
    "no-one-left",
    "they-wont-come",
    "my-own-problem",
    // the built-in reasons: a Dutch user reads their labels
    "lost-own-need",
    "accepted-refusal",
    "focused-on-objections",
    "how-before-why",
    "resistance-unexplored",
    "spoke-for-them",
    "did-not-stoke",
    "went-too-fast",
    "laughed-along",
    "did-not-mirror",
    "feels-a-burden",
    "shame-and-guilt",
    "no-room-for-position",
    "other-too-cautious",
];

const ROLES: &[(&str, &str)] = &[
    ("Pim", "partner"),
    ("Lotte", "friend"),
    ("Jan", "parent"),
    ("Sara", "child"),
    ("Ineke", "sibling"),
    ("Kees", "relative"),
    ("Bram", "neighbour"),
    ("Fleur", "colleague"),
    ("Roos", "other"),
];

/// A journal that uses every code: a case with a significant other in each
/// role, sessions in each medium with every resistance reaction, a case
/// closed with each outcome, a meeting of each kind and a learning goal.
fn every_code() -> Journal {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna", "--opened", "2026-01-01"]);
    for (name, role) in ROLES {
        j.ok(&["other", "add", "Anna", name, "--role", role]);
    }
    // Step 0 per person: an invitation of each kind, answer and medium.
    j.ok(&[
        "invite", "Anna", "Lotte", "--by", "client", "--medium", "message",
    ]);
    j.ok(&[
        "invite",
        "Anna",
        "Jan",
        "--by",
        "me",
        "--medium",
        "phone",
        "--answer",
        "no",
        "--resistance",
        "they-wont-come",
    ]);
    j.ok(&[
        "invite", "Anna", "Pim", "--by", "me", "--medium", "video", "--answer", "yes",
    ]);
    j.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-01-05",
        "--medium",
        "in-person",
        "--resistance",
        "no-one-left",
        "--resistance",
        "they-wont-come",
        "--resistance",
        "my-own-problem",
        "--stall",
        "0:accepted-refusal,shame-and-guilt",
    ]);
    j.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-01-12",
        "--medium",
        "video",
        "--with",
        "Pim",
        "--stall",
        "2:did-not-stoke",
    ]);
    j.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-02-02",
        "--medium",
        "phone",
        "--with",
        "Ineke",
        "--completed",
    ]);
    for (case, outcome) in [
        ("Bas", "system-involved"),
        ("Cor", "individual-only"),
        ("Dirk", "dropped-out"),
    ] {
        j.ok(&["case", "add", case, "--opened", "2026-01-01"]);
        j.ok(&[
            "add",
            case,
            "--date",
            "2026-01-10",
            "--resistance",
            "no-one-left",
            "--stall",
            "0:accepted-refusal",
        ]);
        j.ok(&[
            "case",
            "close",
            case,
            "--outcome",
            outcome,
            "--date",
            "2026-02-01",
        ]);
    }
    for (date, kind) in [
        ("2026-02-03", "individual"),
        ("2026-02-10", "group"),
        ("2026-02-17", "peer"),
    ] {
        j.ok(&["supervision", "add", "--kind", kind, "--date", date]);
    }
    j.ok(&[
        "goal",
        "add",
        "--reason",
        "accepted-refusal",
        "--since",
        "2026-01-08",
        "Blijven vragen naar de ander",
    ]);
    j
}

/// The codes of [`CODES`] that `text` holds as words of their own.
fn codes_in(text: &str) -> Vec<&'static str> {
    let word = |c: char| c.is_alphanumeric() || c == '-' || c == '_';
    CODES
        .iter()
        .copied()
        .filter(|code| {
            text.match_indices(code).any(|(at, _)| {
                let before = text[..at].chars().next_back();
                let after = text[at + code.len()..].chars().next();
                !before.is_some_and(word) && !after.is_some_and(word)
            })
        })
        .collect()
}

/// `text` without the commands it offers to type (`` `spiegel list --why
/// accepted-refusal` ``, or in `<code>` in HTML): a code there is input, the
/// same in every language.
fn without_commands(text: &str) -> String {
    let mut out = String::new();
    for (i, part) in text.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        }
    }
    let mut kept = String::new();
    let mut rest = out.as_str();
    while let Some(start) = rest.find("<code>") {
        kept.push_str(&rest[..start]);
        rest = rest[start..]
            .find("</code>")
            .map_or("", |end| &rest[start + end..]);
    }
    kept.push_str(rest);
    kept
}

#[test]
fn dutch_output_holds_no_english_code() {
    let j = every_code();
    let views: &[&[&str]] = &[
        &["show", "1"],
        &["show", "2"],
        &["show", "3"],
        &["case", "show", "Anna"],
        &["case", "show", "Bas"],
        &["case", "show", "Cor"],
        &["case", "show", "Dirk"],
        &["case", "list", "--all"],
        &["other", "list", "Anna"],
        &["list"],
        &["patterns", "--side", "all"],
        &["patterns", "--when", "no-one-left"],
        &["goal", "list"],
        &["goal", "list", "--when", "they-wont-come"],
        &["prep", "--since", "2026-01-01"],
        &["prep", "--since", "2026-01-01", "--format", "html"],
        &["supervision", "list"],
        &["brief", "Anna"],
        &["brief", "Bas"],
        &["export", "--format", "md"],
    ];
    for args in views {
        let mut all = vec!["--lang", "nl"];
        all.extend(*args);
        let out = j.ok(&all);
        assert!(!out.trim().is_empty(), "{args:?} printed nothing");
        assert_eq!(
            codes_in(&without_commands(&out)),
            Vec::<&str>::new(),
            "spiegel {args:?}:\n{out}"
        );
    }
    // What a command says when it records one, too.
    for (args, said) in [
        (
            &["other", "add", "Anna", "Mira", "--role", "sibling"][..],
            "Mira (broer of zus) toegevoegd aan Anna",
        ),
        (&["case", "add", "Eva", "--opened", "2026-01-01"], "Eva"),
        (
            &[
                "case",
                "close",
                "Eva",
                "--outcome",
                "dropped-out",
                "--date",
                "2026-02-01",
            ],
            "voortijdig gestopt",
        ),
        (
            &[
                "supervision",
                "add",
                "--kind",
                "peer",
                "--date",
                "2026-03-01",
            ],
            "intervisie",
        ),
    ] {
        let mut all = vec!["--lang", "nl"];
        all.extend(args);
        let out = j.ok(&all);
        assert!(out.contains(said), "{said:?} in {out}");
        assert_eq!(
            codes_in(&out),
            Vec::<&str>::new(),
            "spiegel {args:?}:\n{out}"
        );
    }
}

#[test]
fn dutch_labels_replace_the_codes() {
    let j = every_code();
    let nl = |args: &[&str]| {
        let mut all = vec!["--lang", "nl"];
        all.extend(args);
        j.ok(&all)
    };
    let anna = nl(&["case", "show", "Anna"]);
    for label in [
        "broer of zus",
        "vriend(in)",
        "ouder",
        "familielid",
        "buur",
        "collega",
    ] {
        assert!(anna.contains(label), "{label:?} in\n{anna}");
    }
    assert!(anna.contains("Ineke (telefoon)"), "{anna}");
    let shown = nl(&["show", "1"]);
    assert!(shown.contains("face-to-face"), "{shown}");
    assert!(
        shown.contains("Ik heb niemand (meer) in mijn netwerk"),
        "{shown}"
    );
    let bas = nl(&["case", "show", "Bas"]);
    assert!(bas.contains("systeem betrokken"), "{bas}");
    let meetings = nl(&["supervision", "list"]);
    for kind in ["individueel", "groep", "intervisie"] {
        assert!(meetings.contains(kind), "{kind:?} in\n{meetings}");
    }
    let reasons = nl(&["reasons"]);
    for side in ["eigen", "cliënt", "ander"] {
        assert!(reasons.contains(side), "{side:?} in\n{reasons}");
    }
    // English keeps its words.
    let en = j.ok(&["--lang", "en", "case", "show", "Anna"]);
    assert!(en.contains("sibling"), "{en}");
}

#[test]
fn json_keeps_the_codes_in_dutch() {
    let j = every_code();
    let case: Value =
        serde_json::from_str(&j.ok(&["--lang", "nl", "case", "show", "Anna", "--json"])).unwrap();
    let roles: Vec<&str> = case["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["role"].as_str().unwrap())
        .collect();
    assert!(roles.contains(&"sibling"), "{roles:?}");
    let shown: Value =
        serde_json::from_str(&j.ok(&["--lang", "nl", "show", "1", "--json"])).unwrap();
    assert_eq!(shown["medium"], "in-person");
    assert_eq!(shown["resistance"][0], "no-one-left");
    let bas: Value =
        serde_json::from_str(&j.ok(&["--lang", "nl", "case", "show", "Bas", "--json"])).unwrap();
    assert_eq!(bas["outcome"], "system-involved");
}

#[test]
fn goals_and_the_month_chart_name_reasons_in_dutch() {
    let j = every_code();
    let goals = j.ok(&["--lang", "nl", "goal", "list"]);
    assert!(goals.contains("Me te snel laten afschepen"), "{goals}");
    assert!(!goals.contains("accepted-refusal"), "{goals}");
    let page = j.ok(&["--lang", "nl", "prep", "--since", "2026-01-01"]);
    let chart = page
        .split("## Meest gegeven redenen per maand")
        .nth(1)
        .unwrap();
    assert!(!chart.contains("accepted-refusal"), "{chart}");
    // English keeps the code, which is English.
    let goals = j.ok(&["--lang", "en", "goal", "list"]);
    assert!(goals.contains("accepted-refusal"), "{goals}");
}

/// Issue 14.3: `--role ouder` answered "did you mean 'other'?".
#[test]
fn dutch_words_are_typed_for_the_codes() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna", "--opened", "2026-01-01"]);
    for (name, role, code) in [
        ("Jan", "ouder", "parent"),
        ("Ineke", "broer of zus", "sibling"),
        ("Lotte", "vriendin", "friend"),
        ("Kees", "familielid", "relative"),
        ("Roos", "iemand anders", "other"),
    ] {
        j.ok(&["other", "add", "Anna", name, "--role", role]);
        let others: Value =
            serde_json::from_str(&j.ok(&["other", "list", "Anna", "--json"])).unwrap();
        let stored = others
            .as_array()
            .unwrap()
            .iter()
            .find(|o| o["name"] == name)
            .unwrap();
        assert_eq!(stored["role"], code, "{role}");
    }
    j.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-01-05",
        "--medium",
        "telefoon",
    ]);
    let id = "1\n";
    let shown: Value = serde_json::from_str(&j.ok(&["show", id.trim(), "--json"])).unwrap();
    assert_eq!(shown["medium"], "phone");
    j.ok(&["edit", id.trim(), "--medium", "face-to-face"]);
    let shown: Value = serde_json::from_str(&j.ok(&["show", id.trim(), "--json"])).unwrap();
    assert_eq!(shown["medium"], "in-person");
    j.ok(&[
        "case",
        "close",
        "Anna",
        "--outcome",
        "systeem betrokken",
        "--date",
        "2026-02-01",
    ]);
    let case: Value = serde_json::from_str(&j.ok(&["case", "show", "Anna", "--json"])).unwrap();
    assert_eq!(case["outcome"], "system-involved");
    j.ok(&[
        "supervision",
        "add",
        "--kind",
        "intervisie",
        "--date",
        "2026-02-02",
    ]);
    let meetings: Value = serde_json::from_str(&j.ok(&["supervision", "list", "--json"])).unwrap();
    assert_eq!(meetings[0]["kind"], "peer");
    for side in ["cliënt", "client", "eigen", "ander"] {
        j.ok(&["reasons", "--side", side]);
        j.ok(&["--lang", "nl", "patterns", "--side", side]);
    }
    j.ok(&["patterns", "--side", "alle"]);
    // A word that names nothing is still refused, with the codes to use.
    let err = j.err_usage(&["other", "add", "Anna", "Oom", "--role", "oom"]);
    assert!(err.contains("oom"), "{err}");
}

/// The editor form shows the medium in Dutch and takes the Dutch word
/// back, as the flags do.
#[cfg(unix)]
#[test]
fn the_form_takes_dutch_words() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna", "--opened", "2026-01-01"]);
    j.ok(&["add", "Anna", "--date", "2026-01-05"]);
    let id = "1";
    let script = j.dir.path().join("edit.sh");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nfor file; do :; done\ncp \"$file\" {seen}\nsed -i 's/^medium:.*/medium: telefoon/' \"$file\"\n",
            seen = j.dir.path().join("seen").display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    let out = j
        .cmd(&["--lang", "nl", "edit", id.trim()])
        .env("VISUAL", &script)
        .output()
        .unwrap();
    assert!(out.status.success(), "{out:?}");
    let form = std::fs::read_to_string(j.dir.path().join("seen")).unwrap();
    assert!(form.contains("medium: face-to-face"), "{form}");
    let shown: Value = serde_json::from_str(&j.ok(&["show", id.trim(), "--json"])).unwrap();
    assert_eq!(shown["medium"], "phone");
}

/// Issue 14.3: the method's own words, missing from the steps: "there is
/// always one", why the others come ("in the first place to help me") and
/// step 7's line to the other.
#[test]
fn the_steps_say_what_the_method_says() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna"]);
    let nl = j.ok(&["--lang", "nl", "steps"]);
    for text in [
        "er is altijd één",
        "in eerste instantie om jou te helpen",
        "diagnostische, behandeltechnische en praktische redenen",
        "neem wat jij wil veel serieuzer",
        "De cliënt spreekt zijn verwarring uit naar de ander",
        "De ander vertelt wat het betekent dat de cliënt hem niets vraagt",
        "De ander vertelt wat het zou betekenen als de cliënt hem wél om hulp vraagt",
        "De cliënt vertelt hoe moeilijk hij het vindt de ander om hulp te vragen",
        "Jij zegt het in hun plaats.",
    ] {
        let flat = nl.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(flat.contains(text), "{text:?} in\n{nl}");
    }
    let en = j.ok(&["--lang", "en", "steps"]);
    let flat = en.split_whitespace().collect::<Vec<_>>().join(" ");
    for text in [
        "there is always one",
        "in the first place to help you",
        "diagnostic, treatment and practical reasons",
        "take what you want much more seriously",
    ] {
        assert!(flat.contains(text), "{text:?} in\n{en}");
    }
}

//! `spiegel demo`.

use crate::support::Journal;

#[test]
fn the_demo_fills_a_new_journal_with_the_method_s_own_example() {
    let j = Journal::new();
    let out = j.ok(&["demo"]);
    assert!(out.contains("Demo journal with 29 cases"), "{out}");
    assert!(out.contains(&j.path.display().to_string()), "{out}");

    let john = j.json(&["case", "show", "John"]);
    let others: Vec<_> = john["others"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| o["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(others, ["Levi", "Maarten"]);
    let timeline = john["timeline"].as_array().unwrap();
    assert_eq!(timeline.len(), 5);
    // Three individual conversations, then a video call with Maarten.
    assert!(
        timeline[..3]
            .iter()
            .all(|r| r["present"].as_array().unwrap().is_empty())
    );
    assert_eq!(timeline[3]["present"][0], "Maarten");
    assert_eq!(timeline[3]["medium"], "video");
    assert_eq!(timeline[4]["present"][0], "Levi");
    assert_eq!(timeline[4]["completed"], true);

    // Step 0, per person: John names Maarten at the end of the third
    // conversation, contacts him himself, and Maarten comes to the fourth.
    let maarten = john["others"]
        .as_array()
        .unwrap()
        .iter()
        .find(|o| o["name"] == "Maarten")
        .unwrap();
    assert_eq!(maarten["named_on"], timeline[2]["date"]);
    assert_eq!(maarten["first_session"], timeline[3]["date"]);
    let invitations = maarten["invitations"].as_array().unwrap();
    assert_eq!(invitations.len(), 1, "{invitations:?}");
    assert_eq!(invitations[0]["date"], timeline[2]["date"]);
    assert_eq!(invitations[0]["by"], "client");
    assert_eq!(invitations[0]["answer"], "yes");
    // "There is always one": named in the third conversation, so it took three.
    let table = j.json(&["patterns", "--case", "John"])["to_the_table"].clone();
    assert_eq!(table["sessions_until_named"]["median"], 3.0, "{table}");
}

/// The texts of John's five sessions: note and what went well.
fn john_s_sessions(j: &Journal, lang: &str) -> Vec<(String, String)> {
    let john = j.json(&["--lang", lang, "case", "show", "John"]);
    john["timeline"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["note"].as_str().unwrap().to_string(),
                r["went_well"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// The words the source (`seeds/`) gives each moment, in each language.
struct Source {
    lang: &'static str,
    always_one: &'static str,
    dubai: &'static str,
    outburst: &'static str,
    loving_anger: &'static str,
    joke: &'static str,
    levi_laughed: &'static str,
    mirror: &'static str,
    to_levi: &'static str,
    to_john: &'static str,
}

const SOURCE: [Source; 2] = [
    Source {
        lang: "en",
        always_one: "there is always one",
        dubai: "lives and works in Dubai",
        outburst: "You big jerk!",
        loving_anger: "Loving anger: the turning point",
        joke: "It's like we're in couples therapy. Ha, ha, ha!",
        levi_laughed: "Levi laughed along at once",
        mirror: "Do you like that we're talking about something else now?",
        to_levi: "take what you want much more seriously",
        to_john: "How irritating would it be if Levi didn't let you get away with your jokes",
    },
    Source {
        lang: "nl",
        always_one: "er is altijd één",
        dubai: "woont en werkt in Dubai",
        outburst: "Grote eikel dat je er bent.",
        loving_anger: "Liefdevolle pissigheid: het keerpunt",
        joke: "Het lijkt wel of we relatietherapie hebben. Ha, ha, ha!",
        levi_laughed: "Levi lachte meteen mee",
        mirror: "Vind je het prettig dat we het nu over iets anders hebben?",
        to_levi: "wat jij wilt veel serieuzer nemen",
        to_john: "Hoe irritant zou het zijn als Levi je de volgende keer niet weg laat komen met je geintjes?",
    },
];

/// John's case follows the source session by session (issue 14.2): the
/// practitioner, driven by "there is always one", keeps asking through
/// three individual conversations until John names Maarten; Maarten's
/// loving anger in the video call is the turning point; at step 6 only Levi
/// laughs along, and the practitioner mirrors him at once (step 7).
#[test]
fn john_s_case_follows_the_source_session_by_session() {
    for source in SOURCE {
        let lang = source.lang;
        let j = Journal::new();
        j.ok(&["--lang", lang, "demo"]);
        let john = j.json(&["case", "show", "John"]);
        let timeline = john["timeline"].as_array().unwrap();
        let reasons = j.json(&["reasons", "--all"]);
        let side = |code: &str| {
            crate::support::by_code(&reasons, code).unwrap()["side"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let own_reasons: Vec<String> = timeline
            .iter()
            .flat_map(|r| r["stalls"].as_array().unwrap().iter())
            .flat_map(|s| s["reasons"].as_array().unwrap().iter())
            .map(|c| c.as_str().unwrap().to_string())
            .filter(|c| side(c) == "self")
            .collect();
        assert!(
            own_reasons.is_empty(),
            "{lang}: the source's practitioner neither accepts the refusal nor laughs along: {own_reasons:?}"
        );

        let texts = john_s_sessions(&j, lang);
        // Sessions 1–3: "I have no one", and the practitioner keeps asking.
        for (i, r) in timeline[..3].iter().enumerate() {
            assert!(r["present"].as_array().unwrap().is_empty(), "{lang}: {r}");
            assert!(
                r["resistance"]
                    .as_array()
                    .unwrap()
                    .contains(&"no-one-left".into()),
                "{lang}: session {}: {r}",
                i + 1
            );
        }
        assert!(
            texts[..2].iter().all(|(note, _)| !note.contains("Maarten")),
            "{lang}: named too early: {texts:?}"
        );
        assert!(
            texts[0].0.to_lowercase().contains(source.always_one),
            "{lang}: {}",
            texts[0].0
        );
        // Named at the end of the third, invited for a video call.
        assert!(
            texts[2].0.contains("Maarten") && texts[2].0.contains(source.dubai),
            "{lang}: {}",
            texts[2].0
        );
        assert!(
            texts[2].1.to_lowercase().contains(source.always_one),
            "{lang}: {}",
            texts[2].1
        );

        // Session 4: Maarten by video, and his loving anger.
        assert_eq!(
            timeline[3]["present"],
            serde_json::json!(["Maarten"]),
            "{lang}"
        );
        assert_eq!(timeline[3]["medium"], "video", "{lang}");
        assert!(
            texts[3].0.contains(source.outburst),
            "{lang}: {}",
            texts[3].0
        );
        assert!(
            texts[3].0.contains(source.loving_anger),
            "{lang}: {}",
            texts[3].0
        );

        // Session 5: the seven steps with Levi; at step 6 only Levi laughs,
        // the practitioner mirrors at once.
        let levi = &timeline[4];
        assert_eq!(levi["present"], serde_json::json!(["Levi"]), "{lang}");
        assert_eq!(levi["completed"], true, "{lang}");
        assert_eq!(
            levi["stalls"],
            serde_json::json!([{"step": 6, "reasons": ["other-too-cautious"]}]),
            "{lang}"
        );
        let (note, went_well) = &texts[4];
        assert!(
            note.contains(source.joke) && note.contains(source.levi_laughed),
            "{lang}: {note}"
        );
        for line in [source.mirror, source.to_levi, source.to_john] {
            assert!(
                went_well.contains(line),
                "{lang}: {line:?} not in {went_well}"
            );
        }

        // The rest of the demo still shows the practitioner's own stalls.
        let patterns = j.json(&["patterns"]);
        let recurring: Vec<&str> = patterns["recurring"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["reason"].as_str().unwrap())
            .collect();
        assert!(
            recurring.contains(&"accepted-refusal"),
            "{lang}: {recurring:?}"
        );
    }
}

/// `demo --reflections N` stores questions in the language spoken, never a
/// message's id.
#[test]
fn the_generated_journal_words_its_questions() {
    for (lang, word) in [("en", "How"), ("nl", "Hoe")] {
        let j = Journal::new();
        j.ok(&["--lang", lang, "demo", "--reflections", "300"]);
        let questions = j.json(&["questions", "--all"]);
        let texts: Vec<&str> = questions
            .as_array()
            .unwrap()
            .iter()
            .map(|q| q["text"].as_str().unwrap())
            .collect();
        assert!(!texts.is_empty(), "{lang}: {questions}");
        assert!(
            texts.iter().all(|t| !t.starts_with("demo-")),
            "{lang}: {texts:?}"
        );
        assert!(texts.iter().any(|t| t.contains(word)), "{lang}: {texts:?}");
    }
}

#[test]
fn the_demo_is_deterministic() {
    let strip = |mut v: serde_json::Value| {
        for r in v.as_array_mut().unwrap() {
            let r = r.as_object_mut().unwrap();
            for volatile in ["uuid", "created_at", "updated_at"] {
                r.remove(volatile);
            }
            if let Some(q) = r.get_mut("question").and_then(|q| q.as_object_mut()) {
                q.remove("uuid");
            }
        }
        v
    };
    let a = Journal::new();
    let b = Journal::new();
    a.ok(&["demo"]);
    b.ok(&["demo"]);
    let list = ["list", "--limit", "0"];
    assert_eq!(strip(a.json(&list)), strip(b.json(&list)));
}

#[test]
fn the_demo_never_writes_into_a_journal_that_holds_anything() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let err = j.err(&["demo"]);
    assert!(err.contains("already holds a journal"), "{err}");
    assert_eq!(j.snapshot(), before);
}

#[test]
fn without_db_the_demo_uses_a_fresh_temporary_journal() {
    let j = Journal::new();
    let default = j.dir.path().join("data/spiegel/journal.db");
    let out = j.bare().arg("demo").output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("spiegel-demo-"), "{stdout}");
    assert!(
        !default.exists(),
        "the demo must not touch the default journal"
    );
}

//! English and Dutch: what each language prints, how the language is
//! chosen, and what never changes with it (codes, JSON).

use serde_json::Value;

use crate::support::Journal;

/// Three cases in which the refusal was accepted too quickly at step 0,
/// twice after "I have no one (left)"; one stall at step 3.
fn refusals() -> Journal {
    let j = Journal::new();
    for case in ["Anna", "Bert", "Cas"] {
        j.ok(&["case", "add", case, "--opened", "2026-01-01"]);
    }
    j.ok(&["other", "add", "Anna", "Pim", "--role", "partner"]);
    for (case, date, extra) in [
        ("Anna", "2026-01-05", &["--resistance", "no-one-left"][..]),
        ("Bert", "2026-01-12", &["--resistance", "no-one-left"]),
        ("Cas", "2026-02-02", &[]),
    ] {
        let mut args = vec!["add", case, "--date", date, "--stall", "0:accepted-refusal"];
        args.extend(extra);
        j.ok(&args);
    }
    j.ok(&[
        "add",
        "Anna",
        "--date",
        "2026-02-09",
        "--with",
        "Pim",
        "--stall",
        "3:went-too-fast",
        "--note",
        "Levi's words, and I went on at once.",
        "--ask",
        "How do I stay with the silence?",
    ]);
    j
}

/// `spiegel --lang LANG ARGS…` on `j`; its stdout.
fn said(j: &Journal, lang: &str, args: &[&str]) -> String {
    let mut all = vec!["--lang", lang];
    all.extend(args);
    j.ok(&all)
}

/// Runs `cmd`, which must fail with exit code 1 and one line on stderr;
/// returns that line.
fn one_line_error(cmd: assert_cmd::Command) -> String {
    one_line_error_code(cmd, 1)
}

/// Runs `cmd`, which must fail with exit code `code` (2: a usage error, issue
/// 10.16) and one line on stderr; returns that line.
fn one_line_error_code(mut cmd: assert_cmd::Command, code: i32) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(out.status.code(), Some(code), "{out:?}");
    assert!(out.stdout.is_empty());
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    stderr.trim_end().to_string()
}

#[test]
fn patterns_speak_english_and_dutch() {
    let j = refusals();
    let en = said(&j, "en", &["patterns"]);
    for text in [
        "4 reflections on 3 cases, 2026-01-05 – 2026-02-09",
        "Recurring patterns on your own side (in at least 3 cases)",
        // issue 12: the rate names its base
        "  • Accepted the refusal too quickly — 3 cases, 3 of 3 sessions without anyone from the system or where resistance was met, mostly at step 0, with 'I have no one (left)'",
        "Where it stalls",
        "What you do",
        "Get the significant others to the table",
        "Only 4 reflections so far",
        "★ = recurring (≥ 3 cases)",
    ] {
        assert!(en.contains(text), "{text:?} in\n{en}");
    }
    let nl = said(&j, "nl", &["patterns"]);
    for text in [
        "4 reflecties over 3 casussen, 2026-01-05 – 2026-02-09",
        "Terugkerende patronen in je eigen handelen (in minstens 3 casussen)",
        "  • Me te snel laten afschepen — 3 casussen, 3 van 3 sessies zonder iemand uit het systeem of waarin weerstand speelde, vooral bij stap 0, samen met 'Ik heb niemand (meer) in mijn netwerk'",
        "Waar het vastloopt",
        "Wat je doet",
        "De belangrijke anderen aan tafel krijgen",
        "Waarom",
        "Pas 4 reflecties",
        "★ = terugkerend (≥ 3 casussen)",
        "Ter vergelijking",
    ] {
        assert!(nl.contains(text), "{text:?} in\n{nl}");
    }
    for english in [
        "Recurring",
        "Where it stalls",
        "cases",
        "reached the system",
    ] {
        assert!(!nl.contains(english), "{english:?} left in\n{nl}");
    }
    // Counts of one are not plural.
    let one = said(&j, "nl", &["patterns", "--case", "Cas"]);
    assert!(one.contains("1 reflectie over 1 casus,"), "{one}");
    let one = said(&j, "en", &["patterns", "--case", "Cas"]);
    assert!(one.contains("1 reflection on 1 case,"), "{one}");
}

#[test]
fn the_supervision_page_speaks_english_and_dutch_in_markdown_and_html() {
    let j = refusals();
    let md = said(&j, "nl", &["prep", "--since", "2026-01-01"]);
    for text in [
        "# Voorbereiding supervisie",
        "4 reflecties · 3 casussen · 4 keer vastgelopen in mijn eigen handelen",
        "## Patronen in beeld (mijn eigen handelen)",
        "### Me te snel laten afschepen — 3 casussen, 3 van 3 sessies zonder iemand uit het systeem of waarin weerstand speelde, vooral bij stap 0",
        "Casussen: Anna (1), Bert (1), Cas (1)",
        "## Open vragen",
        "How do I stay with the silence?",
        "## Leerdoelen",
        "Geen open leerdoelen.",
        "| 3 · De cliënt staat stil bij de woorden van de ander | 1 |",
        "Gemaakt met spiegel op 15 mrt. 2026.",
    ] {
        assert!(md.contains(text), "{text:?} in\n{md}");
    }
    let html = said(
        &j,
        "nl",
        &["prep", "--since", "2026-01-01", "--format", "html"],
    );
    assert!(html.contains("<html lang=\"nl\">"), "{html}");
    assert!(html.contains("<title>Voorbereiding supervisie — 15 mrt. 2026</title>"));
    assert!(html.contains("<h2>Patronen in beeld (mijn eigen handelen)</h2>"));
    assert!(html.contains("aria-label=\"Waar het vastliep, per stap (mijn eigen handelen)\""));
    let html = said(
        &j,
        "en",
        &["prep", "--since", "2026-01-01", "--format", "html"],
    );
    assert!(html.contains("<html lang=\"en\">"), "{html}");
    assert!(html.contains("<h2>Patterns in view (my own side)</h2>"));
}

#[test]
fn errors_are_one_line_in_the_language_spoken() {
    let j = Journal::with_john();
    let nl = |args: &[&str]| {
        let mut cmd = j.cmd(&["--lang", "nl"]);
        cmd.args(args);
        // What was typed is malformed or unknown: a usage error (issue 10.16).
        let usage = args.iter().any(|a| a.starts_with("--"));
        let usage = usage && !args.contains(&"--role");
        one_line_error_code(cmd, if usage { 2 } else { 1 })
    };
    assert_eq!(
        nl(&["case", "show", "Jon"]),
        "fout: geen casus 'Jon' — bedoel je 'John'?"
    );
    assert_eq!(
        nl(&["add", "John", "--date", "soon"]),
        "fout: 'soon' is geen datum — schrijf JJJJ-MM-DD (bijv. 2026-03-14), vandaag, gisteren, een weekdag (maandag) of 3 dagen geleden; in het Engels today, yesterday, monday, 3 days ago"
    );
    assert_eq!(
        nl(&["add", "John", "--stall", "9:went-too-fast"]),
        "fout: geen stap '9' — de stappen lopen van 0 (de belangrijke anderen aan tafel krijgen) tot en met 7; zie `spiegel steps`"
    );
    assert_eq!(
        nl(&["add", "John", "--resistance", "nobody"]),
        "fout: geen weerstandsreactie 'nobody' — gebruik no-one-left, they-wont-come of my-own-problem"
    );
    assert_eq!(
        nl(&["other", "add", "John", "levi", "--role", "friend"]),
        "fout: John heeft al een belangrijke ander die 'Levi' heet — kies een andere naam (zet er bijv. een initiaal achter)"
    );
    // A failure spiegel did not foresee keeps its cause, after Dutch words.
    let missing = j.dir.path().join("nergens.db");
    let err = one_line_error({
        let mut cmd = j.bare();
        cmd.args(["--lang", "nl", "--db"]).arg(&missing).arg("list");
        cmd
    });
    assert_eq!(
        err,
        format!(
            "fout: geen dagboek in {} — begin er een met `spiegel case add NAAM`, of kijk rond met `spiegel demo`",
            missing.display()
        )
    );
}

#[test]
fn help_speaks_dutch() {
    let j = Journal::new();
    // The help as one line: how it wraps depends on the width.
    let help = |args: &[&str]| {
        let out = j.bare().args(args).output().unwrap();
        assert!(out.status.success(), "{out:?}");
        let text = String::from_utf8(out.stdout).unwrap();
        text.split_whitespace().collect::<Vec<_>>().join(" ")
    };
    let short = help(&["--lang", "nl", "-h"]);
    assert!(short.starts_with(
        "Een reflectiedagboek voor supervisie, voor systemisch werkende hulpverleners Gebruik:"
    ));
    let top = help(&["--lang", "nl", "--help"]);
    for text in [
        "spiegel is een persoonlijk reflectiedagboek voor hulpverleners",
        "Gebruik: spiegel",
        "Vastleggen:",
        "Leg een reflectie op een gesprek vast",
        "Algemene opties:",
        "--lang <TAAL>",
        "Toon de hulp",
    ] {
        assert!(top.contains(text), "{text:?} in\n{top}");
    }
    let add = help(&["--lang", "nl", "add", "--help"]);
    for text in [
        "Argumenten:",
        "[CASUS]",
        "--stall <STAP:REDEN[,REDEN…]>",
        "Waar het vastliep en waarom",
        "--note <TEKST>",
        "[mogelijke waarden: face-to-face, video, telefoon]",
    ] {
        assert!(add.contains(text), "{text:?} in\n{add}");
    }
    let list = help(&["--lang", "nl", "list", "--help"]);
    assert!(list.contains("[standaard: 20]"), "{list}");
    // English, unchanged, when nothing asks for Dutch.
    let english = help(&["add", "--help"]);
    assert!(english.contains("Record a reflection on a session"));
    assert!(english.contains("--note <TEXT>"));
    assert!(english.contains("[possible values: in-person, video, phone]"));
    assert!(!english.contains("Leg een reflectie"));
    // The completions' instructions too.
    let completions = help(&["--lang", "nl", "completions", "--help"]);
    assert!(completions.contains("Laad de aanvullingen als je shell start:"));
    // And the manual page.
    let man = help(&["--lang", "nl", "man"]);
    assert!(
        man.contains("Leg een reflectie op een gesprek vast"),
        "{man}"
    );
}

#[test]
fn the_language_is_chosen_by_flag_then_environment_then_settings_then_locale() {
    let j = Journal::new();
    const EN: &str = "No cases yet.";
    const NL: &str = "Nog geen casussen.";
    // `case list --all` on an empty journal says so in the language chosen.
    let speaks = |flag: Option<&str>, env: &[(&str, &str)]| -> &'static str {
        let mut cmd = j.cmd(&[]);
        if let Some(lang) = flag {
            cmd.args(["--lang", lang]);
        }
        cmd.args(["case", "list", "--all"]);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd.output().unwrap();
        assert!(out.status.success(), "{out:?}");
        let stdout = String::from_utf8(out.stdout).unwrap();
        if stdout.starts_with(EN) {
            "en"
        } else if stdout.starts_with(NL) {
            "nl"
        } else {
            panic!("neither language: {stdout}")
        }
    };
    // A journal without cases (any change creates it).
    j.ok(&["reasons", "retire", "shame-and-guilt"]);

    // Nothing set: English, also when the locale is another language.
    assert_eq!(speaks(None, &[]), "en");
    assert_eq!(speaks(None, &[("LANG", "de_DE.UTF-8")]), "en");
    // The locale: LANG, overruled by LC_MESSAGES, overruled by LC_ALL.
    assert_eq!(speaks(None, &[("LANG", "nl_NL.UTF-8")]), "nl");
    assert_eq!(speaks(None, &[("LANG", "nl_BE.UTF-8")]), "nl");
    assert_eq!(
        speaks(None, &[("LANG", "nl_NL.UTF-8"), ("LC_ALL", "en_GB.UTF-8")]),
        "en"
    );
    assert_eq!(
        speaks(None, &[("LANG", "en_GB.UTF-8"), ("LC_MESSAGES", "nl_NL")]),
        "nl"
    );
    // The settings file over the locale.
    j.ok(&["config", "set", "language", "en"]);
    assert_eq!(speaks(None, &[("LANG", "nl_NL.UTF-8")]), "en");
    j.ok(&["config", "set", "language", "nl"]);
    assert_eq!(speaks(None, &[]), "nl");
    // SPIEGEL_LANG over the settings file; one spiegel does not speak is a
    // usage error, as `--lang fr` is (issue 10.15).
    assert_eq!(speaks(None, &[("SPIEGEL_LANG", "en")]), "en");
    j.cmd(&["case", "list"])
        .env("SPIEGEL_LANG", "fr")
        .assert()
        .code(2);
    j.ok(&["config", "set", "language", "en"]);
    assert_eq!(speaks(None, &[("SPIEGEL_LANG", "nl")]), "nl");
    // --lang over everything.
    assert_eq!(speaks(Some("en"), &[("SPIEGEL_LANG", "nl")]), "en");
    assert_eq!(
        speaks(Some("nl"), &[("SPIEGEL_LANG", "en"), ("LANG", "en_US")]),
        "nl"
    );
    // A language spiegel does not speak is a usage error.
    j.cmd(&["--lang", "fr", "case", "list"]).assert().code(2);
}

#[test]
fn mistakes_on_the_command_line_are_worded_in_dutch_too() {
    let j = Journal::with_john();
    let usage = |args: &[&str]| {
        let out = j.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(out.stdout.is_empty());
        String::from_utf8(out.stderr).unwrap()
    };
    // One line each (issue 10.16): what is wrong — what to write.
    let err = usage(&["--lang", "nl", "add", "John", "--medium", "mail"]);
    assert_eq!(
        err,
        "fout: 'mail' is geen geldige waarde voor '--medium <VORM>' — schrijf in-person, video of phone\n"
    );
    let err = usage(&["--lang", "nl", "lijst"]);
    assert!(err.starts_with("fout: onbekende opdracht 'lijst'"), "{err}");
    assert!(err.contains("bedoel je 'list'?"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let err = usage(&["--lang", "nl", "other", "add", "John"]);
    assert!(
        err.starts_with("fout: deze argumenten ontbreken: --role <ROL>, <NAAM>"),
        "{err}"
    );
    // English in the same words as clap's own.
    let err = usage(&["add", "John", "--medium", "mail"]);
    assert!(
        err.starts_with("error: invalid value 'mail' for '--medium <MEDIUM>' — write in-person"),
        "{err}"
    );
}

#[test]
fn json_is_the_same_in_every_language() {
    let j = refusals();
    for args in [
        &["patterns", "--since", "2026-01-01"][..],
        &["patterns", "--side", "all"],
        &["list"],
        &["show", "4"],
        &["case", "show", "Anna"],
        &["case", "list", "--all"],
        &["reasons", "--all"],
        &["steps"],
        &["questions", "--all"],
        &["other", "list", "Anna"],
    ] {
        let mut with_json = args.to_vec();
        with_json.push("--json");
        let en = said(&j, "en", &with_json);
        let nl = said(&j, "nl", &with_json);
        assert_eq!(en, nl, "{args:?}");
        // Field names and codes stay English.
        let v: Value = serde_json::from_str(&nl).unwrap();
        assert!(!v.is_null());
    }
    let p: Value = serde_json::from_str(&said(&j, "nl", &["patterns", "--json"])).unwrap();
    assert_eq!(p["side"], "self");
    assert_eq!(p["recurring"][0]["reason"], "accepted-refusal");
    assert_eq!(p["recurring"][0]["resistance"], "no-one-left");
}

#[test]
fn reasons_and_resistance_may_be_named_by_the_start_of_their_label() {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--stall",
        "0:Me te snel,Contact met",
        "--stall",
        "7:meegegaan",
        "--resistance",
        "ik heb niemand",
        "--resistance",
        "It's my problem",
    ]);
    let r = j.json(&["show", "1"]);
    assert_eq!(
        r["stalls"],
        serde_json::json!([
            {"step": 0, "reasons": ["accepted-refusal", "lost-own-need"]},
            {"step": 7, "reasons": ["laughed-along"]},
        ])
    );
    assert_eq!(
        r["resistance"],
        serde_json::json!(["no-one-left", "my-own-problem"])
    );
    // Accents need not be typed; the English label works in Dutch too.
    j.ok(&["--lang", "nl", "add", "John", "--stall", "1:client voelt"]);
    assert_eq!(
        j.json(&["show", "2"])["stalls"][0]["reasons"][0],
        "feels-a-burden"
    );
    let listed = j.json(&["list", "--why", "went along with"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert!(
        j.ok(&["reasons", "retire", "weerstand niet"])
            .contains("reason resistance-unexplored retired")
    );

    // A start that fits several: one line with every candidate, nothing written.
    let before = j.snapshot();
    let en = one_line_error_code(j.cmd(&["add", "John", "--stall", "0:te"]), 2);
    assert_eq!(
        en,
        "error: 'te' fits more than one reason: focused-on-objections (Focused too much on the client's objections), went-too-fast (Went too fast; no room for silence) — type more of the label, or the code"
    );
    let nl = one_line_error_code(
        j.cmd(&["--lang", "nl", "add", "John", "--stall", "0:te"]),
        2,
    );
    assert_eq!(
        nl,
        "fout: 'te' past bij meer dan één reden: focused-on-objections (Te veel gericht op de bezwaren van de cliënt), went-too-fast (Te snel gegaan; geen ruimte voor stilte) — typ meer van de omschrijving, of de code"
    );
    // "I have no one (left)", "Ik heb niemand (meer)…" and "It's my problem…"
    let nl = one_line_error_code(
        j.cmd(&["--lang", "nl", "add", "John", "--resistance", "i"]),
        2,
    );
    assert_eq!(
        nl,
        "fout: 'i' past bij meer dan één weerstandsreactie: no-one-left (Ik heb niemand (meer) in mijn netwerk), my-own-problem (Het is mijn probleem, ik wil het zelf oplossen) — typ meer van de omschrijving, of de code"
    );
    assert_eq!(j.snapshot(), before);
}

#[test]
fn tables_and_labels_speak_dutch_but_codes_stay() {
    let j = refusals();
    let shown = said(&j, "nl", &["show", "4"]);
    for text in [
        "Casus",
        "Aanwezig",
        "Vastgelopen",
        "stap 3: Te snel gegaan; geen ruimte voor stilte",
        "Zeven stappen doorlopen",
        "nee",
        "Vraag voor supervisie",
    ] {
        assert!(shown.contains(text), "{text:?} in\n{shown}");
    }
    let list = said(&j, "nl", &["list"]);
    assert!(list.contains("Vastgelopen bij") && list.contains("alleen de cliënt"));
    // The reasons' labels, not their English codes (issue 14.3).
    assert!(list.contains("0: Me te snel laten afschepen"), "{list}");
    assert!(!list.contains("accepted-refusal"), "{list}");
    let reasons = said(&j, "nl", &["reasons"]);
    assert!(reasons.contains("Omschrijving") && reasons.contains("Engels"));
    assert!(reasons.contains("Me te snel laten afschepen"));
    let steps = said(&j, "nl", &["steps"]);
    assert!(steps.contains("Laat de cliënt de ander rechtstreeks vertellen"));
    assert!(
        said(&j, "nl", &["case", "add", "Dirk"]).contains("casus Dirk toegevoegd"),
        "confirmations too"
    );
}

#[test]
fn undo_export_and_check_speak_dutch_too() {
    let j = Journal::with_john();
    j.ok(&[
        "add",
        "John",
        "--stall",
        "0:accepted-refusal",
        "--note",
        "Eerste keer.",
    ]);
    assert_eq!(
        said(&j, "nl", &["undo"]).trim_end(),
        "ongedaan gemaakt: reflectie 1 (John, 2026-03-15) toegevoegd"
    );
    assert_eq!(
        said(&j, "nl", &["undo"]).trim_end(),
        "ongedaan gemaakt: belangrijke ander Maarten toegevoegd"
    );
    j.ok(&[
        "add",
        "John",
        "--stall",
        "0:accepted-refusal",
        "--note",
        "Eerste keer.",
    ]);
    let md = said(&j, "nl", &["export", "--format", "md"]);
    for text in [
        "# spiegel-dagboek",
        "- Setting: addiction clinic",
        "- Woont samen met een partner: nee",
        "- Belangrijke anderen: ",
        "### 2026-03-15 · alleen de cliënt · face-to-face",
        "- Vastgelopen bij stap 0: Me te snel laten afschepen",
        "- Zeven stappen doorlopen: nee",
        "> Eerste keer.",
    ] {
        assert!(md.contains(text), "{text:?} in\n{md}");
    }
    // CSV is a format, like JSON: its columns stay as they are.
    let csv = said(&j, "nl", &["export", "--format", "csv"]);
    assert!(csv.starts_with("id,reflection,case,date,medium,with,completed,step,reason,side"));
    assert_eq!(
        said(&j, "en", &["export", "--format", "csv"]),
        csv,
        "CSV is the same in every language"
    );
    assert!(
        said(&j, "nl", &["check", "--full"])
            .starts_with("alles in orde: het dagboek is heel en elke verwijzing klopt")
    );
    assert!(
        said(&j, "nl", &["check"]).starts_with(
            "alles in orde: het dagboek is heel en de samenvattingen kloppen in totaal"
        )
    );
}

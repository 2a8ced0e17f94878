//! `spiegel add` without a case: the guided reflection, driven through a
//! pseudo-terminal like a person at the keyboard. Each step waits for the
//! prompt's own words before typing, so nothing depends on sleeps; every
//! wait gives up after a timeout instead of hanging.

#![cfg(unix)]

use std::time::Duration;

use rexpect::process::WaitStatus;
use rexpect::session::{Options, PtySession, spawn_with_options};
use serde_json::json;

use crate::support::Journal;

const ENTER: &str = "\r";
const SPACE: &str = " ";
const DOWN: &str = "\x1b[B";
const UP: &str = "\x1b[A";
const BACKSPACE: &str = "\x7f";
const ESC: &str = "\x1b";
const CTRL_C: &str = "\x03";

/// `spiegel add` on a pseudo-terminal.
pub struct Walk {
    p: PtySession,
}

impl Walk {
    fn start(j: &Journal, env: &[(&str, &str)]) -> Walk {
        Walk::start_add(j, &[], env)
    }

    /// `spiegel add ARGS…` on a pseudo-terminal.
    pub fn start_add(j: &Journal, args: &[&str], env: &[(&str, &str)]) -> Walk {
        let mut cmd = j.process();
        cmd.arg("--db").arg(&j.path).arg("add").args(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        let options = Options::new()
            .timeout_ms(Some(15_000))
            .strip_ansi_escape_codes(true);
        Walk {
            p: spawn_with_options(cmd, options).expect("spiegel starts on a pty"),
        }
    }

    /// Waits until `text` appears.
    pub fn at(&mut self, text: &str) -> &mut Walk {
        // rexpect reads byte by byte, each as a char: look for the UTF-8
        // bytes of `text` the same way.
        let bytes: String = text.bytes().map(char::from).collect();
        if let Err(e) = self.p.exp_string(&bytes) {
            panic!("waiting for {text:?}: {e}");
        }
        self
    }

    /// Types `keys`.
    pub fn keys(&mut self, keys: &str) -> &mut Walk {
        self.p.send(keys).unwrap();
        self.p.flush().unwrap();
        self
    }

    /// Waits for the end; returns the exit code and what was left to read.
    pub fn end(&mut self) -> (i32, String) {
        let rest = self.p.exp_eof().expect("spiegel ends");
        match self.p.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => (code, rest),
            other => panic!("spiegel did not exit normally: {other:?}"),
        }
    }
}

/// An editor that appends a note to the file it is given.
fn editor(j: &Journal, note: &str) -> String {
    let path = j.dir.path().join("editor.sh");
    std::fs::write(
        &path,
        format!("#!/bin/sh\nfor f; do :; done\nprintf '%s\\n' '{note}' >> \"$f\"\n"),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.display().to_string()
}

#[test]
fn a_walk_through_creates_a_case_an_other_and_a_reason_and_saves_them_with_the_reflection() {
    let j = Journal::with_john();
    let editor = editor(&j, "She cried; I let it go. I needed her partner there.");
    let mut w = Walk::start(&j, &[("EDITOR", &editor)]);
    // Typing filters the cases; "a new case…" stays.
    w.at("Which case?")
        .keys("Anna")
        .at("a new case…")
        .keys(ENTER);
    // A name in use is refused on the spot.
    w.at("pseudonym:").keys("john").keys(ENTER);
    w.at("there is already a case 'John'");
    w.keys(&BACKSPACE.repeat(4)).keys("Anna").keys(ENTER);
    w.at("Where do you see the client?")
        .keys("youth care")
        .keys(ENTER);
    w.at("lasting partner?").keys(UP).keys(UP).keys(ENTER);
    w.at("When was the session?").keys("yesterday").keys(ENTER);
    w.at("Did anyone besides the client take part?")
        .keys(DOWN)
        .keys(ENTER);
    w.at("Their name").keys("Bram").keys(ENTER);
    w.at("Who are they to the client?").keys(ENTER);
    w.at("Someone else new as well?").keys(ENTER);
    // Step 0 per person: you called Bram; he said yes.
    w.at("Step 0: record how Bram was invited?")
        .keys("y")
        .keys(ENTER);
    w.at("Who invited them?").keys(DOWN).keys(ENTER);
    w.at("How?").keys(UP).keys(UP).keys(ENTER);
    w.at("What did they answer?").keys(ENTER);
    w.at("How did the session take place?")
        .keys(DOWN)
        .keys(ENTER);
    w.at("Did you meet resistance?")
        .keys(DOWN)
        .keys(SPACE)
        .keys(ENTER);
    w.at("Where did it stall?").keys(SPACE).keys(ENTER);
    // The step's own instruction from the method, then why.
    w.at("Take responsibility for their presence")
        .at("Why did it stall at step 0?");
    // The first offered is on your own side and usual at step 0; then,
    // filtering, "another reason…".
    w.at("Lost touch with my own need")
        .keys(SPACE)
        .keys("another")
        .keys(SPACE)
        .keys(ENTER);
    w.at("The reason, in a few words:")
        .keys("Felt sorry for the client")
        .keys(ENTER);
    w.at("A short code for it:")
        .at("felt-sorry-for-the-client")
        .keys(ENTER);
    w.at("The same in Dutch:")
        .keys("Had medelijden met de cliënt")
        .keys(ENTER);
    w.at("Whose side is it on?").keys(ENTER);
    // The note first, then whether all seven steps were done (README).
    w.at("Opening");
    w.at("Did you get through all seven steps?").keys(ENTER);
    w.at("What went well, what worked?").keys(ENTER);
    w.at("A question to bring to supervision?")
        .keys("Why do I spare her?")
        .keys(ENTER);
    // The entry as `spiegel show` prints it, then the question.
    w.at("Your reflection")
        .at("Anna")
        .at("felt-sorry-for-the-client (Felt sorry for the client)")
        .at("I needed her partner there.")
        .at("Save it?")
        .keys(ENTER);
    w.at("reflection 1 saved (Anna, 2026-03-14)");
    let (code, _) = w.end();
    assert_eq!(code, 0);

    let r = j.json(&["show", "1"]);
    assert_eq!(r["case"], "Anna");
    assert_eq!(r["date"], "2026-03-14");
    assert_eq!(r["medium"], "video");
    assert_eq!(r["present"], json!(["Bram"]));
    assert_eq!(r["resistance"], json!(["they-wont-come"]));
    assert_eq!(
        r["stalls"],
        json!([{"step": 0, "reasons": ["felt-sorry-for-the-client", "lost-own-need"]}])
    );
    assert_eq!(r["completed"], false);
    assert_eq!(
        r["note"],
        "She cried; I let it go. I needed her partner there."
    );
    assert_eq!(r["question"]["text"], "Why do I spare her?");

    let anna = j.json(&["case", "show", "Anna"]);
    assert_eq!(anna["setting"], "youth care");
    assert_eq!(anna["cohabiting"], true);
    assert_eq!(anna["opened_on"], "2026-03-14");
    assert_eq!(anna["others"][0]["name"], "Bram");
    assert_eq!(anna["others"][0]["role"], "partner");
    assert_eq!(anna["others"][0]["named_on"], "2026-03-14");
    let invitation = &anna["others"][0]["invitations"][0];
    assert_eq!(
        (
            &invitation["date"],
            &invitation["by"],
            &invitation["medium"],
            &invitation["answer"]
        ),
        (
            &json!("2026-03-14"),
            &json!("me"),
            &json!("phone"),
            &json!("yes")
        )
    );

    let reasons = j.json(&["reasons"]);
    let own = reasons
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "felt-sorry-for-the-client")
        .expect("the new reason is in the catalogue");
    assert_eq!(own["side"], "self");
    assert_eq!(own["label_nl"], "Had medelijden met de cliënt");
    assert_eq!(own["builtin"], false);
}

#[test]
fn esc_at_a_middle_prompt_writes_nothing_not_even_the_new_other() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let mut w = Walk::start(&j, &[]);
    w.at("Which case?").keys(ENTER);
    w.at("When was the session?").keys(ENTER);
    // Levi, and someone new.
    w.at("Who took part besides the client?")
        .at("someone new…")
        .keys(SPACE)
        .keys(DOWN)
        .keys(DOWN)
        .keys(SPACE)
        .keys(ENTER);
    w.at("Their name").keys("Bram").keys(ENTER);
    w.at("Who are they to the client?").keys(ENTER);
    w.at("Someone else new as well?").keys(ENTER);
    w.at("Step 0: record how Bram was invited?").keys(ENTER);
    w.at("How did the session take place?").keys(ESC);
    w.at("stopped — nothing saved");
    let (code, _) = w.end();
    assert_eq!(code, 1);
    assert_eq!(j.snapshot(), before);
    assert_eq!(
        j.json(&["other", "list", "John"]).as_array().unwrap().len(),
        2
    );
}

#[test]
fn ctrl_c_before_the_first_reflection_leaves_no_journal_behind() {
    let j = Journal::new();
    let mut w = Walk::start(&j, &[]);
    w.at("No open cases yet");
    w.at("pseudonym:").keys("Anna").keys(ENTER);
    w.at("Where do you see the client?").keys(CTRL_C);
    w.at("stopped — nothing saved");
    let (code, _) = w.end();
    assert_eq!(code, 1);
    assert!(!j.path.exists(), "no journal was created");
}

#[test]
fn an_individual_session_with_an_inline_note_can_be_declined_at_the_end() {
    let j = Journal::with_john();
    let before = j.snapshot();
    let mut w = Walk::start(&j, &[]);
    w.at("Which case?").keys(ENTER);
    w.at("When was the session?").keys("friday").keys(ENTER);
    // Nobody picked: an individual session; nothing more is asked about it.
    w.at("Who took part besides the client?").keys(ENTER);
    w.at("nobody: an individual session");
    w.at("How did the session take place?").keys(ENTER);
    w.at("Did you meet resistance?").keys(ENTER);
    w.at("Where did it stall?").keys(ENTER);
    // No editor chosen: the note on one line, here.
    w.at("What happened, and what did you need?")
        .keys("Talked about work.")
        .keys(ENTER);
    w.at("What went well, what worked?").keys(ENTER);
    w.at("A question to bring to supervision?").keys(ENTER);
    w.at("client alone").at("Save it?").keys("n").keys(ENTER);
    w.at("nothing saved");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    assert_eq!(j.snapshot(), before);
}

/// Without a terminal nobody can answer: `spiegel add` without a case must
/// fail at once — a usage error, exit 2, as clap gives for a missing
/// argument — and never wait for input.
#[test]
fn add_without_a_case_off_a_terminal_fails_at_once() {
    let j = Journal::with_john();
    let before = j.snapshot();
    for args in [&["add"][..], &["add", "--stall", "0:accepted-refusal"]] {
        let out = j
            .cmd(args)
            .timeout(Duration::from_secs(20))
            .write_stdin("")
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(out.stdout.is_empty());
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(
            stderr,
            "error: no case given — write `spiegel add CASE [flags]`, or run `spiegel add` alone on a terminal to be guided\n"
        );
    }
    assert_eq!(j.snapshot(), before);
    // The flags are as they were.
    j.ok(&["add", "John", "--stall", "0:accepted-refusal"]);
}

/// The same walk in Dutch: the prompts, the method's steps and reasons, the
/// yes-or-no answers and the confirmation speak it; codes are stored as
/// always.
#[test]
fn a_walk_through_in_dutch() {
    let j = Journal::with_john();
    let mut w = Walk::start(&j, &[("SPIEGEL_LANG", "nl")]);
    w.at("Laten we terugkijken op het gesprek.");
    w.at("Welke casus?")
        .at("John · addiction clinic")
        .at("een nieuwe casus…")
        .keys(ENTER);
    w.at("Wanneer was het gesprek?")
        .at("vandaag")
        .keys("gisteren")
        .keys(ENTER);
    w.at("Wie waren er naast de cliënt bij?")
        .at("Levi (vriend(in))")
        .keys(SPACE)
        .keys(ENTER);
    w.at("Hoe vond het gesprek plaats?")
        .at("face-to-face")
        .keys(ENTER);
    w.at("Welke weerstand kwam je tegen?")
        .at("Ik heb niemand (meer) in mijn netwerk")
        .keys(ENTER);
    w.at("Waar liep het vast?")
        .keys(DOWN.repeat(7).as_str())
        .keys(SPACE)
        .keys(ENTER);
    // Step 7 in the method's Dutch words, then why.
    w.at("Stap 7 · Spiegel het niet-helpende gedrag van de ander")
        .at("Waar het meestal vastloopt:")
        .at("Waarom liep het vast bij stap 7?");
    // Filtering on the Dutch label.
    w.at("eigen  · ")
        .keys("meegegaan")
        .at("Meegegaan in de grap")
        .keys(SPACE)
        .keys(ENTER);
    // The note, then a yes-or-no question answered in Dutch.
    w.at("Wat gebeurde er, en wat had jij nodig?")
        .keys("John maakte een grap en ik lachte mee.")
        .keys(ENTER);
    w.at("Heb je alle zeven stappen doorlopen?")
        .at("j/N")
        .keys("ja")
        .keys(ENTER);
    w.at("Wat ging er goed, wat werkte?").keys(ENTER);
    w.at("Een vraag om mee te nemen naar supervisie?")
        .keys(ENTER);
    w.at("Je reflectie")
        .at("Vastgelopen")
        .at("stap 7: Meegegaan in de grap of het andere onderwerp")
        .at("Zeven stappen doorlopen")
        .at("ja")
        .at("Opslaan?")
        .at("J/n")
        .keys(ENTER);
    w.at("reflectie 1 opgeslagen (John, 2026-03-14)");
    let (code, _) = w.end();
    assert_eq!(code, 0);

    let r = j.json(&["show", "1"]);
    assert_eq!(r["date"], "2026-03-14");
    assert_eq!(r["present"], json!(["Levi"]));
    assert_eq!(r["medium"], "in-person");
    assert_eq!(
        r["stalls"],
        json!([{"step": 7, "reasons": ["laughed-along"]}])
    );
    assert_eq!(r["completed"], true);
    assert_eq!(r["note"], "John maakte een grap en ik lachte mee.");
}

/// A reason of one's own, asked in Dutch: the Dutch words first, then the
/// English ones.
#[test]
fn a_new_reason_in_dutch_asks_the_dutch_words_first() {
    let j = Journal::with_john();
    let mut w = Walk::start(&j, &[("SPIEGEL_LANG", "nl")]);
    w.at("Welke casus?").keys(ENTER);
    w.at("Wanneer was het gesprek?").keys(ENTER);
    w.at("Wie waren er naast de cliënt bij?").keys(ENTER);
    w.at("niemand: een individueel gesprek");
    w.at("Hoe vond het gesprek plaats?").keys(ENTER);
    w.at("Welke weerstand kwam je tegen?").keys(ENTER);
    w.at("Waar liep het vast?").keys(SPACE).keys(ENTER);
    w.at("Waarom liep het vast bij stap 0?")
        .keys("een andere")
        .at("een andere reden…")
        .keys(SPACE)
        .keys(ENTER);
    w.at("De reden, in een paar woorden:")
        .keys("Te snel afgerond")
        .keys(ENTER);
    w.at("Een korte code ervoor:")
        .at("te-snel-afgerond")
        .keys(ENTER);
    w.at("Hetzelfde in het Engels:")
        .keys(&BACKSPACE.repeat(16))
        .keys("Rushed the ending")
        .keys(ENTER);
    w.at("Aan wiens kant ligt het?")
        .at("mijn eigen handelen")
        .keys(ENTER);
    w.at("Wat gebeurde er, en wat had jij nodig?").keys(ENTER);
    w.at("Wat ging er goed, wat werkte?").keys(ENTER);
    w.at("Een vraag om mee te nemen naar supervisie?")
        .keys(ENTER);
    w.at("Opslaan?").keys(ENTER);
    w.at("reflectie 1 opgeslagen");
    let (code, _) = w.end();
    assert_eq!(code, 0);
    let reasons = j.json(&["reasons"]);
    let own = reasons
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["code"] == "te-snel-afgerond")
        .expect("the new reason is in the catalogue");
    assert_eq!(own["label_nl"], "Te snel afgerond");
    assert_eq!(own["label_en"], "Rushed the ending");
    assert_eq!(own["side"], "self");
}

/// `delete` asks on a terminal, in the language spoken: Dutch answers `j`.
#[test]
fn delete_asks_in_dutch_and_takes_a_dutch_yes() {
    let j = Journal::with_john();
    j.ok(&["add", "John", "--note", "first"]);
    j.ok(&["add", "John", "--note", "second"]);
    let ask = |id: &str, keys: &str| {
        let mut cmd = j.process();
        cmd.args(["--lang", "nl", "--db"])
            .arg(&j.path)
            .args(["delete", id]);
        let options = Options::new()
            .timeout_ms(Some(15_000))
            .strip_ansi_escape_codes(true);
        let mut w = Walk {
            p: spawn_with_options(cmd, options).expect("spiegel starts on a pty"),
        };
        // (The terminal is 80 wide: the question wraps.)
        w.at("(John, 2026-03-15) verwijderen?")
            .at("(j/N)")
            .keys(keys)
            .keys(ENTER);
        w
    };
    let mut w = ask("1", "nee");
    w.at("niets verwijderd");
    assert_eq!(w.end().0, 0);
    let mut w = ask("1", "j");
    w.at("reflectie 1 verwijderd");
    assert_eq!(w.end().0, 0);
    let left = j.json(&["list"]);
    assert_eq!(left.as_array().unwrap().len(), 1);
    assert_eq!(left[0]["note"], "second");
}

/// Step 0 per person: a resistance met, and the walk offers to record who
/// refused, with that reaction; skipped, nothing of it is written.
#[test]
fn a_resistance_met_offers_to_record_who_refused() {
    for record in [true, false] {
        let j = Journal::with_john();
        let mut w = Walk::start(&j, &[]);
        w.at("Which case?").keys(ENTER);
        w.at("When was the session?").keys(ENTER);
        w.at("Who took part besides the client?").keys(ENTER);
        w.at("How did the session take place?").keys(ENTER);
        w.at("Did you meet resistance?")
            .keys(DOWN)
            .keys(SPACE)
            .keys(ENTER);
        w.at("did someone refuse an invitation?");
        if record {
            w.keys("y").keys(ENTER);
            w.at("Who refused?").at("Maarten").keys(DOWN).keys(ENTER);
            w.at("Who invited them?").keys(ENTER);
            w.at("How?").keys(ENTER);
        } else {
            w.keys(ENTER);
        }
        w.at("Where did it stall?").keys(ENTER);
        w.at("What happened, and what did you need?")
            .keys("He says Maarten won't come.")
            .keys(ENTER);
        w.at("What went well, what worked?").keys(ENTER);
        w.at("A question to bring to supervision?").keys(ENTER);
        w.at("Save it?").keys(ENTER);
        w.at("reflection 1 saved");
        let (code, _) = w.end();
        assert_eq!(code, 0);
        let others = j.json(&["other", "list", "John"]);
        let maarten = &others[1];
        assert_eq!(maarten["name"], "Maarten");
        if record {
            assert_eq!(
                maarten["invitations"],
                json!([{
                    "id": 1,
                    "uuid": maarten["invitations"][0]["uuid"],
                    "date": "2026-03-15",
                    "by": "client",
                    "medium": null,
                    "answer": "no",
                    "resistance": "they-wont-come",
                    "note": "",
                    "created_at": maarten["invitations"][0]["created_at"],
                    "updated_at": maarten["invitations"][0]["updated_at"],
                }])
            );
        } else {
            assert_eq!(maarten["invitations"], json!([]));
        }
        assert_eq!(others[0]["invitations"], json!([]));
    }
}

//! Every user-facing text that is not an error message (those live in
//! `error.rs`): headings, column names, labels and confirmations.
//!
//! Keeping them here, not scattered as literals, is what lets a translation
//! replace them in one place.

pub const ABOUT: &str = "A supervision reflection journal for systemic practitioners";

pub const LONG_ABOUT: &str = "\
spiegel (\"mirror\") is a private journal for practitioners who bring their clients' \
significant others into the help. Right after a session, note per case at which step \
of the method it stalled and why; before supervision, see the patterns across cases.

Steps: 0 = getting the significant others to the table; 1-7 = the conversation \
between the client and a significant other (see `spiegel steps`).

The journal is one SQLite file on this machine: --db PATH, else $SPIEGEL_DB, else \
`journal` in the settings file (`spiegel config show`), else the platform's data \
folder. Nothing leaves the machine.";

pub const COMPLETIONS_HELP: &str = "\
Load the completions when your shell starts:

  bash        echo 'source <(spiegel completions bash)' >> ~/.bashrc
  zsh         echo 'source <(spiegel completions zsh)' >> ~/.zshrc
  fish        echo 'spiegel completions fish | source' >> ~/.config/fish/config.fish
  powershell  Add-Content $PROFILE 'spiegel completions powershell | Out-String | Invoke-Expression'

The script calls spiegel back to find case names and reason codes in your journal, \
so generate it anew on start-up rather than saving it: it then always matches the \
spiegel you have.";

pub mod col {
    pub const ID: &str = "Id";
    pub const CASE: &str = "Case";
    pub const SETTING: &str = "Setting";
    pub const PARTNER: &str = "Partner";
    pub const OPENED: &str = "Opened";
    pub const CLOSED: &str = "Closed";
    pub const OUTCOME: &str = "Outcome";
    pub const REFLECTIONS: &str = "Reflections";
    pub const LAST_SESSION: &str = "Last session";
    pub const OTHER_TOOK_PART: &str = "Other took part";
    pub const DATE: &str = "Date";
    pub const MEDIUM: &str = "Medium";
    pub const WITH: &str = "With";
    pub const STALLS: &str = "Stalled at";
    pub const COMPLETED: &str = "7 steps";
    pub const NOTE: &str = "Note";
    pub const NAME: &str = "Name";
    pub const ROLE: &str = "Role";
    pub const SESSIONS: &str = "Sessions";
    pub const STEP: &str = "Step";
    pub const TITLE: &str = "What you do";
    pub const PITFALL: &str = "Where it typically stalls";
    pub const CODE: &str = "Code";
    pub const SIDE: &str = "Side";
    pub const LABEL: &str = "Label";
    pub const LABEL_NL: &str = "Dutch";
    pub const USUAL_STEPS: &str = "Mostly at";
    pub const USES: &str = "Used";
    pub const RETIRED: &str = "Retired";
}

pub mod label {
    pub const YES: &str = "yes";
    pub const NO: &str = "no";
    pub const UNKNOWN: &str = "–";
    pub const OPEN: &str = "open";
    pub const NONE: &str = "none";
    pub const ALONE: &str = "client alone";
    pub const CASE: &str = "Case";
    pub const SETTING: &str = "Setting";
    pub const COHABITING: &str = "Lives with a partner";
    pub const OPENED: &str = "Opened";
    pub const STATUS: &str = "Status";
    pub const CLOSED_WITH: &str = "closed";
    pub const DATE: &str = "Date";
    pub const MEDIUM: &str = "Medium";
    pub const PRESENT: &str = "Present";
    pub const RESISTANCE: &str = "Resistance";
    pub const STALLS: &str = "Stalled";
    pub const COMPLETED: &str = "Seven steps completed";
    pub const NOTE: &str = "Note";
    pub const QUESTION: &str = "Question for supervision";
    pub const ANSWER: &str = "Answer";
    pub const STEP: &str = "step";
    pub const CONFIG_FILE: &str = "settings file";
    pub const NOT_SET: &str = "not set";
    pub const JOURNAL_IN_USE: &str = "journal in use";
}

pub mod heading {
    pub const OTHERS: &str = "Significant others";
    pub const TIMELINE: &str = "Timeline";
}

/// The reflection as a text form in the editor (`spiegel edit ID`). The
/// field names before the colons (`date:`, `with:` …) are part of the form's
/// format, like codes, and are not translated.
pub mod form {
    use crate::journal::Side;

    pub fn title(id: i64, case: &str, date: &str) -> String {
        format!("spiegel: reflection {id} ({case}, {date})")
    }
    pub const INTRO: &[&str] = &[
        "Change what you like, then save and close the editor. Lines starting with '#'",
        "are ignored, except in the note. To change nothing, close without saving;",
        "to abandon after an error, save it unchanged or empty the file.",
    ];
    pub const DATE: &str =
        "The session's date: YYYY-MM-DD, today, yesterday, a weekday or 3 days ago";
    pub const WITH: &str =
        "Who took part besides the client, separated by commas; empty: the client alone";
    pub fn others_of(case: &str, others: &[String]) -> String {
        if others.is_empty() {
            format!("{case} has no significant others yet (add them with `spiegel other add`)")
        } else {
            format!("{case}'s significant others: {}", others.join(", "))
        }
    }
    pub fn medium(media: &[&str]) -> String {
        format!("How the session took place: {}", media.join(", "))
    }
    pub fn resistance(codes: &[String]) -> String {
        format!("Resistance met, separated by commas: {}", codes.join(", "))
    }
    pub const STALLS: &[&str] = &[
        "Where it stalled: one line per step, as STEP: reason, reason",
        "(steps 0-7, see `spiegel steps`; the reasons, see `spiegel reasons`):",
    ];
    pub fn reasons_of(side: Side, codes: &[&str]) -> String {
        let whose = match side {
            Side::Own => "your own side",
            Side::Client => "the client's",
            Side::Other => "the other's",
        };
        format!("{whose}: {}", codes.join(", "))
    }
    pub const COMPLETED: &str = "Were all seven steps completed? yes or no";
    pub const QUESTION: &str = "A question to bring to supervision, on one line; empty: none";
    pub const NOTE: &str = "What happened and what you needed: everything below this line";
    pub const FIX_OR_ABANDON: &str =
        "Correct it and save, or save it unchanged (or empty) to abandon the edit.";
    pub const MEDIUM_EXPECTED: &str = "write in-person, video or phone";
    pub const COMPLETED_EXPECTED: &str = "write yes or no";
}

pub mod say {
    use std::path::Path;

    pub fn case_added(name: &str) -> String {
        format!("case {name} added")
    }
    pub fn case_updated(name: &str) -> String {
        format!("case {name} updated")
    }
    pub fn case_closed(name: &str, outcome: &str) -> String {
        format!("case {name} closed: {outcome}")
    }
    pub fn case_reopened(name: &str) -> String {
        format!("case {name} reopened")
    }
    pub fn case_renamed(old: &str, new: &str) -> String {
        format!("case {old} is now called {new}")
    }
    pub fn other_added(name: &str, role: &str, case: &str) -> String {
        format!("{name} ({role}) added to {case}")
    }
    pub fn reflection_added(id: i64, case: &str, date: &str) -> String {
        format!("reflection {id} saved ({case}, {date})")
    }
    pub fn reflection_updated(id: i64) -> String {
        format!("reflection {id} updated")
    }
    pub fn edit_nothing_changed(id: i64) -> String {
        format!("nothing changed in reflection {id}")
    }
    pub fn edit_abandoned(id: i64) -> String {
        format!("edit abandoned; reflection {id} was left as it was")
    }
    pub fn reflection_deleted(id: i64) -> String {
        format!("reflection {id} deleted — undo with `spiegel undo`")
    }
    pub fn confirm_delete(id: i64, case: &str, date: &str) -> String {
        format!("Delete reflection {id} ({case}, {date})? (`spiegel undo` brings it back)")
    }
    pub fn not_deleted() -> &'static str {
        "nothing deleted"
    }
    pub fn reason_added(code: &str) -> String {
        format!("reason {code} added")
    }
    pub fn reason_retired(code: &str) -> String {
        format!("reason {code} retired: prompts no longer offer it; past stalls keep it")
    }
    pub fn reason_restored(code: &str) -> String {
        format!("reason {code} is offered again")
    }
    pub fn reason_removed(code: &str) -> String {
        format!("reason {code} removed")
    }
    pub fn more_than(shown: usize) -> String {
        format!("the {shown} most recent shown; there are more — see them with --limit N (0 = all)")
    }
    pub fn no_reflections() -> &'static str {
        "No reflections match. Add one with `spiegel add CASE --stall STEP:REASON --note TEXT`."
    }
    pub fn no_cases(all: bool) -> &'static str {
        if all {
            "No cases yet. Start with `spiegel case add NAME`."
        } else {
            "No open cases. `spiegel case list --all` shows closed ones too; `spiegel case add NAME` starts one."
        }
    }
    pub fn config_file_missing(path: &str) -> String {
        format!("{path} (not created yet)")
    }
    pub fn config_set(key: &str, value: &str, path: &Path) -> String {
        format!("{key} set to {value} in {}", path.display())
    }
    pub fn config_unset(key: &str, path: &Path) -> String {
        format!("{key} removed from {}", path.display())
    }
    pub fn config_was_not_set(key: &str) -> String {
        format!("{key} was not set; nothing changed")
    }
    pub fn man_pages_written(dir: &Path) -> String {
        format!("manual pages written to {}", dir.display())
    }
    pub fn demo_written(path: &Path, cases: usize, reflections: usize) -> String {
        format!(
            "Demo journal with {cases} cases and {reflections} reflections written to {}",
            path.display()
        )
    }
    pub fn generated(path: &Path, cases: u64, reflections: u64, seconds: f64) -> String {
        format!(
            "Generated {reflections} reflections in {cases} cases into {} ({seconds:.1} s)",
            path.display()
        )
    }
    pub fn demo_explore(path: &Path) -> String {
        format!(
            "Look around: `spiegel --db {0} case show John`, `spiegel --db {0} list --why accepted-refusal`, `spiegel --db {0} prep`.",
            path.display()
        )
    }
}

/// Texts of `spiegel patterns` (and the pattern parts of `spiegel prep`).
pub mod patterns {
    use crate::journal::patterns::Trend;

    pub const RECURRING: &str = "Recurring patterns";
    pub const STEPS: &str = "Where it stalls";
    pub const REASONS: &str = "Why";
    pub const TOGETHER: &str = "Together";
    pub const FOLLOWED: &str = "What followed";
    pub const RESISTANCE: &str = "After resistance";
    pub const BASELINE: &str = "Baseline";

    pub const COL_STEP: &str = "Step";
    pub const COL_TITLE: &str = "What you do";
    pub const COL_STALLS: &str = "Stalls";
    pub const COL_CASES: &str = "Cases";
    pub const COL_SHARE: &str = "Of reflections";
    pub const COL_REASON: &str = "Reason";
    pub const COL_SIDE: &str = "Side";
    pub const COL_COUNT: &str = "Times";
    pub const COL_FIRST: &str = "First";
    pub const COL_LAST: &str = "Last";
    pub const COL_MOSTLY: &str = "Mostly at";
    pub const COL_TREND: &str = "Trend";
    pub const COL_WITH: &str = "Together with";
    pub const COL_CASES_WITH: &str = "Cases with it";
    pub const COL_CASES_WITHOUT: &str = "Cases without it";
    pub const COL_RESISTANCE: &str = "Resistance";
    pub const COL_JOINED: &str = "An other took part later";
    pub const COL_SESSIONS_BEFORE: &str = "Individual sessions before (median)";
    pub const RECURRING_MARK: &str = "recurring";

    pub fn side_name(side: &str) -> &'static str {
        match side {
            "self" => "your own side",
            "client" => "the client's side",
            "other" => "the other's side",
            _ => "all sides",
        }
    }

    pub fn trend(trend: Option<Trend>) -> &'static str {
        match trend {
            Some(Trend::Rising) => "rising",
            Some(Trend::Falling) => "falling",
            Some(Trend::Steady) => "steady",
            None => "–",
        }
    }

    pub fn step(n: impl std::fmt::Display) -> String {
        format!("step {n}")
    }

    pub fn steps(steps: &[crate::journal::Step]) -> String {
        let list: Vec<String> = steps.iter().map(|s| s.to_string()).collect();
        match list.len() {
            0 => String::new(),
            1 => format!("step {}", list[0]),
            _ => format!("steps {}", list.join(" and ")),
        }
    }

    pub fn scope(reflections: u64, cases: u64, from: &str, to: &str) -> String {
        format!(
            "{reflections} reflection{} on {cases} case{}, {from} – {to}",
            plural(reflections),
            plural(cases)
        )
    }

    pub fn recurring_intro(side: &str, min_cases: u64) -> String {
        format!(
            "Recurring patterns on {} (in at least {min_cases} cases)",
            side_name(side)
        )
    }

    /// "Accepted the refusal too quickly — 5 cases, mostly at step 0, with 'I have no one (left)'"
    pub fn recurring_line(
        label: &str,
        cases: u64,
        steps: &[crate::journal::Step],
        resistance: Option<&str>,
        trend_: Option<Trend>,
    ) -> String {
        let mut line = format!("{label} — {cases} cases");
        if !steps.is_empty() {
            line.push_str(&format!(", mostly at {}", self::steps(steps)));
        }
        if let Some(r) = resistance {
            line.push_str(&format!(", with '{r}'"));
        }
        if matches!(trend_, Some(Trend::Rising) | Some(Trend::Falling)) {
            line.push_str(&format!(" ({})", trend(trend_)));
        }
        line
    }

    pub fn no_recurring(side: &str, min_cases: u64) -> String {
        format!(
            "No reason on {} recurs in {min_cases} or more cases yet.",
            side_name(side)
        )
    }

    pub fn empty() -> &'static str {
        "No reflections in this period yet. Patterns appear once a few sessions are recorded: `spiegel add CASE --stall STEP:REASON --note TEXT`."
    }

    pub fn tiny(reflections: u64) -> String {
        format!(
            "Only {reflections} reflection{} so far — too few to call anything a pattern, but this is what {} hold{}.",
            plural(reflections),
            if reflections == 1 { "it" } else { "they" },
            if reflections == 1 { "s" } else { "" }
        )
    }

    pub fn no_stalls(side: &str) -> String {
        format!(
            "No stalls with a reason on {} in this period.",
            side_name(side)
        )
    }

    pub fn no_pairs() -> &'static str {
        "Nothing occurs together more than once yet."
    }

    pub fn reached(reached: u64, cases: u64, share: Option<f64>) -> String {
        match share {
            Some(s) => format!("{reached} of {cases} reached the system ({})", percent(s)),
            None => "–".to_string(),
        }
    }

    pub fn followed_note() -> &'static str {
        "Reached the system: closed as system-involved, or a significant other took part in a session from the first time the reason was given (for cases without it: from their first reflection)."
    }

    pub fn joined(joined: u64, cases: u64, share: Option<f64>) -> String {
        format!(
            "{joined} of {cases} ({})",
            share.map(percent).unwrap_or_default()
        )
    }

    pub fn baseline(cohabiting: u64, individual: u64, share: Option<f64>, source: f64) -> String {
        match share {
            None => "None of these cases is recorded as living with a lasting partner (`spiegel case edit NAME --cohabiting yes`).".to_string(),
            Some(s) => format!(
                "Of {cohabiting} case{} whose client lives with a lasting partner, {individual} ({}) were helped individually only: no significant other ever took part. The method's source reports {}.",
                plural(cohabiting),
                percent(s),
                percent(source)
            ),
        }
    }

    pub fn percent(share: f64) -> String {
        format!("{:.0}%", share * 100.0)
    }

    fn plural(n: u64) -> &'static str {
        if n == 1 { "" } else { "s" }
    }
}

/// Texts of `spiegel questions`, `supervision` and `goal`.
pub mod supervision {
    pub const COL_ID: &str = "Id";
    pub const COL_ASKED: &str = "Asked";
    pub const COL_CASE: &str = "Case";
    pub const COL_QUESTION: &str = "Question";
    pub const COL_ANSWER: &str = "Answer";
    pub const COL_DATE: &str = "Date";
    pub const COL_KIND: &str = "Kind";
    pub const COL_WITH: &str = "With";
    pub const COL_NOTE: &str = "Note";
    pub const COL_GOAL: &str = "Goal";
    pub const COL_REASON: &str = "Reason";
    pub const COL_SINCE: &str = "Since";
    pub const COL_BEFORE: &str = "Before";
    pub const COL_SINCE_THEN: &str = "Since then";
    pub const COL_MONTHS: &str = "Per month";
    pub const COL_DONE: &str = "Done";

    pub fn no_questions(all: bool) -> &'static str {
        if all {
            "No questions yet. Add one to a reflection with --ask TEXT."
        } else {
            "No open questions. `spiegel questions --all` shows answered ones too."
        }
    }
    pub fn answered(id: i64) -> String {
        format!("question {id} answered and closed")
    }
    pub fn meeting_added(id: i64, date: &str, kind: &str) -> String {
        format!("meeting {id} recorded ({date}, {kind})")
    }
    pub fn no_meetings() -> &'static str {
        "No supervision meetings yet. Record one with `spiegel supervision add`."
    }
    pub fn goal_added(id: i64, text: &str) -> String {
        format!("goal {id} added: {text}")
    }
    pub fn goal_done(id: i64, date: &str) -> String {
        format!("goal {id} done on {date}")
    }
    pub fn no_goals(all: bool) -> &'static str {
        if all {
            "No learning goals yet. Add one with `spiegel goal add TEXT --reason CODE`."
        } else {
            "No open learning goals. `spiegel goal list --all` shows finished ones too."
        }
    }
    /// "25% (3 of 12)"
    pub fn rate(count: u64, reflections: u64, share: Option<f64>) -> String {
        match share {
            Some(s) => format!("{:.0}% ({count} of {reflections})", s * 100.0),
            None => "–".to_string(),
        }
    }
    pub fn goal_legend() -> &'static str {
        "Before / Since then: share of reflections that gave the goal's reason. Per month: the same, from the goal's start (· = no reflections)."
    }
}

/// Texts of the supervision page (`spiegel prep`).
pub mod prep {
    pub const TITLE: &str = "Supervision preparation";
    pub const PATTERNS: &str = "Recurring patterns (my own side)";
    pub const QUESTIONS: &str = "Open questions";
    pub const GOALS: &str = "Learning goals";
    pub const STEPS: &str = "Stalls per step (my own side)";
    pub const MONTHS: &str = "Top reasons per month";
    pub const CASES: &str = "Cases";
    pub const MONTH: &str = "Month";
    pub const REFLECTIONS: &str = "Reflections";
    pub const STEP: &str = "Step";
    pub const STALLS: &str = "Stalls";
    pub const NO_QUESTIONS: &str = "No open questions.";
    pub const NO_GOALS: &str = "No open learning goals.";
    pub const NO_STALLS: &str = "No stalls on my own side in this period.";

    pub fn period(from: &str, to: &str, meeting: Option<&str>) -> String {
        match meeting {
            Some(m) => format!("{from} – {to}, since the supervision of {m}"),
            None => format!("{from} – {to}"),
        }
    }

    pub fn counts(reflections: u64, cases: u64, stalls: u64) -> String {
        format!("{reflections} reflections · {cases} cases · {stalls} stalls on my own side")
    }

    pub fn no_recurring(min_cases: u64) -> String {
        format!("No own-side reason recurs in {min_cases} or more cases in this period.")
    }

    pub fn empty() -> &'static str {
        "No reflections in this period yet."
    }

    pub fn generated(today: &str) -> String {
        format!(
            "Made with spiegel on {today}. Case names are pseudonyms; keep this page confidential."
        )
    }
}

/// The guided reflection: `spiegel add` on a terminal, without a case. Short
/// and kind — it is read right after a session — and in the method's words
/// (the step titles and instructions come from the catalogue).
pub mod guided {
    use crate::journal::{Medium, Side};

    pub const WELCOME: &str = "Let's look back on the session. Esc or Ctrl-C stops at any point; nothing is saved until the end.";

    pub const CASE: &str = "Which case?";
    pub const CASE_HELP: &str = "↑↓ to move, type to filter, Enter to choose";
    pub const NEW_CASE: &str = "a new case…";
    /// "John · addiction clinic · last session 2026-03-14"
    pub fn case_option(name: &str, setting: Option<&str>, last: Option<&str>) -> String {
        let mut option = name.to_string();
        if let Some(setting) = setting {
            option.push_str(&format!(" · {setting}"));
        }
        if let Some(last) = last {
            option.push_str(&format!(" · last session {last}"));
        }
        option
    }
    pub const NO_OPEN_CASES: &str = "No open cases yet, so let's start one.";
    pub const NEW_CASE_NAME: &str = "The new case's pseudonym:";
    pub const NEW_CASE_NAME_HELP: &str = "a name that is not the client's own";
    pub const SETTING: &str = "Where do you see the client?";
    pub const SETTING_HELP: &str = "e.g. addiction clinic; Enter to skip";
    pub const COHABITING: &str = "Does the client live with a lasting partner?";
    /// The answers to [`COHABITING`], in this order: yes, no, skip.
    pub const COHABITING_ANSWERS: [&str; 3] = ["yes", "no", "don't know (skip)"];

    pub const DATE: &str = "When was the session?";
    pub const DATE_HELP: &str = "today, yesterday, a weekday (monday), 3 days ago or YYYY-MM-DD";
    /// The date's default answer; a form `parse_session` accepts.
    pub const DATE_DEFAULT: &str = "today";

    pub const PRESENT: &str = "Who took part besides the client?";
    pub const PRESENT_HELP: &str = "space to pick, Enter when done; nobody = an individual session";
    pub const SOMEONE_NEW: &str = "someone new…";
    /// "Levi (friend)"
    pub fn other_option(name: &str, role: &str) -> String {
        format!("{name} ({role})")
    }
    pub const INDIVIDUAL: &str = "nobody: an individual session";
    pub const ANYONE: &str = "Did anyone besides the client take part?";
    /// The answers to [`ANYONE`], in this order: no, yes.
    pub const ANYONE_ANSWERS: [&str; 2] = ["no, an individual session", "yes, someone new…"];
    pub const OTHER_NAME: &str = "Their name (a pseudonym):";
    pub const OTHER_ROLE: &str = "Who are they to the client?";
    pub const ANOTHER_NEW: &str = "Someone else new as well?";

    pub const MEDIUM: &str = "How did the session take place?";
    pub fn medium(m: Medium) -> &'static str {
        match m {
            Medium::InPerson => "in person",
            Medium::Video => "video",
            Medium::Phone => "phone",
        }
    }

    pub const RESISTANCE: &str = "Did you meet resistance?";
    pub const RESISTANCE_HELP: &str = "space to pick, Enter when done; none is fine";
    pub const NONE: &str = "none";

    pub const STALLED: &str = "Where did it stall?";
    pub const STALLED_HELP: &str =
        "space to pick the steps, Enter when done; none if nothing stalled";
    pub const NOWHERE: &str = "nowhere";
    /// "3 · The client dwells on the other's words"
    pub fn step_option(step: u8, title: &str) -> String {
        format!("{step} · {title}")
    }
    /// "Step 3 · The client dwells on the other's words"
    pub fn step_heading(step: u8, title: &str) -> String {
        format!("Step {step} · {title}")
    }
    /// The pitfall of a step, under its instruction.
    pub fn pitfall(text: &str) -> String {
        format!("Where it typically stalls: {text}")
    }
    pub fn why(step: u8) -> String {
        format!("Why did it stall at step {step}?")
    }
    pub const WHY_HELP: &str = "space to pick, Enter when done; your own side first";
    pub const PICK_A_REASON: &str = "pick at least one reason, or 'another reason…'";
    pub const ANOTHER_REASON: &str = "another reason…";
    /// "yours  · Lost touch with my own need"
    pub fn reason_option(side: Side, label: &str) -> String {
        let whose = match side {
            Side::Own => "yours ",
            Side::Client => "client",
            Side::Other => "other ",
        };
        format!("{whose} · {label}")
    }
    pub const REASON_LABEL: &str = "The reason, in a few words:";
    pub const REASON_LABEL_HELP: &str = "in English, e.g. Rushed the ending";
    pub const REASON_CODE: &str = "A short code for it:";
    pub const REASON_CODE_HELP: &str = "lower-case letters, digits and dashes";
    pub const REASON_DUTCH: &str = "The same in Dutch:";
    pub const REASON_DUTCH_HELP: &str = "Enter keeps the English words";
    pub const REASON_SIDE: &str = "Whose side is it on?";
    pub fn side(side: Side) -> &'static str {
        match side {
            Side::Own => "my own",
            Side::Client => "the client's",
            Side::Other => "the significant other's",
        }
    }
    pub const NEEDS_TEXT: &str = "a few words, please";

    pub const COMPLETED: &str = "Did you get through all seven steps?";

    pub const NOTE: &str = "What happened, and what did you need?";
    pub const NOTE_HELP: &str = "a line or two; Enter to skip";
    pub fn note_in_editor(editor: &str) -> String {
        format!("{NOTE} Opening {editor} for the note…")
    }
    /// On top of the note in the editor; lines starting with '#' are dropped.
    pub const NOTE_TEMPLATE: &[&str] = &[
        "# What happened, and what did you need? Write it below, then save and",
        "# close the editor. Lines starting with '#' are left out; an empty note is fine.",
    ];

    pub const QUESTION: &str = "A question to bring to supervision?";
    pub const QUESTION_HELP: &str = "Enter to skip";

    pub const PREVIEW: &str = "Your reflection";
    pub const SAVE: &str = "Save it?";
    pub const NOT_SAVED: &str = "nothing saved";
}

/// What `spiegel undo` tells.
pub mod undo {
    use crate::journal::change::{Change, ChangeOp};

    /// How many changes `undone` names before it counts the rest.
    const NAMED: usize = 3;

    fn one(c: &Change) -> String {
        let verb = match c.op {
            ChangeOp::Insert => "added",
            ChangeOp::Update => "changed",
            ChangeOp::Delete => "deleted",
        };
        let noun = match c.table.as_str() {
            "case" => "case",
            "other" => "significant other",
            "reflection" => "reflection",
            "reason" => "reason",
            "meeting" => "supervision meeting on",
            "goal" => "learning goal",
            "question" => "the question of reflection",
            "stall" => "the stalls of reflection",
            "presence" => "who took part in reflection",
            "reflection_resistance" => "the resistance of reflection",
            other => other,
        };
        match &c.key {
            Some(key) => format!("{verb} {noun} {key}"),
            None => format!("{verb} {noun}"),
        }
    }

    /// "undone: deleted reflection 12 (John, 2026-03-15)"
    pub fn undone(told: &[Change]) -> String {
        let mut parts: Vec<String> = told.iter().take(NAMED).map(one).collect();
        if told.len() > NAMED {
            parts.push(format!("and {} more", told.len() - NAMED));
        }
        format!("undone: {}", parts.join(", "))
    }
}

/// What `export` and `import` tell, and the headings of their files.
pub mod transfer {
    use std::path::Path;

    pub const CSV_HEADER: [&str; 12] = [
        "reflection",
        "case",
        "date",
        "medium",
        "with",
        "completed",
        "step",
        "reason",
        "side",
        "resistance",
        "note",
        "question",
    ];
    pub const MD_TITLE: &str = "spiegel journal";
    pub const MD_ANONYMIZED: &str =
        "Anonymized: names are replaced by codes (C01 for cases, P01 for significant others).";
    pub const MD_OTHERS: &str = "Significant others";
    pub const MD_MEETINGS: &str = "Supervision meetings";
    pub const MD_GOALS: &str = "Learning goals";
    pub const MD_SINCE: &str = "since";
    pub const MD_DONE: &str = "done";
    pub const NOTES_MAY_NAME_PEOPLE: &str = "warning: the notes, questions and settings were kept; \
        they may still name people — read them before you share the file";
    pub const DRY_RUN: &str = "dry run: nothing was written";

    pub fn exported(path: &Path) -> String {
        format!(
            "exported to {} (readable by you only; it is not encrypted — delete it when it has served)",
            path.display()
        )
    }

    fn counts(list: &[(&str, u64)]) -> String {
        list.iter()
            .map(|(kind, n)| format!("{n} {kind}{}", if *n == 1 { "" } else { "s" }))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn imported(
        file: &Path,
        added: &[(&str, u64)],
        updated: &[(&str, u64)],
        unchanged: u64,
        dry_run: bool,
    ) -> String {
        let verb = if dry_run { "would import" } else { "imported" };
        let mut parts = Vec::new();
        if !added.is_empty() {
            parts.push(format!("added {}", counts(added)));
        }
        if !updated.is_empty() {
            parts.push(format!("updated {} (newer in the file)", counts(updated)));
        }
        parts.push(format!("{unchanged} unchanged"));
        format!("{verb} {}: {}", file.display(), parts.join("; "))
    }

    pub fn kept_local(kind: &str, what: &str) -> String {
        format!("kept this journal's {kind} {what}: it was changed here later than in the file")
    }

    pub fn renamed(kind: &str, from: &str, to: &str) -> String {
        format!("{kind} {from} is called {to} here: the name was taken")
    }
}

/// What `init`, `status`, `encrypt`, `decrypt` and `rekey` tell.
pub mod crypt {
    use std::path::Path;

    pub const NEW_PROMPT: &str = "New passphrase";
    pub const CONFIRM_PROMPT: &str = "The same passphrase again";
    pub const MISMATCH: &str = "The two differ; try again.";
    pub const JOURNAL: &str = "Journal";
    pub const ENCRYPTED: &str = "Encrypted";
    pub const SIZE: &str = "Size";
    pub const BACKUPS: &str = "Backups";

    pub fn prompt(path: &Path) -> String {
        format!("Passphrase for {}", path.display())
    }
    pub fn already(path: &Path, encrypted: bool) -> String {
        if encrypted {
            format!("{} already holds an encrypted journal", path.display())
        } else {
            format!(
                "{} already holds a journal that is not encrypted (`spiegel encrypt` encrypts it)",
                path.display()
            )
        }
    }
    pub fn created_encrypted(path: &Path) -> String {
        format!(
            "created an encrypted journal at {} — keep the passphrase safe: without it nobody, you included, can read the journal",
            path.display()
        )
    }
    pub fn created_plain(path: &Path) -> String {
        format!(
            "created a journal at {} (not encrypted; `spiegel encrypt` encrypts it)",
            path.display()
        )
    }
    pub fn encryption(encrypted: bool) -> &'static str {
        if encrypted {
            "yes (SQLCipher: AES-256, key derived from your passphrase)"
        } else {
            "no (`spiegel encrypt` encrypts it)"
        }
    }
    pub fn size(bytes: u64, wal: u64) -> String {
        let kb = |b: u64| b.div_ceil(1024);
        if wal > 0 {
            format!(
                "{} kB (and {} kB not yet merged, in the -wal file)",
                kb(bytes),
                kb(wal)
            )
        } else {
            format!("{} kB", kb(bytes))
        }
    }
    pub fn backups(count: usize, folder: &Path) -> String {
        format!("{count} in {}", folder.display())
    }
    pub fn encrypted(path: &Path) -> String {
        format!(
            "{} is now encrypted; the unencrypted file was overwritten and removed — keep the passphrase safe",
            path.display()
        )
    }
    pub fn decrypted(path: &Path) -> String {
        format!("{} is no longer encrypted", path.display())
    }
    pub fn rekeyed(path: &Path) -> String {
        format!(
            "{} has a new passphrase; backups made before keep the old one",
            path.display()
        )
    }
}

/// What `backup`, `restore`, `check` and `case forget` tell.
pub mod safety {
    use std::path::Path;

    pub fn backed_up(path: &Path, encrypted: bool) -> String {
        let how = if encrypted {
            "encrypted with the journal's passphrase"
        } else {
            "not encrypted: keep it somewhere safe"
        };
        format!("backup written to {} ({how})", path.display())
    }
    pub fn restored(from: &Path, kept: &Path) -> String {
        format!(
            "restored {}; the journal as it was is kept at {}",
            from.display(),
            kept.display()
        )
    }
    pub fn healthy(version: i64, cases: u64, reflections: u64) -> String {
        format!(
            "all is well: the journal is intact, every reference holds (version {version}, {cases} cases, {reflections} reflections)"
        )
    }
    pub fn forget_warning(name: &str) -> String {
        format!(
            "This erases case {name}: its significant others, reflections and questions, and the undo history. It cannot be undone. Backups and exports you made keep their copy."
        )
    }
    pub fn forget_prompt(name: &str) -> String {
        format!("Type the case's name ({name}) to erase it")
    }
    pub fn forgotten(name: &str, reflections: u64) -> String {
        format!("case {name} and its {reflections} reflection(s) are erased from the journal")
    }
}

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
    pub const DEMO_CASES: &str = "Cases in the demo journal";
    pub const DEMO_RECENT: &str = "The most recent reflections";
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
        format!("reflection {id} deleted")
    }
    pub fn confirm_delete(id: i64, case: &str, date: &str) -> String {
        format!("Delete reflection {id} ({case}, {date})? This cannot be undone")
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
    pub fn shown_of(shown: usize, total: u64) -> String {
        format!("{shown} of {total} reflections — show more with --limit N (0 = all)")
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
    pub fn demo_explore(path: &Path) -> String {
        format!(
            "Look around with e.g. `spiegel --db {} case show John` or `spiegel --db {} list --why accepted-refusal`.",
            path.display(),
            path.display()
        )
    }
}

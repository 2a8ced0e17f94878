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
the platform's data folder. Nothing leaves the machine.";

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
}

pub mod heading {
    pub const OTHERS: &str = "Significant others";
    pub const TIMELINE: &str = "Timeline";
    pub const DEMO_CASES: &str = "Cases in the demo journal";
    pub const DEMO_RECENT: &str = "The most recent reflections";
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

//! `spiegel supervision edit ID` without flags: the meeting as a text form
//! in the editor, as `spiegel edit ID` offers a reflection. The form is
//! read back through the same checks as the flags (`journal::records`), in
//! one transaction; a form with mistakes comes back with them on top.
//!
//! ```text
//! date: 2026-03-10
//! kind: group
//! with: Anna
//! note:
//! everything from here on, as written
//! ```

use anyhow::Result;
use chrono::NaiveDate;

use super::form::{Mistakes, with_errors, without_error};
use super::render::out;
use super::words::values::{self, form_word};
use super::{Ctx, editor};
use crate::error::{Error, Expected};
use crate::journal::records::MeetingChange;
use crate::journal::{Meeting, MeetingId, MeetingKind, date};
use crate::services::{Access, records};
use crate::t;

/// What the user saved: nothing (leave the meeting alone), or its fields.
#[derive(Debug, PartialEq)]
enum Saved {
    Empty,
    Form {
        date: NaiveDate,
        kind: MeetingKind,
        with: String,
        note: String,
    },
}

const FIELDS: [&str; 3] = ["date", "kind", "with"];

/// Opens meeting `id` in the editor until the form is valid, saved
/// unchanged or emptied; applies what changed.
pub fn edit(ctx: &Ctx, id: MeetingId) -> Result<()> {
    // Read, then let go of the journal: nobody waits while the user writes.
    let current = records::meeting(&mut ctx.journal(Access::Read)?, id)?;
    let editor = editor::command_or(Error::NoMeetingEditor(id))?;
    let file_name = format!("meeting-{id}.txt");
    let mut shown = render(&current);
    let mut had_error = false;
    loop {
        let saved = editor::edit(&editor, &shown, &file_name)?;
        let unchanged = without_error(&saved).trim_end() == without_error(&shown).trim_end();
        if had_error && unchanged {
            return out(t!("meeting-edit-abandoned", id = id));
        }
        let outcome = match parse(&saved, date::today()) {
            Ok(Saved::Empty) => return out(t!("meeting-edit-abandoned", id = id)),
            Ok(form) => {
                let change = changes(&current, form);
                if change.is_empty() {
                    return out(t!("meeting-edit-nothing-changed", id = id));
                }
                let mut journal = ctx.journal(Access::Write)?;
                match records::edit_meeting(&mut journal, id, &change) {
                    Ok(_) => return out(t!("meeting-updated", id = id)),
                    Err(e) => match e.downcast::<Error>() {
                        Ok(mistake) => vec![mistake.to_string()],
                        Err(e) => return Err(e),
                    },
                }
            }
            Err(mistakes) => mistakes.lines(),
        };
        // The user's mistakes: shown in their own text, all at once.
        shown = with_errors(&saved, &outcome);
        had_error = true;
    }
}

fn render(m: &Meeting) -> String {
    let kinds: Vec<String> = MeetingKind::ALL.iter().map(|k| form_word(*k)).collect();
    let mut t = String::new();
    let mut line = |s: String| {
        t.push_str(s.trim_end());
        t.push('\n');
    };
    line(format!(
        "# {}",
        t!(
            "meeting-form-title",
            id = m.id,
            date = m.date.to_string(),
            kind = m.kind.label()
        )
    ));
    line("#".into());
    for l in t!("form-intro").lines() {
        line(format!("# {l}"));
    }
    line(String::new());
    line(format!("# {}", t!("meeting-form-date")));
    line(format!("date: {}", m.date));
    line(String::new());
    line(format!(
        "# {}",
        t!("meeting-form-kind", kinds = kinds.join(", "))
    ));
    line(format!("kind: {}", form_word(m.kind)));
    line(String::new());
    line(format!("# {}", t!("meeting-form-with")));
    line(format!("with: {}", m.with.as_deref().unwrap_or("")));
    line(String::new());
    line(format!("# {}", t!("meeting-form-note")));
    line("note:".into());
    t.push_str(&m.note);
    if !m.note.is_empty() && !m.note.ends_with('\n') {
        t.push('\n');
    }
    t
}

fn parse(text: &str, today: NaiveDate) -> Result<Saved, Mistakes> {
    let text = without_error(text);
    let is_content = |l: &str| !l.trim().is_empty() && !l.trim_start().starts_with('#');
    if !text.lines().any(is_content) {
        return Ok(Saved::Empty);
    }
    let mut mistakes = Vec::new();
    let mut values: [Option<String>; 3] = Default::default();
    let mut note = None;
    let mut lines = text.split_inclusive('\n');
    for raw in lines.by_ref() {
        let l = raw.trim();
        if l.is_empty() || l.starts_with('#') {
            continue;
        }
        let Some((key, value)) = l.split_once(':') else {
            mistakes.push(Error::FormBadLine(l.to_string()));
            continue;
        };
        let key = key.trim().to_lowercase();
        if key == "note" {
            // Everything after this line, as written; text on the line starts it.
            let mut text = value.trim_start().to_string();
            if !text.is_empty() {
                text.push('\n');
            }
            text.extend(lines.by_ref());
            note = Some(text.trim().to_string());
            break;
        }
        match FIELDS.iter().position(|f| *f == key) {
            None => mistakes.push(Error::FormUnknownField(key)),
            Some(i) if values[i].is_some() => mistakes.push(Error::FormDuplicateField(FIELDS[i])),
            Some(i) => values[i] = Some(value.trim().to_string()),
        }
    }
    let [date_text, kind_text, with] = values;
    for (i, value) in [&date_text, &kind_text, &with].into_iter().enumerate() {
        if value.is_none() {
            mistakes.push(Error::FormMissingField(FIELDS[i]));
        }
    }
    if note.is_none() {
        mistakes.push(Error::FormMissingField("note"));
    }
    let day = date_text.and_then(|d| {
        date::parse_session(&d, today)
            .map_err(|e| mistakes.push(e))
            .ok()
    });
    let kind = kind_text.and_then(|k| {
        let kind = values::parse::<MeetingKind>(&k);
        if kind.is_none() {
            mistakes.push(Error::BadFormValue {
                field: "kind",
                value: k,
                expected: Expected::MeetingKind,
            });
        }
        kind
    });
    match (day, kind, with, note) {
        (Some(date), Some(kind), Some(with), Some(note)) if mistakes.is_empty() => {
            Ok(Saved::Form {
                date,
                kind,
                with,
                note,
            })
        }
        _ => Err(Mistakes(mistakes)),
    }
}

/// Only what differs from `m`, as the flags would give it.
fn changes(m: &Meeting, form: Saved) -> MeetingChange {
    let Saved::Form {
        date,
        kind,
        with,
        note,
    } = form
    else {
        return MeetingChange::default();
    };
    MeetingChange {
        date: (date != m.date).then_some(date),
        kind: (kind != m.kind).then_some(kind),
        with: (with != m.with.as_deref().unwrap_or("")).then_some(with),
        note: (note != m.note.trim()).then_some(note),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meeting() -> Meeting {
        let now = crate::journal::date::now_utc();
        Meeting {
            id: MeetingId(2),
            uuid: String::new(),
            date: "2026-03-10".parse().unwrap(),
            kind: MeetingKind::Group,
            with: Some("Anna".into()),
            note: "Stay with the silence.\nAsk twice.".into(),
            created_at: now,
            updated_at: now,
        }
    }

    #[test]
    fn a_form_saved_unchanged_changes_nothing() {
        let m = meeting();
        let today = "2026-03-15".parse().unwrap();
        let form = parse(&render(&m), today).unwrap();
        assert!(changes(&m, form).is_empty());
    }

    #[test]
    fn every_mistake_is_found_at_once() {
        let today = "2026-03-15".parse().unwrap();
        let text = "date: someday\nkind: party\nmood: fine\n";
        let mistakes = parse(text, today).unwrap_err().0;
        assert_eq!(mistakes.len(), 5, "{mistakes:?}");
        assert_eq!(parse("# only\n\n", today).unwrap(), Saved::Empty);
    }
}

//! Step 0 per person (issue 14): each significant other's path to the
//! table. The client names them (`named_on`), they are invited, by the
//! client or by the practitioner, and answer; the first session they take
//! part in follows from who was present. The rules here are the one place
//! that says which dates fit; every door (the flags, the guided walk, the
//! import) calls them.

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::chronology::Conflict;
use super::rules::conflict;
use super::text::{self, Field};
use super::{Case, InvitationId};
use crate::error::Error;

code_enum!(
    /// Who invited a significant other.
    InvitedBy { Client = "client", Me = "me" }
);

code_enum!(
    /// How the invitation was made.
    InviteMedium {
        InPerson = "in-person",
        Video = "video",
        Phone = "phone",
        Message = "message",
    }
);

code_enum!(
    /// What the invited person answered.
    Answer { Yes = "yes", No = "no", Pending = "pending" }
);

/// One invitation of a significant other.
#[derive(Debug, Clone, Serialize)]
pub struct Invitation {
    pub id: InvitationId,
    pub uuid: String,
    pub date: NaiveDate,
    pub by: InvitedBy,
    /// `None`: not recorded.
    pub medium: Option<InviteMedium>,
    pub answer: Answer,
    /// The resistance reaction met, as a catalogue code.
    pub resistance: Option<String>,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// When a person can have been named: not before the case opened, nor
/// after it closed (the dates alone, for every door).
pub fn naming(
    opened: NaiveDate,
    closed: Option<NaiveDate>,
    named_on: NaiveDate,
) -> Result<(), Conflict> {
    if named_on < opened {
        return Err(Conflict::NamedBeforeOpened {
            date: named_on,
            bound: opened,
        });
    }
    match closed {
        Some(closed) if named_on > closed => Err(Conflict::NamedAfterClosed {
            date: named_on,
            bound: closed,
        }),
        _ => Ok(()),
    }
}

/// When a person can have been invited: not before they were named (when
/// that is known), else not before the case opened; not after it closed.
pub fn invitation(
    opened: NaiveDate,
    closed: Option<NaiveDate>,
    named_on: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<(), Conflict> {
    match named_on {
        Some(named) if on < named => Err(Conflict::InvitedBeforeNamed {
            date: on,
            bound: named,
        }),
        None if on < opened => Err(Conflict::InvitedBeforeOpened {
            date: on,
            bound: opened,
        }),
        _ => match closed {
            Some(closed) if on > closed => Err(Conflict::InvitedAfterClosed {
                date: on,
                bound: closed,
            }),
            _ => Ok(()),
        },
    }
}

/// [`naming`] for `case`, and not after today.
pub fn check_named(case: &Case, named_on: NaiveDate, today: NaiveDate) -> Result<(), Error> {
    if named_on > today {
        return Err(Error::FutureDate(named_on));
    }
    naming(case.opened_on, case.closed_on, named_on).map_err(|c| conflict(case, c))
}

/// [`invitation`] for `case`, and not after today.
pub fn check_invited(
    case: &Case,
    named_on: Option<NaiveDate>,
    on: NaiveDate,
    today: NaiveDate,
) -> Result<(), Error> {
    if on > today {
        return Err(Error::FutureDate(on));
    }
    invitation(case.opened_on, case.closed_on, named_on, on).map_err(|c| conflict(case, c))
}

/// An invitation's note: the rules of a note.
pub fn check_note(note: &str) -> Result<(), Error> {
    text::check_free(note, Field::InvitationNote)
}

/// A note added to an invitation's note: kept below it, never over it.
pub fn append_note(old: &str, new: &str) -> String {
    let new = new.trim();
    match (old.is_empty(), new.is_empty()) {
        (_, true) => old.to_string(),
        (true, false) => new.to_string(),
        (false, false) => format!("{old}\n{new}"),
    }
}

/// The invitation an answer given later belongs to: the latest one still
/// waiting for an answer (`invitations` oldest first).
pub fn waiting(invitations: &[Invitation]) -> Option<&Invitation> {
    invitations
        .iter()
        .rev()
        .find(|i| i.answer == Answer::Pending)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::CaseId;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn case(closed: Option<&str>) -> Case {
        Case {
            id: CaseId(1),
            uuid: "c".into(),
            name: "John".into(),
            setting: None,
            cohabiting: None,
            opened_on: day("2026-01-01"),
            closed_on: closed.map(day),
            outcome: None,
            created_at: DateTime::UNIX_EPOCH,
            updated_at: DateTime::UNIX_EPOCH,
            practitioner: None,
        }
    }

    #[test]
    fn an_invitation_lies_between_naming_and_today() {
        let today = day("2026-03-15");
        let john = case(None);
        let named = Some(day("2026-02-01"));
        assert!(check_invited(&john, named, day("2026-02-01"), today).is_ok());
        assert!(matches!(
            check_invited(&john, named, day("2026-01-31"), today),
            Err(Error::DateConflict {
                conflict: Conflict::InvitedBeforeNamed { .. },
                ..
            })
        ));
        assert!(matches!(
            check_invited(&john, None, day("2025-12-31"), today),
            Err(Error::DateConflict {
                conflict: Conflict::InvitedBeforeOpened { .. },
                ..
            })
        ));
        assert!(matches!(
            check_invited(&john, named, day("2026-03-16"), today),
            Err(Error::FutureDate(_))
        ));
        let closed = case(Some("2026-03-01"));
        assert!(matches!(
            check_invited(&closed, named, day("2026-03-02"), today),
            Err(Error::DateConflict {
                conflict: Conflict::InvitedAfterClosed { .. },
                ..
            })
        ));
    }

    #[test]
    fn a_person_is_named_while_the_case_runs() {
        let today = day("2026-03-15");
        assert!(check_named(&case(None), day("2026-01-01"), today).is_ok());
        assert!(check_named(&case(None), day("2025-12-31"), today).is_err());
        assert!(check_named(&case(None), day("2026-03-16"), today).is_err());
        assert!(check_named(&case(Some("2026-02-01")), day("2026-02-02"), today).is_err());
    }

    #[test]
    fn a_later_note_goes_below_the_first() {
        assert_eq!(append_note("", " called back "), "called back");
        assert_eq!(append_note("left a message", ""), "left a message");
        assert_eq!(append_note("a", "b"), "a\nb");
    }
}

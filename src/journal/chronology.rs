//! Which dates fit together: the one place that says a case cannot close
//! before it opened, a session cannot lie outside its case, and so on.
//!
//! Pure functions on dates, called by the command-line services (through
//! [`crate::journal::rules`] and [`crate::journal::supervision`]) and by the
//! import's validator ([`crate::journal::export`]), so that both doors refuse
//! the same. A date is never moved to make it fit: it is refused with the
//! reason ([`Conflict`]), which the command line words.

use chrono::{DateTime, NaiveDate, Utc};

/// The earliest date a journal holds: nobody reflects on sessions before 1900.
pub const EARLIEST: NaiveDate = NaiveDate::from_ymd_opt(1900, 1, 1).expect("a real date");

/// Two dates that contradict each other: `date` is the one given, `bound`
/// the one it has to respect.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Conflict {
    /// A case would close before it opened.
    ClosedBeforeOpened { date: NaiveDate, bound: NaiveDate },
    /// A case would close before its latest session.
    ClosedBeforeSession { date: NaiveDate, bound: NaiveDate },
    /// A case would open after its first session.
    OpenedAfterSession { date: NaiveDate, bound: NaiveDate },
    /// A case would open after it closed.
    OpenedAfterClosed { date: NaiveDate, bound: NaiveDate },
    /// A session before its case opened.
    SessionBeforeOpened { date: NaiveDate, bound: NaiveDate },
    /// A session after its case closed.
    SessionAfterClosed { date: NaiveDate, bound: NaiveDate },
    /// A goal done before it started.
    DoneBeforeSince { date: NaiveDate, bound: NaiveDate },
    /// A goal would start after it was done.
    StartedAfterDone { date: NaiveDate, bound: NaiveDate },
    /// A question answered before the session it came from.
    AnsweredBeforeSession { date: NaiveDate, bound: NaiveDate },
    /// A significant other named before the case opened.
    NamedBeforeOpened { date: NaiveDate, bound: NaiveDate },
    /// A significant other named after the case closed.
    NamedAfterClosed { date: NaiveDate, bound: NaiveDate },
    /// An invitation before the person was named.
    InvitedBeforeNamed { date: NaiveDate, bound: NaiveDate },
    /// An invitation before the case opened (when the naming is not known).
    InvitedBeforeOpened { date: NaiveDate, bound: NaiveDate },
    /// An invitation after the case closed.
    InvitedAfterClosed { date: NaiveDate, bound: NaiveDate },
}

impl Conflict {
    /// The given date and the one it contradicts.
    pub fn dates(self) -> (NaiveDate, NaiveDate) {
        use Conflict::*;
        match self {
            ClosedBeforeOpened { date, bound }
            | ClosedBeforeSession { date, bound }
            | OpenedAfterSession { date, bound }
            | OpenedAfterClosed { date, bound }
            | SessionBeforeOpened { date, bound }
            | SessionAfterClosed { date, bound }
            | DoneBeforeSince { date, bound }
            | StartedAfterDone { date, bound }
            | AnsweredBeforeSession { date, bound }
            | NamedBeforeOpened { date, bound }
            | NamedAfterClosed { date, bound }
            | InvitedBeforeNamed { date, bound }
            | InvitedBeforeOpened { date, bound }
            | InvitedAfterClosed { date, bound } => (date, bound),
        }
    }

    /// Whether the given date must move later (else earlier) to fit.
    pub fn needs_later(self) -> bool {
        !matches!(
            self,
            Conflict::OpenedAfterSession { .. }
                | Conflict::OpenedAfterClosed { .. }
                | Conflict::SessionAfterClosed { .. }
                | Conflict::StartedAfterDone { .. }
                | Conflict::NamedAfterClosed { .. }
                | Conflict::InvitedAfterClosed { .. }
        )
    }
}

/// A date the journal can hold at all: from [`EARLIEST`] on.
pub fn in_range(date: NaiveDate) -> bool {
    date >= EARLIEST
}

/// Closing a case on `on`: not before it opened nor before its latest session.
pub fn close(
    opened: NaiveDate,
    last_session: Option<NaiveDate>,
    on: NaiveDate,
) -> Result<(), Conflict> {
    if on < opened {
        return Err(Conflict::ClosedBeforeOpened {
            date: on,
            bound: opened,
        });
    }
    match last_session {
        Some(last) if on < last => Err(Conflict::ClosedBeforeSession {
            date: on,
            bound: last,
        }),
        _ => Ok(()),
    }
}

/// Opening a case on `on`: not after its first session nor after it closed.
pub fn open(
    on: NaiveDate,
    first_session: Option<NaiveDate>,
    closed: Option<NaiveDate>,
) -> Result<(), Conflict> {
    if let Some(first) = first_session
        && on > first
    {
        return Err(Conflict::OpenedAfterSession {
            date: on,
            bound: first,
        });
    }
    match closed {
        Some(closed) if on > closed => Err(Conflict::OpenedAfterClosed {
            date: on,
            bound: closed,
        }),
        _ => Ok(()),
    }
}

/// A session on `date` of a case opened on `opened` (and closed on `closed`).
pub fn session(
    date: NaiveDate,
    opened: NaiveDate,
    closed: Option<NaiveDate>,
) -> Result<(), Conflict> {
    if date < opened {
        return Err(Conflict::SessionBeforeOpened {
            date,
            bound: opened,
        });
    }
    match closed {
        Some(closed) if date > closed => Err(Conflict::SessionAfterClosed {
            date,
            bound: closed,
        }),
        _ => Ok(()),
    }
}

/// A goal done on `done`, started on `since`.
pub fn goal_done(since: NaiveDate, done: NaiveDate) -> Result<(), Conflict> {
    if done < since {
        return Err(Conflict::DoneBeforeSince {
            date: done,
            bound: since,
        });
    }
    Ok(())
}

/// A goal that starts on `since`, done on `done`: refused when its start
/// moved after the day it was done.
pub fn goal_start(since: NaiveDate, done: Option<NaiveDate>) -> Result<(), Conflict> {
    match done {
        Some(done) if since > done => Err(Conflict::StartedAfterDone {
            date: since,
            bound: done,
        }),
        _ => Ok(()),
    }
}

/// A question answered on `answered`, asked about the session of `session`.
pub fn answer(session: NaiveDate, answered: NaiveDate) -> Result<(), Conflict> {
    if answered < session {
        return Err(Conflict::AnsweredBeforeSession {
            date: answered,
            bound: session,
        });
    }
    Ok(())
}

/// A record's stamps: changed no earlier than it was made.
pub fn stamps(created: DateTime<Utc>, updated: DateTime<Utc>) -> bool {
    updated >= created
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn a_case_closes_after_it_opened_and_its_last_session() {
        let opened = day("2026-09-01");
        assert_eq!(
            close(opened, None, day("2026-08-01")),
            Err(Conflict::ClosedBeforeOpened {
                date: day("2026-08-01"),
                bound: opened
            })
        );
        assert!(close(opened, None, opened).is_ok());
        assert!(matches!(
            close(opened, Some(day("2026-09-10")), day("2026-09-05")),
            Err(Conflict::ClosedBeforeSession { .. })
        ));
        assert!(close(opened, Some(day("2026-09-10")), day("2026-09-10")).is_ok());
    }

    #[test]
    fn a_session_lies_within_its_case() {
        let (opened, closed) = (day("2026-01-10"), Some(day("2026-02-10")));
        assert!(session(day("2026-01-10"), opened, closed).is_ok());
        assert!(session(day("2026-02-10"), opened, closed).is_ok());
        assert!(matches!(
            session(day("2026-01-09"), opened, closed),
            Err(Conflict::SessionBeforeOpened { .. })
        ));
        assert!(matches!(
            session(day("2026-02-11"), opened, closed),
            Err(Conflict::SessionAfterClosed { .. })
        ));
        assert!(session(day("2030-01-01"), opened, None).is_ok());
    }

    #[test]
    fn a_case_opens_before_its_sessions_and_its_closing() {
        assert!(open(day("2026-01-05"), Some(day("2026-01-05")), None).is_ok());
        assert!(matches!(
            open(day("2026-01-06"), Some(day("2026-01-05")), None),
            Err(Conflict::OpenedAfterSession { .. })
        ));
        assert!(matches!(
            open(day("2026-03-01"), None, Some(day("2026-02-01"))),
            Err(Conflict::OpenedAfterClosed { .. })
        ));
    }

    #[test]
    fn goals_and_answers_follow_their_start() {
        assert!(goal_done(day("2026-01-10"), day("2026-01-10")).is_ok());
        assert!(goal_done(day("2026-01-10"), day("2026-01-09")).is_err());
        assert!(answer(day("2026-01-10"), day("2026-01-10")).is_ok());
        assert!(answer(day("2026-01-10"), day("2026-01-09")).is_err());
    }

    #[test]
    fn nothing_before_1900() {
        assert!(in_range(day("1900-01-01")));
        assert!(!in_range(day("1899-12-31")));
        assert!(!in_range(day("0000-01-01")));
    }
}

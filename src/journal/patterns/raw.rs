//! Rows the store returns for the pattern analysis, which combines them.

use chrono::NaiveDate;

use super::{Baseline, Pair, StepRow};
use crate::journal::{Resistance, Side};

/// Everything the analysis of one query reads from the store; the halves
/// split at the period's midpoint.
pub struct Rows {
    pub totals: Totals,
    /// Sessions by kind and half.
    pub sessions: Vec<Bucket>,
    /// Each reason's usual steps, as stored.
    pub usual: Vec<(String, String)>,
    /// The sessions that stalled at a step, by step and kind.
    pub step_kinds: Vec<(u8, Bucket)>,
    pub steps: Vec<StepRow>,
    /// The sessions that gave a reason, by reason, kind and half.
    pub reason_kinds: Vec<(String, Bucket)>,
    pub reason_steps: Vec<Pair>,
    pub reason_resistance: Vec<Pair>,
    pub reasons: Vec<Reason>,
    /// Sessions in which each resistance reaction was met.
    pub met: Vec<(String, u64)>,
    pub followups: Vec<Followup>,
    pub case_kinds: Vec<CaseKind>,
    pub baseline: Baseline,
    /// The catalogue's resistance reactions.
    pub resistances: Vec<Resistance>,
    /// The cases whose client named someone on a known day in the period.
    pub named: Vec<super::table::NamedRow>,
    /// The invitations of the period.
    pub invitations: Vec<super::table::InvitationRow>,
}

pub struct Totals {
    pub reflections: u64,
    pub cases: u64,
    pub first: Option<NaiveDate>,
    pub last: Option<NaiveDate>,
}

pub struct Reason {
    pub code: String,
    pub side: Side,
    pub label_en: String,
    pub label_nl: String,
    pub count: u64,
    pub cases: u64,
    pub first: NaiveDate,
    pub last: NaiveDate,
    /// Of `count`, those after the midpoint.
    pub recent: u64,
}

/// Sessions of one kind, in one half.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Bucket {
    /// After the midpoint.
    pub late: bool,
    /// Someone from the system took part.
    pub other: bool,
    /// A resistance reaction was met.
    pub met: bool,
    pub count: u64,
}

/// Cases by what their sessions in the period offered; `reason` set:
/// only the cases that give it.
pub struct CaseKind {
    pub reason: Option<String>,
    /// A session where step 0 was at stake.
    pub step0: bool,
    /// A session with someone from the system.
    pub conversation: bool,
    pub cases: u64,
    /// Reached the system on or after the case's first reflection in the period.
    pub reached: u64,
    /// Reached it on or after the reason's first day in the case.
    pub reached_since_given: u64,
}

/// One case in which a resistance reaction was met.
pub struct Followup {
    pub resistance: String,
    /// A significant other took part in a session after it was first met.
    pub joined: bool,
    /// Individual sessions of the case before that first session with an other.
    pub individual_before: u64,
}

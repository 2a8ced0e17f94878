//! What `patterns` (and prep, and a goal's measure) look at.

use chrono::NaiveDate;

use crate::journal::Side;
use crate::journal::id::CaseId;
use crate::journal::practitioner::Whose;

/// What to look at.
#[derive(Debug, Clone)]
pub struct PatternQuery {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub case_id: Option<CaseId>,
    /// `None` = all sides.
    pub side: Option<Side>,
    /// A reason seen in at least this many distinct cases is a recurring pattern.
    pub min_cases: u64,
    /// Only sessions where this resistance reaction was met (`--when`).
    pub when: Option<String>,
    /// Whose records: in a journal that pools a group's, one's own by
    /// default, or one member's (issue 17).
    pub whose: Whose,
}

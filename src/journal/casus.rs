//! The case presentation for a peer-supervision group (casusinbreng,
//! issue 17): what `spiegel casus` puts on one page, chosen from a case's
//! own records. No I/O, no words: the command line words it.

use chrono::NaiveDate;
use serde::Serialize;

use super::text::{self, Field};
use super::{CaseDetail, Other, Reflection};
use crate::error::Error;

/// What the page holds.
#[derive(Debug, Clone, Serialize)]
pub struct Casus {
    #[serde(flatten)]
    pub detail: CaseDetail,
    /// The question for the group: the one given, else the case's latest
    /// open question; `None`: neither.
    pub question: Option<String>,
    /// Whether the question was given for this page (not the case's own).
    pub question_given: bool,
    /// The first and last session, if any.
    pub sessions: Option<(NaiveDate, NaiveDate)>,
    /// The date of the page.
    pub today: NaiveDate,
}

impl Casus {
    /// The case's sessions that stalled, oldest first.
    pub fn stalled(&self) -> impl Iterator<Item = &Reflection> {
        self.detail.timeline.iter().filter(|r| !r.stalls.is_empty())
    }

    /// The sessions with a note: what was tried.
    pub fn tried(&self) -> impl Iterator<Item = &Reflection> {
        self.detail
            .timeline
            .iter()
            .filter(|r| !r.note.trim().is_empty())
    }

    /// The sessions with something that went well.
    pub fn went_well(&self) -> impl Iterator<Item = &Reflection> {
        self.detail
            .timeline
            .iter()
            .filter(|r| !r.went_well.trim().is_empty())
    }

    /// The significant others: named, invited, or who came.
    pub fn system(&self) -> &[Other] {
        &self.detail.others
    }
}

/// The page for `detail`, with the question `given` (checked as a
/// question is everywhere) or the case's latest open one.
pub fn assemble(detail: CaseDetail, given: Option<&str>, today: NaiveDate) -> Result<Casus, Error> {
    let given = given.map(str::trim).filter(|q| !q.is_empty());
    if let Some(q) = given {
        text::check_free(q, Field::Question)?;
    }
    let question = match given {
        Some(q) => Some(q.to_string()),
        None => latest_open_question(&detail.timeline),
    };
    let sessions = match (detail.timeline.first(), detail.timeline.last()) {
        (Some(first), Some(last)) => Some((first.date, last.date)),
        _ => None,
    };
    Ok(Casus {
        question_given: given.is_some(),
        detail,
        question,
        sessions,
        today,
    })
}

/// The question of the latest session that has one still open.
fn latest_open_question(timeline: &[Reflection]) -> Option<String> {
    timeline.iter().rev().find_map(|r| {
        r.question
            .as_ref()
            .filter(|q| q.answer.is_none())
            .map(|q| q.text.clone())
    })
}

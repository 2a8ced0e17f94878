//! The records of an export file, field for field as in the file.

use serde::{Deserialize, Serialize};

use crate::journal::ReflectionId;

/// A whole export. Field order is the order in the file.
///
/// `Cases` is the list of cases, except while an export is written: then
/// it is whatever serializes as that list without holding it (the cases
/// read one at a time), or `()` for the parts around it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Export<Cases = Vec<CaseRecord>> {
    pub format: String,
    pub version: u32,
    /// Names replaced by codes (and free text dropped unless kept).
    pub anonymized: bool,
    pub reasons: Vec<ReasonRecord>,
    pub cases: Cases,
    pub meetings: Vec<MeetingRecord>,
    pub goals: Vec<GoalRecord>,
}

impl<C> Export<C> {
    /// The same export with other cases (or a stream of them).
    pub fn with_cases<D>(self, cases: D) -> Export<D> {
        Export {
            format: self.format,
            version: self.version,
            anonymized: self.anonymized,
            reasons: self.reasons,
            cases,
            meetings: self.meetings,
            goals: self.goals,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReasonRecord {
    pub uuid: String,
    pub code: String,
    pub side: String,
    pub label_en: String,
    pub label_nl: String,
    pub usual_steps: Vec<u8>,
    pub builtin: bool,
    pub retired: bool,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CaseRecord {
    pub uuid: String,
    /// Whose record it is in a pooled journal: a practitioner code
    /// (`P3`), or none for the journal's own. Format 3 on; left out when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practitioner: Option<String>,
    pub name: String,
    pub setting: Option<String>,
    pub cohabiting: Option<bool>,
    pub opened_on: String,
    pub closed_on: Option<String>,
    pub outcome: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    pub others: Vec<OtherRecord>,
    pub reflections: Vec<ReflectionRecord>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtherRecord {
    pub uuid: String,
    pub name: String,
    pub role: String,
    pub created_at: String,
    pub updated_at: String,
    /// When the client named them; `None`: not known. Format 2 on; a
    /// version-1 file has none.
    #[serde(default)]
    pub named_on: Option<String>,
    /// Their invitations, oldest first. Format 2 on.
    #[serde(default)]
    pub invitations: Vec<InvitationRecord>,
}

/// An invitation of a significant other (step 0, per person).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InvitationRecord {
    pub uuid: String,
    pub date: String,
    /// `client` or `me`.
    pub by: String,
    /// `in-person`, `video`, `phone`, `message`, or `None`: not recorded.
    pub medium: Option<String>,
    /// `yes`, `no` or `pending`.
    pub answer: String,
    /// A resistance reaction's code.
    pub resistance: Option<String>,
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReflectionRecord {
    /// The reflection's number in the journal it was read from (the id
    /// `list` shows), for the CSV; not part of the format, since every
    /// journal numbers its own.
    #[serde(skip)]
    pub id: Option<ReflectionId>,
    pub uuid: String,
    pub date: String,
    pub medium: String,
    /// UUIDs of the case's significant others who took part.
    pub present: Vec<String>,
    pub resistance: Vec<String>,
    pub stalls: Vec<StallRecord>,
    pub completed: bool,
    pub note: String,
    /// What went well. Left out when empty, and a file without it (from a
    /// spiegel before schema 8) reads as empty: the format stays version 1,
    /// and a file that records nothing went well is readable by an older
    /// spiegel too.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    pub question: Option<QuestionRecord>,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StallRecord {
    pub step: u8,
    /// Reason codes, each listed in `reasons`.
    pub reasons: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionRecord {
    pub uuid: String,
    pub text: String,
    pub answer: Option<String>,
    pub answered_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    /// Asked of the peer-supervision group (issue 17); left out when not,
    /// so that a file without such a question reads as before, in every
    /// version.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub for_group: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingRecord {
    pub uuid: String,
    /// Whose record it is in a pooled journal: a practitioner code
    /// (`P3`), or none for the journal's own. Format 3 on; left out when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practitioner: Option<String>,
    pub held_on: String,
    pub kind: String,
    pub with_whom: Option<String>,
    pub note: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoalRecord {
    pub uuid: String,
    /// Whose record it is in a pooled journal: a practitioner code
    /// (`P3`), or none for the journal's own. Format 3 on; left out when
    /// none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub practitioner: Option<String>,
    pub text: String,
    /// The code of the reason the goal should make rarer.
    pub reason: String,
    pub since: String,
    pub done_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

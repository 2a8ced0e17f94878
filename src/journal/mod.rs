//! The journal's domain: cases, significant others, reflections and the
//! method's catalogue, and the rules for changing them.
//!
//! Types here are what the rest of the program speaks; the store turns them
//! into SQL and back. JSON output serialises these types directly, so their
//! field names are part of the documented `--json` format.

pub mod brief;
pub mod builtin;
pub mod casus;
pub mod catalogue;
pub mod change;
pub mod chronology;
pub mod date;
pub mod export;
pub mod guard;
pub mod id;
pub mod opportunity;
pub mod patterns;
pub mod practitioner;
pub mod prep;
#[cfg(test)]
mod properties;
pub mod records;
pub mod rules;
pub mod search;
pub mod stats;
pub mod suggest;
pub mod supervision;
pub mod sync;
pub mod text;
pub mod walk;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use crate::error::Error;
pub use id::{
    CaseId, GoalId, InvitationId, MeetingId, OtherId, QuestionId, ReasonId, ReflectionId,
};

macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
        pub enum $name {
            $(#[serde(rename = $code)] $variant),+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The code as stored and as typed on the command line.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

code_enum!(
    /// Whose part a reason is about.
    Side { Own = "self", Client = "client", Other = "other" }
);

code_enum!(
    /// How a significant other relates to the client.
    Role {
        Partner = "partner",
        Friend = "friend",
        Parent = "parent",
        Child = "child",
        Sibling = "sibling",
        Relative = "relative",
        Neighbour = "neighbour",
        Colleague = "colleague",
        Other = "other",
    }
);

code_enum!(
    /// How the session took place.
    Medium { InPerson = "in-person", Video = "video", Phone = "phone" }
);

code_enum!(
    /// How a case ended.
    Outcome {
        SystemInvolved = "system-involved",
        IndividualOnly = "individual-only",
        DroppedOut = "dropped-out",
    }
);

code_enum!(
    /// What kind of supervision meeting.
    MeetingKind { Individual = "individual", Group = "group", Peer = "peer" }
);

// After the macro it uses.
pub mod step0;

/// A step of the method: 0 = getting the significant others to the table,
/// 1–7 = the conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(transparent)]
pub struct Step(u8);

impl Step {
    pub const LAST: u8 = 7;

    pub fn new(n: u8) -> Result<Step, Error> {
        if n <= Self::LAST {
            Ok(Step(n))
        } else {
            Err(Error::UnknownStep(n.to_string()))
        }
    }

    pub fn number(self) -> u8 {
        self.0
    }
}

impl std::str::FromStr for Step {
    type Err = Error;

    fn from_str(s: &str) -> Result<Step, Error> {
        s.trim()
            .parse::<u8>()
            .map_err(|_| Error::UnknownStep(s.to_string()))
            .and_then(Step::new)
    }
}

impl std::fmt::Display for Step {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// A stall as typed on the command line: `STEP:REASON[,REASON…]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StallSpec {
    pub step: Step,
    pub reasons: Vec<String>,
}

impl std::str::FromStr for StallSpec {
    type Err = Error;

    fn from_str(s: &str) -> Result<StallSpec, Error> {
        let Some((step, reasons)) = s.split_once(':') else {
            // A step alone is a stall without its reason; anything else is
            // a reason without its step.
            return match s.parse::<Step>() {
                Ok(step) => Err(Error::StallWithoutReason(step.number())),
                Err(_) => Err(Error::StallWithoutStep(s.trim().to_string())),
            };
        };
        let step: Step = step.parse()?;
        let reasons: Vec<String> = reasons
            .split(',')
            .map(|r| r.trim().to_lowercase())
            .filter(|r| !r.is_empty())
            .collect();
        if reasons.is_empty() {
            return Err(Error::StallWithoutReason(step.number()));
        }
        Ok(StallSpec { step, reasons })
    }
}

/// A case: one client, under a pseudonym.
#[derive(Debug, Clone, Serialize)]
pub struct Case {
    pub id: CaseId,
    pub uuid: String,
    pub name: String,
    pub setting: Option<String>,
    /// Lives with a lasting partner; `None` when not recorded.
    pub cohabiting: Option<bool>,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    /// Whose case it is in a pooled journal: a member's code, or `None`
    /// for one's own (see [`practitioner`]).
    pub practitioner: Option<String>,
}

impl Case {
    pub fn is_open(&self) -> bool {
        self.closed_on.is_none()
    }

    /// The name lists show: `P3·C01` for a pooled case, the name alone for
    /// one's own.
    pub fn label(&self) -> String {
        practitioner::case_label(self.practitioner.as_deref(), &self.name)
    }
}

/// A case with what its reflections add up to, for `case list`.
#[derive(Debug, Clone, Serialize)]
pub struct CaseSummary {
    #[serde(flatten)]
    pub case: Case,
    pub reflections: u64,
    pub last_session: Option<NaiveDate>,
    /// Whether a significant other ever took part in a session.
    pub other_took_part: bool,
}

/// A significant other of a case.
#[derive(Debug, Clone, Serialize)]
pub struct Other {
    pub id: OtherId,
    pub uuid: String,
    pub name: String,
    pub role: Role,
    /// Sessions this person took part in.
    pub sessions: u64,
    /// When the client named them; `None`: not known (recorded before
    /// spiegel kept it).
    pub named_on: Option<NaiveDate>,
    /// Their invitations, oldest first.
    pub invitations: Vec<step0::Invitation>,
    /// The first session they took part in.
    pub first_session: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A case with everything `case show` tells about it.
#[derive(Debug, Clone, Serialize)]
pub struct CaseDetail {
    #[serde(flatten)]
    pub case: Case,
    pub others: Vec<Other>,
    /// The case's reflections, oldest first.
    pub timeline: Vec<Reflection>,
}

/// Where a session stalled, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stall {
    pub step: Step,
    pub reasons: Vec<String>,
}

/// A question for supervision, asked in a reflection.
#[derive(Debug, Clone, Serialize)]
pub struct Question {
    pub id: QuestionId,
    pub uuid: String,
    pub text: String,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    /// Asked of the peer-supervision group (`--for-group`, issue 17).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub for_group: bool,
}

/// One reflection on one session.
#[derive(Debug, Clone, Serialize)]
pub struct Reflection {
    pub id: ReflectionId,
    pub uuid: String,
    pub case: String,
    pub date: NaiveDate,
    pub medium: Medium,
    /// Names of the significant others who took part.
    pub present: Vec<String>,
    /// Resistance reaction codes met in the session.
    pub resistance: Vec<String>,
    pub stalls: Vec<Stall>,
    /// Whether all seven steps were completed.
    pub completed: bool,
    pub note: String,
    /// What went well in the session ('' = nothing recorded).
    pub went_well: String,
    pub question: Option<Question>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A step of the method, in both languages (the command line picks one:
/// `StepInfo::title` and the like, in `cli/words/journal.rs`).
#[derive(Debug, Clone, Serialize)]
pub struct StepInfo {
    pub step: Step,
    pub title_en: String,
    pub title_nl: String,
    pub instruction_en: String,
    pub instruction_nl: String,
    pub pitfall_en: String,
    pub pitfall_nl: String,
}

/// A reason why a step stalls.
#[derive(Debug, Clone, Serialize)]
pub struct Reason {
    pub code: String,
    pub uuid: String,
    pub side: Side,
    pub label_en: String,
    pub label_nl: String,
    /// The steps where the method says it mostly happens.
    pub usual_steps: Vec<Step>,
    pub builtin: bool,
    pub retired: bool,
    /// How many stalls give this reason.
    pub uses: u64,
}

/// A resistance reaction from the catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct Resistance {
    pub code: String,
    pub label_en: String,
    pub label_nl: String,
}

/// A catalogue entry as the user may name it: its code, or an unambiguous
/// start of its label in English or Dutch.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Labelled {
    pub code: String,
    pub label_en: String,
    pub label_nl: String,
}

/// What a typed code or start of a label means among catalogue entries.
#[derive(Debug, PartialEq, Eq)]
pub enum Match<'a> {
    One(&'a Labelled),
    /// Several entries start like this, in catalogue order.
    Many(Vec<&'a Labelled>),
    None,
}

/// Finds what `typed` names: an entry whose code it is (ignoring upper and
/// lower case), else the one entry whose label (in either language) it is,
/// else the entries whose label starts with it. A start of a code is not
/// enough: a near-miss of a code gets a suggestion instead. Accents,
/// punctuation and spacing do not matter ("clie" finds "Cliënt …",
/// "met het hoe" finds `Met het "hoe" …`).
pub fn match_label<'a>(typed: &str, entries: &'a [Labelled]) -> Match<'a> {
    let code = typed.trim().to_lowercase();
    if let Some(entry) = entries.iter().find(|e| e.code == code) {
        return Match::One(entry);
    }
    let typed = fold(typed);
    if typed.is_empty() {
        return Match::None;
    }
    let names = |e: &'a Labelled| [fold(&e.label_en), fold(&e.label_nl)];
    let whole: Vec<&Labelled> = entries
        .iter()
        .filter(|e| names(e).contains(&typed))
        .collect();
    if let [one] = whole[..] {
        return Match::One(one);
    }
    let starts: Vec<&Labelled> = entries
        .iter()
        .filter(|e| names(e).iter().any(|n| n.starts_with(&typed)))
        .collect();
    match starts.len() {
        0 => Match::None,
        1 => Match::One(starts[0]),
        _ => Match::Many(starts),
    }
}

/// Text as it is compared with what was typed: lower case, letters without
/// accents, every run of other characters one blank.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = match c {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            'ý' | 'ÿ' => 'y',
            c if c.is_alphanumeric() => c,
            _ => ' ',
        };
        if c != ' ' || !out.ends_with(' ') {
            out.push(c);
        }
    }
    out.trim().to_string()
}

/// A question for supervision with where it came from, for `spiegel questions`.
#[derive(Debug, Clone, Serialize)]
pub struct QuestionEntry {
    pub id: QuestionId,
    pub uuid: String,
    pub reflection: ReflectionId,
    pub case: String,
    pub date: NaiveDate,
    pub text: String,
    pub answer: Option<String>,
    pub answered_on: Option<NaiveDate>,
    /// Asked of the peer-supervision group (`--for-group`, issue 17).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub for_group: bool,
}

/// A supervision, group supervision or peer-supervision meeting.
#[derive(Debug, Clone, Serialize)]
pub struct Meeting {
    pub id: MeetingId,
    pub uuid: String,
    pub date: NaiveDate,
    pub kind: MeetingKind,
    /// The supervisor or group.
    pub with: Option<String>,
    pub note: String,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// A learning goal: something to work on, tied to the reason it should make rarer.
#[derive(Debug, Clone, Serialize)]
pub struct Goal {
    pub id: GoalId,
    pub uuid: String,
    pub text: String,
    pub reason: String,
    pub since: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// What to select in `spiegel list`.
#[derive(Debug, Clone, Default)]
pub struct ReflectionFilter {
    pub case_id: Option<CaseId>,
    pub step: Option<Step>,
    pub reason_id: Option<ReasonId>,
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    /// `None` = all.
    pub limit: Option<u64>,
}

/// Lower-cased form of a name, under which names are unique.
pub fn name_key(name: &str) -> String {
    name.trim().to_lowercase()
}

#[cfg(test)]
mod tests;

//! The guided reflection's domain: what the journal offers the prompts,
//! the reflection as answered (with the case, people and reasons it creates
//! on the way), the order in which reasons are offered, and the code offered
//! for a reason of the user's own. The prompts are in `cli/guided`; the
//! saving, in one transaction, in `services::reflections`.

use chrono::NaiveDate;

use super::id::{QuestionId, ReflectionId};
use super::rules::ReflectionInput;
use super::{
    CaseSummary, Medium, Question, Reason, Reflection, Resistance, Role, Side, Stall, StallSpec,
    Step, StepInfo, date,
};

/// What the journal holds that the prompts offer.
pub struct Known {
    pub open_cases: Vec<CaseSummary>,
    /// Open and closed: a new case may not take any of these names.
    pub case_names: Vec<String>,
    pub steps: Vec<StepInfo>,
    /// The whole catalogue, retired reasons included, and the ones the user
    /// adds on the way.
    pub reasons: Vec<Reason>,
    pub resistances: Vec<Resistance>,
    /// The journal pools a peer-supervision group's records: a question
    /// may be asked of the group (issue 17).
    pub in_group: bool,
}

impl Known {
    /// Every reason's code with its labels, as `show` takes them.
    pub fn labels(&self) -> Vec<(String, String, String)> {
        self.reasons
            .iter()
            .map(|r| (r.code.clone(), r.label_en.clone(), r.label_nl.clone()))
            .collect()
    }

    /// Takes a reason of the user's own into the catalogue offered, usual
    /// at `step`, so that later steps offer it too.
    pub fn learn(&mut self, reason: &NewReason, step: Step) {
        self.reasons.push(Reason {
            code: reason.code.clone(),
            uuid: String::new(),
            side: reason.side,
            label_en: reason.label_en.clone(),
            label_nl: reason.label_nl.clone(),
            usual_steps: vec![step],
            builtin: false,
            retired: false,
            uses: 0,
        });
    }
}

/// A new case, created when the reflection is saved.
pub struct NewCase {
    pub setting: Option<String>,
    pub cohabiting: Option<bool>,
}

/// A significant other met for the first time: name and role.
pub type NewOther = (String, Role);

/// A reason of the user's own, created when the reflection is saved.
pub struct NewReason {
    pub code: String,
    pub side: Side,
    pub label_en: String,
    pub label_nl: String,
}

/// An invitation recorded on the way (step 0 per person), dated the
/// session's day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WalkedInvitation {
    pub name: String,
    pub by: super::step0::InvitedBy,
    pub medium: Option<super::step0::InviteMedium>,
    pub answer: super::step0::Answer,
    pub resistance: Option<String>,
}

/// The reflection as answered, with what it needs created on the way.
pub struct Draft {
    pub case: String,
    pub new_case: Option<NewCase>,
    pub date: NaiveDate,
    pub present: Vec<String>,
    pub new_others: Vec<NewOther>,
    pub medium: Medium,
    pub resistance: Vec<String>,
    pub stalls: Vec<StallSpec>,
    pub new_reasons: Vec<NewReason>,
    pub completed: bool,
    pub note: String,
    pub went_well: String,
    pub question: String,
    /// The question is asked of the peer-supervision group.
    pub for_group: bool,
    /// Invitations recorded on the way, written after the reflection.
    pub invitations: Vec<WalkedInvitation>,
}

impl Draft {
    /// The entry as `show` prints it, before it exists.
    pub fn preview(&self) -> Reflection {
        let now = date::now_utc();
        Reflection {
            id: ReflectionId(0),
            uuid: String::new(),
            case: self.case.clone(),
            date: self.date,
            medium: self.medium,
            present: self.present.clone(),
            resistance: self.resistance.clone(),
            stalls: self
                .stalls
                .iter()
                .map(|s| Stall {
                    step: s.step,
                    reasons: s.reasons.clone(),
                })
                .collect(),
            completed: self.completed,
            note: self.note.clone(),
            went_well: self.went_well.clone(),
            question: (!self.question.is_empty()).then(|| Question {
                id: QuestionId(0),
                uuid: String::new(),
                text: self.question.clone(),
                answer: None,
                answered_on: None,
                for_group: self.for_group,
            }),
            created_at: now,
            updated_at: now,
        }
    }

    /// The reflection to record, as `spiegel add` takes it.
    pub fn input(&self) -> ReflectionInput {
        ReflectionInput {
            date: Some(self.date),
            with: Some(self.present.clone()),
            medium: Some(self.medium),
            resistance: Some(self.resistance.clone()),
            stalls: Some(self.stalls.clone()),
            completed: Some(self.completed),
            note: Some(self.note.clone()),
            went_well: Some(self.went_well.clone()),
            ask: (!self.question.is_empty()).then(|| self.question.clone()),
            for_group: (!self.question.is_empty() && self.for_group).then_some(true),
        }
    }
}

/// The reasons offered at `step`: own side first, then the client's and the
/// other's; within a side the most used first, then those the method says
/// mostly stall here. Retired reasons are not offered.
pub fn offered(reasons: &[Reason], step: Step) -> Vec<&Reason> {
    let mut offered: Vec<(usize, &Reason)> = reasons
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.retired)
        .collect();
    let side_order = |side: Side| Side::ALL.iter().position(|s| *s == side);
    offered.sort_by_key(|(i, r)| {
        (
            side_order(r.side),
            std::cmp::Reverse(r.uses),
            !r.usual_steps.contains(&step),
            *i,
        )
    });
    offered.into_iter().map(|(_, r)| r).collect()
}

/// "Rushed the ending" → "rushed-the-ending": a code to offer, of at most
/// five words; empty when the words have no ASCII letters or digits.
pub fn slug(words: &str) -> String {
    words
        .to_lowercase()
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(5)
        .collect::<Vec<_>>()
        .join("-")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_offered_from_the_words() {
        assert_eq!(slug("Rushed the ending"), "rushed-the-ending");
        assert_eq!(slug("  Didn't ask — again! "), "didn-t-ask-again");
        assert_eq!(slug("Één keer"), "n-keer");
        assert_eq!(slug("— ?"), "");
        assert_eq!(
            slug("Laughed along with John, and so did Levi"),
            "laughed-along-with-john-and"
        );
    }

    fn reason(code: &str, side: Side, uses: u64, usual: &[u8], retired: bool) -> Reason {
        Reason {
            code: code.into(),
            uuid: String::new(),
            side,
            label_en: code.into(),
            label_nl: code.into(),
            usual_steps: usual.iter().map(|n| Step::new(*n).unwrap()).collect(),
            builtin: true,
            retired,
            uses,
        }
    }

    #[test]
    fn own_side_first_then_most_used_then_usual_here_and_never_retired() {
        let reasons = [
            reason("client-a", Side::Client, 9, &[3], false),
            reason("own-rare", Side::Own, 0, &[0], false),
            reason("own-here", Side::Own, 0, &[3], false),
            reason("own-often", Side::Own, 4, &[0], false),
            reason("own-retired", Side::Own, 9, &[3], true),
            reason("other-a", Side::Other, 1, &[], false),
        ];
        let codes: Vec<&str> = offered(&reasons, Step::new(3).unwrap())
            .iter()
            .map(|r| r.code.as_str())
            .collect();
        assert_eq!(
            codes,
            ["own-often", "own-here", "own-rare", "client-a", "other-a"]
        );
    }

    fn draft(question: &str) -> Draft {
        Draft {
            case: "John".into(),
            new_case: None,
            date: NaiveDate::from_ymd_opt(2026, 3, 14).unwrap(),
            present: vec!["Maarten".into()],
            new_others: Vec::new(),
            medium: Medium::Video,
            resistance: Vec::new(),
            stalls: Vec::new(),
            new_reasons: Vec::new(),
            completed: true,
            note: "John joked.".into(),
            went_well: String::new(),
            question: question.into(),
            for_group: false,
            invitations: Vec::new(),
        }
    }

    #[test]
    fn a_draft_records_every_answer_and_no_empty_question() {
        let input = draft("").input();
        assert_eq!(input.date, NaiveDate::from_ymd_opt(2026, 3, 14));
        assert_eq!(input.with, Some(vec!["Maarten".to_string()]));
        assert_eq!(input.resistance, Some(Vec::new()));
        assert_eq!(input.completed, Some(true));
        assert_eq!(input.ask, None);
        assert_eq!(draft("Why?").input().ask.as_deref(), Some("Why?"));
        assert_eq!(draft("Why?").preview().question.unwrap().text, "Why?");
        assert!(draft("").preview().question.is_none());
    }

    #[test]
    fn a_reason_of_ones_own_is_offered_at_later_steps() {
        let mut known = Known {
            open_cases: Vec::new(),
            case_names: Vec::new(),
            steps: Vec::new(),
            reasons: Vec::new(),
            resistances: Vec::new(),
            in_group: false,
        };
        let step = Step::new(2).unwrap();
        let own = NewReason {
            code: "rushed".into(),
            side: Side::Own,
            label_en: "Rushed".into(),
            label_nl: "Gehaast".into(),
        };
        known.learn(&own, step);
        let offered_later = offered(&known.reasons, Step::new(5).unwrap());
        assert_eq!(offered_later.len(), 1);
        assert_eq!(
            known.labels(),
            [("rushed".into(), "Rushed".into(), "Gehaast".into())]
        );
    }
}

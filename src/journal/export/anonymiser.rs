//! Anonymisation: names replaced by codes, UUIDs by fresh ones, free text
//! dropped unless kept.

use super::records::{CaseRecord, Export};
use crate::journal::practitioner::Pooled;

/// Replaces case names with C01, C02, … and other names with P01, P02, …
/// (in file order, so the same journal gives the same codes), and unless
/// `keep_notes` drops every free text: settings, notes (of sessions and of
/// invitations), questions (but the open ones asked of the group), the
/// meetings' participants and the goals' wording. Another member's pooled
/// records are left out (see [`Anonymizer::keeps`]).
pub fn anonymize(e: &mut Export, keep_notes: bool) {
    let others = e.cases.iter().map(|c| c.others.len()).sum();
    let mut anonymizer = Anonymizer::new(e.cases.len(), others, keep_notes);
    e.cases.retain(|c| anonymizer.keeps(c));
    for case in &mut e.cases {
        anonymizer.case(case);
    }
    anonymizer.rest(e);
}

/// [`anonymize`] one case at a time, for an export written as it is read:
/// the codes' widths come from the numbers of cases and others, counted
/// beforehand.
///
/// Every record gets a fresh UUID, so that an anonymized file cannot be
/// linked back to the journal it came from: each derived from the old one
/// under a key drawn at random for this export and then forgotten, so that
/// references within the file still hold. The built-in reasons keep theirs:
/// they are the same in every journal.
pub struct Anonymizer {
    fresh: Fresh,
    keep_notes: bool,
    case_width: usize,
    other_width: usize,
    cases: usize,
    others: usize,
    /// The code the member's own records are labelled with (`--as`).
    practitioner: Option<String>,
    /// Other members' pooled records, left out.
    left_out: Pooled,
}

impl Anonymizer {
    /// For an export of `cases` cases with `others` significant others in all.
    pub fn new(cases: usize, others: usize, keep_notes: bool) -> Anonymizer {
        let width = |n: usize| n.to_string().len().max(2);
        Anonymizer {
            fresh: Fresh::new(),
            keep_notes,
            case_width: width(cases),
            other_width: width(others),
            cases: 0,
            others: 0,
            practitioner: None,
            left_out: Pooled::default(),
        }
    }

    /// Whether `case` goes into the export: one's own does; another
    /// member's pooled one (with a code) is theirs to share, and is left
    /// out (noted in [`Anonymizer::left_out`]). An anonymized export is
    /// what a member gives the group: passed on again, under fresh UUIDs
    /// and perhaps another member's code, someone else's records would
    /// come back to the group as a second copy, or as another's.
    pub fn keeps(&mut self, case: &CaseRecord) -> bool {
        match &case.practitioner {
            None => true,
            Some(code) => {
                self.left_out.note(code, 1, case.reflections.len() as u64);
                false
            }
        }
    }

    /// The pooled records left out so far.
    pub fn left_out(&self) -> &Pooled {
        &self.left_out
    }

    /// Labels the journal's own records (those without a code) with the
    /// practitioner code `code`, checked by the caller
    /// ([`crate::journal::practitioner::parse`]): a member's export for the
    /// group. Pooled records are left out ([`Anonymizer::keeps`]).
    pub fn labelled(mut self, code: Option<String>) -> Anonymizer {
        self.practitioner = code;
        self
    }

    fn label(&self, practitioner: &mut Option<String>) {
        if practitioner.is_none() {
            practitioner.clone_from(&self.practitioner);
        }
    }

    /// The next case of the export, in file order.
    pub fn case(&mut self, case: &mut CaseRecord) {
        let (case_width, other_width) = (self.case_width, self.other_width);
        self.cases += 1;
        case.name = format!("C{:0case_width$}", self.cases);
        self.label(&mut case.practitioner);
        let fresh = &self.fresh;
        fresh.replace(&mut case.uuid);
        for other in &mut case.others {
            self.others += 1;
            other.name = format!("P{:0other_width$}", self.others);
            fresh.replace(&mut other.uuid);
            for i in &mut other.invitations {
                fresh.replace(&mut i.uuid);
            }
        }
        for r in &mut case.reflections {
            // The journal's own number would link the row back too.
            r.id = None;
            fresh.replace(&mut r.uuid);
            r.present.iter_mut().for_each(|p| fresh.replace(p));
            if let Some(q) = &mut r.question {
                fresh.replace(&mut q.uuid);
            }
        }
        if !self.keep_notes {
            case.setting = None;
            for i in case.others.iter_mut().flat_map(|o| &mut o.invitations) {
                i.note.clear();
            }
            for r in &mut case.reflections {
                r.note.clear();
                r.went_well.clear();
                // An open question the member asked of the group is what
                // the export is for: it travels, as its member wrote it.
                r.question = r
                    .question
                    .take()
                    .filter(|q| q.for_group && q.answered_on.is_none());
            }
        }
    }

    /// All but the cases: the meetings and goals (one's own: another
    /// member's are left out, as their cases are), and the mark.
    pub fn rest<C>(&mut self, e: &mut Export<C>) {
        let left_out = &mut self.left_out;
        e.meetings.retain(|m| match &m.practitioner {
            Some(code) => {
                left_out.note(code, 0, 0);
                false
            }
            None => true,
        });
        e.goals.retain(|g| match &g.practitioner {
            Some(code) => {
                left_out.note(code, 0, 0);
                false
            }
            None => true,
        });
        for r in e.reasons.iter_mut().filter(|r| !r.builtin) {
            self.fresh.replace(&mut r.uuid);
        }
        for m in &mut e.meetings {
            self.fresh.replace(&mut m.uuid);
            self.label(&mut m.practitioner);
        }
        for g in &mut e.goals {
            self.fresh.replace(&mut g.uuid);
            self.label(&mut g.practitioner);
        }
        if !self.keep_notes {
            for m in &mut e.meetings {
                m.with_whom = None;
                m.note.clear();
            }
            for g in &mut e.goals {
                g.text.clear();
            }
        }
        e.anonymized = true;
    }
}

/// New UUIDs for old, the same new one for the same old one, under a key
/// of this export only.
struct Fresh(std::hash::RandomState, std::hash::RandomState);

impl Fresh {
    fn new() -> Fresh {
        Fresh(std::hash::RandomState::new(), std::hash::RandomState::new())
    }

    fn replace(&self, uuid: &mut String) {
        use std::hash::BuildHasher;
        let (a, b) = (self.0.hash_one(&*uuid), self.1.hash_one(&*uuid));
        let mut bytes = [0u8; 16];
        bytes[..8].copy_from_slice(&a.to_le_bytes());
        bytes[8..].copy_from_slice(&b.to_le_bytes());
        *uuid = uuid::Builder::from_random_bytes(bytes)
            .into_uuid()
            .hyphenated()
            .to_string();
    }
}

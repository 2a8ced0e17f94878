//! The export format: the whole journal (or part of it) as one JSON
//! document, lossless, keyed by UUIDs so that imports merge. Also the rules
//! an import file must meet, and anonymisation.
//!
//! Parsing and checking do no I/O, so that they can be fuzzed (`fuzz/`).
//!
//! `records` holds the file's record types, `reader` reads a file as a
//! stream, `check` holds its rules (with `uuids`, the set of UUIDs met),
//! `invalid` says why a file is refused and `anonymiser` anonymises.

mod anonymiser;
mod check;
mod invalid;
mod reader;
mod records;
mod uuids;

use std::collections::HashMap;

pub use anonymiser::{Anonymizer, anonymize};
pub use check::{valid_date, valid_timestamp};
pub use invalid::{Invalid, Problem};
pub use reader::{CheckOnly, ReadError, Sink, parse, read};
pub use records::{
    CaseRecord, Export, GoalRecord, InvitationRecord, MeetingRecord, OtherRecord, QuestionRecord,
    ReasonRecord, ReflectionRecord, StallRecord,
};

/// The value of the `format` field.
pub const FORMAT: &str = "spiegel-export";
/// The format version this build writes. Version 2 added each
/// significant other's `named_on` and `invitations` (step 0 per person);
/// version 3 each case's, meeting's and goal's `practitioner` (a pooled
/// record's code, issue 17). A question's `for_group` (asked of the
/// peer-supervision group) came later without a new version: it is left
/// out unless true, and a file without it reads as before.
pub const VERSION: u32 = 3;
/// The oldest version this build reads: a version-1 file reads as one
/// without naming dates or invitations, a version-2 file as one whose
/// records are all its maker's own.
pub const OLDEST_VERSION: u32 = 1;
/// The kinds of supervision meeting (schema 2).
pub const MEETING_KINDS: &[&str] = &["individual", "group", "peer"];
/// The resistance reactions of the method (schema 1).
pub const RESISTANCE_CODES: &[&str] = &["no-one-left", "they-wont-come", "my-own-problem"];

/// The reasons of an export by code, for lookups while rendering.
pub fn reasons_by_code<C>(e: &Export<C>) -> HashMap<&str, &ReasonRecord> {
    e.reasons.iter().map(|r| (r.code.as_str(), r)).collect()
}

#[cfg(test)]
mod tests;

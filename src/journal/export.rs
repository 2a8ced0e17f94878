//! The export format: the whole journal (or part of it) as one JSON
//! document, lossless, keyed by UUIDs so that imports merge. Also the rules
//! an import file must meet, and anonymisation.
//!
//! Parsing and checking do no I/O, so that they can be fuzzed (`fuzz/`).

use std::collections::{HashMap, HashSet};
use std::fmt;
use std::io::{Read, Seek};

use chrono::{DateTime, NaiveDate};
use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use super::builtin::builtin_reason;
use super::chronology::{self, Conflict};
use super::guard::{Guard, too_long};
use super::{Medium, Outcome, Role, Side, Step, name_key, text};
use crate::t;

/// The value of the `format` field.
pub const FORMAT: &str = "spiegel-export";
/// The format version this build writes and reads.
pub const VERSION: u32 = 1;
/// The kinds of supervision meeting (schema 2).
pub const MEETING_KINDS: &[&str] = &["individual", "group", "peer"];
/// The resistance reactions of the method (schema 1).
pub const RESISTANCE_CODES: &[&str] = &["no-one-left", "they-wont-come", "my-own-problem"];

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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReflectionRecord {
    pub uuid: String,
    pub date: String,
    pub medium: String,
    /// UUIDs of the case's significant others who took part.
    pub present: Vec<String>,
    pub resistance: Vec<String>,
    pub stalls: Vec<StallRecord>,
    pub completed: bool,
    pub note: String,
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
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MeetingRecord {
    pub uuid: String,
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
    pub text: String,
    /// The code of the reason the goal should make rarer.
    pub reason: String,
    pub since: String,
    pub done_on: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// Why a file cannot be imported: the line or the field, and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Invalid(pub String);

impl fmt::Display for Invalid {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

fn invalid(field: impl fmt::Display, problem: impl fmt::Display) -> Invalid {
    Invalid(format!("{field}: {problem}"))
}

/// Receives an import file as it is read, each part already checked: the
/// reasons first, then the cases one at a time, then the meetings and goals.
pub trait Sink {
    type Error;
    /// The file's reasons, before any case.
    fn reasons(&mut self, reasons: &[ReasonRecord]) -> Result<(), Self::Error>;
    /// The next case, in file order.
    fn case(&mut self, case: CaseRecord) -> Result<(), Self::Error>;
    /// The meetings and goals, once every case is in.
    fn rest(&mut self, meetings: &[MeetingRecord], goals: &[GoalRecord])
    -> Result<(), Self::Error>;
}

/// A sink that takes nothing: [`read`] with it only checks the file.
pub struct CheckOnly;

impl Sink for CheckOnly {
    type Error = std::convert::Infallible;
    fn reasons(&mut self, _: &[ReasonRecord]) -> Result<(), Self::Error> {
        Ok(())
    }
    fn case(&mut self, _: CaseRecord) -> Result<(), Self::Error> {
        Ok(())
    }
    fn rest(&mut self, _: &[MeetingRecord], _: &[GoalRecord]) -> Result<(), Self::Error> {
        Ok(())
    }
}

/// Why reading an import file stopped.
#[derive(Debug)]
pub enum ReadError<E> {
    /// The file is not a good export: the line or the field, and why.
    Invalid(Invalid),
    /// The file could not be read.
    Io(std::io::Error),
    /// The sink failed to take a part.
    Sink(E),
}

/// The top-level keys, in the order spiegel writes them.
const KEYS: &[&str] = &[
    "format",
    "version",
    "anonymized",
    "reasons",
    "cases",
    "meetings",
    "goals",
];

/// Reads and checks an export file as a stream, handing each part to
/// `sink` as soon as it is checked: the cases one at a time, so that a file
/// of any size is read in little memory. Every check of [`parse`] is made,
/// but the file may fail after `sink` took its first parts: write them so
/// that they can be taken back (one transaction).
///
/// spiegel writes `format`, `version`, `anonymized`, `reasons`, `cases`,
/// `meetings`, `goals`, in that order, and such a file is read once. A file
/// with its keys in another order (as other JSON tools may write it) is
/// read twice: first all but the cases, then the cases. Returns the export
/// without its cases.
pub fn read<R: Read + Seek, S: Sink>(
    reader: R,
    sink: &mut S,
) -> Result<Export<()>, ReadError<S::Error>> {
    // No text longer than the journal takes is ever held.
    let mut reader = Guard::new(reader);
    let mut file = FileSeed {
        sink,
        checker: Checker::default(),
        failed: None,
        header: false,
        anonymized: None,
        reasons: None,
        reasons_given: false,
        cases: CasesRead::No,
        meetings: None,
        goals: None,
    };
    file.pass(&mut reader)?;
    if file.cases == CasesRead::Later {
        reader.rewind().map_err(ReadError::Io)?;
        file.pass(&mut reader)?;
    }
    file.finish()
}

/// Reads and checks a whole export held in memory: well-formed JSON of the
/// right format and version, every value valid, every reference inside the
/// file known (see [`read`], which it uses).
pub fn parse(bytes: &[u8]) -> Result<Export, Invalid> {
    struct Collect(Vec<CaseRecord>);
    impl Sink for Collect {
        type Error = std::convert::Infallible;
        fn reasons(&mut self, _: &[ReasonRecord]) -> Result<(), Self::Error> {
            Ok(())
        }
        fn case(&mut self, case: CaseRecord) -> Result<(), Self::Error> {
            self.0.push(case);
            Ok(())
        }
        fn rest(&mut self, _: &[MeetingRecord], _: &[GoalRecord]) -> Result<(), Self::Error> {
            Ok(())
        }
    }
    let mut cases = Collect(Vec::new());
    match read(std::io::Cursor::new(bytes), &mut cases) {
        Ok(head) => Ok(head.with_cases(cases.0)),
        Err(ReadError::Invalid(invalid)) => Err(invalid),
        Err(ReadError::Io(e)) => Err(Invalid(t!("import-not-json", error = e.to_string()))),
        Err(ReadError::Sink(never)) => match never {},
    }
}

/// Format and version, checked before anything else.
fn header(
    format: Option<&serde_json::Value>,
    version: Option<&serde_json::Value>,
) -> Result<(), Invalid> {
    if format.and_then(|v| v.as_str()) != Some(FORMAT) {
        return Err(invalid("format", t!("import-not-format", format = FORMAT)));
    }
    match version.and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => Ok(()),
        Some(v) => Err(invalid(
            "version",
            t!("import-newer-format", version = v, known = VERSION),
        )),
        None => Err(invalid("version", t!("import-no-version"))),
    }
}

/// Where the cases are.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CasesRead {
    /// Not met yet.
    No,
    /// Met before what they need (format, version, reasons): skipped, to
    /// be read in a second pass.
    Later,
    /// Read, and handed on.
    Done,
}

/// The file, read in one pass or two; what the passes found.
struct FileSeed<'s, S: Sink> {
    sink: &'s mut S,
    checker: Checker,
    /// Why reading stopped when it was not the JSON itself: kept whole
    /// while serde unwinds with a placeholder error.
    failed: Option<ReadError<S::Error>>,
    /// Whether format and version were checked.
    header: bool,
    anonymized: Option<bool>,
    reasons: Option<Vec<ReasonRecord>>,
    /// Whether the reasons were checked and handed on.
    reasons_given: bool,
    cases: CasesRead,
    meetings: Option<Vec<MeetingRecord>>,
    goals: Option<Vec<GoalRecord>>,
}

impl<S: Sink> FileSeed<'_, S> {
    /// Reads the file from where `reader` is; the first pass reads
    /// everything it can, the second only the cases.
    fn pass(&mut self, reader: &mut impl Read) -> Result<(), ReadError<S::Error>> {
        let mut de = serde_json::Deserializer::from_reader(reader);
        let read = (&mut *self).deserialize(&mut de).and_then(|()| de.end());
        read.map_err(|e| match self.failed.take() {
            Some(failed) => failed,
            None if e.is_io() => {
                let e = std::io::Error::from(e);
                match too_long(&e) {
                    Some(long) => {
                        ReadError::Invalid(invalid(&long.field, text::Problem::TooLong(long.bytes)))
                    }
                    None => ReadError::Io(e),
                }
            }
            None if e.is_data() => ReadError::Invalid(Invalid(e.to_string())),
            None => ReadError::Invalid(Invalid(t!("import-not-json", error = e.to_string()))),
        })
    }

    /// A check's outcome; a failure is kept, and serde stops.
    fn check<E: de::Error>(&mut self, checked: Result<(), Invalid>) -> Result<(), E> {
        checked.map_err(|invalid| self.stop(ReadError::Invalid(invalid)))
    }

    /// The sink's outcome; a failure is kept, and serde stops.
    fn give<E: de::Error>(&mut self, given: Result<(), S::Error>) -> Result<(), E> {
        given.map_err(|err| self.stop(ReadError::Sink(err)))
    }

    fn stop<E: de::Error>(&mut self, why: ReadError<S::Error>) -> E {
        self.failed = Some(why);
        E::custom("stopped")
    }

    /// Checks the reasons and hands them on: the cases may follow.
    fn give_reasons<E: de::Error>(&mut self, reasons: Vec<ReasonRecord>) -> Result<(), E> {
        let checked = self.checker.reasons(&reasons);
        self.check(checked)?;
        let given = self.sink.reasons(&reasons);
        self.give(given)?;
        self.reasons = Some(reasons);
        self.reasons_given = true;
        Ok(())
    }

    /// After the cases: checks the meetings and goals and hands them on.
    fn finish(self) -> Result<Export<()>, ReadError<S::Error>> {
        let FileSeed {
            sink,
            mut checker,
            anonymized,
            reasons,
            meetings,
            goals,
            ..
        } = self;
        let (Some(anonymized), Some(reasons), Some(meetings), Some(goals)) =
            (anonymized, reasons, meetings, goals)
        else {
            unreachable!("a pass that ends without a key fails")
        };
        checker.meetings(&meetings).map_err(ReadError::Invalid)?;
        checker.goals(&goals).map_err(ReadError::Invalid)?;
        sink.rest(&meetings, &goals).map_err(ReadError::Sink)?;
        Ok(Export {
            format: FORMAT.to_string(),
            version: VERSION,
            anonymized,
            reasons,
            cases: (),
            meetings,
            goals,
        })
    }

    /// The second pass: the cases, and nothing else.
    fn cases_pass<'de, A: MapAccess<'de>>(&mut self, mut map: A) -> Result<(), A::Error> {
        while let Some(key) = map.next_key::<String>()? {
            if key == "cases" && self.cases == CasesRead::Later {
                map.next_value_seed(CasesSeed(&mut *self))?;
                self.cases = CasesRead::Done;
            } else {
                map.next_value::<IgnoredAny>()?;
            }
        }
        Ok(())
    }
}

impl<'de, S: Sink> DeserializeSeed<'de> for &mut FileSeed<'_, S> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for &mut FileSeed<'_, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a spiegel export (a JSON object)")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        if self.cases == CasesRead::Later {
            return self.cases_pass(map);
        }
        let mut format: Option<serde_json::Value> = None;
        let mut version: Option<serde_json::Value> = None;
        // Whether the header comes after other keys: then it is checked at
        // the end, and so is everything that needs it.
        let mut late = false;
        // A key that is not ours, met before the format: another program's
        // JSON, said to be so if the format is wrong too.
        let mut unknown: Option<String> = None;
        while let Some(key) = map.next_key::<String>()? {
            let twice = |seen: bool| match seen {
                true => Err(de::Error::duplicate_field(
                    KEYS.iter().find(|k| **k == key).copied().unwrap_or("?"),
                )),
                false => Ok(()),
            };
            if let Some(slot) = match key.as_str() {
                "format" => Some(&mut format),
                "version" => Some(&mut version),
                _ => None,
            } {
                twice(slot.is_some())?;
                *slot = Some(map.next_value()?);
                continue;
            }
            if !self.header && !late {
                if format.is_some() && version.is_some() {
                    let checked = header(format.as_ref(), version.as_ref());
                    self.check(checked)?;
                    self.header = true;
                } else {
                    late = true;
                }
            }
            match key.as_str() {
                "anonymized" => {
                    twice(self.anonymized.is_some())?;
                    self.anonymized = Some(map.next_value()?);
                }
                "reasons" => {
                    twice(self.reasons.is_some())?;
                    let list: Vec<ReasonRecord> = map.next_value()?;
                    if self.header {
                        self.give_reasons(list)?;
                    } else {
                        self.reasons = Some(list);
                    }
                }
                "cases" => {
                    twice(self.cases != CasesRead::No)?;
                    if self.reasons_given {
                        map.next_value_seed(CasesSeed(&mut *self))?;
                        self.cases = CasesRead::Done;
                    } else {
                        map.next_value::<IgnoredAny>()?;
                        self.cases = CasesRead::Later;
                    }
                }
                "meetings" => {
                    twice(self.meetings.is_some())?;
                    self.meetings = Some(map.next_value()?);
                }
                "goals" => {
                    twice(self.goals.is_some())?;
                    self.goals = Some(map.next_value()?);
                }
                other => {
                    let ours = format.as_ref().and_then(|v| v.as_str()) == Some(FORMAT);
                    if self.header || ours {
                        return Err(de::Error::unknown_field(other, KEYS));
                    }
                    unknown.get_or_insert_with(|| other.to_string());
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        if !self.header {
            let checked = header(format.as_ref(), version.as_ref());
            self.check(checked)?;
            self.header = true;
        }
        if let Some(key) = unknown {
            return Err(de::Error::unknown_field(&key, KEYS));
        }
        if !self.reasons_given {
            let list = self
                .reasons
                .take()
                .ok_or_else(|| de::Error::missing_field("reasons"))?;
            self.give_reasons(list)?;
        }
        if self.anonymized.is_none() {
            return Err(de::Error::missing_field("anonymized"));
        }
        if self.cases == CasesRead::No {
            return Err(de::Error::missing_field("cases"));
        }
        if self.meetings.is_none() {
            return Err(de::Error::missing_field("meetings"));
        }
        if self.goals.is_none() {
            return Err(de::Error::missing_field("goals"));
        }
        Ok(())
    }
}

/// The list of cases, each checked and handed on as soon as it is read,
/// then dropped.
struct CasesSeed<'f, 's, S: Sink>(&'f mut FileSeed<'s, S>);

impl<'de, S: Sink> DeserializeSeed<'de> for CasesSeed<'_, '_, S> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de, S: Sink> Visitor<'de> for CasesSeed<'_, '_, S> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a list of cases")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        let file = self.0;
        while let Some(case) = seq.next_element::<CaseRecord>()? {
            let checked = file.checker.case(&case);
            file.check(checked)?;
            let given = file.sink.case(case);
            file.give(given)?;
        }
        Ok(())
    }
}

/// A step's number as text, to find it twice.
fn step_name(step: u8) -> &'static str {
    const NAMES: [&str; 8] = ["0", "1", "2", "3", "4", "5", "6", "7"];
    NAMES.get(usize::from(step)).copied().unwrap_or("?")
}

/// A strict calendar date: `YYYY-MM-DD`, and a real one.
pub fn valid_date(s: &str) -> bool {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok_and(|d| d.format("%Y-%m-%d").to_string() == s)
}

/// A timestamp exactly as the journal stores them: UTC, milliseconds.
pub fn valid_timestamp(s: &str) -> bool {
    DateTime::parse_from_rfc3339(s)
        .is_ok_and(|t| super::date::timestamp(t.with_timezone(&chrono::Utc)) == s)
}

/// A UUID in its canonical form (lower case, hyphenated), as a number.
fn parse_uuid(s: &str) -> Option<u128> {
    let u = uuid::Uuid::parse_str(s).ok()?;
    let mut canonical = [0u8; uuid::fmt::Hyphenated::LENGTH];
    (u.hyphenated().encode_lower(&mut canonical) == s).then(|| u.as_u128())
}

/// The UUIDs met so far, exactly, in little more than 16 bytes each: a
/// sorted list, and the latest few in a hash set until they are merged in.
#[derive(Default)]
struct UuidSet {
    sorted: Vec<u128>,
    recent: HashSet<u128>,
}

impl UuidSet {
    /// How many UUIDs wait in `recent` before they are merged.
    const RECENT: usize = 1 << 15;

    /// Whether `u` is new (and now known).
    fn insert(&mut self, u: u128) -> bool {
        if self.sorted.binary_search(&u).is_ok() || !self.recent.insert(u) {
            return false;
        }
        if self.recent.len() >= Self::RECENT {
            let mut new: Vec<u128> = self.recent.drain().collect();
            new.sort_unstable();
            // Merged from the back, in place; grown by what it needs only
            // (a big list grows without being copied).
            let (mut i, mut j) = (self.sorted.len(), new.len());
            self.sorted.reserve_exact(j);
            self.sorted.resize(i + j, 0);
            while j > 0 {
                let w = i + j - 1;
                if i > 0 && self.sorted[i - 1] > new[j - 1] {
                    self.sorted[w] = self.sorted[i - 1];
                    i -= 1;
                } else {
                    self.sorted[w] = new[j - 1];
                    j -= 1;
                }
            }
        }
        true
    }
}

/// The checks of one export, a part at a time, with the path of each
/// field; it keeps what is checked across parts: the UUIDs, the cases'
/// names and the reasons' codes.
#[derive(Default)]
struct Checker {
    uuids: UuidSet,
    codes: HashSet<String>,
    case_names: HashSet<String>,
    /// How many cases were checked.
    cases: usize,
    /// Today, for dates that may not lie in the future (read once).
    today: std::cell::OnceCell<NaiveDate>,
}

impl Checker {
    fn uuid(&mut self, at: &str, uuid: &str) -> Result<(), Invalid> {
        let Some(u) = parse_uuid(uuid) else {
            return Err(invalid(
                format!("{at}.uuid"),
                t!("import-not-uuid", value = format!("{uuid:?}")),
            ));
        };
        if !self.uuids.insert(u) {
            return Err(invalid(
                format!("{at}.uuid"),
                t!("import-twice", value = uuid),
            ));
        }
        Ok(())
    }

    fn stamps(&self, at: &str, created: &str, updated: &str) -> Result<(), Invalid> {
        for (field, value) in [("created_at", created), ("updated_at", updated)] {
            if !valid_timestamp(value) {
                return Err(invalid(
                    format!("{at}.{field}"),
                    t!("import-not-timestamp", value = format!("{value:?}")),
                ));
            }
        }
        self.stamps_in_order(at, created, updated)
    }
}

fn date(at: &str, field: &str, value: &str) -> Result<(), Invalid> {
    if valid_date(value) {
        Ok(())
    } else {
        Err(invalid(
            format!("{at}.{field}"),
            t!("import-not-date", value = format!("{value:?}")),
        ))
    }
}

/// The date rules of [`chronology`], the same as on the command line
/// (issue 10.3, 10.9, 10.17).
impl Checker {
    /// A valid date from 1900 on, and unless `future` is allowed not after today.
    fn day(&self, at: &str, field: &str, value: &str) -> Result<NaiveDate, Invalid> {
        date(at, field, value)?;
        let day: NaiveDate = value.parse().expect("a valid date");
        let today = *self.today.get_or_init(super::date::today);
        if !chronology::in_range(day) {
            Err(invalid(
                format!("{at}.{field}"),
                t!("import-too-early", value = value),
            ))
        } else if day > today {
            Err(invalid(
                format!("{at}.{field}"),
                t!("import-future", value = value),
            ))
        } else {
            Ok(day)
        }
    }

    fn stamps_in_order(&self, at: &str, created: &str, updated: &str) -> Result<(), Invalid> {
        let parse = |s: &str| {
            DateTime::parse_from_rfc3339(s)
                .expect("a valid timestamp")
                .to_utc()
        };
        let (c, u) = (parse(created), parse(updated));
        if !chronology::in_range(c.date_naive()) {
            return Err(invalid(
                format!("{at}.created_at"),
                t!("import-too-early", value = created),
            ));
        }
        if !chronology::stamps(c, u) {
            return Err(invalid(
                format!("{at}.updated_at"),
                t!(
                    "import-updated-before-created",
                    updated = updated,
                    created = created
                ),
            ));
        }
        Ok(())
    }
}

/// A date conflict at `at.field`, worded as on the command line.
fn conflict(at: &str, field: &str, checked: Result<(), Conflict>) -> Result<(), Invalid> {
    checked.map_err(|c| invalid(format!("{at}.{field}"), c.problem()))
}

fn code(at: &str, field: &str, value: &str, known: bool) -> Result<(), Invalid> {
    if known {
        Ok(())
    } else {
        Err(invalid(
            format!("{at}.{field}"),
            t!("import-unknown-code", value = format!("{value:?}")),
        ))
    }
}

fn name(at: &str, value: &str) -> Result<(), Invalid> {
    if value.trim().is_empty() || value.trim() != value {
        Err(invalid(format!("{at}.name"), t!("import-bad-name")))
    } else {
        checked(at, "name", value, text::name)
    }
}

/// A text checked by one of the journal's rules for text ([`text`]).
fn checked(
    at: &str,
    field: &str,
    value: &str,
    rule: fn(&str) -> Result<(), text::Problem>,
) -> Result<(), Invalid> {
    rule(value).map_err(|problem| invalid(format!("{at}.{field}"), problem))
}

/// A list that names nothing twice.
fn once<'a>(
    at: &str,
    field: &str,
    values: impl IntoIterator<Item = &'a str>,
) -> Result<(), Invalid> {
    let mut seen = HashSet::new();
    for (n, value) in values.into_iter().enumerate() {
        if !seen.insert(value) {
            return Err(invalid(
                format!("{at}.{field}[{n}]"),
                t!("import-twice", value = format!("{value:?}")),
            ));
        }
    }
    Ok(())
}

impl Checker {
    fn reasons(&mut self, reasons: &[ReasonRecord]) -> Result<(), Invalid> {
        for (i, r) in reasons.iter().enumerate() {
            let at = format!("reasons[{i}]");
            self.uuid(&at, &r.uuid)?;
            self.stamps(&at, &r.created_at, &r.updated_at)?;
            let valid_code = !r.code.is_empty()
                && !r.code.starts_with('-')
                && r.code
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
            code(&at, "code", &r.code, valid_code)?;
            if !self.codes.insert(r.code.clone()) {
                return Err(invalid(
                    format!("{at}.code"),
                    t!("import-twice", value = r.code.as_str()),
                ));
            }
            code(&at, "side", &r.side, Side::from_code(&r.side).is_some())?;
            if let Some(b) = builtin_reason(&r.uuid, &r.code) {
                for (field, file, here) in [
                    ("code", &r.code, b.code),
                    ("side", &r.side, b.side),
                    ("label_en", &r.label_en, b.label_en),
                    ("label_nl", &r.label_nl, b.label_nl),
                ] {
                    if file != here {
                        return Err(invalid(
                            format!("{at}.{field}"),
                            t!(
                                "import-builtin-changed",
                                code = b.code,
                                value = format!("{file:?}")
                            ),
                        ));
                    }
                }
            }
            for (field, label) in [("label_en", &r.label_en), ("label_nl", &r.label_nl)] {
                if label.trim().is_empty() {
                    return Err(invalid(format!("{at}.{field}"), t!("import-empty")));
                }
                checked(&at, field, label, text::name)?;
            }
            if let Some(bad) = r.usual_steps.iter().find(|s| Step::new(**s).is_err()) {
                return Err(invalid(
                    format!("{at}.usual_steps"),
                    t!("import-no-step", step = *bad),
                ));
            }
        }
        Ok(())
    }

    /// The next case of the file.
    fn case(&mut self, k: &CaseRecord) -> Result<(), Invalid> {
        let at = format!("cases[{}]", self.cases);
        self.cases += 1;
        self.uuid(&at, &k.uuid)?;
        self.stamps(&at, &k.created_at, &k.updated_at)?;
        name(&at, &k.name)?;
        if !self.case_names.insert(name_key(&k.name)) {
            return Err(invalid(
                format!("{at}.name"),
                t!("import-twice", value = format!("{:?}", k.name)),
            ));
        }
        if let Some(setting) = &k.setting {
            checked(&at, "setting", setting, text::line)?;
        }
        let opened = self.day(&at, "opened_on", &k.opened_on)?;
        let closed = match &k.closed_on {
            Some(d) => Some(self.day(&at, "closed_on", d)?),
            None => None,
        };
        if let Some(closed) = closed {
            conflict(&at, "closed_on", chronology::close(opened, None, closed))?;
        }
        if let Some(o) = &k.outcome {
            code(&at, "outcome", o, Outcome::from_code(o).is_some())?;
        }
        if k.closed_on.is_some() != k.outcome.is_some() {
            return Err(invalid(format!("{at}.outcome"), t!("import-closed-case")));
        }
        let mut other_names = HashSet::new();
        let mut others = HashSet::new();
        for (j, o) in k.others.iter().enumerate() {
            let at = format!("{at}.others[{j}]");
            self.uuid(&at, &o.uuid)?;
            self.stamps(&at, &o.created_at, &o.updated_at)?;
            name(&at, &o.name)?;
            if !other_names.insert(name_key(&o.name)) {
                return Err(invalid(
                    format!("{at}.name"),
                    t!("import-twice", value = format!("{:?}", o.name)),
                ));
            }
            code(&at, "role", &o.role, Role::from_code(&o.role).is_some())?;
            others.insert(o.uuid.as_str());
        }
        for (j, r) in k.reflections.iter().enumerate() {
            let at = format!("{at}.reflections[{j}]");
            self.uuid(&at, &r.uuid)?;
            self.stamps(&at, &r.created_at, &r.updated_at)?;
            let session = self.day(&at, "date", &r.date)?;
            conflict(&at, "date", chronology::session(session, opened, closed))?;
            code(
                &at,
                "medium",
                &r.medium,
                Medium::from_code(&r.medium).is_some(),
            )?;
            checked(&at, "note", &r.note, text::free)?;
            once(&at, "present", r.present.iter().map(String::as_str))?;
            once(&at, "resistance", r.resistance.iter().map(String::as_str))?;
            for (n, p) in r.present.iter().enumerate() {
                if !others.contains(p.as_str()) {
                    return Err(invalid(
                        format!("{at}.present[{n}]"),
                        t!("import-not-an-other", value = format!("{p:?}")),
                    ));
                }
            }
            for (n, x) in r.resistance.iter().enumerate() {
                code(
                    &at,
                    &format!("resistance[{n}]"),
                    x,
                    RESISTANCE_CODES.contains(&x.as_str()),
                )?;
            }
            for (n, s) in r.stalls.iter().enumerate() {
                let at = format!("{at}.stalls[{n}]");
                if Step::new(s.step).is_err() {
                    return Err(invalid(
                        format!("{at}.step"),
                        t!("import-no-step", step = s.step),
                    ));
                }
                if s.reasons.is_empty() {
                    return Err(invalid(
                        format!("{at}.reasons"),
                        t!("import-stall-without-reason"),
                    ));
                }
                once(&at, "reasons", s.reasons.iter().map(String::as_str))?;
                for (m, x) in s.reasons.iter().enumerate() {
                    if !self.codes.contains(x) {
                        return Err(invalid(
                            format!("{at}.reasons[{m}]"),
                            t!("import-unknown-reason", value = format!("{x:?}")),
                        ));
                    }
                }
            }
            once(&at, "stalls", r.stalls.iter().map(|s| step_name(s.step)))?;
            if let Some(q) = &r.question {
                let at = format!("{at}.question");
                self.uuid(&at, &q.uuid)?;
                self.stamps(&at, &q.created_at, &q.updated_at)?;
                if q.text.trim().is_empty() {
                    return Err(invalid(format!("{at}.text"), t!("import-empty")));
                }
                checked(&at, "text", &q.text, text::free)?;
                if let Some(answer) = &q.answer {
                    checked(&at, "answer", answer, text::free)?;
                }
                if let Some(d) = &q.answered_on {
                    let answered = self.day(&at, "answered_on", d)?;
                    conflict(&at, "answered_on", chronology::answer(session, answered))?;
                }
                match (&q.answer, &q.answered_on) {
                    (Some(_), None) => {
                        return Err(invalid(
                            format!("{at}.answered_on"),
                            t!("import-answer-date"),
                        ));
                    }
                    (None, Some(_)) => {
                        return Err(invalid(format!("{at}.answer"), t!("import-answer-date")));
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    fn meetings(&mut self, meetings: &[MeetingRecord]) -> Result<(), Invalid> {
        for (i, m) in meetings.iter().enumerate() {
            let at = format!("meetings[{i}]");
            self.uuid(&at, &m.uuid)?;
            self.stamps(&at, &m.created_at, &m.updated_at)?;
            self.day(&at, "held_on", &m.held_on)?;
            code(
                &at,
                "kind",
                &m.kind,
                MEETING_KINDS.contains(&m.kind.as_str()),
            )?;
            if let Some(with) = &m.with_whom {
                checked(&at, "with_whom", with, text::line)?;
            }
            checked(&at, "note", &m.note, text::free)?;
        }
        Ok(())
    }

    fn goals(&mut self, goals: &[GoalRecord]) -> Result<(), Invalid> {
        for (i, g) in goals.iter().enumerate() {
            let at = format!("goals[{i}]");
            self.uuid(&at, &g.uuid)?;
            self.stamps(&at, &g.created_at, &g.updated_at)?;
            let since = self.day(&at, "since", &g.since)?;
            checked(&at, "text", &g.text, text::free)?;
            if let Some(d) = &g.done_on {
                let done = self.day(&at, "done_on", d)?;
                conflict(&at, "done_on", chronology::goal_done(since, done))?;
            }
            if !self.codes.contains(&g.reason) {
                return Err(invalid(
                    format!("{at}.reason"),
                    t!("import-unknown-reason", value = format!("{:?}", g.reason)),
                ));
            }
        }
        Ok(())
    }
}

/// Replaces case names with C01, C02, … and other names with P01, P02, …
/// (in file order, so the same journal gives the same codes), and unless
/// `keep_notes` drops every free text: settings, notes, questions, the
/// meetings' participants and the goals' wording.
pub fn anonymize(e: &mut Export, keep_notes: bool) {
    let others = e.cases.iter().map(|c| c.others.len()).sum();
    let mut anonymizer = Anonymizer::new(e.cases.len(), others, keep_notes);
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
        }
    }

    /// The next case of the export, in file order.
    pub fn case(&mut self, case: &mut CaseRecord) {
        let (case_width, other_width) = (self.case_width, self.other_width);
        self.cases += 1;
        case.name = format!("C{:0case_width$}", self.cases);
        let fresh = &self.fresh;
        fresh.replace(&mut case.uuid);
        for other in &mut case.others {
            self.others += 1;
            other.name = format!("P{:0other_width$}", self.others);
            fresh.replace(&mut other.uuid);
        }
        for r in &mut case.reflections {
            fresh.replace(&mut r.uuid);
            r.present.iter_mut().for_each(|p| fresh.replace(p));
            if let Some(q) = &mut r.question {
                fresh.replace(&mut q.uuid);
            }
        }
        if !self.keep_notes {
            case.setting = None;
            for r in &mut case.reflections {
                r.note.clear();
                r.question = None;
            }
        }
    }

    /// All but the cases: the meetings and goals, and the mark.
    pub fn rest<C>(&self, e: &mut Export<C>) {
        for r in e.reasons.iter_mut().filter(|r| !r.builtin) {
            self.fresh.replace(&mut r.uuid);
        }
        for m in &mut e.meetings {
            self.fresh.replace(&mut m.uuid);
        }
        for g in &mut e.goals {
            self.fresh.replace(&mut g.uuid);
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

/// The reasons of an export by code, for lookups while rendering.
pub fn reasons_by_code<C>(e: &Export<C>) -> HashMap<&str, &ReasonRecord> {
    e.reasons.iter().map(|r| (r.code.as_str(), r)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn minimal() -> String {
        r#"{"format":"spiegel-export","version":1,"anonymized":false,
            "reasons":[],"cases":[],"meetings":[],"goals":[]}"#
            .to_string()
    }

    #[test]
    fn an_empty_export_parses() {
        assert!(parse(minimal().as_bytes()).unwrap().cases.is_empty());
    }

    #[test]
    fn the_wrong_format_or_version_is_named() {
        let e = parse(
            minimal()
                .replace("\"version\":1", "\"version\":2")
                .as_bytes(),
        )
        .unwrap_err();
        assert!(e.0.starts_with("version: format version 2"), "{e}");
        let e = parse(b"{\"format\":\"x\"}").unwrap_err();
        assert!(e.0.starts_with("format:"), "{e}");
    }

    #[test]
    fn truncated_json_says_where() {
        let text = minimal();
        let e = parse(&text.as_bytes()[..text.len() / 2]).unwrap_err();
        assert!(e.0.contains("line"), "{e}");
    }

    #[test]
    fn keys_in_any_order_are_read() {
        let stamp = "2026-03-01T10:00:00.000Z";
        let reason = format!(
            r#"{{"uuid":"0b0e5c1a-6f5e-4c1e-9a43-2f1d7c9e0a11","code":"own","side":"self",
                "label_en":"Own","label_nl":"Eigen","usual_steps":[0],"builtin":false,
                "retired":false,"created_at":"{stamp}","updated_at":"{stamp}"}}"#
        );
        let case = format!(
            r#"{{"uuid":"11111111-1111-4111-8111-111111111111","name":"A","setting":null,
                "cohabiting":null,"opened_on":"2026-01-01","closed_on":null,"outcome":null,
                "created_at":"{stamp}","updated_at":"{stamp}","others":[],"reflections":[
                {{"uuid":"22222222-2222-4222-8222-222222222222","date":"2026-03-01",
                  "medium":"video","present":[],"resistance":[],
                  "stalls":[{{"step":0,"reasons":["own"]}}],"completed":false,"note":"",
                  "question":null,"created_at":"{stamp}","updated_at":"{stamp}"}}]}}"#
        );
        let parts = [
            r#""format":"spiegel-export""#.to_string(),
            r#""version":1"#.to_string(),
            r#""anonymized":false"#.to_string(),
            format!(r#""reasons":[{reason}]"#),
            format!(r#""cases":[{case}]"#),
            r#""meetings":[]"#.to_string(),
            r#""goals":[]"#.to_string(),
        ];
        let expected = parse(format!("{{{}}}", parts.join(",")).as_bytes()).unwrap();
        assert_eq!(expected.cases.len(), 1);
        for order in [
            [4, 3, 2, 1, 0, 5, 6],
            [0, 1, 4, 3, 2, 6, 5],
            [6, 5, 4, 3, 2, 1, 0],
        ] {
            let text: Vec<&str> = order.iter().map(|&i| parts[i].as_str()).collect();
            let text = format!("{{{}}}", text.join(","));
            assert_eq!(parse(text.as_bytes()), Ok(expected.clone()), "{text}");
            // The cases' checks still know the reasons.
            let bad = text.replace(r#""reasons":["own"]"#, r#""reasons":["gone"]"#);
            let e = parse(bad.as_bytes()).unwrap_err();
            assert!(
                e.0.starts_with("cases[0].reflections[0].stalls[0].reasons[0]:"),
                "{e}"
            );
        }
        // A key twice is refused, and so is a key that is not ours.
        let twice = format!("{{{},{}}}", parts.join(","), parts[4]);
        assert!(
            parse(twice.as_bytes())
                .unwrap_err()
                .0
                .contains("duplicate field `cases`")
        );
        let extra = format!("{{{},\"extra\":1}}", parts.join(","));
        assert!(
            parse(extra.as_bytes())
                .unwrap_err()
                .0
                .contains("unknown field `extra`")
        );
        // Another program's JSON: not ours, wherever its keys are.
        let e = parse(br#"{"hello":1,"cases":[]}"#).unwrap_err();
        assert!(e.0.starts_with("format:"), "{e}");
    }

    #[test]
    fn the_uuid_set_knows_each_uuid_across_merges() {
        let mut set = UuidSet::default();
        let n = 3 * UuidSet::RECENT as u128 + 17;
        let u = |i: u128| i.wrapping_mul(0x9e37_79b9_7f4a_7c15_f39c_c060_5ced_c835);
        assert!((0..n).all(|i| set.insert(u(i))));
        assert!(set.sorted.windows(2).all(|w| w[0] < w[1]));
        assert!((0..n).step_by(997).all(|i| !set.insert(u(i))));
        assert!(set.insert(u(n)));
    }

    #[test]
    fn dates_and_timestamps_are_strict() {
        assert!(valid_date("2026-02-28"));
        assert!(!valid_date("2026-02-30"));
        assert!(!valid_date("2026-2-28"));
        assert!(valid_timestamp("2026-03-15T09:30:00.000Z"));
        assert!(!valid_timestamp("2026-03-15T09:30:00Z"));
        assert!(!valid_timestamp("2026-03-15T09:30:00.000+01:00"));
    }
}

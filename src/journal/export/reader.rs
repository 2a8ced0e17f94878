//! Reading an export file as a stream: each part checked ([`super::check`])
//! and handed to a [`Sink`] as soon as it is read.

use std::fmt;
use std::io::{Read, Seek, SeekFrom};

use serde::de::{self, DeserializeSeed, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

use super::check::Checker;
use super::invalid::{Invalid, Problem, invalid};
use super::records::{CaseRecord, Export, GoalRecord, MeetingRecord, ReasonRecord};
use super::{FORMAT, OLDEST_VERSION, VERSION};
use crate::journal::guard::{Guard, too_long};
use crate::journal::text;

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

/// How many bytes the guard looks at in one run.
const GUARDED: usize = 64 * 1024;

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
    mut reader: R,
    sink: &mut S,
) -> Result<Export<()>, ReadError<S::Error>> {
    let len = reader.seek(SeekFrom::End(0)).map_err(ReadError::Io)?;
    reader.rewind().map_err(ReadError::Io)?;
    // No text longer than the journal takes is ever held. The JSON parser
    // asks for one byte at a time: a buffer in front of the guard hands
    // them out, and the guard looks at each byte in runs of a buffer's
    // length, not once per call (a tenth of an import's time).
    let mut reader = std::io::BufReader::with_capacity(GUARDED, Guard::new(reader));
    let most = usize::try_from(len / BYTES_PER_UUID).unwrap_or(usize::MAX);
    let (read, checker) = read_once(&mut reader, sink, Checker::for_at_most(most));
    let Some(suspects) = checker.suspected() else {
        return read;
    };
    if matches!(read, Err(ReadError::Io(_) | ReadError::Sink(_))) {
        return read;
    }
    // Two UUIDs alike in their fingerprints: read again, keeping those
    // whole. The first problem of the file is the one said, as if every
    // UUID had been kept whole the first time.
    reader.rewind().map_err(ReadError::Io)?;
    match read_once(&mut reader, &mut CheckOnly, Checker::again(suspects)).0 {
        Ok(_) => read,
        Err(ReadError::Invalid(invalid)) => Err(ReadError::Invalid(invalid)),
        Err(ReadError::Io(e)) => Err(ReadError::Io(e)),
        Err(ReadError::Sink(never)) => match never {},
    }
}

/// Fewer bytes than any record with a UUID takes in a file (its UUID, its
/// two timestamps and their keys): a file holds at most its length by this
/// many UUIDs.
const BYTES_PER_UUID: u64 = 128;

/// Reads the file once (its cases twice if they come before what they
/// need) with `checker`; returns what was read, and the checker.
fn read_once<R: Read + Seek, S: Sink>(
    reader: &mut R,
    sink: &mut S,
    checker: Checker,
) -> (Result<Export<()>, ReadError<S::Error>>, Checker) {
    let mut file = FileSeed {
        sink,
        checker,
        failed: None,
        header: false,
        anonymized: None,
        reasons: None,
        reasons_given: false,
        cases: CasesRead::No,
        meetings: None,
        goals: None,
    };
    let read = file.pass(reader).and_then(|()| {
        if file.cases == CasesRead::Later {
            reader.rewind().map_err(ReadError::Io)?;
            file.pass(reader)?;
        }
        file.finish()
    });
    (read, file.checker)
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
        Err(ReadError::Io(e)) => Err(Invalid::NotJson(e.to_string())),
        Err(ReadError::Sink(never)) => match never {},
    }
}

/// Format and version, checked before anything else.
fn header(
    format: Option<&serde_json::Value>,
    version: Option<&serde_json::Value>,
) -> Result<(), Invalid> {
    if format.and_then(|v| v.as_str()) != Some(FORMAT) {
        return Err(invalid("format", Problem::NotFormat));
    }
    match version.and_then(|v| v.as_u64()) {
        Some(v) if (u64::from(OLDEST_VERSION)..=u64::from(VERSION)).contains(&v) => Ok(()),
        Some(v) => Err(invalid("version", Problem::NewerFormat(v))),
        None => Err(invalid("version", Problem::NoVersion)),
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
                    Some(long) => ReadError::Invalid(invalid(
                        &long.field,
                        Problem::Text(text::Problem::TooLong(long.bytes)),
                    )),
                    None => ReadError::Io(e),
                }
            }
            None if e.is_data() => ReadError::Invalid(Invalid::Shape(e.to_string())),
            None => ReadError::Invalid(Invalid::NotJson(e.to_string())),
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
    fn finish(&mut self) -> Result<Export<()>, ReadError<S::Error>> {
        let (Some(anonymized), Some(reasons), Some(meetings), Some(goals)) = (
            self.anonymized,
            self.reasons.take(),
            self.meetings.take(),
            self.goals.take(),
        ) else {
            unreachable!("a pass that ends without a key fails")
        };
        let checker = &mut self.checker;
        let sink = &mut *self.sink;
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

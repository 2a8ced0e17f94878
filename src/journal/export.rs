//! The export format: the whole journal (or part of it) as one JSON
//! document, lossless, keyed by UUIDs so that imports merge. Also the rules
//! an import file must meet, and anonymisation.
//!
//! Parsing and checking do no I/O, so that they can be fuzzed (`fuzz/`).

use std::collections::{HashMap, HashSet};
use std::fmt;

use chrono::{DateTime, NaiveDate};
use serde::{Deserialize, Serialize};

use super::{Medium, Outcome, Role, Side, Step, name_key};
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

/// Reads and checks an export file: well-formed JSON of the right format
/// and version, every value valid, every reference inside the file known.
pub fn parse(bytes: &[u8]) -> Result<Export, Invalid> {
    #[derive(Deserialize)]
    struct Header {
        format: Option<serde_json::Value>,
        version: Option<serde_json::Value>,
    }
    let header: Header = serde_json::from_slice(bytes)
        .map_err(|e| Invalid(t!("import-not-json", error = e.to_string())))?;
    if header.format.as_ref().and_then(|v| v.as_str()) != Some(FORMAT) {
        return Err(invalid("format", t!("import-not-format", format = FORMAT)));
    }
    match header.version.as_ref().and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(VERSION) => {}
        Some(v) => {
            return Err(invalid(
                "version",
                t!("import-newer-format", version = v, known = VERSION),
            ));
        }
        None => return Err(invalid("version", t!("import-no-version"))),
    }
    let export: Export = serde_json::from_slice(bytes).map_err(|e| Invalid(format!("{e}")))?;
    check(&export)?;
    Ok(export)
}

/// A strict calendar date: `YYYY-MM-DD`, and a real one.
pub fn valid_date(s: &str) -> bool {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").is_ok_and(|d| d.format("%Y-%m-%d").to_string() == s)
}

/// A timestamp exactly as the journal stores them: UTC, milliseconds.
pub fn valid_timestamp(s: &str) -> bool {
    DateTime::parse_from_rfc3339(s).is_ok_and(|t| {
        t.with_timezone(&chrono::Utc)
            .format("%Y-%m-%dT%H:%M:%S%.3fZ")
            .to_string()
            == s
    })
}

fn valid_uuid(s: &str) -> bool {
    uuid::Uuid::parse_str(s).is_ok_and(|u| u.hyphenated().to_string() == s)
}

/// Collects the checks of one export, with the path of each field.
struct Checker {
    uuids: HashSet<String>,
}

impl Checker {
    fn uuid(&mut self, at: &str, uuid: &str) -> Result<(), Invalid> {
        if !valid_uuid(uuid) {
            return Err(invalid(
                format!("{at}.uuid"),
                t!("import-not-uuid", value = format!("{uuid:?}")),
            ));
        }
        if !self.uuids.insert(uuid.to_string()) {
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
        Ok(())
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
        Ok(())
    }
}

fn check(e: &Export) -> Result<(), Invalid> {
    let mut c = Checker {
        uuids: HashSet::new(),
    };
    let mut codes = HashSet::new();
    for (i, r) in e.reasons.iter().enumerate() {
        let at = format!("reasons[{i}]");
        c.uuid(&at, &r.uuid)?;
        c.stamps(&at, &r.created_at, &r.updated_at)?;
        let valid_code = !r.code.is_empty()
            && !r.code.starts_with('-')
            && r.code
                .chars()
                .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-');
        code(&at, "code", &r.code, valid_code)?;
        if !codes.insert(r.code.clone()) {
            return Err(invalid(
                format!("{at}.code"),
                t!("import-twice", value = r.code.as_str()),
            ));
        }
        code(&at, "side", &r.side, Side::from_code(&r.side).is_some())?;
        for (field, label) in [("label_en", &r.label_en), ("label_nl", &r.label_nl)] {
            if label.trim().is_empty() {
                return Err(invalid(format!("{at}.{field}"), t!("import-empty")));
            }
        }
        if let Some(bad) = r.usual_steps.iter().find(|s| Step::new(**s).is_err()) {
            return Err(invalid(
                format!("{at}.usual_steps"),
                t!("import-no-step", step = *bad),
            ));
        }
    }
    let mut case_names = HashSet::new();
    for (i, k) in e.cases.iter().enumerate() {
        let at = format!("cases[{i}]");
        c.uuid(&at, &k.uuid)?;
        c.stamps(&at, &k.created_at, &k.updated_at)?;
        name(&at, &k.name)?;
        if !case_names.insert(name_key(&k.name)) {
            return Err(invalid(
                format!("{at}.name"),
                t!("import-twice", value = format!("{:?}", k.name)),
            ));
        }
        date(&at, "opened_on", &k.opened_on)?;
        if let Some(d) = &k.closed_on {
            date(&at, "closed_on", d)?;
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
            c.uuid(&at, &o.uuid)?;
            c.stamps(&at, &o.created_at, &o.updated_at)?;
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
            c.uuid(&at, &r.uuid)?;
            c.stamps(&at, &r.created_at, &r.updated_at)?;
            date(&at, "date", &r.date)?;
            code(
                &at,
                "medium",
                &r.medium,
                Medium::from_code(&r.medium).is_some(),
            )?;
            for (n, p) in r.present.iter().enumerate() {
                if !others.contains(p.as_str()) {
                    return Err(invalid(
                        format!("{at}.present[{n}]"),
                        t!("import-not-an-other", value = p.as_str()),
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
                for (m, x) in s.reasons.iter().enumerate() {
                    if !codes.contains(x) {
                        return Err(invalid(
                            format!("{at}.reasons[{m}]"),
                            t!("import-unknown-reason", value = format!("{x:?}")),
                        ));
                    }
                }
            }
            if let Some(q) = &r.question {
                let at = format!("{at}.question");
                c.uuid(&at, &q.uuid)?;
                c.stamps(&at, &q.created_at, &q.updated_at)?;
                if let Some(d) = &q.answered_on {
                    date(&at, "answered_on", d)?;
                }
            }
        }
    }
    for (i, m) in e.meetings.iter().enumerate() {
        let at = format!("meetings[{i}]");
        c.uuid(&at, &m.uuid)?;
        c.stamps(&at, &m.created_at, &m.updated_at)?;
        date(&at, "held_on", &m.held_on)?;
        code(
            &at,
            "kind",
            &m.kind,
            MEETING_KINDS.contains(&m.kind.as_str()),
        )?;
    }
    for (i, g) in e.goals.iter().enumerate() {
        let at = format!("goals[{i}]");
        c.uuid(&at, &g.uuid)?;
        c.stamps(&at, &g.created_at, &g.updated_at)?;
        date(&at, "since", &g.since)?;
        if let Some(d) = &g.done_on {
            date(&at, "done_on", d)?;
        }
        if !codes.contains(&g.reason) {
            return Err(invalid(
                format!("{at}.reason"),
                t!("import-unknown-reason", value = format!("{:?}", g.reason)),
            ));
        }
    }
    Ok(())
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
pub struct Anonymizer {
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
        for other in &mut case.others {
            self.others += 1;
            other.name = format!("P{:0other_width$}", self.others);
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
    fn dates_and_timestamps_are_strict() {
        assert!(valid_date("2026-02-28"));
        assert!(!valid_date("2026-02-30"));
        assert!(!valid_date("2026-2-28"));
        assert!(valid_timestamp("2026-03-15T09:30:00.000Z"));
        assert!(!valid_timestamp("2026-03-15T09:30:00Z"));
        assert!(!valid_timestamp("2026-03-15T09:30:00.000+01:00"));
    }
}

//! The rules an import file must meet, field by field, with the path of
//! each field: the same rules as on the command line.

use std::collections::HashSet;

use chrono::{DateTime, NaiveDate};

use super::invalid::{Invalid, Problem, invalid};
use super::records::{CaseRecord, GoalRecord, MeetingRecord, OtherRecord, ReasonRecord};
use super::uuids::{Suspects, Uuids, parse_uuid};
use super::{MEETING_KINDS, RESISTANCE_CODES};
use crate::journal::builtin::builtin_reason;
use crate::journal::chronology::{self, Conflict};
use crate::journal::step0::{self, Answer, InviteMedium, InvitedBy};
use crate::journal::{Medium, Outcome, Role, Side, Step, name_key, practitioner, text};

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
        .is_ok_and(|t| crate::journal::date::timestamp(t.with_timezone(&chrono::Utc)) == s)
}

/// The checks of one export, a part at a time, with the path of each
/// field; it keeps what is checked across parts: the UUIDs, the cases'
/// names and the reasons' codes.
#[derive(Default)]
pub(super) struct Checker {
    uuids: Uuids,
    codes: HashSet<String>,
    case_names: HashSet<(Option<String>, String)>,
    /// How many cases were checked.
    cases: usize,
    /// Today, for dates that may not lie in the future (read once).
    today: std::cell::OnceCell<NaiveDate>,
}

impl Checker {
    /// The checks of a file that holds at most `most` UUIDs.
    pub(super) fn for_at_most(most: usize) -> Checker {
        Checker {
            uuids: Uuids::for_at_most(most),
            ..Checker::default()
        }
    }

    /// The checks of a file read again for its suspected UUIDs.
    pub(super) fn again(suspects: Suspects) -> Checker {
        Checker {
            uuids: Uuids::again(suspects),
            ..Checker::default()
        }
    }

    /// After a first reading: the UUIDs that may have been met twice, if
    /// any (the file must then be read again with [`Checker::again`]).
    pub(super) fn suspected(self) -> Option<Suspects> {
        self.uuids.suspected()
    }

    fn uuid(&mut self, at: &str, uuid: &str) -> Result<(), Invalid> {
        let Some(u) = parse_uuid(uuid) else {
            return Err(invalid(
                format!("{at}.uuid"),
                Problem::NotUuid(format!("{uuid:?}")),
            ));
        };
        if !self.uuids.insert(u) {
            return Err(invalid(
                format!("{at}.uuid"),
                Problem::Twice(uuid.to_string()),
            ));
        }
        Ok(())
    }

    fn stamps(&self, at: &str, created: &str, updated: &str) -> Result<(), Invalid> {
        for (field, value) in [("created_at", created), ("updated_at", updated)] {
            if !valid_timestamp(value) {
                return Err(invalid(
                    format!("{at}.{field}"),
                    Problem::NotTimestamp(format!("{value:?}")),
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
            Problem::NotDate(format!("{value:?}")),
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
        let today = *self.today.get_or_init(crate::journal::date::today);
        if !chronology::in_range(day) {
            Err(invalid(
                format!("{at}.{field}"),
                Problem::TooEarly(value.to_string()),
            ))
        } else if day > today {
            Err(invalid(
                format!("{at}.{field}"),
                Problem::Future(value.to_string()),
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
                Problem::TooEarly(created.to_string()),
            ));
        }
        if !chronology::stamps(c, u) {
            return Err(invalid(
                format!("{at}.updated_at"),
                Problem::UpdatedBeforeCreated {
                    updated: updated.to_string(),
                    created: created.to_string(),
                },
            ));
        }
        Ok(())
    }
}

/// A date conflict at `at.field`, worded as on the command line.
fn conflict(at: &str, field: &str, checked: Result<(), Conflict>) -> Result<(), Invalid> {
    checked.map_err(|c| invalid(format!("{at}.{field}"), Problem::Dates(c)))
}

fn code(at: &str, field: &str, value: &str, known: bool) -> Result<(), Invalid> {
    if known {
        Ok(())
    } else {
        Err(invalid(
            format!("{at}.{field}"),
            Problem::UnknownCode(format!("{value:?}")),
        ))
    }
}

/// A record's practitioner code, if it has one (the rule of
/// [`practitioner::valid`]).
fn practitioner(at: &str, value: Option<&str>) -> Result<(), Invalid> {
    match value {
        Some(code) if !practitioner::valid(code) => Err(invalid(
            format!("{at}.practitioner"),
            Problem::BadPractitioner(format!("{code:?}")),
        )),
        _ => Ok(()),
    }
}

fn name(at: &str, value: &str) -> Result<(), Invalid> {
    if value.trim().is_empty() || value.trim() != value {
        Err(invalid(format!("{at}.name"), Problem::BadName))
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
    rule(value).map_err(|problem| invalid(format!("{at}.{field}"), Problem::Text(problem)))
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
                Problem::Twice(format!("{value:?}")),
            ));
        }
    }
    Ok(())
}

impl Checker {
    pub(super) fn reasons(&mut self, reasons: &[ReasonRecord]) -> Result<(), Invalid> {
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
                    Problem::Twice(r.code.clone()),
                ));
            }
            code(&at, "side", &r.side, Side::from_code(&r.side).is_some())?;
            if let Some(b) = builtin_reason(&r.uuid, &r.code) {
                // The Dutch label an older version gave it still matches.
                for (field, file, same) in [
                    ("code", &r.code, r.code == b.code),
                    ("side", &r.side, r.side == b.side),
                    ("label_en", &r.label_en, r.label_en == b.label_en),
                    ("label_nl", &r.label_nl, b.is_label_nl(&r.label_nl)),
                ] {
                    if !same {
                        return Err(invalid(
                            format!("{at}.{field}"),
                            Problem::BuiltinChanged {
                                code: b.code,
                                value: format!("{file:?}"),
                            },
                        ));
                    }
                }
            }
            for (field, label) in [("label_en", &r.label_en), ("label_nl", &r.label_nl)] {
                if label.trim().is_empty() {
                    return Err(invalid(format!("{at}.{field}"), Problem::Empty));
                }
                checked(&at, field, label, text::name)?;
            }
            if let Some(bad) = r.usual_steps.iter().find(|s| Step::new(**s).is_err()) {
                return Err(invalid(format!("{at}.usual_steps"), Problem::NoStep(*bad)));
            }
        }
        Ok(())
    }

    /// A significant other's path through step 0: when named, and each
    /// invitation, by the rules of the command line
    /// ([`crate::journal::step0`]).
    fn step0(
        &mut self,
        at: &str,
        o: &OtherRecord,
        opened: NaiveDate,
        closed: Option<NaiveDate>,
    ) -> Result<(), Invalid> {
        let named = match &o.named_on {
            Some(d) => {
                let named = self.day(at, "named_on", d)?;
                conflict(at, "named_on", step0::naming(opened, closed, named))?;
                Some(named)
            }
            None => None,
        };
        for (n, i) in o.invitations.iter().enumerate() {
            let at = format!("{at}.invitations[{n}]");
            self.uuid(&at, &i.uuid)?;
            self.stamps(&at, &i.created_at, &i.updated_at)?;
            let on = self.day(&at, "date", &i.date)?;
            conflict(&at, "date", step0::invitation(opened, closed, named, on))?;
            code(&at, "by", &i.by, InvitedBy::from_code(&i.by).is_some())?;
            if let Some(m) = &i.medium {
                code(&at, "medium", m, InviteMedium::from_code(m).is_some())?;
            }
            code(
                &at,
                "answer",
                &i.answer,
                Answer::from_code(&i.answer).is_some(),
            )?;
            if let Some(x) = &i.resistance {
                code(&at, "resistance", x, RESISTANCE_CODES.contains(&x.as_str()))?;
            }
            checked(&at, "note", &i.note, text::free)?;
        }
        Ok(())
    }

    /// The next case of the file.
    pub(super) fn case(&mut self, k: &CaseRecord) -> Result<(), Invalid> {
        let at = format!("cases[{}]", self.cases);
        self.cases += 1;
        self.uuid(&at, &k.uuid)?;
        self.stamps(&at, &k.created_at, &k.updated_at)?;
        name(&at, &k.name)?;
        practitioner(&at, k.practitioner.as_deref())?;
        // Unique per practitioner: a pooled C01 and one's own C01 differ.
        let key = (k.practitioner.clone(), name_key(&k.name));
        if !self.case_names.insert(key) {
            return Err(invalid(
                format!("{at}.name"),
                Problem::Twice(format!("{:?}", k.name)),
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
            return Err(invalid(format!("{at}.outcome"), Problem::ClosedCase));
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
                    Problem::Twice(format!("{:?}", o.name)),
                ));
            }
            code(&at, "role", &o.role, Role::from_code(&o.role).is_some())?;
            self.step0(&at, o, opened, closed)?;
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
            checked(&at, "went_well", &r.went_well, text::free)?;
            once(&at, "present", r.present.iter().map(String::as_str))?;
            once(&at, "resistance", r.resistance.iter().map(String::as_str))?;
            for (n, p) in r.present.iter().enumerate() {
                if !others.contains(p.as_str()) {
                    return Err(invalid(
                        format!("{at}.present[{n}]"),
                        Problem::NotAnOther(format!("{p:?}")),
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
                    return Err(invalid(format!("{at}.step"), Problem::NoStep(s.step)));
                }
                if s.reasons.is_empty() {
                    return Err(invalid(
                        format!("{at}.reasons"),
                        Problem::StallWithoutReason,
                    ));
                }
                once(&at, "reasons", s.reasons.iter().map(String::as_str))?;
                for (m, x) in s.reasons.iter().enumerate() {
                    if !self.codes.contains(x) {
                        return Err(invalid(
                            format!("{at}.reasons[{m}]"),
                            Problem::UnknownReason(format!("{x:?}")),
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
                    return Err(invalid(format!("{at}.text"), Problem::Empty));
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
                        return Err(invalid(format!("{at}.answered_on"), Problem::AnswerDate));
                    }
                    (None, Some(_)) => {
                        return Err(invalid(format!("{at}.answer"), Problem::AnswerDate));
                    }
                    _ => {}
                }
            }
        }
        Ok(())
    }

    pub(super) fn meetings(&mut self, meetings: &[MeetingRecord]) -> Result<(), Invalid> {
        for (i, m) in meetings.iter().enumerate() {
            let at = format!("meetings[{i}]");
            self.uuid(&at, &m.uuid)?;
            practitioner(&at, m.practitioner.as_deref())?;
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

    pub(super) fn goals(&mut self, goals: &[GoalRecord]) -> Result<(), Invalid> {
        for (i, g) in goals.iter().enumerate() {
            let at = format!("goals[{i}]");
            self.uuid(&at, &g.uuid)?;
            practitioner(&at, g.practitioner.as_deref())?;
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
                    Problem::UnknownReason(format!("{:?}", g.reason)),
                ));
            }
        }
        Ok(())
    }
}

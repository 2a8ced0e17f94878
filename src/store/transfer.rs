//! Export: the journal as an [`Export`], its cases read one at a time
//! (what an import writes is in `import.rs`).

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{Rows, Statement, params};

use super::Tx;
use crate::journal::export::{
    CaseRecord, Export, FORMAT, GoalRecord, InvitationRecord, MeetingRecord, OtherRecord,
    QuestionRecord, ReasonRecord, ReflectionRecord, StallRecord, VERSION,
};

/// The cases of an export, read one at a time (see [`Tx::export_cases`]).
pub struct CaseStream<'s> {
    rows: Rows<'s>,
    since: Option<&'s str>,
    /// Reason codes by id.
    reasons: HashMap<i64, String>,
    others: Statement<'s>,
    invitations: Statement<'s>,
    reflections: Statement<'s>,
    presence: Statement<'s>,
    resistance: Statement<'s>,
    stalls: Statement<'s>,
    questions: Statement<'s>,
}

impl CaseStream<'_> {
    /// The next case, with its others and reflections; `None` after the last.
    pub fn next_case(&mut self) -> Result<Option<CaseRecord>> {
        let Some(r) = self.rows.next()? else {
            return Ok(None);
        };
        let id: i64 = r.get(0)?;
        let mut case = CaseRecord {
            uuid: r.get(1)?,
            name: r.get(2)?,
            setting: r.get(3)?,
            cohabiting: r.get(4)?,
            opened_on: r.get(5)?,
            closed_on: r.get(6)?,
            outcome: r.get(7)?,
            created_at: r.get(8)?,
            updated_at: r.get(9)?,
            practitioner: r.get(10)?,
            others: Vec::new(),
            reflections: Vec::new(),
        };

        let mut other_uuids = HashMap::new();
        let mut rows = self.others.query([id])?;
        while let Some(r) = rows.next()? {
            let uuid: String = r.get(1)?;
            other_uuids.insert(r.get::<_, i64>(0)?, uuid.clone());
            case.others.push(OtherRecord {
                uuid,
                name: r.get(2)?,
                role: r.get(3)?,
                created_at: r.get(4)?,
                updated_at: r.get(5)?,
                named_on: r.get(6)?,
                invitations: Vec::new(),
            });
        }
        let mut rows = self.invitations.query([id])?;
        while let Some(r) = rows.next()? {
            let Some(uuid) = other_uuids.get(&r.get::<_, i64>(0)?) else {
                continue;
            };
            if let Some(o) = case.others.iter_mut().find(|o| &o.uuid == uuid) {
                o.invitations.push(InvitationRecord {
                    uuid: r.get(1)?,
                    date: r.get(2)?,
                    by: r.get(3)?,
                    medium: r.get(4)?,
                    answer: r.get(5)?,
                    resistance: r.get(6)?,
                    note: r.get(7)?,
                    created_at: r.get(8)?,
                    updated_at: r.get(9)?,
                });
            }
        }

        // Reflection id → its place in the case.
        let mut at = HashMap::new();
        let mut rows = self.reflections.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            at.insert(r.get::<_, i64>(0)?, case.reflections.len());
            case.reflections.push(ReflectionRecord {
                id: Some(r.get(0)?),
                uuid: r.get(1)?,
                date: r.get(2)?,
                medium: r.get(3)?,
                completed: r.get(4)?,
                note: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
                went_well: r.get(8)?,
                present: Vec::new(),
                resistance: Vec::new(),
                stalls: Vec::new(),
                question: None,
            });
        }
        if case.reflections.is_empty() {
            return Ok(Some(case));
        }
        let reflections = &mut case.reflections;

        let mut rows = self.presence.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                let other = other_uuids.get(&r.get::<_, i64>(1)?);
                reflections[i]
                    .present
                    .push(other.cloned().unwrap_or_default());
            }
        }
        let mut rows = self.resistance.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                reflections[i].resistance.push(r.get(1)?);
            }
        }
        let mut stalls: Vec<Vec<(u8, String)>> = vec![Vec::new(); reflections.len()];
        let mut rows = self.stalls.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?) {
                let code = self.reasons.get(&r.get::<_, i64>(2)?);
                stalls[i].push((r.get(1)?, code.cloned().unwrap_or_default()));
            }
        }
        let mut rows = self.questions.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            if let Some(&i) = at.get(&r.get::<_, i64>(0)?)
                && reflections[i].question.is_none()
            {
                reflections[i].question = Some(QuestionRecord {
                    uuid: r.get(1)?,
                    text: r.get(2)?,
                    answer: r.get(3)?,
                    answered_on: r.get(4)?,
                    created_at: r.get(5)?,
                    updated_at: r.get(6)?,
                    for_group: r.get(7)?,
                });
            }
        }

        for (r, mut pairs) in reflections.iter_mut().zip(stalls) {
            r.present.sort();
            pairs.sort();
            for (step, code) in pairs {
                match r.stalls.last_mut() {
                    Some(s) if s.step == step => s.reasons.push(code),
                    _ => r.stalls.push(StallRecord {
                        step,
                        reasons: vec![code],
                    }),
                }
            }
        }
        Ok(Some(case))
    }
}

/// The cases an export holds: all, or with a date (`?1`) those opened
/// since or with a reflection since. `c` is the case.
const EXPORTED_CASES: &str = "?1 IS NULL OR c.opened_on >= ?1
    OR EXISTS (SELECT 1 FROM reflection r WHERE r.case_id = c.id AND r.session_on >= ?1)";

/// The reflections of case `?1` an export holds: all, or with a date (`?2`)
/// those since. `r` is the reflection.
const EXPORTED_REFLECTIONS: &str = "r.case_id = ?1 AND (?2 IS NULL OR r.session_on >= ?2)";

impl Tx<'_> {
    /// An export without its cases (see [`Tx::export_cases`]): everything, or
    /// with `since` the meetings from that date on and the goals still open
    /// then.
    pub fn export_head(&self, since: Option<NaiveDate>) -> Result<Export<()>> {
        let since_text = since.map(|d| d.to_string());
        let mut stmt = self.tx.prepare(
            "SELECT uuid, code, side, label_en, label_nl, usual_steps, builtin, retired,
                    created_at, updated_at
             FROM reason ORDER BY created_at, uuid",
        )?;
        let reasons = stmt
            .query_map([], |r| {
                let steps: String = r.get(5)?;
                Ok(ReasonRecord {
                    uuid: r.get(0)?,
                    code: r.get(1)?,
                    side: r.get(2)?,
                    label_en: r.get(3)?,
                    label_nl: r.get(4)?,
                    usual_steps: steps
                        .split(',')
                        .filter_map(|s| s.parse::<u8>().ok())
                        .collect(),
                    builtin: r.get(6)?,
                    retired: r.get(7)?,
                    created_at: r.get(8)?,
                    updated_at: r.get(9)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.tx.prepare(
            "SELECT uuid, held_on, kind, with_whom, note, created_at, updated_at, practitioner
             FROM meeting
             WHERE ?1 IS NULL OR held_on >= ?1 ORDER BY held_on, created_at, uuid",
        )?;
        let meetings = stmt
            .query_map([&since_text], |r| {
                Ok(MeetingRecord {
                    uuid: r.get(0)?,
                    held_on: r.get(1)?,
                    kind: r.get(2)?,
                    with_whom: r.get(3)?,
                    note: r.get(4)?,
                    created_at: r.get(5)?,
                    updated_at: r.get(6)?,
                    practitioner: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.tx.prepare(
            "SELECT g.uuid, g.text, re.code, g.since, g.done_on, g.created_at, g.updated_at,
                    g.practitioner
             FROM goal g JOIN reason re ON re.id = g.reason_id
             WHERE ?1 IS NULL OR g.done_on IS NULL OR g.done_on >= ?1
             ORDER BY g.created_at, g.uuid",
        )?;
        let goals = stmt
            .query_map([&since_text], |r| {
                Ok(GoalRecord {
                    uuid: r.get(0)?,
                    text: r.get(1)?,
                    reason: r.get(2)?,
                    since: r.get(3)?,
                    done_on: r.get(4)?,
                    created_at: r.get(5)?,
                    updated_at: r.get(6)?,
                    practitioner: r.get(7)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        Ok(Export {
            format: FORMAT.to_string(),
            version: VERSION,
            anonymized: false,
            reasons,
            cases: (),
            meetings,
            goals,
        })
    }

    /// How many cases an export holds, and how many significant others
    /// those cases have in all (anonymisation numbers them).
    pub fn export_counts(&self, since: Option<NaiveDate>) -> Result<(usize, usize)> {
        let since_text = since.map(|d| d.to_string());
        let (cases, others): (i64, i64) = self.tx.query_row(
            &format!(
                "SELECT count(*),
                        coalesce(sum((SELECT count(*) FROM other o WHERE o.case_id = c.id)), 0)
                 FROM \"case\" c WHERE {EXPORTED_CASES}"
            ),
            [&since_text],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok((usize::try_from(cases)?, usize::try_from(others)?))
    }

    /// Calls `f` with the cases of an export (everything, or with `since`
    /// the reflections from that date on and their cases), to be read one
    /// at a time, in file order: an export of any size in little memory.
    pub fn export_cases<T>(
        &self,
        since: Option<NaiveDate>,
        f: impl FnOnce(&mut CaseStream<'_>) -> Result<T>,
    ) -> Result<T> {
        self.cases_where(EXPORTED_CASES, since, f)
    }

    /// [`Tx::export_cases`] of the cases `filter` (SQL on `c`, with the
    /// date as `?1`) picks.
    pub(super) fn cases_where<T>(
        &self,
        filter: &str,
        since: Option<NaiveDate>,
        f: impl FnOnce(&mut CaseStream<'_>) -> Result<T>,
    ) -> Result<T> {
        let since_text = since.map(|d| d.to_string());
        let reasons = self
            .tx
            .prepare("SELECT id, code FROM reason")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut cases = self.tx.prepare(&format!(
            "SELECT c.id, c.uuid, c.name, c.setting, c.cohabiting, c.opened_on, c.closed_on,
                    c.outcome, c.created_at, c.updated_at, c.practitioner
             FROM \"case\" c WHERE {filter}
             ORDER BY c.created_at, c.uuid"
        ))?;
        // Each reads what one case needs: a handful of queries per case,
        // not per reflection.
        let of_reflections = |columns: &str, joins: &str, order: &str| {
            self.tx.prepare(&format!(
                "SELECT {columns} FROM reflection r {joins}
                 WHERE {EXPORTED_REFLECTIONS} {order}"
            ))
        };
        let mut stream = CaseStream {
            rows: cases.query([&since_text])?,
            since: since_text.as_deref(),
            reasons,
            others: self.tx.prepare(
                "SELECT id, uuid, name, role, created_at, updated_at, named_on FROM other
                 WHERE case_id = ?1 ORDER BY created_at, uuid",
            )?,
            invitations: self.tx.prepare(
                "SELECT i.other_id, i.uuid, i.invited_on, i.invited_by, i.medium, i.answer,
                        i.resistance, i.note, i.created_at, i.updated_at
                 FROM other o JOIN invitation i ON i.other_id = o.id
                 WHERE o.case_id = ?1 ORDER BY i.invited_on, i.created_at, i.uuid",
            )?,
            reflections: of_reflections(
                "r.id, r.uuid, r.session_on, r.medium, r.completed, r.note, r.created_at,
                 r.updated_at, r.went_well",
                "",
                "ORDER BY r.session_on, r.created_at, r.uuid",
            )?,
            presence: of_reflections(
                "p.reflection_id, p.other_id",
                "JOIN presence p ON p.reflection_id = r.id",
                "",
            )?,
            resistance: of_reflections(
                "rr.reflection_id, rr.resistance",
                "JOIN reflection_resistance rr ON rr.reflection_id = r.id
                 JOIN resistance x ON x.code = rr.resistance",
                "ORDER BY x.position",
            )?,
            stalls: of_reflections(
                "s.reflection_id, s.step, s.reason_id",
                "JOIN stall s ON s.reflection_id = r.id",
                "",
            )?,
            questions: of_reflections(
                "q.reflection_id, q.uuid, q.text, q.answer, q.answered_on, q.created_at,
                 q.updated_at, q.for_group",
                "JOIN question q ON q.reflection_id = r.id",
                "",
            )?,
        };
        f(&mut stream)
    }
}

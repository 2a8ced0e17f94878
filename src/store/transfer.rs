//! Export and import: the journal as an [`Export`], and an export merged
//! back in by UUID (the newer side of a record changed on both wins).

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Rows, Statement, params};

use super::Tx;
use crate::journal::export::{
    CaseRecord, Export, FORMAT, GoalRecord, MeetingRecord, OtherRecord, QuestionRecord,
    ReasonRecord, ReflectionRecord, Sink, StallRecord, VERSION,
};
use crate::journal::name_key;
use crate::t;

/// What an import did (or, on a dry run, would do).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ImportSummary {
    /// New records, per kind ("case", "reflection", …).
    pub added: Vec<(&'static str, u64)>,
    /// Records the file had in a newer version.
    pub updated: Vec<(&'static str, u64)>,
    /// Records already the same.
    pub unchanged: u64,
    /// Records changed on both sides where this journal's is newer: (kind, what).
    pub kept_local: Vec<(&'static str, String)>,
    /// Names that were taken here: (kind, file's name, name given).
    pub renamed: Vec<(&'static str, String, String)>,
}

impl ImportSummary {
    fn count(list: &mut Vec<(&'static str, u64)>, kind: &'static str) {
        match list.iter_mut().find(|(k, _)| *k == kind) {
            Some((_, n)) => *n += 1,
            None => list.push((kind, 1)),
        }
    }
}

/// How a record of the file relates to the journal's.
enum Merge {
    New,
    /// Same UUID, the file's is newer: take it.
    Take(i64),
    /// Same UUID, same age.
    Same(i64),
    /// Same UUID, the journal's is newer: keep it.
    Keep(i64),
}

fn merge(local: Option<(i64, String)>, file_updated: &str) -> Merge {
    match local {
        None => Merge::New,
        Some((id, local_updated)) => match file_updated.cmp(local_updated.as_str()) {
            std::cmp::Ordering::Greater => Merge::Take(id),
            std::cmp::Ordering::Equal => Merge::Same(id),
            std::cmp::Ordering::Less => Merge::Keep(id),
        },
    }
}

fn steps_text(steps: &[u8]) -> String {
    steps
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

/// Writes the parts of an import file as they are read and checked, and
/// counts what it did; the caller commits, or on any error drops, the
/// transaction.
pub struct Importer<'t, 'c> {
    tx: &'t Tx<'c>,
    /// The file's reasons by code, with their ids here.
    reason_ids: HashMap<String, i64>,
    pub summary: ImportSummary,
}

impl Sink for Importer<'_, '_> {
    type Error = anyhow::Error;

    fn reasons(&mut self, reasons: &[ReasonRecord]) -> Result<()> {
        for r in reasons {
            let id = self.tx.import_reason(r, &mut self.summary)?;
            self.reason_ids.insert(r.code.clone(), id);
        }
        Ok(())
    }

    fn case(&mut self, case: CaseRecord) -> Result<()> {
        self.tx
            .import_case(&case, &self.reason_ids, &mut self.summary)
    }

    fn rest(&mut self, meetings: &[MeetingRecord], goals: &[GoalRecord]) -> Result<()> {
        for m in meetings {
            self.tx.import_meeting(m, &mut self.summary)?;
        }
        for g in goals {
            let reason = self.reason_ids[g.reason.as_str()];
            self.tx.import_goal(g, reason, &mut self.summary)?;
        }
        Ok(())
    }
}

/// The cases of an export, read one at a time (see [`Tx::export_cases`]).
pub struct CaseStream<'s> {
    rows: Rows<'s>,
    since: Option<&'s str>,
    /// Reason codes by id.
    reasons: HashMap<i64, String>,
    others: Statement<'s>,
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
            });
        }

        // Reflection id → its place in the case.
        let mut at = HashMap::new();
        let mut rows = self.reflections.query(params![id, self.since])?;
        while let Some(r) = rows.next()? {
            at.insert(r.get::<_, i64>(0)?, case.reflections.len());
            case.reflections.push(ReflectionRecord {
                uuid: r.get(1)?,
                date: r.get(2)?,
                medium: r.get(3)?,
                completed: r.get(4)?,
                note: r.get(5)?,
                created_at: r.get(6)?,
                updated_at: r.get(7)?,
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
            "SELECT uuid, held_on, kind, with_whom, note, created_at, updated_at FROM meeting
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
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.tx.prepare(
            "SELECT g.uuid, g.text, re.code, g.since, g.done_on, g.created_at, g.updated_at
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
        let since_text = since.map(|d| d.to_string());
        let reasons = self
            .tx
            .prepare("SELECT id, code FROM reason")?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut cases = self.tx.prepare(&format!(
            "SELECT c.id, c.uuid, c.name, c.setting, c.cohabiting, c.opened_on, c.closed_on,
                    c.outcome, c.created_at, c.updated_at
             FROM \"case\" c WHERE {EXPORTED_CASES}
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
                "SELECT id, uuid, name, role, created_at, updated_at FROM other
                 WHERE case_id = ?1 ORDER BY created_at, uuid",
            )?,
            reflections: of_reflections(
                "r.id, r.uuid, r.session_on, r.medium, r.completed, r.note, r.created_at,
                 r.updated_at",
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
                 q.updated_at",
                "JOIN question q ON q.reflection_id = r.id",
                "",
            )?,
        };
        f(&mut stream)
    }

    /// Merges an export into the journal by UUID, part by part as the
    /// file is read (see [`crate::journal::export::read`]).
    pub fn importer(&self) -> Importer<'_, '_> {
        Importer {
            tx: self,
            reason_ids: HashMap::new(),
            summary: ImportSummary::default(),
        }
    }

    fn local(&self, table: &str, uuid: &str) -> Result<Option<(i64, String)>> {
        Ok(self
            .tx
            .prepare_cached(&format!(
                "SELECT id, updated_at FROM \"{table}\" WHERE uuid = ?1"
            ))?
            .query_row([uuid], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?)
    }

    fn import_reason(&self, r: &ReasonRecord, sum: &mut ImportSummary) -> Result<i64> {
        // The same code is the same reason, even when two journals each
        // added it: a pooled journal must not hold two `rushed-the-ending`.
        let local = match self.local("reason", &r.uuid)? {
            Some(found) => Some(found),
            None => self
                .tx
                .prepare_cached("SELECT id, updated_at FROM reason WHERE code = ?1")?
                .query_row([&r.code], |row| Ok((row.get(0)?, row.get(1)?)))
                .optional()?,
        };
        match merge(local, &r.updated_at) {
            Merge::New => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps,
                                             builtin, retired, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, ?7, ?8, ?9)",
                    )?
                    .execute(params![
                        r.uuid,
                        r.code,
                        r.side,
                        r.label_en,
                        r.label_nl,
                        steps_text(&r.usual_steps),
                        r.retired,
                        r.created_at,
                        r.updated_at
                    ])
                    .with_context(|| t!("io-import-reason", code = r.code.as_str()))?;
                ImportSummary::count(&mut sum.added, "reason");
                Ok(self.tx.last_insert_rowid())
            }
            Merge::Take(id) => {
                // A built-in reason keeps its wording; only retiring is the user's.
                self.tx
                    .prepare_cached(
                        "UPDATE reason SET
                            side = CASE WHEN builtin THEN side ELSE ?2 END,
                            label_en = CASE WHEN builtin THEN label_en ELSE ?3 END,
                            label_nl = CASE WHEN builtin THEN label_nl ELSE ?4 END,
                            usual_steps = CASE WHEN builtin THEN usual_steps ELSE ?5 END,
                            retired = ?6, updated_at = ?7
                         WHERE id = ?1",
                    )?
                    .execute(params![
                        id,
                        r.side,
                        r.label_en,
                        r.label_nl,
                        steps_text(&r.usual_steps),
                        r.retired,
                        r.updated_at
                    ])?;
                ImportSummary::count(&mut sum.updated, "reason");
                Ok(id)
            }
            Merge::Same(id) => {
                sum.unchanged += 1;
                Ok(id)
            }
            Merge::Keep(id) => {
                sum.kept_local.push(("reason", r.code.clone()));
                Ok(id)
            }
        }
    }

    /// `name`, or `name (2)`, `name (3)`, … whichever is free in `taken`.
    fn free_name(&self, name: &str, taken: impl Fn(&str) -> Result<bool>) -> Result<String> {
        if !taken(&name_key(name))? {
            return Ok(name.to_string());
        }
        for n in 2.. {
            let candidate = format!("{name} ({n})");
            if !taken(&name_key(&candidate))? {
                return Ok(candidate);
            }
        }
        unreachable!("some number is free")
    }

    fn import_case(
        &self,
        c: &CaseRecord,
        reasons: &HashMap<String, i64>,
        sum: &mut ImportSummary,
    ) -> Result<()> {
        let local = self.local("case", &c.uuid)?;
        let own_id = local.as_ref().map(|(id, _)| *id).unwrap_or(-1);
        let name_taken = |key: &str| -> Result<bool> {
            Ok(self
                .tx
                .prepare_cached(
                    "SELECT EXISTS (SELECT 1 FROM \"case\" WHERE name_key = ?1 AND id <> ?2)",
                )?
                .query_row(params![key, own_id], |r| r.get(0))?)
        };
        let case_id = match merge(local, &c.updated_at) {
            Merge::New | Merge::Take(_) => {
                let name = self.free_name(&c.name, name_taken)?;
                if name != c.name {
                    sum.renamed.push(("case", c.name.clone(), name.clone()));
                }
                self.tx
                    .prepare_cached(
                        "INSERT INTO \"case\" (uuid, name, name_key, setting, cohabiting, opened_on,
                                               closed_on, outcome, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
                         ON CONFLICT (uuid) DO UPDATE SET
                            name = excluded.name, name_key = excluded.name_key,
                            setting = excluded.setting, cohabiting = excluded.cohabiting,
                            opened_on = excluded.opened_on, closed_on = excluded.closed_on,
                            outcome = excluded.outcome, created_at = excluded.created_at,
                            updated_at = excluded.updated_at",
                    )?
                    .execute(params![
                        c.uuid,
                        name,
                        name_key(&name),
                        c.setting,
                        c.cohabiting,
                        c.opened_on,
                        c.closed_on,
                        c.outcome,
                        c.created_at,
                        c.updated_at
                    ])
                    .with_context(|| t!("io-import-case", name = c.name.as_str()))?;
                // A new row's id; an updated one keeps its own.
                if own_id < 0 {
                    ImportSummary::count(&mut sum.added, "case");
                    self.tx.last_insert_rowid()
                } else {
                    ImportSummary::count(&mut sum.updated, "case");
                    own_id
                }
            }
            Merge::Same(id) => {
                sum.unchanged += 1;
                id
            }
            Merge::Keep(id) => {
                sum.kept_local.push(("case", c.name.clone()));
                id
            }
        };

        let mut other_ids: HashMap<&str, i64> = HashMap::new();
        for o in &c.others {
            let local = self.local("other", &o.uuid)?;
            let own = local.as_ref().map(|(id, _)| *id).unwrap_or(-1);
            let id = match merge(local, &o.updated_at) {
                Merge::New | Merge::Take(_) => {
                    let name = self.free_name(&o.name, |key| {
                        Ok(self
                            .tx
                            .prepare_cached(
                                "SELECT EXISTS (SELECT 1 FROM other
                                 WHERE case_id = ?1 AND name_key = ?2 AND id <> ?3)",
                            )?
                            .query_row(params![case_id, key, own], |r| r.get(0))?)
                    })?;
                    if name != o.name {
                        sum.renamed.push(("other", o.name.clone(), name.clone()));
                    }
                    self.tx
                        .prepare_cached(
                            "INSERT INTO other (uuid, case_id, name, name_key, role, created_at, updated_at)
                             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                             ON CONFLICT (uuid) DO UPDATE SET
                                case_id = excluded.case_id, name = excluded.name,
                                name_key = excluded.name_key, role = excluded.role,
                                created_at = excluded.created_at, updated_at = excluded.updated_at",
                        )?
                        .execute(params![
                            o.uuid,
                            case_id,
                            name,
                            name_key(&name),
                            o.role,
                            o.created_at,
                            o.updated_at
                        ])
                        .with_context(|| t!("io-import-other", name = o.name.as_str()))?;
                    if own < 0 {
                        ImportSummary::count(&mut sum.added, "other");
                        self.tx.last_insert_rowid()
                    } else {
                        ImportSummary::count(&mut sum.updated, "other");
                        own
                    }
                }
                Merge::Same(id) => {
                    sum.unchanged += 1;
                    id
                }
                Merge::Keep(id) => {
                    sum.kept_local.push(("other", o.name.clone()));
                    id
                }
            };
            other_ids.insert(o.uuid.as_str(), id);
        }

        for r in &c.reflections {
            let local = self.local("reflection", &r.uuid)?;
            let new = local.is_none();
            match merge(local, &r.updated_at) {
                merge @ (Merge::New | Merge::Take(_)) => {
                    let existing = match merge {
                        Merge::Take(id) => Some(id),
                        _ => None,
                    };
                    self.import_reflection(case_id, existing, r, &other_ids, reasons)?;
                    if new {
                        ImportSummary::count(&mut sum.added, "reflection");
                    } else {
                        ImportSummary::count(&mut sum.updated, "reflection");
                    }
                }
                Merge::Same(_) => sum.unchanged += 1,
                Merge::Keep(_) => sum
                    .kept_local
                    .push(("reflection", format!("{} {}", c.name, r.date))),
            }
        }
        Ok(())
    }

    /// Writes a reflection and replaces its children with the file's;
    /// `existing` is its id when the journal has it already.
    fn import_reflection(
        &self,
        case_id: i64,
        existing: Option<i64>,
        r: &ReflectionRecord,
        others: &HashMap<&str, i64>,
        reasons: &HashMap<String, i64>,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO reflection (uuid, case_id, session_on, medium, completed, note,
                                         created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (uuid) DO UPDATE SET
                    case_id = excluded.case_id, session_on = excluded.session_on,
                    medium = excluded.medium, completed = excluded.completed,
                    note = excluded.note, created_at = excluded.created_at,
                    updated_at = excluded.updated_at",
            )?
            .execute(params![
                r.uuid,
                case_id,
                r.date,
                r.medium,
                r.completed,
                r.note,
                r.created_at,
                r.updated_at
            ])
            .with_context(|| t!("io-import-reflection"))?;
        // Taken at once, before any other statement could change it.
        let inserted = self.tx.last_insert_rowid();
        let present: Vec<i64> = r.present.iter().map(|u| others[u.as_str()]).collect();
        let mut stalls = Vec::new();
        for s in &r.stalls {
            for code in &s.reasons {
                stalls.push((crate::journal::Step::new(s.step)?, reasons[code.as_str()]));
            }
        }
        // A new reflection has nothing to replace: its children are only
        // added (most of an import into a new journal).
        let id = match existing {
            Some(id) => {
                self.set_presence(id, &present)?;
                self.set_resistance(id, &r.resistance)?;
                self.set_stalls(id, &stalls)?;
                self.tx
                    .prepare_cached("DELETE FROM question WHERE reflection_id = ?1")?
                    .execute([id])?;
                id
            }
            None => {
                let id = inserted;
                self.add_presence(id, &present)?;
                self.add_resistance(id, &r.resistance)?;
                self.add_stalls(id, &stalls)?;
                id
            }
        };
        if let Some(q) = &r.question {
            self.tx
                .prepare_cached(
                    "INSERT INTO question (uuid, reflection_id, text, answer, answered_on,
                                           created_at, updated_at)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                     ON CONFLICT (uuid) DO UPDATE SET
                        reflection_id = excluded.reflection_id, text = excluded.text,
                        answer = excluded.answer, answered_on = excluded.answered_on,
                        created_at = excluded.created_at, updated_at = excluded.updated_at",
                )?
                .execute(params![
                    q.uuid,
                    id,
                    q.text,
                    q.answer,
                    q.answered_on,
                    q.created_at,
                    q.updated_at
                ])
                .with_context(|| t!("io-import-question"))?;
        }
        Ok(())
    }

    fn import_meeting(&self, m: &MeetingRecord, sum: &mut ImportSummary) -> Result<()> {
        let local = self.local("meeting", &m.uuid)?;
        let new = local.is_none();
        match merge(local, &m.updated_at) {
            Merge::New | Merge::Take(_) => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                         ON CONFLICT (uuid) DO UPDATE SET
                            held_on = excluded.held_on, kind = excluded.kind,
                            with_whom = excluded.with_whom, note = excluded.note,
                            created_at = excluded.created_at, updated_at = excluded.updated_at",
                    )?
                    .execute(params![
                        m.uuid,
                        m.held_on,
                        m.kind,
                        m.with_whom,
                        m.note,
                        m.created_at,
                        m.updated_at
                    ])
                    .with_context(|| t!("io-import-meeting"))?;
                let kind = if new {
                    &mut sum.added
                } else {
                    &mut sum.updated
                };
                ImportSummary::count(kind, "meeting");
            }
            Merge::Same(_) => sum.unchanged += 1,
            Merge::Keep(_) => sum.kept_local.push(("meeting", m.held_on.clone())),
        }
        Ok(())
    }

    fn import_goal(&self, g: &GoalRecord, reason_id: i64, sum: &mut ImportSummary) -> Result<()> {
        let local = self.local("goal", &g.uuid)?;
        let new = local.is_none();
        match merge(local, &g.updated_at) {
            Merge::New | Merge::Take(_) => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO goal (uuid, text, reason_id, since, done_on, created_at, updated_at)
                         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                         ON CONFLICT (uuid) DO UPDATE SET
                            text = excluded.text, reason_id = excluded.reason_id,
                            since = excluded.since, done_on = excluded.done_on,
                            created_at = excluded.created_at, updated_at = excluded.updated_at",
                    )?
                    .execute(params![
                        g.uuid,
                        g.text,
                        reason_id,
                        g.since,
                        g.done_on,
                        g.created_at,
                        g.updated_at
                    ])
                    .with_context(|| t!("io-import-goal"))?;
                let kind = if new {
                    &mut sum.added
                } else {
                    &mut sum.updated
                };
                ImportSummary::count(kind, "goal");
            }
            Merge::Same(_) => sum.unchanged += 1,
            Merge::Keep(_) => sum.kept_local.push(("goal", g.since.clone())),
        }
        Ok(())
    }
}

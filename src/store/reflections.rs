//! Reflections with what hangs from them (presence, resistance, stalls,
//! the question on a reflection), and the filter that selects them.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, ToSql, params};

use super::Tx;
use super::codec::{get_timestamp, new_uuid, now};
use super::failure::Failure;
use crate::journal::{
    CaseId, Medium, OtherId, ReasonId, Reflection, ReflectionFilter, ReflectionId, Step,
    chronology::{self, Conflict},
};

/// The fields of a reflection row itself (its children are set separately).
pub struct ReflectionFields<'a> {
    pub case_id: CaseId,
    pub date: NaiveDate,
    pub medium: Medium,
    pub completed: bool,
    pub note: &'a str,
    pub went_well: &'a str,
}

impl Tx<'_> {
    // ---- reflections ------------------------------------------------------

    pub fn insert_reflection(&self, fields: &ReflectionFields) -> Result<ReflectionId> {
        self.tx
            .prepare_cached(
                "INSERT INTO reflection (uuid, case_id, session_on, medium, completed, note, went_well,
                                         created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?8, ?7, ?7)",
            )?
            .execute(params![
                new_uuid(),
                fields.case_id,
                fields.date,
                fields.medium,
                fields.completed,
                fields.note,
                now(),
                fields.went_well
            ])
            .with_context(|| Failure::AddReflection)?;
        Ok(self.tx.last_insert_rowid().into())
    }

    pub fn update_reflection(&self, id: ReflectionId, fields: &ReflectionFields) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE reflection SET case_id = ?2, session_on = ?3, medium = ?4, completed = ?5,
                        note = ?6, updated_at = ?7, went_well = ?8
                 WHERE id = ?1",
            )?
            .execute(params![
                id,
                fields.case_id,
                fields.date,
                fields.medium,
                fields.completed,
                fields.note,
                now(),
                fields.went_well
            ])
            .with_context(|| Failure::ChangeReflection)?;
        Ok(())
    }

    pub fn set_presence(&self, reflection_id: ReflectionId, other_ids: &[OtherId]) -> Result<()> {
        self.clear_children("presence", reflection_id)?;
        self.add_presence(reflection_id, other_ids)
    }

    /// [`Tx::set_presence`] of a reflection that has none yet.
    pub(super) fn add_presence(
        &self,
        reflection_id: ReflectionId,
        other_ids: &[OtherId],
    ) -> Result<()> {
        self.add_links(
            "INSERT OR IGNORE INTO presence (reflection_id, other_id) VALUES (?1, ?2)",
            reflection_id,
            other_ids,
        )
    }

    pub fn set_resistance(&self, reflection_id: ReflectionId, codes: &[String]) -> Result<()> {
        self.clear_children("reflection_resistance", reflection_id)?;
        self.add_resistance(reflection_id, codes)
    }

    /// [`Tx::set_resistance`] of a reflection that has none yet.
    pub(super) fn add_resistance(
        &self,
        reflection_id: ReflectionId,
        codes: &[String],
    ) -> Result<()> {
        self.add_links(
            "INSERT OR IGNORE INTO reflection_resistance (reflection_id, resistance) VALUES (?1, ?2)",
            reflection_id,
            codes,
        )
    }

    /// Runs `insert` (`?1` the reflection, `?2` a value) once per value.
    fn add_links<T: rusqlite::ToSql>(
        &self,
        insert: &str,
        reflection_id: ReflectionId,
        values: &[T],
    ) -> Result<()> {
        let mut insert = self.tx.prepare_cached(insert)?;
        for value in values {
            insert.execute(params![reflection_id, value])?;
        }
        Ok(())
    }

    /// Replaces the stalls: one `(step, reason id)` pair per reason.
    pub fn set_stalls(
        &self,
        reflection_id: ReflectionId,
        stalls: &[(Step, ReasonId)],
    ) -> Result<()> {
        self.clear_children("stall", reflection_id)?;
        self.add_stalls(reflection_id, stalls)
    }

    /// Deletes the rows of `table` (presence, resistance reactions, stalls)
    /// that belong to a reflection, before its new ones are added.
    fn clear_children(&self, table: &'static str, reflection_id: ReflectionId) -> Result<()> {
        self.tx
            .prepare_cached(&format!("DELETE FROM {table} WHERE reflection_id = ?1"))?
            .execute([reflection_id])?;
        Ok(())
    }

    /// [`Tx::set_stalls`] of a reflection that has none yet.
    pub(super) fn add_stalls(
        &self,
        reflection_id: ReflectionId,
        stalls: &[(Step, ReasonId)],
    ) -> Result<()> {
        let mut insert = self.tx.prepare_cached(
            "INSERT OR IGNORE INTO stall (reflection_id, step, reason_id) VALUES (?1, ?2, ?3)",
        )?;
        for (step, reason) in stalls {
            insert.execute(params![reflection_id, step, reason])?;
        }
        Ok(())
    }

    /// Sets, replaces (keeping an answer) or, with `None`, removes the
    /// question; `for_group` marks it as asked of the peer-supervision
    /// group or not (`None`: a new one is not, a replaced one keeps its
    /// mark).
    pub fn set_question(
        &self,
        reflection_id: ReflectionId,
        text: Option<&str>,
        for_group: Option<bool>,
    ) -> Result<()> {
        match text {
            None => {
                self.tx
                    .prepare_cached("DELETE FROM question WHERE reflection_id = ?1")?
                    .execute([reflection_id])?;
            }
            Some(text) => {
                self.tx
                    .prepare_cached(
                        "INSERT INTO question (uuid, reflection_id, text, created_at, updated_at,
                                               for_group)
                         VALUES (?1, ?2, ?3, ?4, ?4, coalesce(?5, 0))
                         ON CONFLICT (reflection_id) DO UPDATE
                         SET text = excluded.text, updated_at = excluded.updated_at,
                             for_group = coalesce(?5, for_group)
                         WHERE text <> excluded.text OR for_group <> coalesce(?5, for_group)",
                    )?
                    .execute(params![new_uuid(), reflection_id, text, now(), for_group])?;
            }
        }
        Ok(())
    }

    pub fn delete_reflection(&self, id: ReflectionId) -> Result<bool> {
        let n = self
            .tx
            .prepare_cached("DELETE FROM reflection WHERE id = ?1")?
            .execute([id])
            .with_context(|| Failure::DeleteReflection)?;
        Ok(n > 0)
    }

    pub fn reflection(&self, id: ReflectionId) -> Result<Option<Reflection>> {
        let sql = format!("{REFLECTION_SELECT} WHERE r.id = ?1");
        let base = self
            .tx
            .prepare_cached(&sql)?
            .query_row([id], reflection_from_row)
            .optional()?;
        base.map(|r| self.fill(r)).transpose()
    }

    /// Reflections matching `filter`, newest first.
    pub fn reflections(&self, filter: &ReflectionFilter) -> Result<Vec<Reflection>> {
        self.reflections_ordered(filter, "r.session_on DESC, r.id DESC")
    }

    /// The reflections of one case, oldest first.
    /// A case with a session outside its dates, as the case's name and the
    /// dates' conflict: what a merge (import) must not leave behind, as
    /// each record it takes is checked on its own.
    pub fn sessions_outside_their_case(&self) -> Result<Option<(String, Conflict)>> {
        let found: Option<(String, NaiveDate, Option<NaiveDate>, NaiveDate, NaiveDate)> = self
            .tx
            .query_row(
                "SELECT c.name, c.opened_on, c.closed_on, min(r.session_on), max(r.session_on)
                 FROM \"case\" c JOIN reflection r ON r.case_id = c.id
                 GROUP BY c.id
                 HAVING min(r.session_on) < c.opened_on OR max(r.session_on) > c.closed_on
                 LIMIT 1",
                [],
                |row| {
                    Ok((
                        row.get(0)?,
                        row.get(1)?,
                        row.get(2)?,
                        row.get(3)?,
                        row.get(4)?,
                    ))
                },
            )
            .optional()?;
        Ok(found.and_then(|(name, opened, closed, first, last)| {
            let conflict = chronology::session(first, opened, closed)
                .and(chronology::session(last, opened, closed))
                .err()?;
            Some((name, conflict))
        }))
    }

    /// The dates of a case's first and latest session, if it has any.
    pub fn session_span(&self, case_id: CaseId) -> Result<Option<(NaiveDate, NaiveDate)>> {
        let (first, last): (Option<NaiveDate>, Option<NaiveDate>) = self
            .tx
            .prepare_cached(
                "SELECT min(session_on), max(session_on) FROM reflection WHERE case_id = ?1",
            )?
            .query_row([case_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        Ok(first.zip(last))
    }

    pub fn timeline(&self, case_id: CaseId) -> Result<Vec<Reflection>> {
        let filter = ReflectionFilter {
            case_id: Some(case_id),
            ..ReflectionFilter::default()
        };
        self.reflections_ordered(&filter, "r.session_on, r.id")
    }

    fn reflections_ordered(
        &self,
        filter: &ReflectionFilter,
        order: &str,
    ) -> Result<Vec<Reflection>> {
        let mut all = Vec::new();
        self.each_reflection_ordered(filter, order, |r| {
            all.push(r);
            Ok(())
        })?;
        Ok(all)
    }

    /// Calls `each` with every reflection matching `filter`, newest first,
    /// holding only a few in memory at a time.
    pub fn each_reflection(
        &self,
        filter: &ReflectionFilter,
        each: impl FnMut(Reflection) -> Result<()>,
    ) -> Result<()> {
        self.each_reflection_ordered(filter, "r.session_on DESC, r.id DESC", each)
    }

    /// Whether the step/reason of `filter` has so many stalls that walking
    /// the reflections newest first finds `limit` of them soon; otherwise
    /// collecting the few matches through the stall index is cheaper. Either
    /// way `list --why` stays fast at any journal size.
    pub(super) fn stalls_are_frequent(&self, filter: &ReflectionFilter) -> Result<bool> {
        const FREQUENT: i64 = 5000;
        if filter.case_id.is_some() || (filter.step.is_none() && filter.reason_id.is_none()) {
            return Ok(false);
        }
        let (condition, params) = stall_condition(filter);
        let sql = format!(
            "SELECT count(*) FROM (SELECT 1 FROM stall s WHERE {condition} LIMIT {FREQUENT})"
        );
        let n: i64 = self
            .tx
            .prepare_cached(&sql)?
            .query_row(rusqlite::params_from_iter(params), |r| r.get(0))?;
        Ok(n >= FREQUENT)
    }
}

/// The reflection's case by its label (`P3·C01` for a pooled one).
pub(super) const REFLECTION_SELECT: &str = concat!(
    "SELECT r.id, r.uuid, ",
    super::cases::case_label_sql!(),
    ", r.session_on, r.medium, r.completed, r.note, r.created_at, r.updated_at, r.went_well
     FROM reflection r JOIN \"case\" c ON c.id = r.case_id"
);

pub(super) fn reflection_from_row(row: &Row) -> rusqlite::Result<Reflection> {
    Ok(Reflection {
        id: row.get(0)?,
        uuid: row.get(1)?,
        case: row.get(2)?,
        date: row.get(3)?,
        medium: row.get(4)?,
        completed: row.get(5)?,
        note: row.get(6)?,
        went_well: row.get(9)?,
        created_at: get_timestamp(row, 7)?,
        updated_at: get_timestamp(row, 8)?,
        present: Vec::new(),
        resistance: Vec::new(),
        stalls: Vec::new(),
        question: None,
    })
}

/// The `WHERE` clause for a filter, with its parameters in order.
pub(super) fn filter_sql(
    filter: &ReflectionFilter,
    frequent: bool,
) -> (String, Vec<Box<dyn ToSql>>) {
    let mut clauses: Vec<String> = Vec::new();
    let mut params: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(case) = filter.case_id {
        clauses.push("r.case_id = ?".into());
        params.push(Box::new(case));
    }
    if let Some(since) = filter.since {
        clauses.push("r.session_on >= ?".into());
        params.push(Box::new(since));
    }
    if let Some(until) = filter.until {
        clauses.push("r.session_on <= ?".into());
        params.push(Box::new(until));
    }
    let (condition, stall_params) = stall_condition(filter);
    if !stall_params.is_empty() {
        clauses.push(if frequent {
            // Probe each reflection's own stalls while walking them newest
            // first (the `+` keeps SQLite on the primary key).
            format!(
                "EXISTS (SELECT 1 FROM stall s WHERE s.reflection_id = r.id AND {})",
                condition.replace("s.", "+s.")
            )
        } else {
            format!("r.id IN (SELECT s.reflection_id FROM stall s WHERE {condition})")
        });
        params.extend(stall_params);
    }
    if clauses.is_empty() {
        (String::new(), params)
    } else {
        (format!("WHERE {}", clauses.join(" AND ")), params)
    }
}

/// The condition on `stall s` for the filter's step and reason (`1` when
/// neither is given), written out so that SQLite can use its indexes.
fn stall_condition(filter: &ReflectionFilter) -> (String, Vec<Box<dyn ToSql>>) {
    let mut terms = Vec::new();
    let mut params: Vec<Box<dyn ToSql>> = Vec::new();
    if let Some(reason) = filter.reason_id {
        terms.push("s.reason_id = ?");
        params.push(Box::new(reason));
    }
    if let Some(step) = filter.step {
        terms.push("s.step = ?");
        params.push(Box::new(step));
    }
    if terms.is_empty() {
        ("1".into(), params)
    } else {
        (terms.join(" AND "), params)
    }
}

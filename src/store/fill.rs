//! Reading reflections with what hangs from them (who was present,
//! resistance, stalls, question), a chunk at a time: four set-based queries
//! per chunk instead of four per reflection, and one chunk in memory, so
//! that `list --limit 0` prints its first row at once and holds flat memory
//! at any journal size (issue 15: 36 s and 2.8 GB at 1 000 000).

use std::collections::HashMap;

use anyhow::Result;

use super::Tx;
use super::reflections::{REFLECTION_SELECT, filter_sql, reflection_from_row};
use crate::journal::ReflectionFilter;
use crate::journal::{Question, Reflection, ReflectionId, Stall, Step};

/// How many reflections are read and filled together.
const CHUNK: usize = 256;

impl Tx<'_> {
    /// Calls `each` with every reflection matching `filter`, in `order`,
    /// filled, without holding more than a chunk of them.
    pub(super) fn each_reflection_ordered(
        &self,
        filter: &ReflectionFilter,
        order: &str,
        mut each: impl FnMut(Reflection) -> Result<()>,
    ) -> Result<()> {
        let (where_sql, mut params) = filter_sql(filter, self.stalls_are_frequent(filter)?);
        let limit = filter.limit.map(|l| l as i64).unwrap_or(-1);
        params.push(Box::new(limit));
        let sql = format!("{} {where_sql} ORDER BY {order} LIMIT ?", REFLECTION_SELECT);
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let mut rows = stmt.query(rusqlite::params_from_iter(params))?;
        let mut chunk = Vec::with_capacity(CHUNK);
        loop {
            let row = rows.next()?;
            if let Some(row) = row {
                chunk.push(reflection_from_row(row)?);
                if chunk.len() < CHUNK {
                    continue;
                }
            }
            self.fill_all(&mut chunk)?;
            for r in chunk.drain(..) {
                each(r)?;
            }
            if row.is_none() {
                return Ok(());
            }
        }
    }

    /// Adds each reflection's children, a few queries for all of them.
    pub(super) fn fill_all(&self, rows: &mut [Reflection]) -> Result<()> {
        if rows.is_empty() {
            return Ok(());
        }
        let at: HashMap<ReflectionId, usize> =
            rows.iter().enumerate().map(|(i, r)| (r.id, i)).collect();
        let ids: Vec<ReflectionId> = rows.iter().map(|r| r.id).collect();
        let marks = vec!["?"; ids.len()].join(",");
        let params = || rusqlite::params_from_iter(ids.iter());

        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT p.reflection_id, o.name FROM presence p JOIN other o ON o.id = p.other_id
             WHERE p.reflection_id IN ({marks}) ORDER BY p.reflection_id, o.name_key"
        ))?;
        let mut found = stmt.query(params())?;
        while let Some(row) = found.next()? {
            rows[at[&row.get::<_, ReflectionId>(0)?]]
                .present
                .push(row.get(1)?);
        }

        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT rr.reflection_id, rr.resistance FROM reflection_resistance rr
             JOIN resistance x ON x.code = rr.resistance
             WHERE rr.reflection_id IN ({marks}) ORDER BY rr.reflection_id, x.position"
        ))?;
        let mut found = stmt.query(params())?;
        while let Some(row) = found.next()? {
            rows[at[&row.get::<_, ReflectionId>(0)?]]
                .resistance
                .push(row.get(1)?);
        }

        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT s.reflection_id, s.step, re.code FROM stall s JOIN reason re ON re.id = s.reason_id
             WHERE s.reflection_id IN ({marks}) ORDER BY s.reflection_id, s.step, re.code"
        ))?;
        let mut found = stmt.query(params())?;
        while let Some(row) = found.next()? {
            let r = &mut rows[at[&row.get::<_, ReflectionId>(0)?]];
            let (step, code) = (row.get::<_, Step>(1)?, row.get::<_, String>(2)?);
            match r.stalls.last_mut() {
                Some(stall) if stall.step == step => stall.reasons.push(code),
                _ => r.stalls.push(Stall {
                    step,
                    reasons: vec![code],
                }),
            }
        }

        let mut stmt = self.tx.prepare_cached(&format!(
            "SELECT reflection_id, id, uuid, text, answer, answered_on, for_group FROM question
             WHERE reflection_id IN ({marks})"
        ))?;
        let mut found = stmt.query(params())?;
        while let Some(row) = found.next()? {
            rows[at[&row.get::<_, ReflectionId>(0)?]].question = Some(Question {
                id: row.get(1)?,
                uuid: row.get(2)?,
                text: row.get(3)?,
                answer: row.get(4)?,
                answered_on: row.get(5)?,
                for_group: row.get(6)?,
            });
        }
        Ok(())
    }

    /// Adds one reflection's children.
    pub(super) fn fill(&self, mut r: Reflection) -> Result<Reflection> {
        self.fill_all(std::slice::from_mut(&mut r))?;
        Ok(r)
    }
}

//! Whose records: the practitioner codes a pooled journal holds (issue 17).

use anyhow::Result;
use rusqlite::OptionalExtension;

use super::Tx;
use crate::journal::practitioner::Pooled;
use crate::journal::{GoalId, MeetingId, QuestionId, ReflectionId};

/// A record by its id, to ask whose it is ([`Tx::practitioner_of`]).
#[derive(Debug, Clone, Copy)]
pub enum Owned {
    Reflection(ReflectionId),
    Meeting(MeetingId),
    Goal(GoalId),
    Question(QuestionId),
}

impl Tx<'_> {
    /// The pooled records: cases with a practitioner code and their
    /// reflections. Nothing (quickly, by the index on the code) in a
    /// journal of one's own records only.
    pub fn pooled(&self) -> Result<Pooled> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT c.practitioner, count(DISTINCT c.id), count(r.id)
             FROM \"case\" c LEFT JOIN reflection r ON r.case_id = c.id
             WHERE c.practitioner IS NOT NULL
             GROUP BY c.practitioner ORDER BY c.practitioner",
        )?;
        let mut pooled = Pooled::default();
        let mut rows = stmt.query([])?;
        while let Some(row) = rows.next()? {
            pooled.practitioners.push(row.get(0)?);
            pooled.cases += row.get::<_, i64>(1)? as u64;
            pooled.reflections += row.get::<_, i64>(2)? as u64;
        }
        Ok(pooled)
    }

    /// The practitioner code of a pooled record (a reflection's and a
    /// question's by their case); `None` for one's own or no such record.
    pub fn practitioner_of(&self, record: Owned) -> Result<Option<String>> {
        let (sql, id) = match record {
            Owned::Reflection(id) => (
                "SELECT c.practitioner FROM reflection r JOIN \"case\" c ON c.id = r.case_id
                 WHERE r.id = ?1",
                id.0,
            ),
            Owned::Meeting(id) => ("SELECT practitioner FROM meeting WHERE id = ?1", id.0),
            Owned::Goal(id) => ("SELECT practitioner FROM goal WHERE id = ?1", id.0),
            Owned::Question(id) => (
                "SELECT c.practitioner FROM question q JOIN reflection r ON r.id = q.reflection_id
                 JOIN \"case\" c ON c.id = r.case_id WHERE q.id = ?1",
                id.0,
            ),
        };
        let code: Option<Option<String>> = self
            .tx
            .prepare_cached(sql)?
            .query_row([id], |r| r.get(0))
            .optional()?;
        Ok(code.flatten())
    }
}

//! Whose records: the practitioner codes a pooled journal holds (issue 17).

use anyhow::Result;

use super::Tx;
use crate::journal::practitioner::Pooled;

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
}

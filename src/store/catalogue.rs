//! The method's catalogue: steps, reasons and resistances.

use anyhow::{Context, Result};
use rusqlite::{OptionalExtension, params};

use super::Tx;
use super::codec::{new_uuid, now};
use super::failure::Failure;
use crate::journal::{Reason, Resistance, Side, Step, StepInfo};

impl Tx<'_> {
    // ---- catalogue ---------------------------------------------------------

    pub fn steps(&self) -> Result<Vec<StepInfo>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT number, title_en, title_nl, instruction_en, instruction_nl, pitfall_en, pitfall_nl
             FROM step ORDER BY number",
        )?;
        let rows = stmt.query_map([], |row| {
            Ok(StepInfo {
                step: row.get(0)?,
                title_en: row.get(1)?,
                title_nl: row.get(2)?,
                instruction_en: row.get(3)?,
                instruction_nl: row.get(4)?,
                pitfall_en: row.get(5)?,
                pitfall_nl: row.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The reasons, own side first, then by code.
    pub fn reasons(&self) -> Result<Vec<Reason>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT re.code, re.uuid, re.side, re.label_en, re.label_nl, re.usual_steps,
                    re.builtin, re.retired,
                    (SELECT count(*) FROM stall s WHERE s.reason_id = re.id)
             FROM reason re
             ORDER BY CASE re.side WHEN 'self' THEN 0 WHEN 'client' THEN 1 ELSE 2 END,
                      re.builtin DESC, re.id",
        )?;
        let rows = stmt.query_map([], |row| {
            let steps: String = row.get(5)?;
            Ok(Reason {
                code: row.get(0)?,
                uuid: row.get(1)?,
                side: row.get(2)?,
                label_en: row.get(3)?,
                label_nl: row.get(4)?,
                usual_steps: steps
                    .split(',')
                    .filter_map(|s| s.parse::<Step>().ok())
                    .collect(),
                builtin: row.get(6)?,
                retired: row.get(7)?,
                uses: row.get::<_, i64>(8)? as u64,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every reason's code with its English and Dutch label: the catalogue
    /// without the usage counts of [`Tx::reasons`], which read every stall.
    pub fn reason_labels(&self) -> Result<Vec<(String, String, String)>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT code, label_en, label_nl FROM reason ORDER BY id")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn reason_id(&self, code: &str) -> Result<Option<i64>> {
        Ok(self
            .tx
            .prepare_cached("SELECT id FROM reason WHERE code = ?1")?
            .query_row([code], |r| r.get(0))
            .optional()?)
    }

    pub fn insert_reason(
        &self,
        code: &str,
        side: Side,
        label_en: &str,
        label_nl: &str,
        usual_steps: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO reason (uuid, code, side, label_en, label_nl, usual_steps, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?7, ?6, ?6)",
            )?
            .execute(params![new_uuid(), code, side, label_en, label_nl, now(), usual_steps])
            .with_context(|| Failure::AddReason)?;
        Ok(())
    }

    pub fn set_reason_retired(&self, code: &str, retired: bool) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE reason SET retired = ?2, updated_at = ?3 WHERE code = ?1")?
            .execute(params![code, retired, now()])?;
        Ok(())
    }

    pub fn delete_reason(&self, code: &str) -> Result<()> {
        self.tx
            .prepare_cached("DELETE FROM reason WHERE code = ?1 AND NOT builtin")?
            .execute([code])
            .with_context(|| Failure::RemoveReason)?;
        Ok(())
    }

    pub fn resistances(&self) -> Result<Vec<Resistance>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT code, label_en, label_nl FROM resistance ORDER BY position")?;
        let rows = stmt.query_map([], |row| {
            Ok(Resistance {
                code: row.get(0)?,
                label_en: row.get(1)?,
                label_nl: row.get(2)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

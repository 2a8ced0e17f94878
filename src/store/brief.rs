//! The queries of `spiegel brief` that the other commands do not share.
//! Each reads the catalogue or one case's rows, never every reflection.

use anyhow::Result;

use super::Tx;
use crate::journal::brief::ReasonInfo;

impl Tx<'_> {
    /// Every reason with its labels and usual steps: the catalogue, a few
    /// dozen rows, without the usage counts of [`Tx::reasons`], which read
    /// every stall.
    pub fn brief_reasons(&self) -> Result<Vec<ReasonInfo>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT code, label_en, label_nl, usual_steps FROM reason ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(ReasonInfo {
                code: r.get(0)?,
                label_en: r.get(1)?,
                label_nl: r.get(2)?,
                usual_steps: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

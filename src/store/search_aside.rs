//! The search index set aside while most of the journal goes at once (the
//! undo of a large import, issue 15): instead of taking each deleted text's
//! words out of the index, a trigger run per row, the index is made anew
//! from the texts that stay.

use anyhow::Result;

use super::Tx;
use super::search::TEXTS;

/// The search index's triggers, set aside; see [`Tx::set_search_aside`].
pub(super) struct SearchAside(Vec<String>);

impl Tx<'_> {
    /// Drops the triggers that keep the search index in step with the
    /// texts; [`Tx::restore_search`] makes the index anew and puts them
    /// back. Both happen in the command's one transaction: no other
    /// connection sees the journal without them, and a failure rolls the
    /// drop back too.
    pub(super) fn set_search_aside(&self) -> Result<SearchAside> {
        let triggers: Vec<(String, String)> = self
            .tx
            .prepare(
                "SELECT name, sql FROM main.sqlite_schema
                 WHERE type = 'trigger' AND name GLOB 'search_*'",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (name, _) in &triggers {
            self.tx
                .execute_batch(&format!("DROP TRIGGER main.\"{name}\""))?;
        }
        Ok(SearchAside(
            triggers.into_iter().map(|(_, sql)| sql).collect(),
        ))
    }

    /// Makes the search index anew from the texts the journal holds now,
    /// and puts its triggers back: the texts that went are taken out of
    /// the index's own copy of them (FTS5's content table, a plain table),
    /// and FTS5's 'rebuild' indexes what stays. The old index's pages are
    /// freed, and SQLite's secure_delete wipes them: no word of a deleted
    /// text stays in the file. Costs what indexing the remaining texts
    /// costs, whatever was deleted. (Dropping and creating the index
    /// instead held the former content of all its pages in memory.)
    pub(super) fn restore_search(&self, aside: SearchAside) -> Result<()> {
        // Read first and deleted one by one: one statement deleting them all
        // would hold the former content of every page it changes in memory
        // until it ends (100 000 texts: 11 MB more).
        let gone: Vec<i64> = self
            .tx
            .prepare(&format!(
                "SELECT id FROM main.search_content WHERE id NOT IN (SELECT key FROM ({TEXTS}))"
            ))?
            .query_map([], |r| r.get(0))?
            .collect::<rusqlite::Result<_>>()?;
        let mut delete = self
            .tx
            .prepare("DELETE FROM main.search_content WHERE id = ?1")?;
        for id in gone {
            delete.execute([id])?;
        }
        self.compact_search()?;
        aside.put_back(self)
    }
}

impl SearchAside {
    /// Makes the index's triggers again, as they were.
    pub(super) fn put_back(self, tx: &Tx) -> Result<()> {
        for sql in self.0 {
            tx.tx.execute_batch(&sql)?;
        }
        Ok(())
    }
}

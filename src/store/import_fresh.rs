//! An import into a journal without reflections (issue 15): the derived
//! tables — the summaries and the search index — are not kept in step row
//! by row while it runs (their triggers are set aside, in the import's one
//! transaction) but filled once at the end from what the import wrote.

use anyhow::Result;

use super::Tx;
use super::generate::SummaryAside;
use super::search_aside::SearchAside;

/// The page cache of an import, in KiB: half the generator's. At 1 000 000
/// reflections the import's peak memory is the program, this cache and the
/// file's UUIDs (44 MB); a cache of 16 MB added 8 MB to it and was not
/// measurably faster at 100 000.
const CACHE_KIB: i64 = 8192;

/// What [`Tx::begin_import`] set aside, for [`Tx::end_import`].
pub struct ImportAside {
    summary: Option<SummaryAside>,
    search: Option<SearchAside>,
}

impl Tx<'_> {
    /// Sets up an import: the rows it adds are recorded for `undo` as one
    /// entry; into a journal without reflections the summaries' triggers
    /// are set aside, and into one whose search index is empty the index's;
    /// [`Tx::end_import`] fills them once.
    pub fn begin_import(&self) -> Result<ImportAside> {
        self.record_inserts_in_bulk()?;
        self.tx
            .execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
        // Not in a dry run's copy in memory, whose schema (copied by
        // `sqlcipher_export`) does not take a trigger dropped and made again.
        let (no_reflections, no_texts): (bool, bool) = self.tx.query_row(
            "SELECT on_disk AND NOT EXISTS (SELECT 1 FROM reflection),
                    on_disk AND NOT EXISTS (SELECT 1 FROM main.search_content)
             FROM (SELECT file <> '' AS on_disk FROM pragma_database_list WHERE name = 'main')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )?;
        Ok(ImportAside {
            summary: no_reflections
                .then(|| self.set_summary_aside())
                .transpose()?,
            search: no_texts.then(|| self.set_search_aside()).transpose()?,
        })
    }

    /// Ends an import begun with [`Tx::begin_import`]: fills what was set
    /// aside and puts its triggers back.
    pub fn end_import(&self, aside: ImportAside) -> Result<()> {
        if let Some(summary) = aside.summary {
            self.restore_summary(summary)?;
        }
        if let Some(search) = aside.search {
            // The index was empty and nothing was taken out of it: the
            // journal's texts go in once, in the order of their rowids, and
            // no page keeps a word of a deleted text.
            self.fill_search()?;
            search.put_back(self)?;
        }
        Ok(())
    }
}

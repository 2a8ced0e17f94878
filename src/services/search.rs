//! `spiegel search`: the texts that hold some words, newest first
//! (issue 16.8), from the journal's full-text index.

use anyhow::Result;

use super::Journal;
use super::cases::find_case;
use crate::journal::search::{Hit, SearchQuery};

/// The hits of `query`, newest first, and whether there are more than its
/// limit. An unknown case is an error that names the nearest.
pub fn search(journal: &mut Journal, query: &SearchQuery) -> Result<(Vec<Hit>, bool)> {
    journal.read(|tx| {
        let case = match &query.case {
            Some(name) => Some(find_case(tx, name)?.id),
            None => None,
        };
        tx.search(&query.words, case, query.since, query.until, query.limit)
    })
}

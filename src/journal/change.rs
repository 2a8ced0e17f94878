//! What `spiegel undo` undid: the changes of one command, as the undo log
//! records them, and the short summary the user reads.

/// What happened to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChangeOp {
    Insert,
    Update,
    Delete,
}

impl ChangeOp {
    pub fn from_code(code: &str) -> Option<ChangeOp> {
        match code {
            "insert" => Some(ChangeOp::Insert),
            "update" => Some(ChangeOp::Update),
            "delete" => Some(ChangeOp::Delete),
            _ => None,
        }
    }
}

/// One recorded change to one row.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Change {
    pub op: ChangeOp,
    /// The table, e.g. `reflection`.
    pub table: String,
    /// What the row is: a name, a code or an id (none for link rows).
    pub key: Option<String>,
}

/// What `spiegel undo` undid: the changes it names, oldest first, and how
/// many more records it took away without naming them (an import's, which
/// are counted, not listed: issue 15).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Undone {
    pub changes: Vec<Change>,
    pub more: u64,
}

/// Tables whose rows only link others: a change to them is told through the
/// row they belong to.
const LINK_TABLES: &[&str] = &["presence", "reflection_resistance", "stall", "question"];

/// The changes worth telling, in order, each once: the records themselves
/// rather than their links, unless a command changed only links.
pub fn worth_telling(changes: &[Change]) -> Vec<Change> {
    let records: Vec<&Change> = changes
        .iter()
        .filter(|c| !LINK_TABLES.contains(&c.table.as_str()))
        .collect();
    let chosen: Vec<&Change> = if records.is_empty() {
        changes.iter().collect()
    } else {
        records
    };
    // A set, not a search of the list so far: an import's undo tells
    // 100 000 records (issue 15.2).
    let mut seen = std::collections::HashSet::with_capacity(chosen.len());
    chosen
        .into_iter()
        .filter(|c| seen.insert(*c))
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn change(op: ChangeOp, table: &str, key: &str) -> Change {
        Change {
            op,
            table: table.into(),
            key: Some(key.into()),
        }
    }

    #[test]
    fn links_are_told_through_their_record() {
        let edit = [
            change(ChangeOp::Update, "reflection", "3"),
            change(ChangeOp::Delete, "stall", "3"),
            change(ChangeOp::Insert, "stall", "3"),
            change(ChangeOp::Update, "reflection", "3"),
        ];
        assert_eq!(
            worth_telling(&edit),
            [change(ChangeOp::Update, "reflection", "3")]
        );
        let only_links = [change(ChangeOp::Update, "question", "3")];
        assert_eq!(worth_telling(&only_links), only_links);
    }

    /// issue 15.2: undoing an import told its 100 000 records by searching
    /// the list told so far for each: 57 % of a 41–57 s undo.
    #[test]
    fn telling_an_import_of_200_000_records_is_linear() {
        let many: Vec<Change> = (0..200_000)
            .flat_map(|i| {
                [
                    change(ChangeOp::Insert, "reflection", &i.to_string()),
                    change(ChangeOp::Insert, "stall", &i.to_string()),
                ]
            })
            .collect();
        let started = std::time::Instant::now();
        let told = worth_telling(&many);
        assert_eq!(told.len(), 200_000);
        assert_eq!(
            told[199_999],
            change(ChangeOp::Insert, "reflection", "199999")
        );
        assert!(
            started.elapsed() < std::time::Duration::from_secs(5),
            "{:?}",
            started.elapsed()
        );
    }
}

//! What `spiegel undo` undid: the changes of one command, as the undo log
//! records them, and the short summary the user reads.

/// What happened to a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub op: ChangeOp,
    /// The table, e.g. `reflection`.
    pub table: String,
    /// What the row is: a name, a code or an id (none for link rows).
    pub key: Option<String>,
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
    let mut told: Vec<Change> = Vec::new();
    for c in chosen {
        if !told.contains(c) {
            told.push(c.clone());
        }
    }
    told
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
}

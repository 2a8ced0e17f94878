//! Several devices through a folder a file-sync service keeps in step: the
//! pure rules. Each device writes only its own files, never rewritten, in
//! its own subfolder named by its UUID; a file's name is its number and a
//! random tail. A change file carries the records changed on its device
//! (an export) and the deletions (tombstones) since its previous file.

use serde::{Deserialize, Serialize};

use super::export::valid_timestamp;

/// The file in the synced folder that holds the folder's key, itself
/// encrypted with the passphrase.
pub const KEY_FILE: &str = "spiegel-sync.key";
/// How a change file's name ends.
pub const CHANGE_SUFFIX: &str = ".spiegel-changes";

/// The kinds of record a tombstone may name.
pub const KINDS: &[&str] = &[
    "case",
    "other",
    "reflection",
    "question",
    "meeting",
    "goal",
    "invitation",
    "reason",
];

/// A deleted record, as a change file carries it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tombstone {
    pub uuid: String,
    pub kind: String,
    pub deleted_at: String,
    /// A case erased with `case forget`: erased on every device, whatever
    /// the age of its records there.
    pub forget: bool,
}

impl Tombstone {
    /// Whether it is well formed: a kind spiegel knows, a UUID-like text, a
    /// timestamp.
    pub fn is_valid(&self) -> bool {
        KINDS.contains(&self.kind.as_str())
            && !self.uuid.is_empty()
            && self.uuid.len() <= 64
            && valid_timestamp(&self.deleted_at)
            && (!self.forget || self.kind == "case")
    }
}

/// The name of a device's change file number `seq` with the random `tail`.
pub fn change_file_name(seq: u64, tail: &str) -> String {
    format!("{seq:08}-{tail}{CHANGE_SUFFIX}")
}

/// The number of a change file by its name; `None` for any other file
/// (a temporary one, a sync service's own, a stranger's). A "conflict copy"
/// whose name the sync service changed is still a change file when it kept
/// the ending.
pub fn change_file_seq(name: &str) -> Option<u64> {
    let stem = name.strip_suffix(CHANGE_SUFFIX)?;
    let digits: String = stem.chars().take_while(char::is_ascii_digit).collect();
    if digits.is_empty() || stem.starts_with('.') {
        return None;
    }
    digits.parse().ok()
}

/// Whether a subfolder's name is a device id (a UUID).
pub fn is_device_id(name: &str) -> bool {
    uuid::Uuid::parse_str(name).is_ok_and(|u| u.hyphenated().to_string() == name)
}

/// Who wins when two devices changed a record at the same instant: the
/// greater device id, on every device alike, so that all end equal.
pub fn file_wins_tie(file_device: &str, local_device: &str) -> bool {
    file_device > local_device
}

/// What can go wrong with sync that the user can put right (worded by the
/// command line).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SyncError {
    /// `sync` before `sync init`.
    NotSetUp,
    /// The folder does not exist (or is no folder).
    NoFolder(std::path::PathBuf),
    /// The journal file lies inside the synced folder.
    JournalInside(std::path::PathBuf),
    /// The passphrase does not open the folder's key file.
    WrongPassphrase(std::path::PathBuf),
    /// The key file is not one spiegel wrote.
    BadKeyFile(std::path::PathBuf),
    /// Already tied to another folder.
    OtherFolder(std::path::PathBuf),
}

impl std::error::Error for SyncError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn change_file_names_read_back() {
        let name = change_file_name(12, "ab12cd34");
        assert_eq!(name, "00000012-ab12cd34.spiegel-changes");
        assert_eq!(change_file_seq(&name), Some(12));
        assert_eq!(
            change_file_seq("00000012-ab12cd34 (conflict copy).spiegel-changes"),
            Some(12)
        );
        assert_eq!(change_file_seq(".tmp-1.spiegel-changes"), None);
        assert_eq!(
            change_file_seq("00000012-ab12cd34.spiegel-changes.part"),
            None
        );
        assert_eq!(change_file_seq("notes.txt"), None);
    }

    #[test]
    fn tombstones_are_checked() {
        let t = Tombstone {
            uuid: "u-1".into(),
            kind: "case".into(),
            deleted_at: "2026-03-15T09:30:00.000Z".into(),
            forget: true,
        };
        assert!(t.is_valid());
        assert!(
            !Tombstone {
                kind: "step".into(),
                ..t.clone()
            }
            .is_valid()
        );
        assert!(
            !Tombstone {
                kind: "reflection".into(),
                ..t.clone()
            }
            .is_valid()
        );
        assert!(
            !Tombstone {
                deleted_at: "yesterday".into(),
                ..t
            }
            .is_valid()
        );
    }

    #[test]
    fn ties_go_to_the_greater_device() {
        assert!(file_wins_tie("b", "a"));
        assert!(!file_wins_tie("a", "b"));
        assert!(!file_wins_tie("a", "a"));
    }
}

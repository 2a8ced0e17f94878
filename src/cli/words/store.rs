//! The words for the store's typed failures ([`Failure`]): each is the
//! message it has always been, in the current language.

use std::fmt;
use std::path::Path;

use crate::services::Failure;
use crate::t;

fn shown(path: &Path) -> String {
    path.display().to_string()
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Failure::Wal => t!("io-wal"),
            Failure::InMemory => t!("io-in-memory"),
            Failure::LockWrite => t!("io-lock-write"),
            Failure::OtherData => t!("error-not-a-journal-other-data"),
            Failure::CouldNotOpenTrace(path) => {
                t!("io-could-not-open-trace", path = shown(path))
            }
            Failure::CouldNotOpen(path) => t!("io-could-not-open", path = shown(path)),
            Failure::CouldNotCreate(path) => t!("io-could-not-create", path = shown(path)),
            Failure::CouldNotRead(path) => t!("io-could-not-read", path = shown(path)),
            Failure::Appeared(path) => t!("io-appeared", path = shown(path)),
            Failure::Save => t!("io-save"),
            Failure::LockUpgrade => t!("io-lock-upgrade"),
            Failure::Upgrade(version) => t!("io-upgrade", version = *version),

            Failure::AddCase => t!("io-add-case"),
            Failure::ChangeCase => t!("io-change-case"),
            Failure::AddOther => t!("io-add-other"),
            Failure::AddReflection => t!("io-add-reflection"),
            Failure::ChangeReflection => t!("io-change-reflection"),
            Failure::DeleteReflection => t!("io-delete-reflection"),
            Failure::AddReason => t!("io-add-reason"),
            Failure::RemoveReason => t!("io-remove-reason"),
            Failure::SaveAnswer => t!("io-save-answer"),
            Failure::RecordMeeting => t!("io-record-meeting"),
            Failure::AddGoal => t!("io-add-goal"),
            Failure::ChangeRecord => t!("io-change-record"),
            Failure::DeleteRecord => t!("io-delete-record"),
            Failure::RecordInvitation => t!("io-record-invitation"),

            Failure::ImportReason { code } => t!("io-import-reason", code = code.as_str()),
            Failure::ImportCase { name } => t!("io-import-case", name = name.as_str()),
            Failure::ImportOther { name } => t!("io-import-other", name = name.as_str()),
            Failure::ImportReflection => t!("io-import-reflection"),
            Failure::ImportQuestion => t!("io-import-question"),
            Failure::ImportMeeting => t!("io-import-meeting"),
            Failure::ImportGoal => t!("io-import-goal"),
            Failure::ImportInvitation => t!("io-import-invitation"),

            Failure::UndoStart => t!("io-undo-start"),
            Failure::UndoClose => t!("io-undo-close"),
            Failure::UndoChange { table } => t!("io-undo-change", table = table_name(table)),
            Failure::UndoUnknown => t!("io-undo-unknown"),
            Failure::UndoClear => t!("io-undo-clear"),
            Failure::EraseCase => t!("io-erase-case"),
            Failure::UndoStop => t!("io-undo-stop"),

            Failure::CopyJournal => t!("io-copy-journal"),
            Failure::LockedTooLong => t!("io-locked-too-long"),
            Failure::BackupDamaged { detail } => {
                t!("io-backup-damaged", detail = detail.as_str())
            }
            Failure::WriteBackup(path) => t!("io-write-backup", path = shown(path)),
            Failure::Restore => t!("io-restore"),
            Failure::BackupNoFile => t!("backup-no-file"),
            Failure::BackupEncryptedJournalNot => t!("backup-encrypted-journal-not"),
            Failure::BackupWrongPassphrase => t!("backup-wrong-passphrase"),
            Failure::BackupNotAJournal => t!("backup-not-a-journal"),
            Failure::BackupNewer { version } => t!("backup-newer", version = *version),
            Failure::BackupIntegrity { detail } => {
                t!("backup-damaged", detail = detail.as_str())
            }
            Failure::MissingReference { table, row, parent } => t!(
                "check-missing-reference",
                table = table_name(table),
                row = *row,
                parent = table_name(parent)
            ),

            Failure::ConvertLock => t!("io-convert-lock"),
            Failure::PathNotUtf8 => t!("io-path-not-utf8"),
            Failure::ConvertCreate => t!("io-convert-create"),
            Failure::ConvertFinish => t!("io-convert-finish"),
            Failure::ConvertDamaged { detail } => {
                t!("io-convert-damaged", detail = detail.as_str())
            }
            Failure::ConvertRows {
                after,
                table,
                before,
            } => t!(
                "io-convert-rows",
                after = *after,
                table = table_name(table),
                before = *before
            ),
            Failure::ConvertPut(path) => t!("io-convert-put", path = shown(path)),
            Failure::WipeOld => t!("io-wipe-old"),
            Failure::Remove(path) => t!("io-remove", path = shown(path)),
        };
        f.write_str(&text)
    }
}

/// A table of the journal as the language spoken names it (`reflection` →
/// "reflectie"); a table it does not know by its name.
fn table_name(table: &str) -> String {
    t!("table-name", table = table)
}

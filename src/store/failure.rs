//! What the store was doing when something failed, as a typed value: the
//! context of an error (`.with_context(|| Failure::Save)`) or its message.
//! The store builds no sentence; the words are the CLI's
//! (`cli/words/store.rs`).

use std::path::PathBuf;

/// One thing the store could not do, with what the message names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Failure {
    // ---- opening and saving ---------------------------------------------
    /// The journal could not be put in write-ahead-log mode.
    Wal,
    /// A journal in memory could not be made.
    InMemory,
    /// Another writer held the journal too long.
    LockWrite,
    /// The file holds other data: not a journal.
    OtherData,
    CouldNotOpenTrace(PathBuf),
    CouldNotOpen(PathBuf),
    CouldNotCreate(PathBuf),
    CouldNotRead(PathBuf),
    /// A file appeared where a new one was being made.
    Appeared(PathBuf),
    Save,
    LockUpgrade,
    /// Upgrading the journal to schema `version`.
    Upgrade(usize),

    // ---- the tables -----------------------------------------------------
    AddCase,
    ChangeCase,
    AddOther,
    AddReflection,
    ChangeReflection,
    DeleteReflection,
    AddReason,
    RemoveReason,
    SaveAnswer,
    RecordMeeting,
    AddGoal,
    ChangeRecord,
    DeleteRecord,
    RecordInvitation,

    // ---- import ---------------------------------------------------------
    ImportReason {
        code: String,
    },
    ImportCase {
        name: String,
    },
    ImportOther {
        name: String,
    },
    ImportReflection,
    ImportQuestion,
    ImportMeeting,
    ImportGoal,
    ImportInvitation,

    // ---- undo -----------------------------------------------------------
    UndoStart,
    UndoClose,
    UndoChange {
        table: String,
    },
    UndoUnknown,
    UndoClear,
    EraseCase,
    UndoStop,

    // ---- backup, restore and the health check ---------------------------
    CopyJournal,
    LockedTooLong,
    BackupDamaged {
        detail: String,
    },
    WriteBackup(PathBuf),
    Restore,
    BackupNoFile,
    BackupEncryptedJournalNot,
    BackupWrongPassphrase,
    BackupNotAJournal,
    BackupNewer {
        version: i64,
    },
    BackupIntegrity {
        detail: String,
    },
    /// A row whose reference points nowhere (a problem the check finds).
    MissingReference {
        table: String,
        row: i64,
        parent: String,
    },

    // ---- encrypting, decrypting and leftovers ---------------------------
    ConvertLock,
    PathNotUtf8,
    ConvertCreate,
    ConvertFinish,
    ConvertDamaged {
        detail: String,
    },
    ConvertRows {
        after: i64,
        table: String,
        before: i64,
    },
    ConvertPut(PathBuf),
    WipeOld,
    Remove(PathBuf),
}

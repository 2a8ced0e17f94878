//! The store: one SQLite file, and all the SQL the program runs.
//!
//! Everything else speaks in the journal's domain types. Each command works
//! inside one [`Tx`], so it either happens whole or not at all.

/// SQL: whether the case id `$col` is one of the records `:who` asks for
/// (NULL: all; '': one's own; else a practitioner's code, issue 17). When
/// `:who` is NULL the subquery is never run.
macro_rules! whose {
    ($col:literal) => {
        concat!(
            "(:who IS NULL OR ",
            $col,
            " IN (SELECT id FROM \"case\" WHERE coalesce(practitioner, '') = :who))"
        )
    };
}

mod backup;
mod brief;
mod case_summary;
mod cases;
mod catalogue;
mod codec;
mod crypt;
mod day_chunks;
mod day_summary;
mod failure;
mod fill;
mod generate;
mod import;
mod import_fresh;
mod invitation;
mod leftover;
pub(crate) mod migrate;
mod open;
mod patterns;
mod practitioner;
mod prep;
mod records;
mod reflections;
mod search;
mod search_aside;
mod search_erase;
mod session_fact;
mod snapshot;
mod sqlite;
mod supervision;
mod sync;
mod sync_file;
mod transfer;
mod tx;
mod undo;
mod undo_bulk;
mod undo_sql;
mod went_well;

pub use backup::{Health, backup_folder, is_own_backup};
pub use cases::NewCase;
pub use crypt::{Encryption, convert, is_encrypted};
pub use failure::Failure;
pub use generate::{GenCase, GenReflection};
pub use import::{Stamp, Table};
pub use invitation::NewInvitation;
pub use leftover::{Leftover, clear_leftovers};
pub use migrate::{APPLICATION_ID, MIGRATIONS, latest};
pub use open::{Access, Store};
pub use practitioner::Owned;
pub use reflections::ReflectionFields;
pub use sqlite::explain;
pub use sync::SyncConfig;
pub use sync_file::{
    ChangeFile, change_file_path, create_key_file, random_key, read_change_file, read_key_file,
    write_change_file,
};
pub use transfer::CaseStream;
pub use tx::Tx;

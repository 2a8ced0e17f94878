//! The journal file as a whole: creating it, encrypting, decrypting and
//! rekeying it, what interrupted conversions left, and what `status` tells.

use std::path::{Path, PathBuf};

use anyhow::Result;

use super::{Access, Journal, Passphrase};
use crate::error::Error;
use crate::store::{self, Store};

pub use crate::store::Leftover;

/// What `spiegel init` found or did.
pub enum Init {
    AlreadyEncrypted,
    AlreadyPlain,
    CreatedEncrypted,
    CreatedPlain,
}

/// Creates the journal at `path` (encrypted with the passphrase `new`
/// gives, asked only then, if `encrypt`), or says which it already is.
pub fn init(path: &Path, encrypt: bool, new: Passphrase) -> Result<Init> {
    let exists = std::fs::metadata(path).is_ok_and(|m| m.len() > 0);
    if exists {
        let encrypted = store::is_encrypted(path)?;
        if encrypt && !encrypted {
            return Err(Error::AlreadyPlain(path.to_path_buf()).into());
        }
        return Ok(if encrypted {
            Init::AlreadyEncrypted
        } else {
            Init::AlreadyPlain
        });
    }
    if encrypt {
        let pass = new()?;
        Store::create_encrypted(path, &pass)?;
        Ok(Init::CreatedEncrypted)
    } else {
        Store::open(path, Access::Write)?;
        Ok(Init::CreatedPlain)
    }
}

/// Wipes what interrupted conversions left beside the journal at `path`
/// (see [`store::clear_leftovers`]); returns what it found.
pub fn clear_leftovers(path: &Path) -> Result<Vec<Leftover>> {
    store::clear_leftovers(path)
}

/// What `spiegel status` tells about the journal file.
pub struct Status {
    /// What interrupted conversions had left (now wiped where possible).
    pub leftovers: Vec<Leftover>,
    pub meta: std::fs::Metadata,
    pub encrypted: bool,
    /// The size of the write-ahead log, 0 without one.
    pub wal: u64,
    pub backups: usize,
    pub backup_folder: PathBuf,
}

pub fn status(path: &Path) -> Result<Status> {
    let leftovers = clear_leftovers(path)?;
    let meta = std::fs::metadata(path).map_err(|_| Error::NoJournal(path.to_path_buf()))?;
    let encrypted = store::is_encrypted(path)?;
    let mut wal = path.to_path_buf().into_os_string();
    wal.push("-wal");
    let wal = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let backup_folder = store::backup_folder(path);
    // Only this journal's: another journal beside it shares the folder.
    let backups = std::fs::read_dir(&backup_folder)
        .map(|d| {
            d.filter_map(Result::ok)
                .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
                .filter(|e| store::is_own_backup(path, &e.file_name().to_string_lossy()))
                .count()
        })
        .unwrap_or(0);
    Ok(Status {
        leftovers,
        meta,
        encrypted,
        wal,
        backups,
        backup_folder,
    })
}

/// Encrypts the journal at `path` with the passphrase `new` gives.
pub fn encrypt(path: &Path, new: Passphrase) -> Result<()> {
    existing(path)?;
    if store::is_encrypted(path)? {
        return Err(Error::AlreadyEncrypted(path.to_path_buf()).into());
    }
    let pass = new()?;
    finish_on_ctrl_c();
    store::convert(path, None, Some(&pass))
}

/// Removes the encryption of the journal at `path`.
pub fn decrypt(path: &Path, old: Passphrase) -> Result<()> {
    existing(path)?;
    if !store::is_encrypted(path)? {
        return Err(Error::NotEncrypted(path.to_path_buf()).into());
    }
    let pass = old()?;
    finish_on_ctrl_c();
    store::convert(path, Some(&pass), None)
}

/// Changes the passphrase of the journal at `path`: the old one is checked
/// before the new one is asked for.
pub fn rekey(path: &Path, old: Passphrase, new: Passphrase) -> Result<()> {
    existing(path)?;
    if !store::is_encrypted(path)? {
        return Err(Error::NotEncrypted(path.to_path_buf()).into());
    }
    let old = old()?;
    // Check the old one before asking for a new one.
    let journal = Journal::open(path, Access::Read, &|| Ok(old.clone()))?;
    debug_assert_eq!(journal.store.encryption(), store::Encryption::Encrypted);
    drop(journal);
    let new = new()?;
    finish_on_ctrl_c();
    store::convert(path, Some(&old), Some(&new))
}

/// From here on Ctrl-C does not stop the process: a conversion takes
/// seconds, and stopping it halfway would leave a copy (plaintext, when
/// decrypting) for the next command to wipe.
fn finish_on_ctrl_c() {
    let _ = ctrlc::set_handler(|| {});
}

fn existing(path: &Path) -> Result<()> {
    if !std::fs::metadata(path).is_ok_and(|m| m.len() > 0) {
        return Err(Error::NoJournal(path.to_path_buf()).into());
    }
    Ok(())
}

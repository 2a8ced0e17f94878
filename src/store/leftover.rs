//! What an interrupted `encrypt`, `decrypt` or `rekey` can leave beside the
//! journal, and overwriting it before it is removed.
//!
//! A conversion writes its new copy to `journal.db.converting` (plaintext
//! when decrypting) and holds an exclusive `flock` on it until the copy has
//! taken the journal's place. A copy nobody holds was left by a conversion
//! that was killed: the next spiegel command, whatever it is, overwrites it
//! with zeros, flushes that to disk and only then removes it. Earlier
//! versions also left `journal.db.old`, the plaintext journal after an
//! `encrypt`; it goes the same way, but only when it is a plaintext spiegel
//! journal: a user's own file of that name is never touched.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use super::failure::Failure;

/// The names a conversion gives its files beside the journal.
const SUFFIXES: [&str; 3] = ["converting", "converting-journal", "old"];

/// The one name that is also common for a user's own copy.
const OLD: &str = "old";

/// `journal.db` → `journal.db.WHAT`.
pub(super) fn sibling(path: &Path, what: &str) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".");
    name.push(what);
    path.with_file_name(name)
}

/// A file an interrupted conversion left beside the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Leftover {
    pub path: PathBuf,
    /// Overwritten and removed; `false` while a running conversion holds it.
    pub wiped: bool,
}

/// Overwrites and removes every file an interrupted conversion left beside
/// the journal at `journal`, except those a running conversion still
/// holds; returns what it found.
pub fn clear_leftovers(journal: &Path) -> Result<Vec<Leftover>> {
    let mut found = Vec::new();
    for what in SUFFIXES {
        let path = sibling(journal, what);
        let Ok(meta) = std::fs::symlink_metadata(&path) else {
            continue;
        };
        if meta.file_type().is_symlink() && what != OLD {
            // Never followed: only the link itself goes.
            std::fs::remove_file(&path).with_context(|| Failure::Remove(path.to_path_buf()))?;
            found.push(Leftover { path, wiped: true });
        } else if meta.is_file() && (what != OLD || is_plain_journal(&path)) {
            let wiped = wipe_unless_held(&path)?;
            found.push(Leftover { path, wiped });
        }
    }
    Ok(found)
}

/// Whether `path` starts as a spiegel journal that is not encrypted: the
/// SQLite header, then spiegel's application id at byte 68.
fn is_plain_journal(path: &Path) -> bool {
    use std::io::Read;
    let mut head = [0u8; 72];
    let read = open_no_follow(path).and_then(|mut f| f.read_exact(&mut head));
    read.is_ok()
        && head.starts_with(b"SQLite format 3\0")
        && i64::from(u32::from_be_bytes([head[68], head[69], head[70], head[71]]))
            == super::APPLICATION_ID
}

/// Opens `path` without following a link, for writing.
fn open_no_follow(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::custom_flags(
        &mut options,
        rustix::fs::OFlags::NOFOLLOW.bits() as i32,
    );
    options.open(path)
}

/// Takes the exclusive lock a conversion holds on its copy, without
/// waiting; `false` if another process holds it.
///
/// Windows has no advisory lock that leaves SQLite's own writes alone, so
/// there a copy counts as held while it was written to in the last ten
/// minutes: a running conversion writes without pause, and a copy a killed
/// one left only waits a little longer before it is wiped.
pub(super) fn try_hold(file: &File) -> std::io::Result<bool> {
    #[cfg(unix)]
    {
        use rustix::fs::{FlockOperation, flock};
        match flock(file, FlockOperation::NonBlockingLockExclusive) {
            Ok(()) => Ok(true),
            Err(e) if e == rustix::io::Errno::WOULDBLOCK => Ok(false),
            Err(e) => Err(e.into()),
        }
    }
    #[cfg(not(unix))]
    {
        const STILL_WRITTEN: std::time::Duration = std::time::Duration::from_secs(600);
        let age = file.metadata()?.modified()?.elapsed().unwrap_or_default();
        Ok(age > STILL_WRITTEN)
    }
}

/// A conversion's own copy at `path`: created (mode 0600, never through a
/// link) and held until the returned file is dropped.
pub(super) fn create_held(path: &Path) -> Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create_new(true);
    #[cfg(unix)]
    {
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        std::os::unix::fs::OpenOptionsExt::custom_flags(
            &mut options,
            rustix::fs::OFlags::NOFOLLOW.bits() as i32,
        );
    }
    let file = options
        .open(path)
        .with_context(|| Failure::CouldNotCreate(path.to_path_buf()))?;
    // A new file: on Windows it counts as held by its age (see try_hold).
    #[cfg(unix)]
    anyhow::ensure!(try_hold(&file)?, Failure::Appeared(path.to_path_buf()));
    Ok(file)
}

/// Overwrites `path` with zeros and removes it, unless a running conversion
/// holds it; whether it did.
fn wipe_unless_held(path: &Path) -> Result<bool> {
    let file = match open_no_follow(path) {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(true),
        Err(e) => {
            return Err(e).with_context(|| Failure::Remove(path.to_path_buf()));
        }
    };
    if !try_hold(&file)? {
        return Ok(false);
    }
    overwrite(&file).with_context(|| Failure::Remove(path.to_path_buf()))?;
    // Remove the name only if it is still this file.
    if same_file(&file, path) {
        std::fs::remove_file(path).with_context(|| Failure::Remove(path.to_path_buf()))?;
    }
    Ok(true)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_: &File, path: &Path) -> bool {
    path.is_file()
}

/// Overwrites all of `file` with zeros and flushes that to the disk. (On
/// SSDs and copy-on-write file systems old blocks may survive anyway: see
/// the README's Privacy.)
pub(super) fn overwrite(mut file: &File) -> std::io::Result<()> {
    use std::io::Seek;
    let len = file.metadata()?.len();
    file.seek(std::io::SeekFrom::Start(0))?;
    let zeros = vec![0u8; 64 * 1024];
    let mut left = len;
    while left > 0 {
        let n = left.min(zeros.len() as u64) as usize;
        file.write_all(&zeros[..n])?;
        left -= n as u64;
    }
    file.sync_all()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// On unix, where a lock tells a running conversion from a killed one.
    #[cfg(unix)]
    #[test]
    fn a_leftover_is_zeroed_before_it_goes_and_a_held_one_stays() {
        let dir = tempfile::TempDir::new().unwrap();
        let journal = dir.path().join("j.db");
        let left = sibling(&journal, "converting");
        std::fs::write(&left, b"secret").unwrap();
        // Held by a running conversion: left alone.
        let held = open_no_follow(&left).unwrap();
        assert!(try_hold(&held).unwrap());
        let found = clear_leftovers(&journal).unwrap();
        assert_eq!(
            found,
            vec![Leftover {
                path: left.clone(),
                wiped: false
            }]
        );
        assert_eq!(std::fs::read(&left).unwrap(), b"secret");
        // Keep a second name to see what was written before the removal.
        let seen = dir.path().join("seen");
        std::fs::hard_link(&left, &seen).unwrap();
        drop(held);
        let found = clear_leftovers(&journal).unwrap();
        assert!(found[0].wiped);
        assert!(!left.exists());
        assert_eq!(std::fs::read(&seen).unwrap(), vec![0u8; 6]);
    }

    #[test]
    fn a_users_own_old_file_is_left_alone() {
        let dir = tempfile::TempDir::new().unwrap();
        let journal = dir.path().join("j.db");
        let old = sibling(&journal, "old");
        std::fs::write(&old, b"my own notes, not a journal").unwrap();
        assert_eq!(clear_leftovers(&journal).unwrap(), vec![]);
        assert_eq!(std::fs::read(&old).unwrap(), b"my own notes, not a journal");
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_link_is_removed_not_followed() {
        let dir = tempfile::TempDir::new().unwrap();
        let journal = dir.path().join("j.db");
        let target = dir.path().join("precious");
        std::fs::write(&target, b"keep me").unwrap();
        let link = sibling(&journal, "converting");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        clear_leftovers(&journal).unwrap();
        assert!(std::fs::symlink_metadata(&link).is_err());
        assert_eq!(std::fs::read(&target).unwrap(), b"keep me");
    }
}

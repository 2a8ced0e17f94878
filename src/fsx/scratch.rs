//! Folders spiegel makes for a while (the demo's): private, marked as
//! spiegel's own, and removed by a later run once they are old.
//!
//! Only a folder that is spiegel's beyond doubt is ever removed: a real
//! folder (not a link) named with the prefix, in the temporary folder,
//! owned by the user, holding the marker file and nothing but the files a
//! journal keeps beside it. Each is removed by name, never through a link;
//! a folder holding anything else is left as it is.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

/// The file that marks a folder as made by spiegel.
pub const MARKER: &str = ".spiegel-scratch";

/// The files a scratch folder may hold besides the marker: a journal and
/// what SQLite keeps beside it.
const JOURNAL_FILES: [&str; 4] = [
    "journal.db",
    "journal.db-wal",
    "journal.db-shm",
    "journal.db-journal",
];

/// Makes a new private folder (0700) named `<prefix>…` in the system's
/// temporary folder, marked as spiegel's, and keeps it: the caller says
/// where it is.
pub fn marked_tempdir(prefix: &str) -> std::io::Result<PathBuf> {
    let dir = super::private_tempdir(prefix)?;
    super::create_new(&dir.path().join(MARKER))?;
    Ok(dir.keep())
}

/// Removes the scratch folders named `<prefix>…` in the system's temporary
/// folder that nobody has written to for `age`, except `keep`; returns how
/// many went. A folder that cannot be read or removed is left quietly.
pub fn remove_old(prefix: &str, age: Duration, keep: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return 0;
    };
    let now = SystemTime::now();
    entries
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().starts_with(prefix))
        .map(|e| e.path())
        .filter(|dir| dir.as_path() != keep)
        .filter(|dir| removable_since(dir).is_some_and(|t| older(now, t, age)))
        .filter(|dir| remove(dir).is_ok())
        .count()
}

fn older(now: SystemTime, then: SystemTime, age: Duration) -> bool {
    now.duration_since(then).is_ok_and(|d| d > age)
}

/// When the scratch folder at `dir` was last written, if it is spiegel's
/// and holds nothing else: `None` for anything to leave alone.
fn removable_since(dir: &Path) -> Option<SystemTime> {
    let meta = std::fs::symlink_metadata(dir).ok()?;
    if !meta.file_type().is_dir() || !owned(&meta) {
        return None;
    }
    let mut newest = None;
    let mut marked = false;
    for entry in std::fs::read_dir(dir).ok()? {
        let entry = entry.ok()?;
        let name = entry.file_name();
        let name = name.to_str()?;
        if name != MARKER && !JOURNAL_FILES.contains(&name) {
            return None;
        }
        // `DirEntry::metadata` does not follow a link.
        let meta = entry.metadata().ok()?;
        if !meta.file_type().is_file() || !owned(&meta) {
            return None;
        }
        marked |= name == MARKER;
        let modified = meta.modified().ok()?;
        newest = Some(newest.map_or(modified, |n: SystemTime| n.max(modified)));
    }
    if marked { newest } else { None }
}

/// Removes the folder's files by name (a link would be removed, not
/// followed), the marker last, then the folder itself, which fails if
/// anything appeared meanwhile.
fn remove(dir: &Path) -> std::io::Result<()> {
    for name in JOURNAL_FILES {
        match std::fs::remove_file(dir.join(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            _ => {}
        }
    }
    std::fs::remove_file(dir.join(MARKER))?;
    std::fs::remove_dir(dir)
}

#[cfg(unix)]
fn owned(meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    meta.uid() == rustix::process::geteuid().as_raw()
}

#[cfg(not(unix))]
fn owned(_meta: &std::fs::Metadata) -> bool {
    true
}

//! Checks on files spiegel opens rather than writes: the journal, whose
//! path must name a regular file it may write, and the settings file, whose
//! `editor` spiegel runs.

use std::fs::OpenOptions;
use std::path::Path;

#[cfg(unix)]
use anyhow::Context;
use anyhow::Result;

#[cfg(unix)]
use super::nonblock;
use super::{FileError, Kind, folder_of};
use crate::error::Error;
#[cfg(unix)]
use crate::t;

/// Refuses to rewrite a settings file that is not a regular file (a link
/// is not written through, and not silently replaced by a file either).
pub fn check_settings(path: &Path) -> Result<()> {
    match std::fs::symlink_metadata(path)
        .ok()
        .and_then(|m| Kind::of(&m))
    {
        Some(kind) => Err(FileError::SettingsNotAFile(path.to_path_buf(), kind).into()),
        None => Ok(()),
    }
}

/// Refuses a journal path that names a folder, a pipe, a device or other
/// non-regular file (a link to a regular file is fine): SQLite would hang
/// on a pipe, or fail with a riddle. A missing path is fine too.
pub fn check_journal(path: &Path) -> Result<()> {
    match std::fs::metadata(path) {
        Ok(meta) => match Kind::of(&meta) {
            Some(kind) => Err(FileError::JournalNotAFile(path.to_path_buf(), kind).into()),
            None => Ok(()),
        },
        Err(_) => Ok(()),
    }
}

/// Why the journal at `path` cannot be written, when the reason is
/// permission: the file itself (read-only, another user's) or its folder.
/// Tries only what writes nothing: opening the file for writing, and an
/// unnamed temporary file in its folder.
pub fn why_unwritable(path: &Path) -> Option<anyhow::Error> {
    fn denied(e: &std::io::Error) -> bool {
        matches!(
            e.kind(),
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem
        )
    }
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nonblock());
    }
    if options.open(path).is_err_and(|e| denied(&e)) {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            let me = rustix::process::geteuid().as_raw();
            if std::fs::metadata(path).is_ok_and(|m| m.uid() != me) {
                return Some(FileError::NotYours(path.to_path_buf()).into());
            }
        }
        return Some(Error::ReadOnly(path.to_path_buf()).into());
    }
    let folder = folder_of(path);
    if tempfile::tempfile_in(folder).is_err_and(|e| denied(&e)) {
        return Some(FileError::FolderNotWritable(path.to_path_buf(), folder.to_path_buf()).into());
    }
    None
}

/// Refuses a file whose content spiegel would run when someone other than
/// the user could have written it: the file or its folder writable by the
/// group or others, or owned by another user.
pub fn check_trusted(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let me = rustix::process::geteuid().as_raw();
        let folder = folder_of(path);
        for p in [path, folder] {
            let meta = std::fs::metadata(p)
                .with_context(|| t!("io-could-not-read", path = p.display().to_string()))?;
            if meta.mode() & 0o022 != 0 || meta.uid() != me {
                return Err(FileError::Untrusted(path.to_path_buf(), folder.to_path_buf()).into());
            }
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

//! Every file and folder spiegel creates, made by one set of rules:
//!
//! - private: folders 0700, files 0600, whatever the umask;
//! - a file is created new (`O_CREAT | O_EXCL`, which never follows a
//!   symbolic link): a file, link, pipe or device already at the path is
//!   refused, never written through;
//! - a file is written whole or not at all: into a temporary file beside it,
//!   which takes its name only once complete and on disk;
//! - only where a user asks to replace their own earlier output (`--force`)
//!   does a new file take the place of an old one, in one rename, so that a
//!   kill midway leaves the old one intact; and even then never the journal,
//!   its write-ahead log, a backup, a database or an export, never through a
//!   symbolic link and never onto anything but a regular file.

use std::fs::{DirBuilder, File, Metadata, OpenOptions};
use std::io::{BufWriter, Read};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::Error;
use crate::t;

/// Output is written in pieces of this size.
const BUFFER: usize = 1 << 16;

/// The first bytes of every SQLite database that is not encrypted.
const SQLITE_HEADER: &[u8] = b"SQLite format 3\0";

/// How a CSV export starts (its header, the same in every language), after
/// the `id` column that exports since issue 16 begin with.
const CSV_EXPORT_START: &str = "reflection,case,date,medium,with,";

/// Why a file is not written or replaced, or not opened as the journal.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FileError {
    /// The file exists, and the command can replace it with `--force`.
    #[error("{}", t!("error-output-exists-force", path = .0.display().to_string()))]
    ExistsUseForce(PathBuf),
    /// The file exists and is never replaced, not even with `--force`.
    #[error("{}", t!("error-never-replaced", path = .0.display().to_string(), what = .1.describe()))]
    NeverReplaced(PathBuf, Kind),
    /// A file whose content spiegel would run (the settings file's
    /// `editor`) that someone else could have written.
    #[error("{}", t!("error-untrusted-settings", path = .0.display().to_string(), folder = .1.display().to_string()))]
    Untrusted(PathBuf, PathBuf),
    /// The journal belongs to another user, who did not let this one write it.
    #[error("{}", t!("error-journal-not-yours", path = .0.display().to_string()))]
    NotYours(PathBuf),
    /// The journal's folder does not let the user create files (SQLite
    /// keeps the write-ahead log beside the journal).
    #[error("{}", t!("error-journal-folder-not-writable", path = .0.display().to_string(), folder = .1.display().to_string()))]
    FolderNotWritable(PathBuf, PathBuf),
    /// The settings file is a link, folder or other file that is not regular.
    #[error("{}", t!("error-settings-not-a-file", path = .0.display().to_string(), what = .1.describe()))]
    SettingsNotAFile(PathBuf, Kind),
    /// The journal's path names something other than a regular file.
    #[error("{}", t!("error-journal-not-a-file", path = .0.display().to_string(), what = .1.describe()))]
    JournalNotAFile(PathBuf, Kind),
}

/// What stands at a path, in words for [`FileError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Journal,
    JournalLog,
    Backup,
    Database,
    Export,
    Binary,
    Symlink,
    Folder,
    Pipe,
    Device,
    Socket,
    Special,
}

impl Kind {
    fn describe(self) -> String {
        match self {
            Kind::Journal => t!("file-kind-journal"),
            Kind::JournalLog => t!("file-kind-journal-log"),
            Kind::Backup => t!("file-kind-backup"),
            Kind::Database => t!("file-kind-database"),
            Kind::Export => t!("file-kind-export"),
            Kind::Binary => t!("file-kind-binary"),
            Kind::Symlink => t!("file-kind-symlink"),
            Kind::Folder => t!("file-kind-folder"),
            Kind::Pipe => t!("file-kind-pipe"),
            Kind::Device => t!("file-kind-device"),
            Kind::Socket => t!("file-kind-socket"),
            Kind::Special => t!("file-kind-special"),
        }
    }

    /// What a file that is not regular is; `None` for a regular file.
    fn of(meta: &Metadata) -> Option<Kind> {
        let ty = meta.file_type();
        if ty.is_file() {
            return None;
        }
        if ty.is_symlink() {
            return Some(Kind::Symlink);
        }
        if ty.is_dir() {
            return Some(Kind::Folder);
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::FileTypeExt;
            if ty.is_fifo() {
                return Some(Kind::Pipe);
            }
            if ty.is_char_device() || ty.is_block_device() {
                return Some(Kind::Device);
            }
            if ty.is_socket() {
                return Some(Kind::Socket);
            }
        }
        Some(Kind::Special)
    }
}

/// Whether [`write`] may replace a file that is already there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Existing {
    /// Refuse it: "choose a new file name" (an export, a backup).
    Refuse,
    /// Refuse it, saying that `--force` replaces it, or, when even
    /// `--force` would not (see `Replace`), why not.
    RefuseUnlessForced { journal: Option<PathBuf> },
    /// Replace a regular file (`--force`), unless it is the journal at this
    /// path (or its log), one of its backups, or what [`replaceable`]
    /// refuses.
    Replace { journal: Option<PathBuf> },
}

impl Existing {
    /// For a command with `--force`: replace only when forced, and never
    /// the journal at `journal`.
    pub fn forced(force: bool, journal: Option<PathBuf>) -> Existing {
        if force {
            Existing::Replace { journal }
        } else {
            Existing::RefuseUnlessForced { journal }
        }
    }
}

/// Creates `dir` and the folders above it that are missing, each 0700.
pub fn create_dir(dir: &Path) -> Result<()> {
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(dir).with_context(|| {
        t!(
            "io-could-not-create-folder",
            path = dir.display().to_string()
        )
    })?;
    // DirBuilder honours the umask, which can only take bits away: 0700
    // stays 0700 or less. A folder that was already there is left as it is.
    Ok(())
}

/// A new temporary folder only the user can read (0700), named
/// `<prefix>…`, in the system's temporary folder; removed when dropped.
pub fn private_tempdir(prefix: &str) -> std::io::Result<tempfile::TempDir> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(prefix);
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    builder.tempdir()
}

/// Creates the folder a file at `path` goes into (0700), if missing.
pub fn create_parent(path: &Path) -> Result<()> {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() && !dir.exists() => create_dir(dir),
        _ => Ok(()),
    }
}

/// Creates a new empty file readable by the user only (0600). Anything
/// already at `path`, a dangling symbolic link too, gives an error of kind
/// [`std::io::ErrorKind::AlreadyExists`].
pub fn create_new(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(nofollow());
    }
    options.open(path)
}

#[cfg(unix)]
fn nofollow() -> i32 {
    rustix::fs::OFlags::NOFOLLOW.bits() as i32
}

#[cfg(unix)]
fn nonblock() -> i32 {
    rustix::fs::OFlags::NONBLOCK.bits() as i32
}

/// Opens a file to append to, created private (0600) if missing; never
/// through a symbolic link. (Appending is for a log the user asked for.)
pub fn open_append(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.append(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(nofollow() | nonblock());
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    Ok(file)
}

/// Opens an existing regular file to overwrite it in place (wiping a
/// leftover before removing it): never through a symbolic link, never a
/// pipe or device.
pub fn open_to_overwrite(path: &Path) -> std::io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nofollow() | nonblock());
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    Ok(file)
}

/// The folder a file at `path` is in ("." for a bare name).
fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

/// Writes a file readable by the user only, whole or not at all: `fill`
/// writes into a private temporary file beside it, which takes the file's
/// name only once it is complete and on disk, and is removed on any error.
/// `existing` says what happens to a file already at `path`.
pub fn write(
    path: &Path,
    existing: &Existing,
    fill: impl FnOnce(&mut BufWriter<&mut File>) -> Result<()>,
) -> Result<()> {
    let dir = folder_of(path);
    let could_not_write = || t!("io-could-not-write", path = path.display().to_string());
    // Refused before anything is written (checked again at the end).
    check(path, existing)?;
    // tempfile creates it with mode 0600 and O_EXCL, and deletes it when dropped.
    let mut tmp = tempfile::Builder::new()
        .prefix(".spiegel-")
        .tempfile_in(dir)
        .with_context(|| t!("io-could-not-write-in", path = dir.display().to_string()))?;
    let mut w = BufWriter::with_capacity(BUFFER, tmp.as_file_mut());
    fill(&mut w).map_err(|err| {
        // What failed to be written is the file; anything else (the
        // journal) says itself what it is.
        if err.downcast_ref::<std::io::Error>().is_some() {
            err.context(could_not_write())
        } else {
            err
        }
    })?;
    w.into_inner()
        .map_err(std::io::IntoInnerError::into_error)
        .and_then(|file| file.sync_all())
        .with_context(could_not_write)?;
    let persisted = match existing {
        Existing::Refuse | Existing::RefuseUnlessForced { .. } => tmp.persist_noclobber(path),
        Existing::Replace { .. } => {
            // Whatever appeared meanwhile is checked again; the rename
            // replaces the name, never what a link points to.
            check(path, existing)?;
            tmp.persist(path)
        }
    };
    persisted.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            exists_error(path, existing)
        } else {
            anyhow::Error::from(e.error).context(could_not_write())
        }
    })?;
    sync_folder(dir);
    Ok(())
}

/// Makes a rename in `dir` last through a power cut, where the system can.
fn sync_folder(dir: &Path) {
    #[cfg(unix)]
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

fn exists_error(path: &Path, existing: &Existing) -> anyhow::Error {
    match existing {
        Existing::Refuse => Error::OutputExists(path.to_path_buf()).into(),
        _ => FileError::ExistsUseForce(path.to_path_buf()).into(),
    }
}

/// Refuses what may not be at `path` before a file is written there
/// ([`write`] checks too; this is for refusing many files before any is
/// written).
pub fn check(path: &Path, existing: &Existing) -> Result<()> {
    let meta = match std::fs::symlink_metadata(path) {
        Ok(meta) => meta,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => {
            return Err(e)
                .with_context(|| t!("io-could-not-write", path = path.display().to_string()));
        }
    };
    match existing {
        Existing::Refuse => Err(Error::OutputExists(path.to_path_buf()).into()),
        Existing::RefuseUnlessForced { journal } => {
            match replaceable(path, &meta, journal.as_deref()) {
                Err(kind) => Err(FileError::NeverReplaced(path.to_path_buf(), kind).into()),
                Ok(()) => Err(FileError::ExistsUseForce(path.to_path_buf()).into()),
            }
        }
        Existing::Replace { journal } => replaceable(path, &meta, journal.as_deref())
            .map_err(|kind| FileError::NeverReplaced(path.to_path_buf(), kind).into()),
    }
}

/// Whether the file at `path` (whose own, not followed, metadata is `meta`)
/// may be replaced: only a regular file that is neither the journal nor
/// its log, nor in its backup folder, nor a database, an export or a file
/// that is not text. Err names what it is.
fn replaceable(path: &Path, meta: &Metadata, journal: Option<&Path>) -> Result<(), Kind> {
    if let Some(kind) = Kind::of(meta) {
        return Err(kind);
    }
    if let Some(journal) = journal {
        if same_file(meta, journal) {
            return Err(Kind::Journal);
        }
        for suffix in ["-wal", "-shm", "-journal"] {
            let mut log = journal.as_os_str().to_owned();
            log.push(suffix);
            if same_file(meta, Path::new(&log)) {
                return Err(Kind::JournalLog);
            }
        }
        let backups = crate::store::backup_folder(journal);
        if let (Ok(backups), Ok(here)) = (
            std::fs::canonicalize(backups),
            std::fs::canonicalize(folder_of(path)),
        ) && here.starts_with(&backups)
        {
            return Err(Kind::Backup);
        }
    }
    let head = read_head(path, meta).map_err(|_| Kind::Special)?;
    judge_content(&head)
}

/// What the first bytes of a file say it is: Err for a database, an export
/// or anything that is not text (an encrypted journal or backup).
fn judge_content(head: &[u8]) -> Result<(), Kind> {
    if head.starts_with(SQLITE_HEADER) {
        return Err(Kind::Database);
    }
    let text = match std::str::from_utf8(head) {
        Ok(text) => text,
        // A character cut at the end of what was read is still text.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&head[..e.valid_up_to()]).unwrap_or_default()
        }
        Err(_) => return Err(Kind::Binary),
    };
    if text.contains('\0') {
        return Err(Kind::Binary);
    }
    let start = text.trim_start();
    let json_export = start.starts_with('{') && start.contains(crate::journal::export::FORMAT);
    let csv = start.strip_prefix("id,").unwrap_or(start);
    if json_export || csv.starts_with(CSV_EXPORT_START) {
        return Err(Kind::Export);
    }
    Ok(())
}

/// The first 4 KiB of the regular file at `path`, opened without following
/// a link and without waiting on a pipe put there meanwhile.
fn read_head(path: &Path, meta: &Metadata) -> std::io::Result<Vec<u8>> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(nofollow() | nonblock());
    }
    let file = options.open(path)?;
    let opened = file.metadata()?;
    if !opened.is_file() || !same_meta(&opened, meta) {
        return Err(std::io::ErrorKind::InvalidInput.into());
    }
    let mut head = Vec::with_capacity(4096);
    file.take(4096).read_to_end(&mut head)?;
    Ok(head)
}

/// Whether `meta` is of the file at `other` (followed if a link).
fn same_file(meta: &Metadata, other: &Path) -> bool {
    std::fs::metadata(other).is_ok_and(|o| same_meta(meta, &o))
}

#[cfg(unix)]
fn same_meta(a: &Metadata, b: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_meta(a: &Metadata, b: &Metadata) -> bool {
    a.len() == b.len() && a.modified().ok() == b.modified().ok()
}

mod checks;
pub mod scratch;

pub use checks::{check_journal, check_settings, check_trusted, why_unwritable};

#[cfg(test)]
mod tests;

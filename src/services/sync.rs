//! Several devices through a folder a file-sync service keeps in step
//! (issue 17): `sync init` ties the journal to the folder, `sync` reads the
//! other devices' new change files and writes one of its own with what
//! changed here, `sync status` tells where things stand. Each device
//! writes only its own files, never rewritten, so the sync service never
//! meets a conflict; every file in the folder is encrypted.

use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Result;

use super::Journal;
use super::transfer::{Devices, ImportSummary, Importer};
use crate::journal::CaseId;
use crate::journal::export::{self, ReadError};
use crate::journal::sync::{KEY_FILE, SyncError, Tombstone, change_file_seq, is_device_id};
use crate::store::{
    ChangeFile, SyncConfig, Tx, change_file_path, create_key_file, random_key, read_change_file,
    read_key_file, write_change_file,
};

/// What `sync init` did.
#[derive(Debug, Clone)]
pub struct Tied {
    pub device: String,
    pub dir: PathBuf,
    /// The folder's key was made now (the first device); else read.
    pub new_key: bool,
}

/// Ties the journal to the folder `dir`, which must exist and must not hold
/// the journal. The folder's key file is opened with the journal's
/// passphrase when it is encrypted, else with `ask(new)`'s (`new`: no key
/// file yet, so it is made). Tied to that folder already: nothing changes.
pub fn init(
    journal: &mut Journal,
    dir: &Path,
    ask: &dyn Fn(bool) -> Result<String>,
) -> Result<Tied> {
    let dir = match std::fs::canonicalize(dir) {
        Ok(d) if d.is_dir() => d,
        _ => return Err(SyncError::NoFolder(dir.to_path_buf()).into()),
    };
    let journal_path = std::fs::canonicalize(journal.path()).unwrap_or(journal.path().into());
    if journal_path.starts_with(&dir) {
        return Err(SyncError::JournalInside(dir).into());
    }
    let dir_text = dir.to_string_lossy().into_owned();
    let config = journal.read(|tx| tx.sync_config())?;
    if let Some(config) = &config {
        if config.dir == dir_text {
            return Ok(Tied {
                device: config.device.clone(),
                dir,
                new_key: false,
            });
        }
        return Err(SyncError::OtherFolder(PathBuf::from(&config.dir)).into());
    }
    let key_path = dir.join(KEY_FILE);
    let exists = key_path.exists();
    let passphrase = match journal.store.sync_passphrase() {
        Some(p) => p.to_string(),
        None => ask(!exists)?,
    };
    let raw_key = if exists {
        match read_key_file(&key_path, &passphrase) {
            Ok(Some(key)) => key,
            Ok(None) => return Err(SyncError::WrongPassphrase(key_path).into()),
            Err(_) => return Err(SyncError::BadKeyFile(key_path).into()),
        }
    } else {
        let key = random_key()?;
        create_key_file(&key_path, &passphrase, &key)?;
        key
    };
    let device = uuid::Uuid::new_v4().hyphenated().to_string();
    crate::fsx::create_dir(&dir.join(&device))?;
    journal.write(|tx| tx.sync_tie(&device, &dir_text, &raw_key))?;
    Ok(Tied {
        device,
        dir,
        new_key: !exists,
    })
}

/// Why a file of another device was not read (it is tried again next time).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Skipped {
    /// It does not open with the folder's key: half-copied, damaged, or not
    /// spiegel's.
    Unreadable { device: String, name: String },
    /// It opens, but what it holds is not good (or not from that device).
    Bad { device: String, name: String },
    /// It erases a case (`case forget` on that device), and that was not
    /// confirmed: the rest of it is applied.
    Forget { case: String },
}

/// What a sync did.
#[derive(Debug, Default, Clone)]
pub struct Exchanged {
    /// The file written, if anything was to be sent: records (a case counts
    /// once) and deletions in it.
    pub sent: Option<(u64, u64)>,
    /// Files of other devices applied.
    pub read: u64,
    /// Records added and updated from them.
    pub added: u64,
    pub updated: u64,
    /// Records deleted because another device deleted them.
    pub deleted: u64,
    /// Cases erased because another device forgot them.
    pub forgotten: Vec<String>,
    pub skipped: Vec<Skipped>,
    /// Files left for the next sync: the time was up.
    pub left: u64,
}

/// A file of another device, read and decrypted.
struct Incoming {
    device: String,
    name: String,
    file: ChangeFile,
    tombstones: Vec<Tombstone>,
}

/// The other devices' change files in the folder, by device, in the order
/// they were written.
pub(super) fn other_files(dir: &Path, me: &str) -> Vec<(String, Vec<(u64, String)>)> {
    let mut devices = Vec::new();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return devices;
    };
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        if name == me || !is_device_id(&name) || !entry.path().is_dir() {
            continue;
        }
        devices.push((name.clone(), files_of(&entry.path())));
    }
    devices.sort();
    devices
}

/// A device folder's change files: (number, name), in order.
pub(super) fn files_of(folder: &Path) -> Vec<(u64, String)> {
    let mut files: Vec<(u64, String)> = std::fs::read_dir(folder)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().is_file())
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            change_file_seq(&name).map(|seq| (seq, name))
        })
        .collect();
    files.sort();
    files
}

/// Exchanges changes with the folder in one transaction: applies every file
/// of another device not applied yet (one that cannot be read is skipped and
/// tried again next time), then writes one new file with what changed here.
/// `confirm` is asked, before anything is applied, whether the cases other
/// devices forgot may be erased here. With a `budget`, reading stops when
/// it is spent (the rest waits for the next sync). A sync is not a step
/// `undo` takes back; when it brought changes in, the undo log is emptied.
pub fn exchange(
    journal: &mut Journal,
    confirm: &mut dyn FnMut(&[String]) -> Result<bool>,
    budget: Option<Duration>,
) -> Result<Exchanged> {
    let started = Instant::now();
    let config = journal
        .read(|tx| tx.sync_config())?
        .ok_or(SyncError::NotSetUp)?;
    let dir = PathBuf::from(&config.dir);
    if !dir.is_dir() {
        return Err(SyncError::NoFolder(dir).into());
    }
    let mut done = Exchanged::default();

    // Read and decrypt outside the transaction.
    let others = other_files(&dir, &config.device);
    let read_before: Vec<HashSet<String>> = journal.read(|tx| {
        others
            .iter()
            .map(|(device, _)| tx.sync_files(device))
            .collect()
    })?;
    let mut incoming = Vec::new();
    for ((device, files), read) in others.iter().zip(&read_before) {
        for (_, name) in files.iter().filter(|(_, n)| !read.contains(n)) {
            if budget.is_some_and(|b| started.elapsed() > b) {
                done.left += 1;
                continue;
            }
            let path = dir.join(device).join(name);
            let skipped = |bad: bool| {
                let (device, name) = (device.clone(), name.clone());
                if bad {
                    Skipped::Bad { device, name }
                } else {
                    Skipped::Unreadable { device, name }
                }
            };
            match read_change_file(&path, &config.raw_key) {
                Ok(Some(file)) => {
                    let tombstones: Option<Vec<Tombstone>> =
                        serde_json::from_str(&file.tombstones).ok();
                    match tombstones {
                        Some(t) if file.device == *device && t.iter().all(Tombstone::is_valid) => {
                            incoming.push(Incoming {
                                device: device.clone(),
                                name: name.clone(),
                                file,
                                tombstones: t,
                            })
                        }
                        _ => done.skipped.push(skipped(true)),
                    }
                }
                _ => done.skipped.push(skipped(false)),
            }
        }
    }

    // Cases other devices forgot that this journal holds: asked first.
    let forgets: Vec<String> = journal.read(|tx| {
        let mut names = Vec::new();
        for t in incoming
            .iter()
            .flat_map(|i| &i.tombstones)
            .filter(|t| t.forget)
        {
            if let Some((_, name)) = tx.sync_case_name(&t.uuid)?
                && !names.contains(&name)
            {
                names.push(name);
            }
        }
        Ok(names)
    })?;
    let may_forget = forgets.is_empty() || confirm(&forgets)?;
    if !may_forget {
        done.skipped.extend(
            forgets
                .iter()
                .map(|case| Skipped::Forget { case: case.clone() }),
        );
    }
    let erasing = may_forget && !forgets.is_empty();
    if erasing {
        journal.store.take_alone()?;
    }

    // This device's own files that went missing from the folder.
    let missing: Vec<String> = {
        let present: HashSet<String> = files_of(&dir.join(&config.device))
            .into_iter()
            .map(|(_, n)| n)
            .collect();
        let written = journal.read(|tx| tx.sync_files(&config.device))?;
        written
            .into_iter()
            .filter(|n| !present.contains(n))
            .collect()
    };

    let done = journal.write_unrecorded(|tx| {
        // As an import: into a new journal, the summaries filled once.
        let aside = tx.begin_import()?;
        for file in &incoming {
            apply(tx, &config, file, may_forget, &mut done)?;
        }
        tx.end_import(aside)?;
        if done.added + done.updated + done.deleted > 0 || !done.forgotten.is_empty() {
            tx.sync_clear_undo()?;
        }
        if !missing.is_empty() {
            // A file of this device went missing from the folder (deleted,
            // rolled back): everything is sent again, once.
            tx.sync_mark_all()?;
            for name in &missing {
                tx.sync_unread(&config.device, name)?;
            }
        }
        done.sent = send(tx, &config, &dir)?;
        Ok(done)
    })?;
    if erasing {
        journal.store.scrub()?;
    }
    Ok(done)
}

/// Applies one file of another device, alone: a file that fails is taken
/// back and skipped, the others go on.
fn apply(
    tx: &Tx,
    config: &SyncConfig,
    incoming: &Incoming,
    may_forget: bool,
    done: &mut Exchanged,
) -> Result<()> {
    tx.sync_file_begin()?;
    tx.sync_applying(Some(&incoming.device))?;
    let devices = Devices {
        from: incoming.device.clone(),
        me: config.device.clone(),
    };
    let mut importer = Importer::for_sync(tx, devices);
    let read = export::read(
        std::io::Cursor::new(incoming.file.export.as_bytes()),
        &mut importer,
    );
    let summary: ImportSummary = importer.summary().clone();
    let applied = match read {
        Ok(_) => bury_all(tx, &incoming.tombstones, may_forget),
        Err(ReadError::Sink(e)) => Err(e),
        Err(ReadError::Invalid(_) | ReadError::Io(_)) => Ok(None),
    };
    tx.sync_applying(None)?;
    match applied {
        Ok(Some(buried)) => {
            tx.sync_file_end(true)?;
            done.read += 1;
            done.added += summary.added.iter().map(|(_, n)| n).sum::<u64>();
            done.updated += summary.updated.iter().map(|(_, n)| n).sum::<u64>();
            done.deleted += buried.deleted;
            done.forgotten.extend(buried.forgotten);
            // A forget not confirmed is asked again next time.
            if !buried.held_back {
                tx.sync_read(&incoming.device, &incoming.name)?;
            }
        }
        Ok(None) | Err(_) => {
            tx.sync_file_end(false)?;
            done.skipped.push(Skipped::Bad {
                device: incoming.device.clone(),
                name: incoming.name.clone(),
            });
        }
    }
    Ok(())
}

/// What a file's deletions did.
#[derive(Default)]
struct Buried {
    deleted: u64,
    forgotten: Vec<String>,
    /// A forget was not applied (not confirmed).
    held_back: bool,
}

/// Applies a file's deletions: a record not changed here since it was
/// deleted there goes; a forgotten case goes whatever its age (if
/// `may_forget`). Each deletion is kept, so that an older version arriving
/// later from a third device does not bring the record back.
fn bury_all(tx: &Tx, tombstones: &[Tombstone], may_forget: bool) -> Result<Option<Buried>> {
    let mut buried = Buried::default();
    for t in tombstones {
        let local = tx.sync_record(&t.kind, &t.uuid)?;
        if t.forget {
            if !may_forget {
                buried.held_back = true;
                continue;
            }
            if let Some((id, _)) = local {
                let name = tx.sync_case_name(&t.uuid)?.map(|(_, n)| n);
                tx.forget_case(CaseId(id))?;
                buried.forgotten.extend(name);
            }
            tx.sync_keep_tombstone(t)?;
            continue;
        }
        match local {
            Some((id, updated_at)) if updated_at <= t.deleted_at => {
                let gone = if t.kind == "case" {
                    tx.sync_delete_case(id)?;
                    true
                } else {
                    tx.sync_delete(&t.kind, id)?
                };
                if gone {
                    buried.deleted += 1;
                    tx.sync_keep_tombstone(t)?;
                }
            }
            // Changed here since: the change wins, and is sent.
            Some(_) => {}
            None => tx.sync_keep_tombstone(t)?,
        }
    }
    Ok(Some(buried))
}

/// Writes one new file with what changed here, if anything did: (records,
/// deletions) sent.
fn send(tx: &Tx, config: &SyncConfig, dir: &Path) -> Result<Option<(u64, u64)>> {
    let (records, deletions) = tx.sync_pending()?;
    if records + deletions == 0 {
        return Ok(None);
    }
    let export = tx.sync_changes(|head, stream| {
        let mut cases = Vec::new();
        while let Some(case) = stream.next_case()? {
            cases.push(case);
        }
        Ok(serde_json::to_string(&head.with_cases(cases))?)
    })?;
    let tombstones = serde_json::to_string(&tx.sync_unsent_tombstones()?)?;
    let seq = config.seq + 1;
    let folder = dir.join(&config.device);
    crate::fsx::create_dir(&folder)?;
    let path = change_file_path(dir, &config.device, seq);
    let file = ChangeFile {
        device: config.device.clone(),
        seq,
        written_at: crate::journal::date::timestamp(crate::journal::date::now_utc()),
        export,
        tombstones,
    };
    write_change_file(&path, &config.raw_key, &file)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    tx.sync_sent(&config.device, &name, seq)?;
    Ok(Some((records, deletions)))
}

/// The folder the journal is tied to, if any.
pub fn folder(journal: &mut Journal) -> Result<Option<PathBuf>> {
    Ok(journal
        .read(|tx| tx.sync_config())?
        .map(|c| PathBuf::from(c.dir)))
}

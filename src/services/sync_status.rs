//! `sync status`: this device, its folder, the devices known there and what
//! is pending either way.

use std::path::PathBuf;

use anyhow::Result;

use super::Journal;
use super::sync::{files_of, other_files};
use crate::journal::sync::SyncError;

/// A device as `sync status` tells it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeviceState {
    pub device: String,
    /// This device.
    pub this: bool,
    /// Its change files in the folder.
    pub files: u64,
    /// When it last wrote one (the newest file's time), UTC.
    pub last_write: Option<String>,
    /// Its files not applied here yet.
    pub unread: u64,
}

/// `sync status`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyncState {
    pub device: String,
    pub dir: PathBuf,
    /// Whether the folder is there.
    pub reachable: bool,
    pub devices: Vec<DeviceState>,
    /// Changes here not yet in a file: records (a case counts once) and
    /// deletions.
    pub pending_records: u64,
    pub pending_deletions: u64,
}

/// Where sync stands: this device, its folder, the devices known there and
/// what is pending either way.
pub fn status(journal: &mut Journal) -> Result<SyncState> {
    let config = journal
        .read(|tx| tx.sync_config())?
        .ok_or(SyncError::NotSetUp)?;
    let dir = PathBuf::from(&config.dir);
    let reachable = dir.is_dir();
    let mut folders = other_files(&dir, &config.device);
    folders.push((config.device.clone(), files_of(&dir.join(&config.device))));
    folders.sort_by(|a, b| (a.0 != config.device, &a.0).cmp(&(b.0 != config.device, &b.0)));
    let (pending_records, pending_deletions) = journal.read(|tx| tx.sync_pending())?;
    let mut devices = Vec::new();
    for (device, files) in folders {
        let read = journal.read(|tx| tx.sync_files(&device))?;
        let this = device == config.device;
        let last_write = files
            .iter()
            .filter_map(|(_, name)| std::fs::metadata(dir.join(&device).join(name)).ok())
            .filter_map(|m| m.modified().ok())
            .max()
            .map(|t| crate::journal::date::timestamp(t.into()));
        devices.push(DeviceState {
            unread: if this {
                0
            } else {
                files.iter().filter(|(_, n)| !read.contains(n)).count() as u64
            },
            files: files.len() as u64,
            last_write,
            device,
            this,
        });
    }
    Ok(SyncState {
        device: config.device,
        dir,
        reachable,
        devices,
        pending_records,
        pending_deletions,
    })
}

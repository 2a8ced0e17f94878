//! `spiegel status`: where the journal is, whether it is encrypted, its
//! size and backups.

use anyhow::Result;
use clap::Args;
use serde::Serialize;

use super::crypt::leftover_line;
use super::render;
use super::{Ctx, JsonArg};
use crate::services::crypt as journal_file;
use crate::t;

#[derive(Debug, Args)]
pub struct StatusArgs {
    #[command(flatten)]
    json: JsonArg,
}

/// `status --json`: the same facts, sizes in bytes.
#[derive(Serialize)]
struct Shown {
    journal: String,
    encrypted: bool,
    /// The file's permission bits in octal, e.g. "600" (unix only).
    mode: Option<String>,
    /// Whether only the user can open the file (unix only).
    private: Option<bool>,
    size_bytes: u64,
    wal_bytes: u64,
    backups: usize,
    backup_folder: String,
    /// Files an interrupted conversion left: whether each was wiped.
    leftovers: Vec<ShownLeftover>,
}

#[derive(Serialize)]
struct ShownLeftover {
    path: String,
    wiped: bool,
}

impl StatusArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let status = journal_file::status(&path)?;
        if self.json.json {
            return render::json(&shown(&path, &status));
        }
        let meta = &status.meta;
        let wal = status.wal;
        let kb = |bytes: u64| bytes.div_ceil(1024);
        let size = if wal > 0 {
            t!("crypt-size-wal", kb = kb(meta.len()), wal = kb(wal))
        } else {
            t!("crypt-size", kb = kb(meta.len()))
        };
        let mut rows = vec![
            (t!("crypt-journal"), path.display().to_string()),
            (
                t!("crypt-encrypted"),
                if status.encrypted {
                    t!("crypt-encryption-yes")
                } else {
                    t!("crypt-encryption-no")
                },
            ),
            (t!("crypt-access"), access(meta, &path)),
            (t!("crypt-size-label"), size),
            (
                t!("crypt-backups"),
                t!(
                    "crypt-backups-in",
                    count = status.backups,
                    path = status.backup_folder.display().to_string()
                ),
            ),
        ];
        rows.extend(
            status
                .leftovers
                .iter()
                .map(|found| (t!("crypt-leftovers"), leftover_line(found))),
        );
        render::fields(&rows)
    }
}

fn shown(path: &std::path::Path, status: &journal_file::Status) -> Shown {
    #[cfg(unix)]
    let (mode, private) = {
        use std::os::unix::fs::PermissionsExt;
        let mode = status.meta.permissions().mode();
        (Some(format!("{:o}", mode & 0o777)), Some(mode & 0o077 == 0))
    };
    #[cfg(not(unix))]
    let (mode, private) = (None, None);
    Shown {
        journal: path.to_string_lossy().into_owned(),
        encrypted: status.encrypted,
        mode,
        private,
        size_bytes: status.meta.len(),
        wal_bytes: status.wal,
        backups: status.backups,
        backup_folder: status.backup_folder.to_string_lossy().into_owned(),
        leftovers: status
            .leftovers
            .iter()
            .map(|l| ShownLeftover {
                path: l.path.to_string_lossy().into_owned(),
                wiped: l.wiped,
            })
            .collect(),
    }
}

/// Who besides the user can open the file, as plainly as the system says
/// it: the file's mode on unix; on Windows, where spiegel sets no
/// permissions of its own, what does protect it (issue 18.6).
#[cfg(unix)]
fn access(meta: &std::fs::Metadata, path: &std::path::Path) -> String {
    use std::os::unix::fs::PermissionsExt;
    let mode = format!("{:o}", meta.permissions().mode() & 0o777);
    if meta.permissions().mode() & 0o077 == 0 {
        t!("crypt-access-owner", mode = mode)
    } else {
        t!(
            "crypt-access-others",
            mode = mode,
            path = path.display().to_string()
        )
    }
}

#[cfg(not(unix))]
fn access(_meta: &std::fs::Metadata, _path: &std::path::Path) -> String {
    t!("crypt-access-windows")
}

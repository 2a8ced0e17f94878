//! Asking for passphrases (from a prompt that does not echo, or the
//! environment) and naming what interrupted conversions left: shared by
//! `init`, `status`, `encrypt`, `decrypt`, `rekey`, `check` and every
//! command that opens an encrypted journal.

use std::path::Path;

use anyhow::Result;

use super::Ctx;
use super::render::out;
use super::term;
use crate::error::Error;
use crate::services::crypt::{self as journal_file, Leftover};
use crate::t;

/// The passphrase of an existing journal.
pub const PASSPHRASE_VAR: &str = "SPIEGEL_PASSPHRASE";
/// The new passphrase for `rekey`.
pub const NEW_PASSPHRASE_VAR: &str = "SPIEGEL_NEW_PASSPHRASE";
/// A shorter passphrase is refused.
const MIN_PASSPHRASE: usize = 8;

/// The value of `var`; unset and empty are the same, and bytes that are
/// not UTF-8 are refused, not taken for unset.
fn from_env(var: &'static str) -> Result<Option<String>> {
    match std::env::var(var) {
        Ok(p) if !p.is_empty() => Ok(Some(p)),
        Ok(_) | Err(std::env::VarError::NotPresent) => Ok(None),
        Err(std::env::VarError::NotUnicode(_)) => Err(Error::PassphraseNotUtf8(var).into()),
    }
}

/// The passphrase of the encrypted journal at `path`.
pub fn passphrase(path: &Path) -> Result<String> {
    if let Some(p) = from_env(PASSPHRASE_VAR)? {
        return Ok(p);
    }
    if !term::can_ask() {
        return Err(Error::Locked(path.to_path_buf()).into());
    }
    term::answered(
        term::password(&t!("crypt-prompt", path = path.display().to_string())),
        || t!("io-no-passphrase"),
    )
}

/// A new passphrase: from `var`, or typed twice.
pub fn new_passphrase(var: &'static str) -> Result<String> {
    let pass = match from_env(var)? {
        Some(p) => p,
        None if term::can_ask() => term::answered(
            term::new_password(
                &t!("crypt-new-prompt"),
                &t!("crypt-confirm-prompt"),
                &t!("crypt-mismatch"),
            ),
            || t!("io-no-passphrase"),
        )?,
        None => return Err(Error::NewPassphraseNeeded(var).into()),
    };
    if pass.chars().count() < MIN_PASSPHRASE {
        return Err(Error::ShortPassphrase(MIN_PASSPHRASE).into());
    }
    Ok(pass)
}

/// Wipes what interrupted conversions left beside the journal (see
/// [`journal_file::clear_leftovers`]) and names it on stderr: run before every
/// command but `status` and `check`, which name it in their report.
pub fn note_leftovers(ctx: &Ctx) {
    let Ok(path) = ctx.journal_path() else {
        return;
    };
    match journal_file::clear_leftovers(&path) {
        Ok(found) => {
            for line in found.iter().filter(|l| l.wiped).map(leftover_line) {
                eprintln!("{}", t!("crypt-leftover-note", line = line));
            }
        }
        Err(e) => eprintln!("{}", t!("crypt-leftover-note", line = format!("{e:#}"))),
    }
}

/// Wipes what interrupted conversions left beside the journal at `path`;
/// one line for each file found.
fn leftovers(path: &Path) -> Result<Vec<String>> {
    Ok(journal_file::clear_leftovers(path)?
        .iter()
        .map(leftover_line)
        .collect())
}

pub fn leftover_line(found: &Leftover) -> String {
    let path = found.path.display().to_string();
    if found.wiped {
        t!("crypt-leftover-wiped", path = path)
    } else {
        t!("crypt-leftover-held", path = path)
    }
}

/// `spiegel check`'s first lines: what interrupted conversions left.
pub fn check_leftovers(ctx: &Ctx) -> Result<()> {
    for line in leftovers(&ctx.journal_path()?)? {
        out(line)?;
    }
    Ok(())
}

//! `spiegel init`, `status`, `encrypt`, `decrypt` and `rekey`, and asking
//! for passphrases: from a prompt that does not echo, or the environment.

use std::io::IsTerminal;
use std::path::Path;

use anyhow::{Context, Result};
use clap::Args;

use super::Ctx;
use super::render::{self, out};
use crate::error::Error;
use crate::store::{self, Access, Encryption, Store};
use crate::text::crypt as t;

/// The passphrase of an existing journal.
const PASSPHRASE_VAR: &str = "SPIEGEL_PASSPHRASE";
/// The new passphrase for `rekey`.
const NEW_PASSPHRASE_VAR: &str = "SPIEGEL_NEW_PASSPHRASE";
/// A shorter passphrase is refused.
const MIN_PASSPHRASE: usize = 8;

fn on_terminal() -> bool {
    std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
}

fn from_env(var: &str) -> Option<String> {
    std::env::var(var).ok().filter(|p| !p.is_empty())
}

/// The passphrase of the encrypted journal at `path`.
pub fn passphrase(path: &Path) -> Result<String> {
    if let Some(p) = from_env(PASSPHRASE_VAR) {
        return Ok(p);
    }
    if !on_terminal() {
        return Err(Error::Locked(path.to_path_buf()).into());
    }
    dialoguer::Password::new()
        .with_prompt(t::prompt(path))
        .interact()
        .context("no passphrase typed")
}

/// A new passphrase: from `var`, or typed twice.
fn new_passphrase(var: &'static str) -> Result<String> {
    let pass = match from_env(var) {
        Some(p) => p,
        None if on_terminal() => dialoguer::Password::new()
            .with_prompt(t::NEW_PROMPT)
            .with_confirmation(t::CONFIRM_PROMPT, t::MISMATCH)
            .interact()
            .context("no passphrase typed")?,
        None => return Err(Error::NewPassphraseNeeded(var).into()),
    };
    if pass.chars().count() < MIN_PASSPHRASE {
        return Err(Error::ShortPassphrase(MIN_PASSPHRASE).into());
    }
    Ok(pass)
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Encrypt the new journal with a passphrase (typed, or SPIEGEL_PASSPHRASE)
    #[arg(long)]
    encrypt: bool,
}

impl InitArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let exists = std::fs::metadata(&path).is_ok_and(|m| m.len() > 0);
        if exists {
            let encrypted = store::is_encrypted(&path)?;
            if self.encrypt && !encrypted {
                return Err(Error::AlreadyPlain(path).into());
            }
            return out(t::already(&path, encrypted));
        }
        if self.encrypt {
            let pass = new_passphrase(PASSPHRASE_VAR)?;
            Store::create_encrypted(&path, &pass)?;
            out(t::created_encrypted(&path))
        } else {
            Store::open(&path, Access::Write)?;
            out(t::created_plain(&path))
        }
    }
}

pub fn status(ctx: &Ctx) -> Result<()> {
    let path = ctx.journal_path()?;
    let meta = std::fs::metadata(&path).map_err(|_| Error::NoJournal(path.clone()))?;
    let encrypted = store::is_encrypted(&path)?;
    let mut wal = path.clone().into_os_string();
    wal.push("-wal");
    let wal = std::fs::metadata(&wal).map(|m| m.len()).unwrap_or(0);
    let backups = std::fs::read_dir(store::backup_folder(&path))
        .map(|d| d.filter_map(Result::ok).count())
        .unwrap_or(0);
    render::fields(&[
        (t::JOURNAL, path.display().to_string()),
        (t::ENCRYPTED, t::encryption(encrypted).to_string()),
        (t::SIZE, t::size(meta.len(), wal)),
        (
            t::BACKUPS,
            t::backups(backups, &store::backup_folder(&path)),
        ),
    ])
}

pub fn encrypt(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if store::is_encrypted(&path)? {
        return Err(Error::AlreadyEncrypted(path).into());
    }
    let pass = new_passphrase(PASSPHRASE_VAR)?;
    store::convert(&path, None, Some(&pass))?;
    out(t::encrypted(&path))
}

pub fn decrypt(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if !store::is_encrypted(&path)? {
        return Err(Error::NotEncrypted(path).into());
    }
    let pass = passphrase(&path)?;
    store::convert(&path, Some(&pass), None)?;
    out(t::decrypted(&path))
}

pub fn rekey(ctx: &Ctx) -> Result<()> {
    let path = existing(ctx)?;
    if !store::is_encrypted(&path)? {
        return Err(Error::NotEncrypted(path).into());
    }
    let old = passphrase(&path)?;
    // Check the old one before asking for a new one.
    let store = Store::open_with(&path, Access::Read, &|| Ok(old.clone()))?;
    debug_assert_eq!(store.encryption(), Encryption::Encrypted);
    drop(store);
    let new = new_passphrase(NEW_PASSPHRASE_VAR)?;
    store::convert(&path, Some(&old), Some(&new))?;
    out(t::rekeyed(&path))
}

fn existing(ctx: &Ctx) -> Result<std::path::PathBuf> {
    let path = ctx.journal_path()?;
    if !std::fs::metadata(&path).is_ok_and(|m| m.len() > 0) {
        return Err(Error::NoJournal(path).into());
    }
    Ok(path)
}

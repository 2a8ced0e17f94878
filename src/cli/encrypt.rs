//! `spiegel encrypt`, `decrypt` and `rekey`: converting the journal file.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::crypt::{NEW_PASSPHRASE_VAR, PASSPHRASE_VAR, new_passphrase, passphrase};
use super::render::out;
use crate::services::crypt as journal_file;
use crate::t;

#[derive(Debug, Args)]
pub struct EncryptArgs {}

impl EncryptArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        journal_file::encrypt(&path, &|| new_passphrase(PASSPHRASE_VAR))?;
        out(t!("crypt-now-encrypted", path = path.display().to_string()))
    }
}

#[derive(Debug, Args)]
pub struct DecryptArgs {}

impl DecryptArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        journal_file::decrypt(&path, &|| passphrase(&path))?;
        out(t!("crypt-decrypted", path = path.display().to_string()))
    }
}

#[derive(Debug, Args)]
pub struct RekeyArgs {}

impl RekeyArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        journal_file::rekey(&path, &|| passphrase(&path), &|| {
            new_passphrase(NEW_PASSPHRASE_VAR)
        })?;
        out(t!("crypt-rekeyed", path = path.display().to_string()))
    }
}

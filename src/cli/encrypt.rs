//! `spiegel encrypt`, `decrypt` and `rekey`: converting the journal file.

use std::cell::RefCell;

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::crypt::{NEW_PASSPHRASE_VAR, PASSPHRASE_VAR, new_passphrase, passphrase};
use super::progress::Progress;
use super::render::out;
use crate::services::crypt as journal_file;
use crate::t;

#[derive(Debug, Args)]
pub struct EncryptArgs {}

impl EncryptArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let working = RefCell::new(None);
        journal_file::encrypt(&path, &|| {
            working_after(
                &working,
                new_passphrase(PASSPHRASE_VAR),
                t!("progress-encrypting"),
            )
        })?;
        drop(working);
        out(t!("crypt-now-encrypted", path = path.display().to_string()))
    }
}

#[derive(Debug, Args)]
pub struct DecryptArgs {}

impl DecryptArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let working = RefCell::new(None);
        journal_file::decrypt(&path, &|| {
            working_after(&working, passphrase(&path), t!("progress-decrypting"))
        })?;
        drop(working);
        out(t!("crypt-decrypted", path = path.display().to_string()))
    }
}

#[derive(Debug, Args)]
pub struct RekeyArgs {}

impl RekeyArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let working = RefCell::new(None);
        journal_file::rekey(&path, &|| passphrase(&path), &|| {
            working_after(
                &working,
                new_passphrase(NEW_PASSPHRASE_VAR),
                t!("progress-rekeying"),
            )
        })?;
        drop(working);
        out(t!("crypt-rekeyed", path = path.display().to_string()))
    }
}

/// Starts a spinner once the (last) passphrase is given: a prompt must not
/// share the screen with it. The conversion cannot count its pages.
fn working_after<T>(
    working: &RefCell<Option<Progress>>,
    answer: Result<T>,
    message: String,
) -> Result<T> {
    let answer = answer?;
    working.replace(Some(Progress::spinner(message)));
    Ok(answer)
}

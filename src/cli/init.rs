//! `spiegel init`: create the journal (encrypted with `--encrypt`), or say
//! which it is.

use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::crypt::{PASSPHRASE_VAR, new_passphrase};
use super::render::out;
use crate::services::crypt::{self as journal_file, Init};
use crate::t;

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Encrypt the new journal with a passphrase (typed, or SPIEGEL_PASSPHRASE)
    #[arg(long)]
    encrypt: bool,
}

impl InitArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = ctx.journal_path()?;
        let done = journal_file::init(&path, self.encrypt, &|| new_passphrase(PASSPHRASE_VAR))?;
        let path = path.display().to_string();
        out(match done {
            Init::AlreadyEncrypted => t!("crypt-already-encrypted", path = path),
            Init::AlreadyPlain => t!("crypt-already-plain", path = path),
            Init::CreatedEncrypted => t!("crypt-created-encrypted", path = path),
            Init::CreatedPlain => t!("crypt-created-plain", path = path),
        })
    }
}

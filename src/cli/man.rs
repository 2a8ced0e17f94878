//! `spiegel man`: the manual page (roff), generated from the clap
//! definition; one page per command with `--dir`.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Result;
use clap::Args;

use super::{Ctx, localize};
use crate::fsx;
use crate::t;

#[derive(Debug, Args)]
pub struct ManArgs {
    /// Write the page to this new FILE instead of standard output
    #[arg(short, long, value_name = "FILE", conflicts_with = "dir")]
    output: Option<PathBuf>,
    /// Write one page per command (spiegel.1, spiegel-case-add.1, …) into DIR, for packaging
    #[arg(long, value_name = "DIR")]
    dir: Option<PathBuf>,
    /// Replace pages written before (never the journal, a backup or a link)
    #[arg(long)]
    force: bool,
}

impl ManArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let existing = fsx::Existing::forced(self.force, ctx.journal_path().ok());
        let write = |path: &Path, page: &[u8]| {
            fsx::write(path, &existing, |w| {
                w.write_all(page)?;
                Ok(())
            })
        };
        if let Some(dir) = self.dir {
            fsx::create_dir(&dir)?;
            let pages = super::manual::all_pages(command())?;
            // All refused before any is written.
            for (name, _) in &pages {
                fsx::check(&dir.join(name), &existing)?;
            }
            for (name, page) in pages {
                write(&dir.join(name), &page)?;
            }
            return super::render::out(t!("man-pages-written", path = dir.display().to_string()));
        }
        let page = super::manual::top_page(command())?;
        match self.output {
            Some(path) => write(&path, &page),
            None => {
                let mut stdout = std::io::stdout().lock();
                stdout.write_all(&page)?;
                stdout.flush()?;
                Ok(())
            }
        }
    }
}

/// The command in the language spoken, without the `help` command, which
/// has no page.
fn command() -> clap::Command {
    localize::command().disable_help_subcommand(true)
}

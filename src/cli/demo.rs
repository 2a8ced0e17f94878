//! `spiegel demo`: a journal to look around in.

use std::path::Path;
use std::time::Duration;

use anyhow::{Context, Result};
use clap::Args;

use super::Ctx;
use super::progress::Progress;
use super::render::{self, out};
use crate::fsx::scratch;
use crate::journal::date;
use crate::services::demo;
use crate::t;

/// The demo journals' folders in the temporary folder start with this.
const FOLDER_PREFIX: &str = "spiegel-demo-";

/// A demo nobody has written to for this long is removed by the next demo.
const KEPT_FOR: Duration = Duration::from_secs(24 * 60 * 60);

#[derive(Debug, Args)]
pub struct DemoArgs {
    /// Instead of the demo, generate a journal of this many reflections (for benchmarks)
    #[arg(long, value_name = "N")]
    reflections: Option<u64>,
    /// The generator's seed: the same seed gives the same journal
    #[arg(long, value_name = "S", default_value_t = 1, requires = "reflections")]
    seed: u64,
}

impl DemoArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        // The demo never uses SPIEGEL_DB or the default journal: only an
        // explicit --db, else a fresh private folder, marked as the demo's
        // so that a later demo may remove it once it is old.
        let (path, folder) = match &ctx.db {
            Some(path) => (path.clone(), None),
            None => {
                let folder =
                    scratch::marked_tempdir(FOLDER_PREFIX).with_context(|| t!("io-demo-folder"))?;
                (folder.join("journal.db"), Some(folder))
            }
        };
        let mut journal = demo::open(&path)?;
        if let Some(n) = self.reflections {
            let started = std::time::Instant::now();
            let progress = Progress::counting(&t!("progress-reflections"))
                .message(t!("progress-generating"))
                .stop_on_ctrl_c(t!("progress-stopped-demo"));
            let summary = demo::generate(&mut journal, n, self.seed, &mut progress.callback())?;
            drop(progress);
            let seconds = format!("{:.1}", started.elapsed().as_secs_f64());
            out(t!(
                "demo-generated",
                path = path.display().to_string(),
                cases = summary.cases,
                reflections = summary.reflections,
                seconds = crate::i18n::decimal(seconds.parse().unwrap_or_default())
            ))?;
            return where_it_is(folder.as_deref());
        }
        let summary = demo::fill(&mut journal, date::today())?;

        out(t!(
            "demo-written",
            path = path.display().to_string(),
            cases = summary.cases,
            reflections = summary.reflections
        ))?;
        render::blank()?;
        super::patterns::print(&demo::patterns(&mut journal)?)?;
        render::blank()?;
        let program = program();
        let shown = shell_word(&path);
        out(t!("demo-explore"))?;
        for command in ["case show John", "list --why accepted-refusal", "prep"] {
            out(format!("  {program} --db {shown} {command}"))?;
        }
        where_it_is(folder.as_deref())
    }
}

/// Says where a demo in the temporary folder is and how long it stays, and
/// removes the demos that have been left for longer.
fn where_it_is(folder: Option<&Path>) -> Result<()> {
    let Some(folder) = folder else {
        return Ok(());
    };
    render::blank()?;
    out(t!("demo-folder", folder = folder.display().to_string()))?;
    let removed = scratch::remove_old(FOLDER_PREFIX, KEPT_FOR, folder);
    if removed > 0 {
        out(t!("demo-old-removed", count = removed))?;
    }
    Ok(())
}

/// How to call this very program in a command the user copies: `spiegel`
/// when that name on the PATH is this program, else its full path.
fn program() -> String {
    let Ok(me) = std::env::current_exe().and_then(std::fs::canonicalize) else {
        return "spiegel".into();
    };
    let on_path = std::env::var_os("PATH").is_some_and(|paths| {
        std::env::split_paths(&paths).any(|dir| {
            let found = dir.join(format!("spiegel{}", std::env::consts::EXE_SUFFIX));
            std::fs::canonicalize(found).is_ok_and(|found| found == me)
        })
    });
    if on_path {
        "spiegel".into()
    } else {
        shell_word(&me)
    }
}

/// `path` as one word for the shell: as it is when it holds nothing the
/// shell would read, else in quotes.
fn shell_word(path: &Path) -> String {
    let text = path.display().to_string();
    let plain = |c: char| c.is_ascii_alphanumeric() || "/._-+:,=@%".contains(c);
    if !text.is_empty() && text.chars().all(plain) {
        return text;
    }
    if cfg!(windows) {
        format!("\"{text}\"")
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_plain_path_stays_as_it_is_and_any_other_is_quoted() {
        assert_eq!(shell_word(Path::new("/tmp/a-b/j.db")), "/tmp/a-b/j.db");
        #[cfg(unix)]
        {
            assert_eq!(shell_word(Path::new("/tmp/my demo")), "'/tmp/my demo'");
            assert_eq!(shell_word(Path::new("/tmp/it's")), r"'/tmp/it'\''s'");
            assert_eq!(shell_word(Path::new("/tmp/$HOME")), "'/tmp/$HOME'");
        }
    }
}

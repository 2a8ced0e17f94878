//! `spiegel config path | show | set | unset`: the settings file.

use anyhow::Result;
use clap::Subcommand;
use serde::Serialize;

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::config;
use crate::t;

#[derive(Debug, Subcommand)]
pub enum ConfigCommand {
    /// Print where the settings file is (it may not exist yet)
    Path,
    /// Show the settings and the journal in use
    Show(JsonArg),
    /// Change a setting: language (en or nl), editor (a command), journal (a full path) or pager (a command, or false)
    Set {
        /// language, editor, journal or pager
        key: String,
        /// The new value
        value: String,
    },
    /// Remove a setting, so that the default applies again
    Unset {
        /// language, editor, journal or pager
        key: String,
    },
}

/// `config show --json`.
#[derive(Serialize)]
struct Shown {
    path: String,
    language: Option<String>,
    editor: Option<String>,
    journal: Option<String>,
    pager: Option<String>,
    /// The journal commands use now: --db, SPIEGEL_DB, the setting, or the default.
    journal_in_use: String,
}

impl ConfigCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let path = config::path()?;
        match self {
            ConfigCommand::Path => out(path.display()),
            ConfigCommand::Show(json) => {
                let settings = config::load_from(&path)?;
                let shown = Shown {
                    path: path.to_string_lossy().into_owned(),
                    language: settings.get("language"),
                    editor: settings.get("editor"),
                    journal: settings.get("journal"),
                    pager: settings.get("pager"),
                    journal_in_use: ctx.journal_path()?.to_string_lossy().into_owned(),
                };
                if json.json {
                    return render::json(&shown);
                }
                let file = if path.exists() {
                    shown.path.clone()
                } else {
                    t!("config-file-missing", path = &shown.path)
                };
                let or_unset = |v: Option<String>| v.unwrap_or_else(|| t!("label-not-set"));
                // The keys stay as they are typed in `config set`.
                render::fields(&[
                    (t!("label-config-file"), file),
                    ("language".into(), or_unset(shown.language)),
                    ("editor".into(), or_unset(shown.editor)),
                    ("journal".into(), or_unset(shown.journal)),
                    ("pager".into(), or_unset(shown.pager)),
                    (t!("label-journal-in-use"), shown.journal_in_use),
                ])
            }
            ConfigCommand::Set { key, value } => {
                let key = key.trim().to_lowercase();
                let written = config::set(&path, &key, &value)?;
                out(t!(
                    "config-set",
                    key = &key,
                    value = written,
                    path = path.display().to_string()
                ))
            }
            ConfigCommand::Unset { key } => {
                let key = key.trim().to_lowercase();
                if config::unset(&path, &key)? {
                    out(t!(
                        "config-unset",
                        key = &key,
                        path = path.display().to_string()
                    ))
                } else {
                    out(t!("config-was-not-set", key = &key))
                }
            }
        }
    }
}

//! The settings file: a small TOML file in the platform's config folder
//! (`~/.config/spiegel/config.toml` on Linux) with the default language, the
//! editor and the journal's path.
//!
//! Reading is strict: an unknown key or a bad value is an error that names
//! the file, so a typo never silently falls back to a default. Writing keeps
//! the user's comments and layout (`toml_edit`).

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use toml_edit::DocumentMut;

use crate::error::{ConfigProblem, Error};
use crate::i18n;

/// The settings a file may hold, in the order `config show` lists them.
pub const KEYS: &[&str] = &["language", "editor", "journal", "pager", "sync"];

/// What the settings file says; `None` = not set.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Config {
    /// A language with a file in `i18n/` (`en`, `nl`, …).
    pub language: Option<String>,
    /// A command line, run through the shell like `$EDITOR` (e.g. `code --wait`).
    pub editor: Option<String>,
    /// An absolute path.
    pub journal: Option<PathBuf>,
    /// The pager for long views: a command, or `false` for none.
    pub pager: Option<String>,
    /// `auto`: sync after each writing command; `manual`: only `spiegel sync`.
    pub sync: Option<String>,
}

/// An unexpected failure with the settings file (the command line words it).
#[derive(Debug)]
pub enum Failure {
    /// No home folder, so no settings file.
    NoHome,
    CouldNotRead(PathBuf),
    /// The settings file's path has no folder.
    NoFolder,
}

/// Where the settings file lives (it need not exist).
pub fn path() -> Result<PathBuf> {
    let dirs = directories::BaseDirs::new().context(Failure::NoHome)?;
    Ok(dirs.config_dir().join("spiegel").join("config.toml"))
}

/// Reads the settings file; a missing file means nothing is set.
pub fn load() -> Result<Config> {
    load_from(&path()?)
}

pub fn load_from(path: &Path) -> Result<Config> {
    let Some(doc) = read(path)? else {
        return Ok(Config::default());
    };
    let bad = |problem: ConfigProblem| Error::BadConfigFile {
        path: path.to_path_buf(),
        problem,
    };
    let mut config = Config::default();
    for (key, item) in doc.iter() {
        if !KEYS.contains(&key) {
            return Err(bad(ConfigProblem::UnknownKey(key.to_string())).into());
        }
        // `pager = false` may be written without quotes.
        let flag = (key == "pager")
            .then(|| item.as_bool())
            .flatten()
            .map(|b| b.to_string());
        let value = item
            .as_str()
            .or(flag.as_deref())
            .ok_or_else(|| bad(ConfigProblem::NotText(key.to_string())))?;
        config.apply(key, value).map_err(|e| {
            bad(ConfigProblem::BadValue {
                key: key.to_string(),
                value: value.to_string(),
                error: Box::new(e),
            })
        })?;
    }
    Ok(config)
}

impl Config {
    /// Validates `value` for `key` and stores it; returns the value as it
    /// will be written.
    fn apply(&mut self, key: &str, value: &str) -> Result<String, Error> {
        let bad = || Error::BadConfigValue {
            key: key.to_string(),
            value: value.to_string(),
        };
        match key {
            "language" => {
                // Any language with a file in i18n/: a new one needs no code.
                let code = value.trim().to_lowercase();
                if !i18n::is_language(&code) {
                    return Err(bad());
                }
                self.language = Some(code.clone());
                Ok(code)
            }
            "editor" => {
                let editor = value.trim();
                if editor.is_empty() {
                    return Err(bad());
                }
                self.editor = Some(editor.to_string());
                Ok(editor.to_string())
            }
            "journal" => {
                let journal = expand_home(value.trim());
                if !journal.is_absolute() {
                    return Err(bad());
                }
                self.journal = Some(journal.clone());
                Ok(journal.to_string_lossy().into_owned())
            }
            "pager" => {
                let pager = value.trim();
                if pager.is_empty() {
                    return Err(bad());
                }
                self.pager = Some(pager.to_string());
                Ok(pager.to_string())
            }
            "sync" => {
                let sync = value.trim().to_lowercase();
                if sync != "auto" && sync != "manual" {
                    return Err(bad());
                }
                self.sync = Some(sync.clone());
                Ok(sync)
            }
            _ => Err(Error::UnknownConfigKey(key.to_string())),
        }
    }

    /// The value of `key` as text, if set.
    pub fn get(&self, key: &str) -> Option<String> {
        match key {
            "language" => self.language.clone(),
            "editor" => self.editor.clone(),
            "journal" => self
                .journal
                .as_ref()
                .map(|p| p.to_string_lossy().into_owned()),
            "pager" => self.pager.clone(),
            "sync" => self.sync.clone(),
            _ => None,
        }
    }
}

/// `~/x` → the home folder's `x`.
fn expand_home(value: &str) -> PathBuf {
    if let Some(rest) = value.strip_prefix("~/").or(value.strip_prefix("~\\"))
        && let Some(dirs) = directories::BaseDirs::new()
    {
        return dirs.home_dir().join(rest);
    }
    PathBuf::from(value)
}

fn check_key(key: &str) -> Result<(), Error> {
    if KEYS.contains(&key) {
        Ok(())
    } else {
        Err(Error::UnknownConfigKey(key.to_string()))
    }
}

/// Sets `key` to `value` in the file at `path`, keeping the rest of the file;
/// returns the value as written.
pub fn set(path: &Path, key: &str, value: &str) -> Result<String> {
    check_key(key)?;
    // The whole file must be valid before we add to it.
    let mut config = load_from(path)?;
    let written = config.apply(key, value)?;
    let mut doc = read(path)?.unwrap_or_default();
    match doc.get_mut(key).and_then(|item| item.as_value_mut()) {
        // Replace the value in place, keeping the comments around it.
        Some(old) => {
            let decor = old.decor().clone();
            *old = toml_edit::Value::from(written.clone());
            *old.decor_mut() = decor;
        }
        None => doc[key] = toml_edit::value(written.clone()),
    }
    write(path, &doc)?;
    Ok(written)
}

/// Removes `key` from the file at `path`; returns whether it was set.
pub fn unset(path: &Path, key: &str) -> Result<bool> {
    check_key(key)?;
    load_from(path)?;
    let Some(mut doc) = read(path)? else {
        return Ok(false);
    };
    if doc.remove(key).is_none() {
        return Ok(false);
    }
    write(path, &doc)?;
    Ok(true)
}

fn read(path: &Path) -> Result<Option<DocumentMut>> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(e).with_context(|| Failure::CouldNotRead(path.to_path_buf()));
        }
    };
    let doc = text.parse::<DocumentMut>().map_err(|e| {
        let line = e
            .span()
            .map(|span| text[..span.start.min(text.len())].lines().count().max(1))
            .unwrap_or(1);
        Error::BadConfigFile {
            path: path.to_path_buf(),
            problem: ConfigProblem::Syntax {
                line,
                message: e.message().trim().to_string(),
            },
        }
    })?;
    Ok(Some(doc))
}

/// Writes the file whole or not at all (a temporary file, then a rename),
/// private (0600) in a private folder (0700): its `editor` is a command
/// spiegel runs.
fn write(path: &Path, doc: &DocumentMut) -> Result<()> {
    let dir = path.parent().context(Failure::NoFolder)?.to_path_buf();
    crate::fsx::create_dir(&dir)?;
    crate::fsx::check_settings(path)?;
    let replace = crate::fsx::Existing::Replace { journal: None };
    crate::fsx::write(path, &replace, |w| {
        std::io::Write::write_all(w, doc.to_string().as_bytes())?;
        Ok(())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(text: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, text).unwrap();
        (dir, path)
    }

    #[test]
    fn a_missing_file_sets_nothing() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(
            load_from(&dir.path().join("none.toml")).unwrap(),
            Config::default()
        );
    }

    #[test]
    fn reads_the_three_settings() {
        let (_dir, path) =
            file("# mine\nlanguage = \"NL\"\neditor = \"code --wait\"\njournal = \"/srv/j.db\"\n");
        let config = load_from(&path).unwrap();
        assert_eq!(config.language.as_deref(), Some("nl"));
        assert_eq!(config.editor.as_deref(), Some("code --wait"));
        assert_eq!(config.journal, Some(PathBuf::from("/srv/j.db")));
    }

    #[test]
    fn setting_keeps_comments_and_other_keys() {
        let (_dir, path) = file("# my settings\neditor = \"nano\" # the simple one\n");
        set(&path, "language", "nl").unwrap();
        set(&path, "editor", "vim").unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.starts_with("# my settings\n"), "{text}");
        assert!(text.contains("language = \"nl\""), "{text}");
        assert!(text.contains("editor = \"vim\" # the simple one"), "{text}");
        assert!(unset(&path, "language").unwrap());
        assert!(!unset(&path, "language").unwrap());
        assert_eq!(load_from(&path).unwrap().language, None);
    }

    #[test]
    fn bad_files_are_refused_with_the_reason_on_one_line() {
        for (text, expected) in [
            ("langauge = \"nl\"", "unknown setting 'langauge'"),
            (
                "language = \"fr\"",
                "language = \"fr\" ('fr' is not a valid language",
            ),
            ("language = 3", "language must be a text in quotes"),
            ("journal = \"rel/j.db\"", "give the full path"),
            ("editor = \"nano\"\nlanguage = nl", "line 2:"),
        ] {
            let (_dir, path) = file(text);
            let err = load_from(&path).unwrap_err().to_string();
            assert!(err.contains(expected), "{text:?}: {err}");
            assert!(!err.contains('\n'), "{text:?}: {err}");
        }
    }

    #[test]
    fn bad_values_are_not_written() {
        let (_dir, path) = file("editor = \"nano\"\n");
        for (key, value) in [("language", "de"), ("editor", "  "), ("journal", "j.db")] {
            assert!(set(&path, key, value).is_err(), "{key} = {value:?}");
        }
        assert!(matches!(
            set(&path, "colour", "red")
                .unwrap_err()
                .downcast::<Error>()
                .unwrap(),
            Error::UnknownConfigKey(_)
        ));
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            "editor = \"nano\"\n"
        );
    }
}

//! The words for the settings file: its failures, its keys and what each
//! key expects.

use std::fmt;

use super::lists::list_or;
use crate::config::Failure;
use crate::t;

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Failure::NoHome => t!("io-no-home-settings"),
            Failure::CouldNotRead(path) => {
                t!("io-could-not-read", path = path.display().to_string())
            }
            Failure::NoFolder => t!("io-settings-no-folder"),
        };
        f.write_str(&text)
    }
}

/// The keys a settings file may hold, "language, editor, journal".
pub fn settings() -> String {
    crate::config::KEYS.join(", ")
}

/// What setting `key` expects, as the part after the dash.
pub fn expected_setting(key: &str) -> String {
    match key {
        "language" => {
            let languages: Vec<String> = crate::i18n::languages().map(String::from).collect();
            t!("expect-language", languages = list_or(&languages))
        }
        "editor" => t!("expect-editor"),
        "pager" => t!("expect-pager"),
        "sync" => t!("expect-sync"),
        _ => t!("expect-journal"),
    }
}

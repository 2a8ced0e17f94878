//! The editor command on Windows, where no `sh` splits it (issue 18.4):
//! `$EDITOR`/`$VISUAL`/the `editor` setting read as a Windows command line,
//! and the program found as `cmd.exe` would find it (`code` is `code.cmd`).
//!
//! Compiled everywhere so that it is tested everywhere; used on Windows.

use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// `editor` as a program and its arguments.
///
/// A whole command that names an existing file is that file, spaces and
/// all (`C:\Program Files\Notepad++\notepad++.exe`). Otherwise it is split
/// as Windows splits a command line: on spaces and tabs outside double
/// quotes; a backslash is part of a path, not an escape, and `\"` is a
/// quote in an argument (`"C:\Program Files\Vim\gvim.exe" -f`).
pub fn split(editor: &str) -> Vec<String> {
    let editor = editor.trim();
    if Path::new(editor).is_file() {
        return vec![editor.to_string()];
    }
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = editor.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if chars.peek() == Some(&'"') => {
                chars.next();
                word.push('"');
                in_word = true;
            }
            '"' => {
                quoted = !quoted;
                in_word = true;
            }
            ' ' | '\t' if !quoted => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

/// Where `program` is, found as `cmd.exe` finds it: a name with a folder or
/// an extension as it is; a bare name (`code`) in each folder of `path`,
/// with each extension of `pathext` (`.COM;.EXE;.BAT;.CMD`). Not found: the
/// name as given, for the error to name.
pub fn resolve(program: &str, path: Option<OsString>, pathext: Option<OsString>) -> PathBuf {
    let given = PathBuf::from(program);
    if given.extension().is_some() || given.components().count() > 1 {
        return given;
    }
    let pathext = pathext
        .and_then(|p| p.into_string().ok())
        .unwrap_or_else(|| ".COM;.EXE;.BAT;.CMD".to_string());
    let extensions: Vec<&str> = pathext.split(';').filter(|e| !e.is_empty()).collect();
    let Some(path) = path else {
        return given;
    };
    for dir in std::env::split_paths(&path) {
        for ext in &extensions {
            let candidate = dir.join(format!("{program}{}", ext.to_lowercase()));
            if candidate.is_file() {
                return candidate;
            }
            let candidate = dir.join(format!("{program}{ext}"));
            if candidate.is_file() {
                return candidate;
            }
        }
    }
    given
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        s.split('|').collect()
    }

    #[test]
    fn a_program_path_with_spaces_stays_one_word_when_quoted() {
        // issue 18.4: `C:\Program Files\…` was split at the space.
        assert_eq!(
            split(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession"#),
            words(r"C:\Program Files\Notepad++\notepad++.exe|-multiInst|-nosession")
        );
        assert_eq!(split("code --wait"), words("code|--wait"));
        assert_eq!(split("  notepad  "), words("notepad"));
        assert_eq!(
            split(r#"gvim -c "set ff=dos" --nofork"#),
            words("gvim|-c|set ff=dos|--nofork")
        );
        assert_eq!(split(r#"ed "" x"#), words("ed||x"));
        assert_eq!(split(r#"say \"hi\""#), words(r#"say|"hi""#));
    }

    #[test]
    fn backslashes_are_part_of_a_path_not_escapes() {
        assert_eq!(
            split(r"C:\Windows\notepad.exe \\server\share\x"),
            words(r"C:\Windows\notepad.exe|\\server\share\x")
        );
    }

    #[test]
    fn an_unquoted_path_with_spaces_that_exists_is_one_program() {
        let dir = tempfile::tempdir().unwrap();
        let program = dir.path().join("Sublime Text").join("subl.exe");
        std::fs::create_dir(program.parent().unwrap()).unwrap();
        std::fs::write(&program, "").unwrap();
        let command = program.display().to_string();
        assert_eq!(split(&command), vec![command.clone()]);
        assert_eq!(split(&format!("{command} -w")).len(), 3);
    }

    #[test]
    fn a_bare_name_is_found_as_a_cmd_or_bat_file_on_the_path() {
        // issue 18.4: `Command::new("code")` does not find `code.cmd`.
        let first = tempfile::tempdir().unwrap();
        let second = tempfile::tempdir().unwrap();
        std::fs::write(second.path().join("code.cmd"), "").unwrap();
        std::fs::write(first.path().join("subl.bat"), "").unwrap();
        let path = std::env::join_paths([first.path(), second.path()]).unwrap();
        let ext = Some(OsString::from(".COM;.EXE;.BAT;.CMD"));
        assert_eq!(
            resolve("code", Some(path.clone()), ext.clone()),
            second.path().join("code.cmd")
        );
        assert_eq!(
            resolve("subl", Some(path.clone()), None),
            first.path().join("subl.bat")
        );
        // Not found, or already precise: as given.
        assert_eq!(
            resolve("vim", Some(path.clone()), ext.clone()),
            PathBuf::from("vim")
        );
        assert_eq!(
            resolve("notepad.exe", Some(path.clone()), ext.clone()),
            PathBuf::from("notepad.exe")
        );
        assert_eq!(resolve("code", None, ext), PathBuf::from("code"));
    }
}

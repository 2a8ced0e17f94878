//! Opening text in the user's editor: which editor, and a private temporary
//! file that never outlives the command.

use std::path::Path;
use std::process::Command;

use anyhow::{Context, Result};

use crate::error::Error;
use crate::journal::ReflectionId;
use crate::t;

/// The editor to run: `$VISUAL`, else `$EDITOR`, else the `editor` setting;
/// on a terminal, else nano or vi (Notepad on Windows). Without a terminal
/// and without an editor there is nothing to wait for: an error, at once.
pub fn command(id: ReflectionId) -> Result<String> {
    command_or(Error::NoEditor(id))
}

/// [`command`], with `no_editor` as the error when there is none.
pub fn command_or(no_editor: Error) -> Result<String> {
    if let Some(editor) = chosen()? {
        return Ok(editor);
    }
    let terminal = super::term::stdin_is_terminal() && super::term::stdout_is_terminal();
    if terminal && let Some(editor) = fallback() {
        return Ok(editor.to_string());
    }
    Err(no_editor.into())
}

/// The editor the user chose: `$VISUAL`, else `$EDITOR`, else the `editor`
/// setting; `None` when they chose none.
pub fn chosen() -> Result<Option<String>> {
    let from_env = ["VISUAL", "EDITOR"]
        .into_iter()
        .filter_map(|var| std::env::var(var).ok())
        .find(|v| !v.trim().is_empty());
    if from_env.is_some() {
        return Ok(from_env);
    }
    let editor = crate::config::load()?.editor;
    if editor.is_some() {
        // A command spiegel runs: only from a file no one else can change.
        crate::fsx::check_trusted(&crate::config::path()?)?;
    }
    Ok(editor)
}

#[cfg(windows)]
fn fallback() -> Option<&'static str> {
    Some("notepad")
}

#[cfg(not(windows))]
fn fallback() -> Option<&'static str> {
    let path = std::env::var_os("PATH")?;
    ["nano", "vi"]
        .into_iter()
        .find(|name| std::env::split_paths(&path).any(|dir| dir.join(name).is_file()))
}

/// Lets the user edit `text` with `editor`; returns what they saved.
///
/// The text lives in a folder only the user can read (0700, the file 0600),
/// removed when this returns — also on an error, and also when Ctrl-C stops
/// a graphical editor (`code --wait`): spiegel itself ignores it meanwhile.
pub fn edit(editor: &str, text: &str, name: &str) -> Result<String> {
    ignore_interrupts();
    let dir = private_dir()?;
    let path = dir.path().join(name);
    write_private(&path, text)?;
    let status = spawn(editor, &path)
        .status()
        .with_context(|| t!("io-editor-start", editor = editor))?;
    if !status.success() {
        return Err(Error::EditorFailed {
            editor: editor.to_string(),
            status: status.to_string(),
        }
        .into());
    }
    let edited = std::fs::read(&path).with_context(|| t!("io-editor-read-back"))?;
    let edited = String::from_utf8(edited).map_err(|_| Error::EditedNotText)?;
    Ok(as_written(&edited))
}

/// What the user wrote, without what their editor added: the byte-order
/// mark Notepad puts in front and the `\r` of Windows line endings, so that
/// a form saved back unchanged reads as unchanged (issue 18.5).
fn as_written(saved: &str) -> String {
    let saved = saved.strip_prefix('\u{feff}').unwrap_or(saved);
    saved.replace("\r\n", "\n")
}

/// After the first call, Ctrl-C no longer stops spiegel, only the editor.
fn ignore_interrupts() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        // If a handler cannot be set, Ctrl-C keeps its usual effect.
        let _ = ctrlc::set_handler(|| {});
    });
}

fn private_dir() -> Result<tempfile::TempDir> {
    crate::fsx::private_tempdir("spiegel-").with_context(|| t!("io-editor-folder"))
}

fn write_private(path: &Path, text: &str) -> Result<()> {
    let mut file = crate::fsx::create_new(path)
        .with_context(|| t!("io-could-not-create", path = path.display().to_string()))?;
    std::io::Write::write_all(&mut file, text.as_bytes())
        .with_context(|| t!("io-could-not-write", path = path.display().to_string()))
}

/// `$EDITOR` may hold arguments (`code --wait`): like git, let the shell
/// split it, and pass the file as its own argument.
#[cfg(unix)]
fn spawn(editor: &str, path: &Path) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("{editor} \"$@\""))
        .arg(editor)
        .arg(path);
    cmd
}

/// Without `sh`, the command is read as Windows reads a command line
/// (quotes group, backslashes are path separators) and a bare name is found
/// as `cmd.exe` finds it, `code` as `code.cmd`.
#[cfg(not(unix))]
fn spawn(editor: &str, path: &Path) -> Command {
    use super::editor_command::{resolve, split};
    let mut words = split(editor).into_iter();
    let program = words.next().unwrap_or_else(|| "notepad".to_string());
    let program = resolve(
        &program,
        std::env::var_os("PATH"),
        std::env::var_os("PATHEXT"),
    );
    let mut cmd = Command::new(program);
    cmd.args(words).arg(path);
    cmd
}

#[cfg(test)]
mod tests {
    use super::as_written;

    #[test]
    fn crlf_and_a_byte_order_mark_from_a_windows_editor_are_dropped() {
        // issue 18.5
        assert_eq!(
            as_written("\u{feff}date: 2026-03-14\r\nnote:\r\nline\r\n"),
            "date: 2026-03-14\nnote:\nline\n"
        );
        // A lone \r, or a mark inside the text, is the user's.
        assert_eq!(as_written("a\rb \u{feff}c\n"), "a\rb \u{feff}c\n");
        assert_eq!(as_written("as is\n"), "as is\n");
    }
}

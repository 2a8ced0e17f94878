//! The pager (issue 16.2): on a terminal, a view taller than the screen goes
//! through `$SPIEGEL_PAGER`, else `$PAGER`, else `less -FRX`, as git does.
//! Never when stdout is not a terminal, with `--no-pager`, with the setting
//! `pager = "false"`, or for JSON.
//!
//! The output is held back until it no longer fits on the screen: a short
//! view is printed as it is, and the pager starts only for a long one (after
//! any passphrase prompt, so the two never share the screen). A pager that
//! cannot be started leaves the output plain.

use std::io::{self, IsTerminal, Write};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;

/// The pager when neither the setting nor the environment names one.
const DEFAULT: &str = "less -FRX";

enum State {
    /// Straight to stdout.
    Plain,
    /// Held back until it is taller than the screen.
    Holding {
        command: String,
        held: String,
        rows: usize,
        height: usize,
        width: usize,
    },
    /// Through the pager's standard input.
    Paging {
        child: Child,
        stdin: Option<ChildStdin>,
        colour: bool,
    },
}

static STATE: Mutex<State> = Mutex::new(State::Plain);

fn state() -> std::sync::MutexGuard<'static, State> {
    STATE
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// What the `pager` setting means: off, the default, or a command.
pub fn from_setting(setting: Option<&str>) -> Option<Option<String>> {
    match setting.map(str::trim) {
        None => Some(None),
        Some(value) if is_off(value) => None,
        Some(value) if is_on(value) => Some(None),
        Some(command) => Some(Some(command.to_string())),
    }
}

/// Whether a setting's value turns the pager off.
pub fn is_off(value: &str) -> bool {
    ["false", "no", "off", "never", "0"]
        .iter()
        .any(|v| value.trim().eq_ignore_ascii_case(v))
}

fn is_on(value: &str) -> bool {
    ["true", "yes", "on", "auto", "1"]
        .iter()
        .any(|v| value.trim().eq_ignore_ascii_case(v))
}

/// The command to page with: `$SPIEGEL_PAGER`, the setting, `$PAGER`, else
/// `less -FRX`; `None` when it is empty or `cat` (no pager, as for git).
fn command(setting: Option<String>) -> Option<String> {
    let env = |name: &str| std::env::var(name).ok();
    let command = env("SPIEGEL_PAGER")
        .or(setting)
        .or_else(|| env("PAGER"))
        .unwrap_or_else(|| DEFAULT.to_string());
    let command = command.trim();
    (!command.is_empty() && command != "cat").then(|| command.to_string())
}

/// Lets the output of this command go through the pager if it grows taller
/// than the screen. `setting` is the `pager` setting (`None`: not set).
pub fn allow(no_pager: bool, setting: Option<&str>) {
    if no_pager || !io::stdout().is_terminal() {
        return;
    }
    let Some(setting) = from_setting(setting) else {
        return;
    };
    let Some(command) = command(setting) else {
        return;
    };
    let Some((terminal_size::Width(width), terminal_size::Height(height))) =
        terminal_size::terminal_size_of(io::stdout())
    else {
        return;
    };
    *state() = State::Holding {
        command,
        held: String::new(),
        rows: 0,
        height: usize::from(height),
        width: usize::from(width).max(1),
    };
}

/// Writes `text` (whole lines, each ending in a newline) where this
/// command's output goes: stdout, held back, or the pager.
pub fn write(text: &str) -> io::Result<()> {
    let mut state = state();
    match &mut *state {
        State::Plain => plain_write(text),
        State::Paging { stdin, colour, .. } => {
            let Some(stdin) = stdin else {
                return Ok(());
            };
            if *colour {
                stdin.write_all(text.as_bytes())
            } else {
                write!(stdin, "{}", anstream::adapter::strip_str(text))
            }
        }
        State::Holding {
            command,
            held,
            rows,
            height,
            width,
        } => {
            held.push_str(text);
            *rows += screen_rows(text, *width);
            if *rows < *height {
                return Ok(());
            }
            let held = std::mem::take(held);
            *state = match start(command) {
                Some(paging) => paging,
                None => State::Plain,
            };
            drop(state);
            write(&held)
        }
    }
}

/// Sends what was held back to stdout and pages no more: for output that
/// must never be paged (JSON).
pub fn plain() -> io::Result<()> {
    let mut state = state();
    if let State::Holding { held, .. } = &mut *state {
        let held = std::mem::take(held);
        *state = State::Plain;
        drop(state);
        return plain_write(&held);
    }
    Ok(())
}

/// At the end of the command: what is still held back goes to stdout; a
/// pager is given the end of its input and waited for, so that the shell's
/// prompt comes back only when it is done.
pub fn finish() {
    let _ = plain();
    let mut state = state();
    if let State::Paging { child, stdin, .. } = &mut *state {
        drop(stdin.take());
        let _ = child.wait();
    }
    *state = State::Plain;
}

fn plain_write(text: &str) -> io::Result<()> {
    let mut stdout = anstream::stdout().lock();
    stdout.write_all(text.as_bytes())?;
    stdout.flush()
}

/// The rows `text` takes on a screen `width` columns wide.
fn screen_rows(text: &str, width: usize) -> usize {
    let text = anstream::adapter::strip_str(text).to_string();
    text.split_terminator('\n')
        .map(|line| line.chars().count().div_ceil(width).max(1))
        .sum()
}

/// Starts the pager; `None` if it cannot be started.
fn start(command: &str) -> Option<State> {
    let colour = anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never;
    let mut cmd = shell_command(command)?;
    // As git: less and lv without settings of their own show colours and
    // leave a short page on the screen.
    if std::env::var_os("LESS").is_none() {
        cmd.env("LESS", "FRX");
    }
    if std::env::var_os("LV").is_none() {
        cmd.env("LV", "-c");
    }
    let mut child = cmd.stdin(Stdio::piped()).spawn().ok()?;
    let stdin = child.stdin.take();
    // Ctrl-C belongs to the pager now: spiegel only shows a view, and waits
    // for the pager to end rather than leave it behind on the terminal.
    let _ = ctrlc::set_handler(|| {});
    Some(State::Paging {
        child,
        stdin,
        colour,
    })
}

/// The pager's command: run directly when it is a program and its
/// arguments (so that a missing program is seen, and the output stays
/// plain), through the shell when it uses the shell's syntax.
fn shell_command(command: &str) -> Option<Command> {
    const SHELL_SYNTAX: &[char] = &[
        '|', '&', ';', '<', '>', '(', ')', '$', '`', '\\', '"', '\'', '*', '?', '[', '#', '~', '=',
        '%', '\n',
    ];
    if command.contains(SHELL_SYNTAX) && cfg!(unix) {
        let mut cmd = Command::new("sh");
        cmd.arg("-c").arg(command);
        return Some(cmd);
    }
    let mut words = command.split_whitespace();
    let mut cmd = Command::new(words.next()?);
    cmd.args(words);
    Some(cmd)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_count_the_lines_a_long_line_wraps_into() {
        assert_eq!(screen_rows("a\nb\n", 80), 2);
        assert_eq!(screen_rows(&format!("{}\n", "x".repeat(81)), 80), 2);
        assert_eq!(screen_rows("\n", 80), 1);
        assert_eq!(screen_rows("\u{1b}[1mbold\u{1b}[0m\n", 4), 1);
    }

    #[test]
    fn the_setting_turns_the_pager_off_or_names_one() {
        assert_eq!(from_setting(None), Some(None));
        assert_eq!(from_setting(Some("false")), None);
        assert_eq!(from_setting(Some("Never")), None);
        assert_eq!(from_setting(Some("true")), Some(None));
        assert_eq!(
            from_setting(Some("less -S")),
            Some(Some("less -S".to_string()))
        );
    }
}

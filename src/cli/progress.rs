//! Progress on long work: a bar with counts and time left, or for work
//! that cannot count a spinner with the time taken; on stderr, and only
//! when stderr is a terminal (never when piped). Ctrl-C during work that
//! is one transaction says what was kept: nothing.

use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::t;

/// A bar or spinner on stderr; does nothing when stderr is no terminal.
pub struct Progress {
    bar: ProgressBar,
}

impl Progress {
    /// A bar counting `what` ("reflections") towards a total told later.
    pub fn counting(what: &str) -> Progress {
        Progress::new(format!(
            "{{msg}} [{{bar:30}}] {{human_pos}}/{{human_len}} {what} · {{eta}} {}",
            t!("progress-left")
        ))
    }

    /// A bar over the bytes of a file read.
    pub fn bytes() -> Progress {
        Progress::new(format!(
            "{{msg}} [{{bar:30}}] {{bytes}}/{{total_bytes}} · {{eta}} {}",
            t!("progress-left")
        ))
    }

    /// A spinner with the time taken, for work that cannot count.
    pub fn spinner(message: String) -> Progress {
        let progress = Progress::new("{spinner} {msg} {elapsed}".to_string());
        progress.bar.set_message(message);
        progress.bar.enable_steady_tick(Duration::from_millis(120));
        progress
    }

    fn new(template: String) -> Progress {
        let bar = ProgressBar::with_draw_target(None, target());
        if let Ok(style) = ProgressStyle::with_template(&template) {
            bar.set_style(style.progress_chars("=> "));
        }
        Progress { bar }
    }

    /// Says what is being done, before the bar. Draws nothing yet: the
    /// bar first shows when the work tells how far it is, so that nothing
    /// is on the screen before [`Progress::quiet`], [`Progress::later`]
    /// or [`Progress::stop_on_ctrl_c`] have taken effect.
    pub fn message(self, message: String) -> Progress {
        // `set_message` would draw at once; `with_message` only sets it.
        let _ = self.bar.clone().with_message(message);
        self
    }

    /// Shows nothing when `quiet`.
    pub fn quiet(self, quiet: bool) -> Progress {
        if quiet {
            self.bar.set_draw_target(ProgressDrawTarget::hidden());
        }
        self
    }

    /// Shows nothing until [`Progress::show`]: while a passphrase may
    /// still be asked for.
    pub fn later(self) -> Progress {
        self.quiet(true)
    }

    /// Shows the bar from here on (on a terminal).
    pub fn show(&self) {
        self.bar.set_draw_target(target());
    }

    /// `done` of `total`.
    pub fn tell(&self, done: u64, total: u64) {
        if self.bar.length() != Some(total) {
            self.bar.set_length(total);
        }
        self.bar.set_position(done);
    }

    /// Takes the bar off the screen, to say something after it.
    pub fn clear(&self) {
        self.bar.finish_and_clear();
    }

    /// A counter for the lower layers: `(done, total)`.
    pub fn callback(&self) -> impl FnMut(u64, u64) + '_ {
        |done, total| self.tell(done, total)
    }

    /// Makes Ctrl-C clear the bar and say `stopped` (what was kept) before
    /// the process ends: the work is one transaction, which an interrupted
    /// process never commits.
    pub fn stop_on_ctrl_c(self, stopped: String) -> Progress {
        let bar = self.bar.clone();
        let _ = ctrlc::set_handler(move || {
            bar.finish_and_clear();
            eprintln!("{stopped}");
            std::process::exit(130);
        });
        self
    }
}

/// Where to draw: stderr on a terminal, else nowhere.
fn target() -> ProgressDrawTarget {
    if super::term::stderr_is_terminal() {
        ProgressDrawTarget::stderr()
    } else {
        ProgressDrawTarget::hidden()
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// A reader that tells `progress` how many of `total` bytes it has read.
pub struct Counting<'p, R> {
    inner: R,
    read: u64,
    total: u64,
    progress: &'p Progress,
}

impl<'p, R> Counting<'p, R> {
    pub fn new(inner: R, total: u64, progress: &'p Progress) -> Self {
        Counting {
            inner,
            read: 0,
            total,
            progress,
        }
    }
}

impl<R: std::io::Read> std::io::Read for Counting<'_, R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.read += n as u64;
        self.progress.tell(self.read.min(self.total), self.total);
        Ok(n)
    }
}

impl<R: std::io::Seek> std::io::Seek for Counting<'_, R> {
    fn seek(&mut self, pos: std::io::SeekFrom) -> std::io::Result<u64> {
        let at = self.inner.seek(pos)?;
        self.read = at;
        Ok(at)
    }
}

//! A temporary journal and a builder that runs the real binary on it with a
//! pinned clock, no colour and a clean environment.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

/// The date every test runs on.
pub const TODAY: &str = "2026-03-15";

/// When [`Journal::with_john`]'s case opened.
pub const JOHN_OPENED: &str = "2026-01-01";

pub struct Journal {
    pub dir: TempDir,
    pub path: PathBuf,
}

impl Journal {
    pub fn new() -> Journal {
        let dir = TempDir::new().unwrap();
        let path = dir.path().join("journal.db");
        Journal { dir, path }
    }

    /// A journal holding case John, opened on 2026-01-01 (so that sessions
    /// may lie in the weeks before [`TODAY`]), with friends Levi and Maarten.
    pub fn with_john() -> Journal {
        let j = Journal::new();
        j.ok(&[
            "case",
            "add",
            "John",
            "--setting",
            "addiction clinic",
            "--cohabiting",
            "no",
            "--opened",
            JOHN_OPENED,
        ]);
        j.ok(&["other", "add", "John", "Levi", "--role", "friend"]);
        j.ok(&["other", "add", "John", "Maarten", "--role", "friend"]);
        j
    }

    /// John with four long notes: far more output than a pipe holds.
    pub fn with_long_notes() -> Journal {
        let j = Journal::with_john();
        let note = "a long note ".repeat(4000);
        for _ in 0..4 {
            j.ok(&["add", "John", "--note", &note]);
        }
        j
    }

    /// Runs `args`, reads one byte of the output, then hangs up, as
    /// `spiegel … | head -c 1` would: whether it succeeded, and its stderr.
    pub fn hang_up_after_one_byte(&self, args: &[&str]) -> (bool, String) {
        use std::io::Read;
        use std::process::Stdio;

        let mut child = self
            .process()
            .arg("--db")
            .arg(&self.path)
            .args(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        stdout.read_exact(&mut [0u8; 1]).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        (
            out.status.success(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    }

    /// `spiegel` without a journal chosen: only the environment decides.
    pub fn bare(&self) -> Command {
        Command::from_std(self.process())
    }

    /// The same as [`Journal::bare`], as a plain process to spawn.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin!("spiegel"));
        cmd.env_clear()
            .env("HOME", self.dir.path())
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("XDG_CONFIG_HOME", self.dir.path().join("config"))
            .env("NO_COLOR", "1")
            .env("SPIEGEL_TODAY", TODAY)
            .env("TMPDIR", self.dir.path());
        cmd
    }

    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = self.bare();
        cmd.arg("--db").arg(&self.path).args(args);
        cmd
    }

    /// Runs a command that must succeed; returns its stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.cmd(args).output().unwrap();
        assert!(
            out.status.success(),
            "spiegel {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// Runs a command that must fail with exit code 1 and a one-line error;
    /// returns that line.
    pub fn err(&self, args: &[&str]) -> String {
        fails(self.cmd(args), args)
    }

    /// Runs a command that must fail as a usage error: exit code 2 and a
    /// one-line error; returns that line.
    pub fn err_usage(&self, args: &[&str]) -> String {
        fails_with(self.cmd(args), args, 2)
    }

    /// Runs `args` with more environment (`SPIEGEL_PASSPHRASE` and the like).
    pub fn output_env(&self, env: &[(&str, &str)], args: &[&str]) -> std::process::Output {
        let mut cmd = self.cmd(args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().unwrap()
    }

    /// [`Journal::ok`] with more environment.
    pub fn ok_env(&self, env: &[(&str, &str)], args: &[&str]) -> String {
        let out = self.output_env(env, args);
        assert!(
            out.status.success(),
            "spiegel {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    }

    /// [`Journal::err`] with more environment: the one-line error of a
    /// command that must fail with exit code 1.
    pub fn err_env(&self, env: &[(&str, &str)], args: &[&str]) -> String {
        let out = self.output_env(env, args);
        assert_eq!(
            out.status.code(),
            Some(1),
            "{args:?} should fail: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
        stderr
    }

    /// The settings file's path.
    pub fn config_path(&self) -> PathBuf {
        let out = self.bare().args(["config", "path"]).output().unwrap();
        assert!(out.status.success());
        PathBuf::from(String::from_utf8(out.stdout).unwrap().trim_end())
    }

    pub fn json(&self, args: &[&str]) -> Value {
        let mut args = args.to_vec();
        args.push("--json");
        serde_json::from_str(&self.ok(&args)).unwrap()
    }

    /// Every row of the journal, as JSON, to compare before and after.
    pub fn snapshot(&self) -> Value {
        serde_json::json!({
            "cases": self.json(&["case", "list", "--all"]),
            "reflections": self.json(&["list", "--limit", "0"]),
            "reasons": self.json(&["reasons", "--all"]),
        })
    }
}

/// Runs `cmd`, which must fail with exit code 1 and a one-line error;
/// returns that line.
pub fn fails(cmd: Command, args: &[&str]) -> String {
    fails_with(cmd, args, 1)
}

/// Runs `cmd`, which must fail with exit code `code` and a one-line error;
/// returns that line.
pub fn fails_with(mut cmd: Command, args: &[&str], code: i32) -> String {
    let out = cmd.output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(code),
        "spiegel {args:?} should fail; stdout: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    assert!(out.stdout.is_empty(), "an error prints nothing on stdout");
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stderr.lines().count(), 1, "not one line: {stderr}");
    assert!(
        stderr.starts_with("error: ") || stderr.starts_with("fout: "),
        "{stderr}"
    );
    stderr.trim_end().to_string()
}

pub fn bytes(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap()
}

/// Whether `haystack` holds `needle`, also as the undo log writes text
/// since schema 6: the hex of its bytes.
pub fn contains(haystack: &[u8], needle: &str) -> bool {
    let hex: String = needle.bytes().map(|b| format!("{b:02X}")).collect();
    [needle, hex.as_str()]
        .iter()
        .any(|n| haystack.windows(n.len()).any(|w| w == n.as_bytes()))
}

/// The journal's bytes with its write-ahead log, if any.
pub fn file_and_wal(path: &Path) -> Vec<u8> {
    let mut all = bytes(path);
    let mut wal = path.as_os_str().to_owned();
    wal.push("-wal");
    if let Ok(w) = std::fs::read(&wal) {
        all.extend(w);
    }
    all
}

/// The entry of a JSON list (reasons, patterns' reasons) with this `code`.
pub fn by_code<'a>(list: &'a Value, code: &str) -> Option<&'a Value> {
    list.as_array()?.iter().find(|entry| entry["code"] == code)
}

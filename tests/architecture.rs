//! The layering of ARCHITECTURE.md, kept: reads `src/**/*.rs` as text and
//! fails on a file over 500 lines or an import a layer may not make.
//!
//! What counts, and what does not:
//! - A rule is a word found in a line of code: comment lines (`//`, `//!`,
//!   `///`) are skipped, so prose may name what a layer does not use. Words
//!   match whole (`clap`, not `clapper`; `t!(`, not `format!(`).
//! - Test code may say what the user reads, so the `t!(` rule skips files
//!   compiled only for tests (declared `#[cfg(test)] mod name;`, such as
//!   `tests.rs` and `properties.rs`) and a file's inline `#[cfg(test)] mod
//!   … { … }` at its end. Every other rule holds for test code too (the
//!   domain is tested without a database) and so does the 500-line limit.
//! - [`ALLOWLIST`] names the violations known when this test was written,
//!   each as file and rule. It may only shrink: the test fails as well when
//!   an entry no longer violates, so that fixing one means deleting its line.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// The most lines a source file may have.
const MAX_LINES: usize = 500;

/// The rule for a file too long.
const TOO_LONG: &str = "over 500 lines";

/// Per layer (a folder of `src/`), the words its code may not hold: the
/// "never" column of ARCHITECTURE.md's table (only the CLI speaks, so only
/// it uses `crate::i18n`).
const FORBIDDEN: &[(&str, &[&str])] = &[
    (
        "src/journal/",
        &[
            "rusqlite",
            "clap",
            "t!(",
            "crate::store",
            "crate::services",
            "crate::cli",
            "crate::i18n",
        ],
    ),
    (
        "src/store/",
        &[
            "t!(",
            "crate::services",
            "crate::cli",
            "clap",
            "crate::i18n",
        ],
    ),
    (
        "src/services/",
        &["t!(", "crate::cli", "clap", "crate::i18n"],
    ),
    ("src/cli/", &["crate::store", "rusqlite"]),
];

/// Known violations (file, rule). Issue 11 emptied it: keep it empty, and
/// fix a violation instead of listing it here.
const ALLOWLIST: &[(&str, &str)] = &[];

/// The source files, as paths relative to the crate (`src/…`, `/` between).
fn sources() -> Vec<String> {
    fn walk(dir: &Path, found: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, found);
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                found.push(path);
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    walk(&root.join("src"), &mut found);
    let mut names: Vec<String> = found
        .iter()
        .map(|path| {
            let relative = path.strip_prefix(root).unwrap();
            relative
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        })
        .collect();
    names.sort();
    names
}

fn read(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// The files compiled only for tests: `#[cfg(test)]` followed by `mod name;`.
fn test_only_files(files: &[String]) -> BTreeSet<String> {
    let mut test_only = BTreeSet::new();
    for file in files {
        let text = read(file);
        let lines: Vec<&str> = text.lines().map(str::trim).collect();
        // A module `m` of `a/b.rs` is `a/b/m.rs`; of `a/mod.rs` (or
        // `lib.rs`, `main.rs`) it is `a/m.rs`.
        let (dir, stem) = file.rsplit_once('/').unwrap();
        let stem = stem.trim_end_matches(".rs");
        let folder = if matches!(stem, "mod" | "lib" | "main") {
            dir.to_string()
        } else {
            format!("{dir}/{stem}")
        };
        for pair in lines.windows(2) {
            if pair[0] == "#[cfg(test)]"
                && let Some(name) = pair[1]
                    .strip_prefix("mod ")
                    .and_then(|rest| rest.strip_suffix(';'))
            {
                test_only.insert(format!("{folder}/{name}.rs"));
            }
        }
    }
    test_only
}

fn is_ident(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `line` holds `word` as a whole word.
fn holds(line: &str, word: &str) -> bool {
    line.match_indices(word).any(|(at, _)| {
        let before = line[..at].chars().next_back();
        let after = line[at + word.len()..].chars().next();
        let starts_word = !word.starts_with(is_ident) || !before.is_some_and(is_ident);
        let ends_word = !word.ends_with(is_ident) || !after.is_some_and(is_ident);
        starts_word && ends_word
    })
}

/// Every (file, rule) broken in `src/` today.
fn violations() -> BTreeSet<(String, String)> {
    let files = sources();
    let test_only = test_only_files(&files);
    let mut found = BTreeSet::new();
    for file in &files {
        let text = read(file);
        if text.lines().count() > MAX_LINES {
            found.insert((file.clone(), TOO_LONG.to_string()));
        }
        let Some((_, words)) = FORBIDDEN.iter().find(|(dir, _)| file.starts_with(dir)) else {
            continue;
        };
        let mut in_test = test_only.contains(file);
        let mut lines = text.lines().map(str::trim).peekable();
        while let Some(line) = lines.next() {
            // An inline test module runs to the end of the file.
            if line == "#[cfg(test)]"
                && lines
                    .peek()
                    .is_some_and(|next| next.starts_with("mod ") && next.ends_with('{'))
            {
                in_test = true;
            }
            if line.starts_with("//") {
                continue;
            }
            for word in *words {
                if *word == "t!(" && in_test {
                    continue;
                }
                if holds(line, word) {
                    found.insert((file.clone(), word.to_string()));
                }
            }
        }
    }
    found
}

#[test]
fn the_layers_keep_their_rules() {
    let found = violations();
    let allowed: BTreeSet<(String, String)> = ALLOWLIST
        .iter()
        .map(|(file, rule)| (file.to_string(), rule.to_string()))
        .collect();
    let mut problems = Vec::new();
    for (file, rule) in found.difference(&allowed) {
        problems.push(if rule == TOO_LONG {
            format!("{file}: {rule} (split it; see ARCHITECTURE.md)")
        } else {
            format!("{file}: `{rule}` is not allowed in this layer (see ARCHITECTURE.md)")
        });
    }
    for (file, rule) in allowed.difference(&found) {
        problems.push(format!(
            "{file}: keeps the rule `{rule}` now: delete its line from ALLOWLIST in tests/architecture.rs (see ARCHITECTURE.md)"
        ));
    }
    assert!(
        problems.is_empty(),
        "the layering of ARCHITECTURE.md:\n{}",
        problems.join("\n")
    );
}

#[test]
fn whole_words_are_matched() {
    assert!(holds("    let s = t!(\"key\");", "t!("));
    assert!(holds("crate::t!(\"key\")", "t!("));
    assert!(!holds("format!(\"{x}\")", "t!("));
    assert!(!holds("print!(\"x\")", "t!("));
    assert!(holds("use clap::Args;", "clap"));
    assert!(!holds("let clapper = 1;", "clap"));
    assert!(holds("use crate::store::{Access, Store};", "crate::store"));
    assert!(!holds("use crate::storeroom;", "crate::store"));
}

//! The manual's pages, in the language spoken: clap_mangen's sections from
//! the command definition, and the ones it does not write (the method,
//! exit status, environment, files, examples, see also).

use anyhow::Result;
use clap::Command;
use clap_mangen::Man;

use crate::i18n;
use crate::t;

/// The top page alone (`spiegel man`): its commands are named, not
/// referred to pages that were not written.
pub fn top_page(cmd: Command) -> Result<Vec<u8>> {
    let mut cmd = cmd;
    cmd.build();
    render(&cmd, None, false)
}

/// Every page, named as `clap_mangen::generate_to` names them (`spiegel.1`,
/// `spiegel-case-add.1`, …), each referring only to pages among them.
pub fn all_pages(cmd: Command) -> Result<Vec<(String, Vec<u8>)>> {
    fn gather(
        cmd: &Command,
        parent: Option<&str>,
        pages: &mut Vec<(String, Vec<u8>)>,
    ) -> Result<()> {
        let name = page_name(cmd);
        pages.push((format!("{name}.1"), render(cmd, parent, true)?));
        for sub in visible(cmd) {
            gather(sub, Some(&name), pages)?;
        }
        Ok(())
    }
    let mut cmd = cmd;
    cmd.build();
    let mut pages = Vec::new();
    gather(&cmd, None, &mut pages)?;
    Ok(pages)
}

/// `spiegel-case-add` for `spiegel case add`.
fn page_name(cmd: &Command) -> String {
    cmd.get_display_name()
        .unwrap_or_else(|| cmd.get_name())
        .to_string()
}

/// The commands that get a page: not `help`, nothing hidden.
fn visible(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
}

/// One page. `parent`: the page above it, none for the top page; `pages`:
/// whether every command has its own page to refer to.
fn render(cmd: &Command, parent: Option<&str>, pages: bool) -> Result<Vec<u8>> {
    let man = Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    let top = parent.is_none();
    if top {
        paragraph(&mut out, &t!("man-method"));
    }
    if let Some(after) = cmd.get_after_help() {
        preformatted(&mut out, &after.to_string());
    }
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    commands(&mut out, cmd, pages);
    examples(&mut out, cmd);
    if top {
        exit_status(&mut out);
        environment(&mut out);
        files(&mut out);
    }
    see_also(&mut out, parent, pages);
    if top {
        man.render_version_section(&mut out)?;
    }
    Ok(in_words(String::from_utf8(out)?).into_bytes())
}

/// clap_mangen's headings in the language spoken.
fn in_words(page: String) -> String {
    let headings = [
        ("NAME", t!("man-heading-name")),
        ("SYNOPSIS", t!("man-heading-synopsis")),
        ("DESCRIPTION", t!("man-heading-description")),
        ("OPTIONS", t!("man-heading-options")),
        ("VERSION", t!("man-heading-version")),
    ];
    page.lines()
        .map(|line| {
            let heading = line.strip_prefix(".SH ").and_then(|h| {
                headings
                    .iter()
                    .find(|(english, _)| *english == h)
                    .map(|(_, spoken)| format!(".SH {}", quoted(spoken)))
            });
            heading.unwrap_or_else(|| line.to_string()) + "\n"
        })
        .collect()
}

fn heading(out: &mut Vec<u8>, text: &str) {
    out.extend(format!(".SH {}\n", quoted(text)).bytes());
}

/// A heading's argument: in quotes when it has a space.
fn quoted(text: &str) -> String {
    if text.contains(' ') {
        format!("\"{text}\"")
    } else {
        text.to_string()
    }
}

fn paragraph(out: &mut Vec<u8>, text: &str) {
    out.extend(format!(".PP\n{}\n", escape(text)).bytes());
}

/// An item: a tag in bold, then its text.
fn item(out: &mut Vec<u8>, tag: &str, text: &str) {
    out.extend(format!(".TP\n\\fB{}\\fR\n{}\n", escape(tag), escape(text)).bytes());
}

/// Lines kept as they are (commands, indented examples).
fn preformatted(out: &mut Vec<u8>, text: &str) {
    out.extend(b".PP\n.nf\n");
    for line in text.lines() {
        out.extend(format!("{}\n", escape(line)).bytes());
    }
    out.extend(b".fi\n");
}

/// Text for roff: a backslash, a dash or a line starting with a control
/// character would otherwise be read as roff.
fn escape(text: &str) -> String {
    let text = text.replace('\\', "\\e").replace('-', "\\-");
    text.lines()
        .map(|line| {
            if line.starts_with(['.', '\'']) {
                format!("\\&{line}")
            } else {
                line.to_string()
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The commands under this one: their pages, or on a page alone their
/// names as typed.
fn commands(out: &mut Vec<u8>, cmd: &Command, pages: bool) {
    let subs: Vec<&Command> = visible(cmd).collect();
    if subs.is_empty() {
        return;
    }
    heading(out, &t!("man-heading-commands"));
    for sub in subs {
        let tag = if pages {
            format!("{}(1)", page_name(sub))
        } else {
            page_name(sub).replace('-', " ")
        };
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        item(out, &tag, &about);
    }
}

/// The examples `--help` shows after the long help.
fn examples(out: &mut Vec<u8>, cmd: &Command) {
    let name = page_name(cmd);
    let path = name.strip_prefix("spiegel-").unwrap_or(&name);
    let Some(examples) = i18n::lookup(&format!("help-examples-{path}")) else {
        return;
    };
    heading(out, &t!("man-heading-examples"));
    for line in examples.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if line.starts_with("spiegel ") {
            out.extend(format!(".RS 4\n.nf\n\\fB{}\\fR\n.fi\n.RE\n", escape(line)).bytes());
        } else {
            paragraph(out, line);
        }
    }
}

fn exit_status(out: &mut Vec<u8>) {
    heading(out, &t!("man-heading-exit-status"));
    item(out, "0", &t!("man-exit-0"));
    item(out, "1", &t!("man-exit-1"));
    item(out, "2", &t!("man-exit-2"));
}

/// Every variable spiegel reads (but the tests' own hooks).
fn environment(out: &mut Vec<u8>) {
    heading(out, &t!("man-heading-environment"));
    for (name, text) in [
        ("SPIEGEL_DB", t!("man-env-db")),
        ("SPIEGEL_PASSPHRASE", t!("man-env-passphrase")),
        ("SPIEGEL_NEW_PASSPHRASE", t!("man-env-new-passphrase")),
        ("SPIEGEL_LANG", t!("man-env-lang")),
        ("SPIEGEL_TODAY", t!("man-env-today")),
        ("SPIEGEL_PAGER, PAGER", t!("man-env-pager")),
        ("VISUAL, EDITOR", t!("man-env-editor")),
        ("NO_COLOR", t!("man-env-no-color")),
        ("COLUMNS", t!("man-env-columns")),
        (super::shell::COMPLETE_VAR, t!("man-env-complete")),
        ("SPIEGEL_TRACE_SQL", t!("man-env-trace-sql")),
    ] {
        item(out, name, &text);
    }
}

fn files(out: &mut Vec<u8>) {
    heading(out, &t!("man-heading-files"));
    for (path, text) in [
        ("spiegel/journal.db", t!("man-file-journal")),
        ("spiegel/config.toml", t!("man-file-settings")),
        ("backups/", t!("man-file-backups")),
        ("$TMPDIR/spiegel-demo-*/", t!("man-file-demo")),
    ] {
        item(out, path, &text);
    }
}

/// Only pages that were written: the top page and the one above; a page
/// alone refers to the help instead.
fn see_also(out: &mut Vec<u8>, parent: Option<&str>, pages: bool) {
    let mut refs: Vec<String> = Vec::new();
    if pages && let Some(parent) = parent {
        if parent != "spiegel" {
            refs.push("spiegel(1)".into());
        }
        refs.push(format!("{parent}(1)"));
    }
    heading(out, &t!("man-heading-see-also"));
    if !refs.is_empty() {
        out.extend(format!("{}\n", escape(&refs.join(", "))).bytes());
    }
    if parent.is_none() || !pages {
        paragraph(out, &t!("man-see-also-help"));
    }
}

//! What goes to a terminal shows the text it holds, and cannot steer the
//! terminal: escape sequences and other control characters in journal
//! text are shown as `\u{1b}`, not obeyed. Only on a terminal: files,
//! pipes and `--json` get the exact bytes.

use std::io::{self, Write};

use crate::journal::text;

/// `text` for a terminal, keeping spiegel's own colours: a select-graphic-
/// rendition sequence (`ESC [ 1 m`) stays, any other escape is shown.
pub fn keep_styles(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&text::visible(&rest[..at]));
        let after = &rest[at + 1..];
        let style = after.strip_prefix('[').and_then(|s| {
            let end = s.find(|c: char| !(c.is_ascii_digit() || c == ';' || c == ':'))?;
            (s[end..].starts_with('m')).then_some(end + 2)
        });
        match style {
            Some(len) => {
                out.push('\u{1b}');
                out.push_str(&after[..len]);
                rest = &after[len..];
            }
            None => {
                out.push_str("\\u{1b}");
                rest = after;
            }
        }
    }
    out.push_str(&text::visible(rest));
    out
}

/// JSON text with its C1 control characters escaped (`\u009b`): the same
/// JSON value. (JSON escapes all others itself.)
pub fn json_escaped(json: &str) -> std::borrow::Cow<'_, str> {
    let c1 = |c: char| ('\u{80}'..='\u{9f}').contains(&c);
    if !json.chars().any(c1) {
        return std::borrow::Cow::Borrowed(json);
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if c1(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// A writer that shows control characters (as [`text::visible`] does)
/// instead of passing them on, for output that goes to a terminal.
pub struct Visible<W: Write> {
    inner: W,
    /// A byte whose meaning depends on the next one (a carriage return,
    /// or the first byte of a C1 control), held until it comes.
    pending: Option<u8>,
}

impl<W: Write> Visible<W> {
    pub fn new(inner: W) -> Visible<W> {
        Visible {
            inner,
            pending: None,
        }
    }
}

fn shown(out: &mut Vec<u8>, code: u32) {
    out.extend_from_slice(format!("\\u{{{code:x}}}").as_bytes());
}

impl<W: Write> Write for Visible<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let mut out = Vec::with_capacity(buf.len() + 16);
        let mut bytes = self.pending.take().into_iter().chain(buf.iter().copied());
        let mut next = bytes.next();
        while let Some(b) = next {
            next = bytes.next();
            match b {
                0xC2 | b'\r' if next.is_none() => {
                    self.pending = Some(b);
                }
                0xC2 if matches!(next, Some(0x80..=0x9F)) => {
                    shown(&mut out, u32::from(next.expect("matched")));
                    next = bytes.next();
                }
                b'\r' if next == Some(b'\n') => out.push(b),
                b'\t' | b'\n' => out.push(b),
                0..0x20 | 0x7F => shown(&mut out, u32::from(b)),
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        match self.pending.take() {
            Some(b'\r') => self.inner.write_all(b"\\u{d}")?,
            Some(b) => self.inner.write_all(&[b])?,
            None => {}
        }
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(chunks: &[&[u8]]) -> String {
        let mut w = Visible::new(Vec::new());
        for c in chunks {
            w.write_all(c).unwrap();
        }
        w.flush().unwrap();
        String::from_utf8(w.inner).unwrap()
    }

    #[test]
    fn controls_are_shown_even_across_writes() {
        let csi = "\u{9b}".as_bytes();
        assert_eq!(through(&[b"a\x1b[2Jb\tc\r\n"]), "a\\u{1b}[2Jb\tc\r\n");
        assert_eq!(
            through(&[b"a", &csi[..1], &csi[1..], b"31m"]),
            "a\\u{9b}31m"
        );
        assert_eq!(through(&[b"x\r", b"y\r", b"\n"]), "x\\u{d}y\r\n");
        assert_eq!(through(&["é ü".as_bytes()]), "é ü");
        assert_eq!(through(&[b"end\r"]), "end\\u{d}");
    }

    #[test]
    fn json_on_a_terminal_escapes_c1_and_stays_the_same_value() {
        let value = serde_json::json!({"note": "a\u{9b}2J\u{85}b\u{1b}"});
        let text = serde_json::to_string(&value).unwrap();
        let shown = json_escaped(&text);
        assert!(!shown.contains('\u{9b}'), "{shown}");
        let back: serde_json::Value = serde_json::from_str(&shown).unwrap();
        assert_eq!(back, value);
    }

    #[test]
    fn spiegels_own_styles_stay() {
        assert_eq!(
            keep_styles("\u{1b}[1mJohn\u{1b}[0m \u{1b}]0;title\u{7} \u{9b}"),
            "\u{1b}[1mJohn\u{1b}[0m \\u{1b}]0;title\\u{7} \\u{9b}"
        );
    }
}

//! Reading an import file without holding a text longer than the journal
//! takes: a reader that watches the JSON strings going through it and
//! stops at the first one longer than [`MAX_TEXT_BYTES`], before the JSON
//! parser has collected it. Memory stays flat whatever the file holds.

use std::io::{self, Read, Seek, SeekFrom};

use super::text::MAX_TEXT_BYTES;

/// A JSON string too long for the journal; an [`io::Error`]'s inner error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TooLong {
    /// The key of the string (`note`), or the string before it.
    pub field: String,
    /// Its length in bytes (escapes counted as what they stand for, at least).
    pub bytes: usize,
}

impl std::fmt::Display for TooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {} bytes", self.field, self.bytes)
    }
}

impl std::error::Error for TooLong {}

/// The [`TooLong`] an I/O error stands for, if it does.
pub fn too_long(e: &io::Error) -> Option<&TooLong> {
    e.get_ref()
        .and_then(|inner| inner.downcast_ref::<TooLong>())
}

/// Keys longer than this are not kept to name the field.
const KEY: usize = 64;

/// A reader of JSON that refuses a string longer than [`MAX_TEXT_BYTES`].
pub struct Guard<R> {
    inner: R,
    limit: usize,
    state: State,
}

#[derive(Default)]
struct State {
    in_string: bool,
    escape: bool,
    /// Hex digits still to come in a `\uXXXX` escape.
    hex: u8,
    /// Bytes the current string stands for (a `\uXXXX` counts one: at
    /// least what it stands for).
    len: usize,
    current: Vec<u8>,
    last: Vec<u8>,
    key: Vec<u8>,
}

impl State {
    /// Takes one byte; whether the current string is now too long.
    fn byte(&mut self, b: u8, limit: usize) -> bool {
        if !self.in_string {
            match b {
                b'"' => {
                    self.in_string = true;
                    self.len = 0;
                    self.current.clear();
                }
                b':' => self.key = std::mem::take(&mut self.last),
                _ => {}
            }
            return false;
        }
        if self.hex > 0 {
            self.hex -= 1;
            return false;
        }
        if self.escape {
            self.escape = false;
            if b == b'u' {
                self.hex = 4;
            }
        } else if b == b'\\' {
            self.escape = true;
            return false;
        } else if b == b'"' {
            self.in_string = false;
            self.last = std::mem::take(&mut self.current);
            return false;
        }
        self.len += 1;
        if self.current.len() < KEY {
            self.current.push(b);
        }
        self.len > limit
    }
}

impl<R> Guard<R> {
    pub fn new(inner: R) -> Guard<R> {
        Guard::with_limit(inner, MAX_TEXT_BYTES)
    }

    fn with_limit(inner: R, limit: usize) -> Guard<R> {
        Guard {
            inner,
            limit,
            state: State::default(),
        }
    }
}

impl<R: Read> Guard<R> {
    /// The string is too long: read on to its end without keeping it, to
    /// tell how long it is; `rest` is what was read after the byte that
    /// made it too long.
    fn refuse(&mut self, rest: &[u8]) -> io::Error {
        let mut buf = [0u8; 8192];
        let mut ended = self.count(rest);
        while !ended {
            let n = match self.inner.read(&mut buf) {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            ended = self.count(&buf[..n]);
        }
        let key = if self.state.key.is_empty() {
            "?".to_string()
        } else {
            String::from_utf8_lossy(&self.state.key).into_owned()
        };
        io::Error::new(
            io::ErrorKind::InvalidData,
            TooLong {
                field: key,
                bytes: self.state.len,
            },
        )
    }
}

impl<R> Guard<R> {
    /// Counts `bytes` into a string already too long; whether it ended.
    fn count(&mut self, bytes: &[u8]) -> bool {
        for &b in bytes {
            self.state.byte(b, usize::MAX);
            if !self.state.in_string {
                return true;
            }
        }
        false
    }
}

impl<R: Read> Read for Guard<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        for (i, &b) in buf[..n].iter().enumerate() {
            if self.state.byte(b, self.limit) {
                return Err(self.refuse(&buf[i + 1..n]));
            }
        }
        Ok(n)
    }
}

impl<R: Seek> Seek for Guard<R> {
    fn seek(&mut self, pos: SeekFrom) -> io::Result<u64> {
        self.state = State::default();
        self.inner.seek(pos)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads `json` through a guard, `chunk` bytes a call at most.
    fn read_by(json: &str, limit: usize, chunk: usize) -> Result<(), TooLong> {
        let mut g = Guard::with_limit(json.as_bytes(), limit);
        let mut buf = vec![0u8; chunk];
        loop {
            match g.read(&mut buf) {
                Ok(0) => return Ok(()),
                Ok(_) => {}
                Err(e) => return Err(too_long(&e).unwrap().clone()),
            }
        }
    }

    /// The same whether the parser asks a byte at a time or a buffer's
    /// length: the length told counts the whole string either way.
    fn read(json: &str, limit: usize) -> Result<(), TooLong> {
        let by_byte = read_by(json, limit, 1);
        for chunk in [2, 3, 7, 64 * 1024] {
            assert_eq!(read_by(json, limit, chunk), by_byte, "{chunk} bytes a call");
        }
        by_byte
    }

    #[test]
    fn a_long_string_is_refused_with_its_key() {
        assert_eq!(read(r#"{"note":"12345","x":[1]}"#, 5), Ok(()));
        assert_eq!(
            read(r#"{"a":{"note":"123456"},"b":"after"}"#, 5),
            Err(TooLong {
                field: "note".into(),
                bytes: 6
            })
        );
        // Escapes count as what they stand for; quotes inside do not end it.
        assert_eq!(read(r#"{"n":"\"\\\u00e9ab"}"#, 5), Ok(()));
        assert!(read(r#"{"n":"\"\\\u00e9abc"}"#, 5).is_err());
        // Long keys and list items are strings too.
        assert!(read(r#"["1234567"]"#, 5).is_err());
        // Told whole, with what follows it in the same read left alone.
        assert_eq!(
            read(r#"{"note":"1234567890","after":"x"}"#, 5),
            Err(TooLong {
                field: "note".into(),
                bytes: 10
            })
        );
    }
}

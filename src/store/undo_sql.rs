//! Replaying the undo log fast: each inverse statement is SQL text with its
//! values written in as literals (by the triggers of schema 3 and 6). Parsing
//! each one anew cost more than running it (issue 15: 41–57 s to undo an
//! import of 100 000 reflections). Here the literals are lifted out as
//! parameters, so every inverse of one table and kind shares one cached
//! statement.

use rusqlite::types::Value;

/// The statement with each literal replaced by `?N`, and the literals'
/// values in order. A literal that does not fit a parameter exactly (an
/// integer beyond 64 bits) stays in the text.
pub(super) fn parameterize(sql: &str) -> (String, Vec<Value>) {
    let bytes = sql.as_bytes();
    let mut out = String::with_capacity(sql.len());
    let mut values = Vec::new();
    let mut i = 0;
    let mut push = |out: &mut String, value: Value| {
        values.push(value);
        out.push('?');
        out.push_str(&values.len().to_string());
    };
    while i < bytes.len() {
        let c = bytes[i];
        if (c == b'x' || c == b'X') && bytes.get(i + 1) == Some(&b'\'') {
            let start = i + 2;
            let end = start + sql[start..].find('\'').unwrap_or(sql.len() - start);
            match decode_hex(&sql[start..end]) {
                Some(blob) => push(&mut out, Value::Blob(blob)),
                None => out.push_str(&sql[i..(end + 1).min(sql.len())]),
            }
            i = end + 1;
        } else if c == b'_' || c.is_ascii_alphabetic() {
            let start = i;
            while i < bytes.len() && (bytes[i] == b'_' || bytes[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            out.push_str(&sql[start..i]);
        } else if c == b'"' {
            let start = i;
            i += 1;
            while i < bytes.len() {
                if bytes[i] == b'"' {
                    if bytes.get(i + 1) == Some(&b'"') {
                        i += 2;
                        continue;
                    }
                    i += 1;
                    break;
                }
                i += 1;
            }
            out.push_str(&sql[start..i]);
        } else if c == b'\'' {
            let mut text = String::new();
            i += 1;
            let mut from = i;
            loop {
                match sql[i..].find('\'') {
                    None => {
                        text.push_str(&sql[from..]);
                        i = sql.len();
                        break;
                    }
                    Some(at) => {
                        let q = i + at;
                        if bytes.get(q + 1) == Some(&b'\'') {
                            text.push_str(&sql[from..=q]);
                            i = q + 2;
                            from = i;
                        } else {
                            text.push_str(&sql[from..q]);
                            i = q + 1;
                            break;
                        }
                    }
                }
            }
            push(&mut out, Value::Text(text));
        } else if c.is_ascii_digit()
            || (c == b'.' && bytes.get(i + 1).is_some_and(u8::is_ascii_digit))
        {
            let start = i;
            let mut real = false;
            while i < bytes.len() && (bytes[i].is_ascii_digit() || bytes[i] == b'.') {
                real |= bytes[i] == b'.';
                i += 1;
            }
            if i < bytes.len() && (bytes[i] == b'e' || bytes[i] == b'E') {
                real = true;
                i += 1;
                if i < bytes.len() && (bytes[i] == b'+' || bytes[i] == b'-') {
                    i += 1;
                }
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
            }
            let literal = &sql[start..i];
            let value = if real {
                literal.parse::<f64>().ok().map(Value::Real)
            } else {
                literal.parse::<i64>().ok().map(Value::Integer)
            };
            match value {
                Some(v) => push(&mut out, v),
                None => out.push_str(literal),
            }
        } else {
            let len = sql[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&sql[i..i + len]);
            i += len;
        }
    }
    (out, values)
}

fn decode_hex(hex: &str) -> Option<Vec<u8>> {
    if hex.len() % 2 != 0 {
        return None;
    }
    (0..hex.len())
        .step_by(2)
        .map(|k| u8::from_str_radix(hex.get(k..k + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use rusqlite::{Connection, params_from_iter};

    use super::*;

    /// Run as written or with its literals as parameters, an inverse
    /// statement leaves the same bytes of the same types.
    #[test]
    fn parameterized_inverses_write_the_same_values() {
        let inverses = [
            "INSERT INTO t (id, a, b, c, \"d 1\") VALUES (1, CAST(X'4869002773' AS TEXT), -2.5e+3, NULL, X'00FF')",
            "INSERT INTO t (id, a, b, c, \"d 1\") VALUES (2, 'it''s ''quoted''', 9223372036854775807, .5, 'x1')",
            "INSERT INTO t (id, a, b, c, \"d 1\") VALUES (3, -9223372036854775808, 1.0e+308, 'é ü', 'X''41''')",
            "INSERT INTO t (id, a, b, c, \"d 1\") VALUES (4, 'a', 'b', 'c', 'd')",
            "UPDATE t SET a = CAST(X'' AS TEXT), b = 0, c = 7 WHERE id = 4",
        ];
        let schema = "CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, \"d 1\")";
        let plain = Connection::open_in_memory().unwrap();
        let lifted = Connection::open_in_memory().unwrap();
        plain.execute_batch(schema).unwrap();
        lifted.execute_batch(schema).unwrap();
        for sql in inverses {
            plain.execute_batch(sql).unwrap();
            let (text, values) = parameterize(sql);
            assert!(!text.contains('\''), "{text}");
            lifted
                .prepare_cached(&text)
                .unwrap()
                .execute(params_from_iter(values))
                .unwrap();
        }
        let dump = |c: &Connection| -> Vec<String> {
            c.prepare(
                "SELECT typeof(a) || quote(a) || typeof(b) || quote(b) || typeof(c) || quote(c)
                        || typeof(\"d 1\") || quote(\"d 1\") FROM t ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| r.get(0))
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap()
        };
        assert_eq!(dump(&plain), dump(&lifted));
        assert_eq!(dump(&plain).len(), 4);
    }

    #[test]
    fn inverses_of_one_kind_share_one_statement() {
        let (a, va) = parameterize("DELETE FROM reflection WHERE id = 12");
        let (b, vb) = parameterize("DELETE FROM reflection WHERE id = 99731");
        assert_eq!(a, b);
        assert_eq!(a, "DELETE FROM reflection WHERE id = ?1");
        assert_eq!(va, vec![Value::Integer(12)]);
        assert_eq!(vb, vec![Value::Integer(99731)]);
    }
}

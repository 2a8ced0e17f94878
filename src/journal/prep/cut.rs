//! Text cut to fit a page: on one line, after the last whole sentence or
//! word that fits, then "…"; never in the middle of a word.

/// Marks what was left out.
pub const ELLIPSIS: char = '…';

/// `text` on one line, at most `max` characters (the "…" included), and
/// whether anything was left out. It ends after the last sentence that
/// fits when that keeps at least half of the room, else after the last
/// whole word; only a single word longer than `max` is cut inside.
pub fn cut(text: &str, max: usize) -> (String, bool) {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let chars: Vec<char> = flat.chars().collect();
    if chars.len() <= max {
        return (flat, false);
    }
    // Room for " …" after a sentence, "…" after a word.
    let room = max.saturating_sub(2).max(1);
    let prefix = &chars[..room];
    let sentence = (0..room).rev().find(|&i| {
        matches!(prefix[i], '.' | '!' | '?') && chars.get(i + 1) == Some(&' ') && i + 1 >= room / 2
    });
    if let Some(end) = sentence {
        let kept: String = prefix[..=end].iter().collect();
        return (format!("{kept} {ELLIPSIS}"), true);
    }
    let end = if chars[room] == ' ' {
        Some(room)
    } else {
        prefix.iter().rposition(|&c| c == ' ').filter(|&j| j > 0)
    };
    let kept: String = match end {
        Some(end) => prefix[..end].iter().collect(),
        // One word longer than the room: nothing else to do.
        None => chars[..max.saturating_sub(1)].iter().collect(),
    };
    let kept = kept.trim_end_matches([' ', ',', ';', ':', '-', '–', '—', '(', '“', '"', '\'']);
    (format!("{kept}{ELLIPSIS}"), true)
}

#[cfg(test)]
mod tests {
    use super::cut;

    #[test]
    fn short_text_stays_whole_on_one_line() {
        assert_eq!(cut("a\n\n b  c", 10), ("a b c".to_string(), false));
        assert_eq!(cut("", 10), (String::new(), false));
    }

    #[test]
    fn long_text_ends_after_a_whole_word() {
        let (text, cut_off) = cut("ik lachte mee toen hij een grap maakte", 14);
        assert!(cut_off);
        assert_eq!(text, "ik lachte…");
        // Exactly at the end of a word: that word is kept.
        assert_eq!(cut("abcdef ghij", 8).0, "abcdef…");
        // No comma or dash left dangling before the "…".
        assert_eq!(cut("one, two three four", 8).0, "one…");
    }

    #[test]
    fn a_sentence_that_fills_half_the_room_is_kept_whole() {
        let note = "Pa cried and I moved on. Next time I stay with the silence for longer.";
        assert_eq!(cut(note, 40).0, "Pa cried and I moved on. …");
        // Too short a sentence: cut after a word instead.
        let note = "No. Then she said something I did not hear well at all.";
        assert_eq!(cut(note, 30).0, "No. Then she said something…");
    }

    #[test]
    fn never_mid_word_and_never_longer_than_asked() {
        let note = "Karim lachte mee met zijn moeder toen ze zei dat hij het zelf wel kon; \
                    ik liet het gaan en vroeg niet door naar wat het voor haar betekende.";
        // From the first word and its "…" on.
        for max in 6..note.len() {
            let (text, cut_off) = cut(note, max);
            assert!(text.chars().count() <= max, "{max}: {text}");
            if !cut_off {
                continue;
            }
            let kept = text.trim_end_matches('…').trim_end();
            assert!(note.starts_with(kept), "{max}: {text}");
            let next = note[kept.len()..].chars().next();
            assert!(
                next.is_some_and(|c| !c.is_alphanumeric()),
                "{max}: cut inside a word: {text}"
            );
        }
        // A single word longer than the room is the only thing cut inside.
        assert_eq!(cut("Onoverkomelijkheden", 8).0, "Onoverk…");
    }
}

//! The words for the codes of the fixed lists (roles, media, outcomes,
//! kinds of meeting, sides): `Role::label` and the like print a code in the
//! language spoken (`sibling` → "broer of zus"); `--json` and the journal
//! keep the code. [`typed`] gives every word input accepts for a value, in
//! every language; `cli::values` parses with it.

use fluent_bundle::FluentValue;

use crate::i18n;
use crate::journal::step0::{Answer, InviteMedium, InvitedBy};
use crate::journal::{Medium, MeetingKind, Outcome, Role, Side};

/// A value of a fixed list, with the Fluent messages that word it.
pub trait Worded: Copy + PartialEq + 'static {
    /// The message that prints a code (`value-role`).
    const LABEL: &'static str;
    /// The message that lists more words typed for a code (`value-role-words`).
    const WORDS: &'static str;
    fn all() -> &'static [Self];
    fn code(self) -> &'static str;
}

macro_rules! worded {
    ($($name:ident: $label:literal, $words:literal;)+) => {$(
        impl Worded for $name {
            const LABEL: &'static str = $label;
            const WORDS: &'static str = $words;
            fn all() -> &'static [Self] {
                $name::ALL
            }
            fn code(self) -> &'static str {
                $name::code(self)
            }
        }

        impl $name {
            /// The code in the language spoken.
            pub fn label(self) -> String {
                label(self)
            }
        }
    )+};
}

worded! {
    Role: "value-role", "value-role-words";
    Medium: "value-medium", "value-medium-words";
    Outcome: "value-outcome", "value-outcome-words";
    MeetingKind: "value-meeting-kind", "value-meeting-kind-words";
    Side: "value-side", "value-side-words";
    InvitedBy: "value-invited-by", "value-invited-by-words";
    InviteMedium: "value-invite-medium", "value-invite-medium-words";
    Answer: "value-answer", "value-answer-words";
}

/// `value` in the language spoken.
pub fn label<T: Worded>(value: T) -> String {
    i18n::message(T::LABEL, &[("code", FluentValue::from(value.code()))])
}

/// `value` as a form writes it for typing back: its label in the language
/// spoken, or its code where the label only spells the code otherwise
/// ("in person" → `in-person`).
pub fn form_word<T: Worded>(value: T) -> String {
    let word = label(value);
    if folded(&word) == value.code() {
        value.code().to_string()
    } else {
        word
    }
}

/// A resistance reaction (`no-one-left`) in the words of the method, in the
/// language spoken; a code the method does not know as it is.
pub fn resistance(code: &str) -> String {
    i18n::message("value-resistance", &[("code", FluentValue::from(code))])
}

/// Every word typed for `code` of `T`'s list, as written in the language
/// files: the code, its printed value and its more words, in every
/// language. `code` may be one no variant has (`all` for every side).
pub fn typed<T: Worded>(code: &str) -> Vec<String> {
    let args = [("code", FluentValue::from(code))];
    let mut words = vec![code.to_string()];
    if T::all().iter().any(|v| v.code() == code) {
        words.extend(i18n::in_every_language(T::LABEL, &args));
    }
    for list in i18n::in_every_language(T::WORDS, &args) {
        words.extend(list.split(',').map(|w| w.trim().to_string()));
    }
    words.retain(|w| !w.is_empty());
    let mut seen = Vec::new();
    words.retain(|w| {
        let new = !seen.contains(w);
        seen.push(w.clone());
        new
    });
    words
}

/// A typed word as it is compared: lower case, without accents, with one
/// hyphen between words ("Systeem  betrokken" → "systeem-betrokken").
pub fn folded(word: &str) -> String {
    let plain: String = word
        .trim()
        .to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'ä' | 'â' => 'a',
            'é' | 'è' | 'ë' | 'ê' => 'e',
            'í' | 'ì' | 'ï' | 'î' => 'i',
            'ó' | 'ò' | 'ö' | 'ô' => 'o',
            'ú' | 'ù' | 'ü' | 'û' => 'u',
            '_' => ' ',
            c => c,
        })
        .collect();
    plain
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// The value of `T`'s list that `text` names (its code, or a word for it in
/// any language), if one does.
pub fn parse<T: Worded>(text: &str) -> Option<T> {
    let wanted = folded(text);
    T::all()
        .iter()
        .copied()
        .find(|v| typed::<T>(v.code()).iter().any(|w| folded(w) == wanted))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dutch_words_name_the_codes() {
        assert_eq!(parse::<Role>("ouder"), Some(Role::Parent));
        assert_eq!(parse::<Role>("Broer of zus"), Some(Role::Sibling));
        assert_eq!(
            parse::<Outcome>("systeem betrokken"),
            Some(Outcome::SystemInvolved)
        );
        assert_eq!(parse::<Medium>("telefoon"), Some(Medium::Phone));
        assert_eq!(parse::<Side>("cliënt"), Some(Side::Client));
        assert_eq!(parse::<Side>("client"), Some(Side::Client));
        assert_eq!(parse::<MeetingKind>("intervisie"), Some(MeetingKind::Peer));
        assert_eq!(parse::<Role>("sibling"), Some(Role::Sibling));
        assert_eq!(parse::<Role>("buurvrouw"), Some(Role::Neighbour));
        assert_eq!(parse::<Role>("oom"), None);
        assert_eq!(parse::<InvitedBy>("ik"), Some(InvitedBy::Me));
        assert_eq!(parse::<InvitedBy>("cliënt"), Some(InvitedBy::Client));
        assert_eq!(
            parse::<InviteMedium>("bericht"),
            Some(InviteMedium::Message)
        );
        assert_eq!(parse::<Answer>("nee"), Some(Answer::No));
        assert_eq!(parse::<Answer>("nog geen antwoord"), Some(Answer::Pending));
    }

    #[test]
    fn no_word_names_two_values_of_one_list() {
        fn check<T: Worded + std::fmt::Debug>() {
            for a in T::all() {
                for word in typed::<T>(a.code()) {
                    assert_eq!(parse::<T>(&word), Some(*a), "{word:?}");
                }
            }
        }
        check::<Role>();
        check::<Medium>();
        check::<Outcome>();
        check::<MeetingKind>();
        check::<Side>();
        check::<InvitedBy>();
        check::<InviteMedium>();
        check::<Answer>();
    }
}

//! The domain's code enums as clap values: each variant is typed as its
//! code (`--medium video`) or as a word for it in any language spiegel
//! speaks (`--medium telefoon`, `--role "broer of zus"`): the words of
//! `cli::words::values`, which the editor form parses with too.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use super::patterns::SideFilter;
use fluent_bundle::FluentValue;

use super::words::values::{Worded, folded, label, typed};
use crate::journal::step0::{Answer, InviteMedium, InvitedBy};
use crate::journal::{Medium, MeetingKind, Outcome, Role, Side};

/// `code` as clap offers it, with every word typed for it as a hidden alias
/// (as written, and folded: "cliënt", "client", "systeem-betrokken",
/// "systeem betrokken").
fn possible<T: Worded>(code: &'static str) -> PossibleValue {
    let mut aliases: Vec<String> = Vec::new();
    for word in typed::<T>(code) {
        let fold = folded(&word);
        for form in [word.to_lowercase(), fold.clone(), fold.replace('-', " ")] {
            if form != code && !aliases.contains(&form) {
                aliases.push(form);
            }
        }
    }
    let value = PossibleValue::new(code).aliases(aliases);
    // English lists the codes as clap does; another language its words.
    if crate::i18n::current() == crate::i18n::DEFAULT {
        value
    } else {
        value.help(word::<T>(code))
    }
}

/// How the language spoken writes `code`: its label, or (for `all`, which
/// no variant has) the first of its more words; `--help` lists these in a
/// language other than English.
fn word<T: Worded>(code: &str) -> String {
    if let Some(value) = T::all().iter().find(|v| v.code() == code) {
        return label(*value);
    }
    let args = [("code", FluentValue::from(code))];
    let words = crate::i18n::message(T::WORDS, &args);
    match words.split(',').next().map(str::trim) {
        Some(first) if !first.is_empty() => first.to_string(),
        _ => code.to_string(),
    }
}

macro_rules! value_enum {
    ($($name:ident),+ $(,)?) => {$(
        impl ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                $name::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(possible::<$name>(self.code()))
            }
        }
    )+};
}

value_enum!(
    Side,
    Role,
    Medium,
    Outcome,
    MeetingKind,
    InvitedBy,
    InviteMedium,
    Answer
);

impl ValueEnum for SideFilter {
    fn value_variants<'a>() -> &'a [Self] {
        &[
            SideFilter::Own,
            SideFilter::Client,
            SideFilter::Other,
            SideFilter::All,
        ]
    }

    fn to_possible_value(&self) -> Option<PossibleValue> {
        Some(match self.side() {
            Some(side) => possible::<Side>(side.code()),
            None => possible::<Side>("all"),
        })
    }
}

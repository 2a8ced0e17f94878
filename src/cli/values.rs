//! The domain's code enums as clap values: each variant is typed as its
//! code (`--medium video`) or as a word for it in any language spiegel
//! speaks (`--medium telefoon`, `--role "broer of zus"`): the words of
//! `cli::words::values`, which the editor form parses with too.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use super::patterns::SideFilter;
use super::words::values::{Worded, folded, typed};
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
    PossibleValue::new(code).aliases(aliases)
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

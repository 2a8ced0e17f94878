//! The domain's code enums as clap values: each variant is typed as its
//! code (`--medium video`), with no help of its own, as clap's derive made it.

use clap::ValueEnum;
use clap::builder::PossibleValue;

use crate::journal::{Medium, MeetingKind, Outcome, Role, Side};

macro_rules! value_enum {
    ($($name:ident),+ $(,)?) => {$(
        impl ValueEnum for $name {
            fn value_variants<'a>() -> &'a [Self] {
                $name::ALL
            }

            fn to_possible_value(&self) -> Option<PossibleValue> {
                Some(PossibleValue::new(self.code()))
            }
        }
    )+};
}

value_enum!(Side, Role, Medium, Outcome, MeetingKind);

//! The ids of the journal's rows, one type per table, so that a case's id
//! cannot be passed where a reflection's is meant. Each prints, parses and
//! serialises as the bare number, so messages and `--json` do not change.

use serde::{Deserialize, Serialize};

macro_rules! id_type {
    ($($(#[$meta:meta])* $name:ident),+ $(,)?) => {$(
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub i64);

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl From<i64> for $name {
            fn from(id: i64) -> Self {
                $name(id)
            }
        }

        /// Parses as an `i64` does, with its error, so the command line's
        /// message for a non-number stays the same.
        impl std::str::FromStr for $name {
            type Err = std::num::ParseIntError;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                s.parse().map($name)
            }
        }
    )+};
}

id_type!(
    /// A case's row id.
    CaseId,
    /// A significant other's row id.
    OtherId,
    /// A reflection's row id.
    ReflectionId,
    /// A reason's row id (reasons are named by code; the id links stalls and goals).
    ReasonId,
    /// A supervision question's row id.
    QuestionId,
    /// A supervision meeting's row id.
    MeetingId,
    /// A learning goal's row id.
    GoalId,
    /// An invitation's row id (step 0, per person).
    InvitationId,
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prints_parses_and_serialises_as_the_bare_number() {
        let id: ReflectionId = "42".parse().unwrap();
        assert_eq!(id, ReflectionId(42));
        assert_eq!(id.to_string(), "42");
        assert_eq!(serde_json::to_string(&id).unwrap(), "42");
        assert_eq!(serde_json::from_str::<ReflectionId>("42").unwrap(), id);
        assert_eq!(
            "abc".parse::<CaseId>().unwrap_err().to_string(),
            "abc".parse::<i64>().unwrap_err().to_string()
        );
    }
}

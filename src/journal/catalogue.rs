//! The catalogue's rules: how a typed code or the start of a label names a
//! reason or a resistance reaction, and what an own reason must be to be
//! added or removed. The reading and writing is in `services::catalogue`.

use super::rules::non_empty;
use super::suggest::suggest;
use super::{Labelled, Match, Reason, Step, match_label};
use crate::error::{Error, Name};

/// The resistance reaction `typed` names among `known`: its code, or an
/// unambiguous start of its label in English or Dutch.
pub fn resistance_code(typed: &str, known: &[Labelled]) -> Result<String, Error> {
    match match_label(typed, known) {
        Match::One(entry) => Ok(entry.code.clone()),
        Match::Many(candidates) => Err(Error::AmbiguousResistance {
            typed: typed.trim().to_string(),
            candidates: candidates.into_iter().cloned().collect(),
        }),
        Match::None => {
            let code = typed.trim().to_lowercase();
            Err(Error::UnknownResistance {
                suggestion: suggest(&code, known.iter().map(|k| k.code.as_str())),
                known: known.iter().map(|k| k.code.clone()).collect(),
                code,
            })
        }
    }
}

/// The reason `typed` names among `known` when it is not a code: an
/// unambiguous start of its label in English or Dutch (`--stall
/// 0:weigering`); else an error with a near-miss suggestion, or with the
/// candidates.
pub fn reason_by_label(typed: &str, known: &[Labelled]) -> Result<String, Error> {
    let code = typed.trim().to_lowercase();
    match match_label(typed, known) {
        Match::One(entry) => Ok(entry.code.clone()),
        Match::Many(candidates) => Err(Error::AmbiguousReason {
            typed: typed.trim().to_string(),
            candidates: candidates.into_iter().cloned().collect(),
        }),
        Match::None => Err(Error::UnknownReason {
            suggestion: suggest(&code, known.iter().map(|k| k.code.as_str())),
            code,
        }),
    }
}

/// The labels of a new own reason, checked, and its usual `steps` as the
/// store keeps them ("1,4,5": sorted, each once).
pub fn new_reason<'a>(
    label_en: &'a str,
    label_nl: &'a str,
    steps: &[Step],
) -> Result<(&'a str, &'a str, String), Error> {
    let label_en = non_empty(label_en, Name::LabelEn)?;
    let label_nl = non_empty(label_nl, Name::LabelNl)?;
    let mut steps: Vec<u8> = steps.iter().map(|s| s.number()).collect();
    steps.sort_unstable();
    steps.dedup();
    let steps: Vec<String> = steps.iter().map(|n| n.to_string()).collect();
    Ok((label_en, label_nl, steps.join(",")))
}

/// `code` as a reason code is stored (trimmed, lower case), if it is one:
/// lower-case letters, digits and dashes, not starting with a dash.
pub fn reason_code(code: &str) -> Result<String, Error> {
    let code = code.trim().to_lowercase();
    let valid = !code.is_empty()
        && !code.starts_with('-')
        && code
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
    if valid {
        Ok(code)
    } else {
        Err(Error::BadReasonCode(code))
    }
}

/// Whether `reason` may be removed: an own reason that no stall uses.
pub fn removable(reason: &Reason) -> Result<(), Error> {
    if reason.builtin {
        return Err(Error::BuiltinReason(reason.code.clone()));
    }
    if reason.uses > 0 {
        return Err(Error::ReasonInUse {
            code: reason.code.clone(),
            uses: reason.uses,
        });
    }
    Ok(())
}

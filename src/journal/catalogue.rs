//! The catalogue's rules: how a typed code or the start of a label names a
//! reason or a resistance reaction, and how own reasons are added, retired
//! and removed. Each function works inside the caller's transaction.

use anyhow::Result;

use super::rules::non_empty;
use super::suggest::suggest;
use super::{Labelled, Match, Side, Step, match_label};
use crate::error::{Error, Name};
use crate::store::Tx;

/// The code of the resistance reaction `typed` names (`--when`).
pub fn find_resistance(tx: &Tx, typed: &str) -> Result<String> {
    Ok(resistance_code(typed, &known_resistances(tx)?)?)
}

/// The resistance reactions of the catalogue, as codes with their labels.
pub(super) fn known_resistances(tx: &Tx) -> Result<Vec<Labelled>> {
    Ok(tx
        .resistances()?
        .into_iter()
        .map(|r| Labelled {
            code: r.code,
            label_en: r.label_en,
            label_nl: r.label_nl,
        })
        .collect())
}

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

/// The id of the reason `typed` names, see [`find_reason`].
pub fn reason_id(tx: &Tx, typed: &str) -> Result<i64> {
    let code = find_reason(tx, typed)?;
    Ok(tx.reason_id(&code)?.expect("the reason exists"))
}

/// The code of the reason `typed` names: its code, or an unambiguous start
/// of its label in English or Dutch (`--stall 0:weigering`); else an error
/// with a near-miss suggestion, or with the candidates.
pub fn find_reason(tx: &Tx, typed: &str) -> Result<String> {
    let code = typed.trim().to_lowercase();
    if tx.reason_id(&code)?.is_some() {
        return Ok(code);
    }
    let known: Vec<Labelled> = tx
        .reason_labels()?
        .into_iter()
        .map(|(code, label_en, label_nl)| Labelled {
            code,
            label_en,
            label_nl,
        })
        .collect();
    match match_label(typed, &known) {
        Match::One(entry) => Ok(entry.code.clone()),
        Match::Many(candidates) => Err(Error::AmbiguousReason {
            typed: typed.trim().to_string(),
            candidates: candidates.into_iter().cloned().collect(),
        }
        .into()),
        Match::None => Err(Error::UnknownReason {
            suggestion: suggest(&code, known.iter().map(|k| k.code.as_str())),
            code,
        }
        .into()),
    }
}

/// Adds a practitioner's own reason to the catalogue.
/// `steps`: where it usually happens (its opportunities, issue 12).
pub fn add_reason(
    tx: &Tx,
    code: &str,
    side: Side,
    label_en: &str,
    label_nl: &str,
    steps: &[Step],
) -> Result<()> {
    let code = reason_code(code)?;
    if tx.reason_id(&code)?.is_some() {
        return Err(Error::DuplicateReason(code).into());
    }
    let label_en = non_empty(label_en, Name::LabelEn)?;
    let label_nl = non_empty(label_nl, Name::LabelNl)?;
    let mut steps: Vec<u8> = steps.iter().map(|s| s.number()).collect();
    steps.sort_unstable();
    steps.dedup();
    let steps: Vec<String> = steps.iter().map(|n| n.to_string()).collect();
    tx.insert_reason(&code, side, label_en, label_nl, &steps.join(","))
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

/// Hides a reason from prompts (or shows it again); stalls keep it.
pub fn retire_reason(tx: &Tx, typed: &str, retired: bool) -> Result<String> {
    let code = find_reason(tx, typed)?;
    tx.set_reason_retired(&code, retired)?;
    Ok(code)
}

/// Removes an own reason that no stall uses.
pub fn remove_reason(tx: &Tx, typed: &str) -> Result<String> {
    let code = find_reason(tx, typed)?;
    let reason = tx
        .reasons()?
        .into_iter()
        .find(|r| r.code == code)
        .expect("the reason exists");
    if reason.builtin {
        return Err(Error::BuiltinReason(code).into());
    }
    if reason.uses > 0 {
        return Err(Error::ReasonInUse {
            code,
            uses: reason.uses,
        }
        .into());
    }
    tx.delete_reason(&code)?;
    Ok(code)
}

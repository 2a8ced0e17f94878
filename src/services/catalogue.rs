//! The method's catalogue: its steps, the reasons (the method's and the
//! practitioner's own) and the resistance reactions. The use cases of
//! `spiegel steps` and `spiegel reasons`, and the look-ups other use cases
//! make inside their transaction.

use anyhow::Result;

use super::Journal;
use crate::journal::catalogue::{self, reason_code, resistance_code};
use crate::journal::{Labelled, Reason, ReasonId, Side, Step, StepInfo};
use crate::store::Tx;

/// The method's steps 0-7.
pub fn steps(journal: &mut Journal) -> Result<Vec<StepInfo>> {
    journal.read(|tx| tx.steps())
}

/// The reasons, with how many stalls give each.
pub fn reasons(journal: &mut Journal) -> Result<Vec<Reason>> {
    journal.read(|tx| tx.reasons())
}

/// A change to the catalogue's own reasons, as typed.
pub enum Change {
    /// Add a reason of one's own.
    Add {
        code: String,
        side: Side,
        label_en: String,
        label_nl: String,
        steps: Vec<Step>,
    },
    /// Stop offering a reason in prompts (`true`), or offer it again.
    Retire { typed: String, retired: bool },
    /// Remove an own reason no stall uses.
    Remove { typed: String },
}

/// Makes `change` (one step for `spiegel undo`); the code of the reason it
/// concerns.
pub fn change(journal: &mut Journal, change: Change) -> Result<String> {
    journal.write(|tx| match change {
        Change::Add {
            code,
            side,
            label_en,
            label_nl,
            steps,
        } => {
            add_reason(tx, &code, side, &label_en, &label_nl, &steps)?;
            Ok(code.trim().to_lowercase())
        }
        Change::Retire { typed, retired } => retire_reason(tx, &typed, retired),
        Change::Remove { typed } => remove_reason(tx, &typed),
    })
}

/// The code of the resistance reaction `typed` names (`--when`).
pub fn find_resistance(tx: &Tx, typed: &str) -> Result<String> {
    Ok(resistance_code(typed, &known_resistances(tx)?)?)
}

/// The resistance reactions of the catalogue, as codes with their labels.
pub fn known_resistances(tx: &Tx) -> Result<Vec<Labelled>> {
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

/// The id of the reason `typed` names, see [`find_reason`].
pub fn reason_id(tx: &Tx, typed: &str) -> Result<ReasonId> {
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
    Ok(catalogue::reason_by_label(typed, &known)?)
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
        return Err(crate::error::Error::DuplicateReason(code).into());
    }
    let (label_en, label_nl, steps) = catalogue::new_reason(label_en, label_nl, steps)?;
    tx.insert_reason(&code, side, label_en, label_nl, &steps)
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
    catalogue::removable(&reason)?;
    tx.delete_reason(&code)?;
    Ok(code)
}

#[cfg(test)]
mod tests {
    use rusqlite::Connection;

    use crate::journal::builtin::BUILTIN_REASONS;
    use crate::store::migrate;

    #[test]
    fn the_list_is_what_the_schema_puts_in_every_journal() {
        let mut conn = Connection::open_in_memory().unwrap();
        migrate::migrate(&mut conn).unwrap();
        let rows: Vec<(String, String, String, String, String)> = conn
            .prepare(
                "SELECT uuid, code, side, label_en, label_nl FROM reason WHERE builtin ORDER BY id",
            )
            .unwrap()
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })
            .unwrap()
            .collect::<Result<_, _>>()
            .unwrap();
        let list: Vec<(String, String, String, String, String)> = BUILTIN_REASONS
            .iter()
            .map(|b| {
                (
                    b.uuid.into(),
                    b.code.into(),
                    b.side.into(),
                    b.label_en.into(),
                    b.label_nl.into(),
                )
            })
            .collect();
        assert_eq!(rows, list);
    }
}

//! Patterns across cases: the store's rows for a query, combined by the
//! domain's analysis ([`crate::journal::patterns`]).

use anyhow::Result;
use chrono::NaiveDate;

use super::{Journal, catalogue};
use crate::journal::Side;
use crate::journal::patterns::{self, Half, PatternQuery, Patterns, raw};
use crate::journal::practitioner::{Pooled, Whose};
use crate::store::Tx;

/// What `spiegel patterns` asks for, as typed: the case by name, the
/// resistance reaction by code or the start of its label.
pub struct Ask {
    pub since: Option<NaiveDate>,
    pub until: Option<NaiveDate>,
    pub case: Option<String>,
    pub side: Option<Side>,
    pub min_cases: u64,
    pub when: Option<String>,
}

/// The patterns `ask` names, in one snapshot of the journal: one's own
/// records only when the journal also holds a group's pooled ones (issue
/// 17), with what those are.
pub fn patterns(journal: &mut Journal, ask: Ask) -> Result<(Patterns, Pooled)> {
    journal.read(|tx| {
        let query = query(tx, ask)?;
        Ok((analyse(tx, &query)?, tx.pooled()?))
    })
}

/// The patterns `ask` names for each practitioner in turn: one's own
/// (`None`) first, then each member's by code, in one snapshot.
pub fn by_practitioner(journal: &mut Journal, ask: Ask) -> Result<Vec<(Option<String>, Patterns)>> {
    journal.read(|tx| each_practitioner(tx, ask))
}

/// [`by_practitioner`] inside the caller's transaction (`prep --group`).
pub fn each_practitioner(tx: &Tx, ask: Ask) -> Result<Vec<(Option<String>, Patterns)>> {
    let mut query = query(tx, ask)?;
    let mut each = Vec::new();
    let codes = tx.pooled()?.practitioners;
    let whose = std::iter::once(Whose::Own).chain(codes.into_iter().map(Whose::Of));
    for whose in whose {
        query.whose = whose;
        let code = match &query.whose {
            Whose::Of(code) => Some(code.clone()),
            _ => None,
        };
        each.push((code, analyse(tx, &query)?));
    }
    Ok(each)
}

/// Whose records the figures count by default: one's own when the journal
/// holds pooled ones, else all (the same, without asking per case).
pub fn own(tx: &Tx) -> Result<Whose> {
    Ok(if tx.pooled()?.cases > 0 {
        Whose::Own
    } else {
        Whose::All
    })
}

/// `ask` as a query, the case found by name.
fn query(tx: &Tx, ask: Ask) -> Result<PatternQuery> {
    Ok(PatternQuery {
        since: ask.since,
        until: ask.until,
        case_id: ask
            .case
            .map(|name| super::cases::find_case(tx, &name).map(|c| c.id))
            .transpose()?,
        side: ask.side,
        min_cases: ask.min_cases,
        when: ask
            .when
            .map(|w| catalogue::find_resistance(tx, &w))
            .transpose()?,
        whose: own(tx)?,
    })
}

/// Computes all sections for `query`, inside the caller's transaction.
pub fn analyse(tx: &Tx, query: &PatternQuery) -> Result<Patterns> {
    let totals = tx.pattern_totals(query)?;
    let mid = patterns::period(query, &totals)
        .midpoint
        .unwrap_or(NaiveDate::MIN);
    let rows = raw::Rows {
        sessions: tx.pattern_sessions(query, mid)?,
        usual: tx.pattern_usual_steps()?,
        step_kinds: tx.pattern_step_kinds(query)?,
        steps: tx.pattern_steps(query)?,
        reason_kinds: tx.pattern_reason_kinds(query, mid)?,
        reason_steps: tx.pattern_reason_steps(query)?,
        reason_resistance: tx.pattern_reason_resistance(query)?,
        reasons: tx.pattern_reasons(query, mid)?,
        met: tx.pattern_resistance_sessions(query)?,
        followups: tx.pattern_resistance_followup(query)?,
        case_kinds: tx.pattern_case_kinds(query)?,
        baseline: tx.pattern_baseline(query)?,
        resistances: tx.resistances()?,
        named: tx.pattern_named(query)?,
        invitations: tx.pattern_invitations(query)?,
        totals,
    };
    Ok(patterns::analyse(query, rows))
}

/// The sessions that gave reason `code` and its opportunities, up to and
/// including `mid` and after it, within `query` (its side is not used).
pub fn reason_halves(
    tx: &Tx,
    query: &PatternQuery,
    code: &str,
    mid: NaiveDate,
) -> Result<(Half, Half)> {
    let base = patterns::base_of(&tx.pattern_usual_steps()?, code);
    let sessions = tx.pattern_sessions(query, mid)?;
    let given = tx.pattern_one_reason_kinds(query, mid, code)?;
    Ok(patterns::reason_halves(base, &sessions, &given))
}

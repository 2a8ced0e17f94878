//! The patterns' section "Getting the system to the table" (issue 14):
//! step 0 per person, in words. Figures name their base; small bases are
//! said as "3 of 4", never as a percentage (see `patterns::of`).

use anyhow::Result;

use super::patterns::of;
use super::render::{self, out};
use super::words::values::resistance;
use crate::journal::patterns::table::ToTheTable;
use crate::t;

/// Prints the section, or that nothing of step 0 per person was recorded.
pub fn print(s: &ToTheTable) -> Result<()> {
    render::heading(&t!("table-heading"))?;
    if s.sessions_until_named.is_none() && s.invitations_by.is_empty() {
        out(t!("table-nothing"))?;
        return render::blank();
    }
    out(match &s.sessions_until_named {
        None => t!("table-named-unknown"),
        Some(n) if n.cases == 1 => t!("table-named-one", sessions = n.min),
        Some(n) => t!(
            "table-named",
            median = crate::i18n::decimal(n.median),
            min = n.min,
            max = n.max,
            cases = n.cases
        ),
    })?;
    if !s.invitations_by.is_empty() {
        let mut table = render::table(&[
            t!("col-invited-by"),
            t!("table-col-invitations"),
            t!("table-col-came"),
        ]);
        for b in &s.invitations_by {
            table.add_row(vec![
                b.by.label(),
                b.invitations.to_string(),
                of(b.came, b.invitations),
            ]);
        }
        out(table)?;
    }
    if !s.refusals.is_empty() {
        let mut table =
            render::table(&[t!("col-role"), t!("col-reaction"), t!("table-col-refusals")]);
        for r in &s.refusals {
            table.add_row(vec![
                r.role.label(),
                r.resistance
                    .as_deref()
                    .map_or_else(|| t!("table-no-reaction"), resistance),
                r.count.to_string(),
            ]);
        }
        out(table)?;
        out(t!(
            "table-refused-then-came",
            came = of(s.refused_then_came, s.refused),
            refused = s.refused
        ))?;
    }
    render::blank()
}

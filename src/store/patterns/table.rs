//! The rows of "getting the system to the table" (issue 14): one per case
//! whose client named someone on a known day in the period, one per
//! invitation of the period. Each probe per row is an index search, never a
//! scan (the plan guard, tests/cli/plans.rs).

use anyhow::Result;

use crate::journal::patterns::PatternQuery;
use crate::journal::patterns::table::{InvitationRow, NamedRow};
use crate::store::Tx;

impl Tx<'_> {
    /// Per case of the period (`--case`: that one) whose first known naming
    /// day lies in it: its sessions up to that day, that one included (a
    /// person named at the end of the third conversation took three).
    pub fn pattern_named(&self, q: &PatternQuery) -> Result<Vec<NamedRow>> {
        let sql = concat!(
            "WITH named AS (
                SELECT o.case_id, min(o.named_on) AS named_on FROM other o
                WHERE o.named_on IS NOT NULL AND (:case IS NULL OR o.case_id = :case)
                  AND ",
            whose!("o.case_id"),
            "
                GROUP BY o.case_id)
            SELECT (SELECT count(*) FROM reflection r
                    WHERE r.case_id = n.case_id AND r.session_on <= n.named_on)
            FROM named n WHERE n.named_on >= :since AND n.named_on <= :until"
        );
        self.scoped(sql, q, None, |r| {
            Ok(NamedRow {
                sessions_before: r.get::<_, i64>(0)? as u64,
            })
        })
    }

    /// The invitations of the period, with the person's role and whether
    /// they took part in a session on or after the invitation's day.
    pub fn pattern_invitations(&self, q: &PatternQuery) -> Result<Vec<InvitationRow>> {
        let sql = concat!(
            "SELECT i.other_id, o.role, i.invited_on, i.invited_by, i.answer, i.resistance,
                    EXISTS (SELECT 1 FROM presence p JOIN reflection r ON r.id = p.reflection_id
                            WHERE p.other_id = i.other_id AND r.session_on >= i.invited_on)
             FROM invitation i JOIN other o ON o.id = i.other_id
             WHERE i.invited_on >= :since AND i.invited_on <= :until
               AND (:case IS NULL OR o.case_id = :case) AND ",
            whose!("o.case_id"),
            "
             ORDER BY i.invited_on, i.id"
        );
        self.scoped(sql, q, None, |r| {
            Ok(InvitationRow {
                other: r.get(0)?,
                role: r.get(1)?,
                date: r.get(2)?,
                by: r.get(3)?,
                answer: r.get(4)?,
                resistance: r.get(5)?,
                took_part_after: r.get(6)?,
            })
        })
    }
}

//! The `WITH` clauses every pattern query starts from: the reflections of
//! the period (`scope`), their stalls (`facts`) and their cases
//! (`scope_case`), each in the form that is quick for the query asked.

use crate::journal::patterns::PatternQuery;

pub(super) const SCOPE: &str = concat!(
    "WITH scope AS (
        SELECT r.id, r.case_id, r.session_on FROM reflection r
        WHERE r.session_on >= :since AND r.session_on <= :until
          AND (:case IS NULL OR r.case_id = :case) AND ",
    whose!("r.case_id"),
    ")"
);

/// `SCOPE` for the sessions where the reaction `:when` was met, read from
/// that reaction's entries in `reflection_resistance_by_code`: a few in a
/// hundred sessions, not a look-up for every session of the period.
pub(super) const SCOPE_WHEN: &str = concat!(
    "WITH scope AS (
        SELECT r.id, r.case_id, r.session_on
        FROM reflection_resistance w CROSS JOIN reflection r ON r.id = w.reflection_id
        WHERE w.resistance = :when AND r.session_on >= :since AND r.session_on <= :until
          AND (:case IS NULL OR r.case_id = :case) AND ",
    whose!("r.case_id"),
    ")"
);

/// The reflections in the period (of one case if asked, in sessions where
/// a reaction was met if asked): `WITH scope AS (…)`.
pub(super) fn scope_sql(q: &PatternQuery) -> &'static str {
    if q.when.is_some() { SCOPE_WHEN } else { SCOPE }
}

/// The stalls of the same reflections, read from the summary kept beside
/// them (schema 5), which holds each stall's case and date: no lookup of a
/// reflection per stall. To follow `SCOPE` after a comma.
pub(super) const FACTS: &str = concat!(
    "facts AS (
        SELECT f.reflection_id, f.step, f.reason_id, f.case_id, f.session_on FROM stall_fact f
        WHERE f.session_on >= :since AND f.session_on <= :until
          AND (:case IS NULL OR f.case_id = :case) AND ",
    whose!("f.case_id"),
    ")"
);

/// `FACTS` for the sessions where the reaction `:when` was met, from that
/// reaction's entries as in `SCOPE_WHEN`, each session's stalls by its key.
pub(super) const FACTS_WHEN: &str = concat!(
    "facts AS (
        SELECT f.reflection_id, f.step, f.reason_id, f.case_id, f.session_on
        FROM reflection_resistance w CROSS JOIN stall_fact f ON f.reflection_id = w.reflection_id
        WHERE w.resistance = :when AND f.session_on >= :since AND f.session_on <= :until
          AND (:case IS NULL OR f.case_id = :case) AND ",
    whose!("f.case_id"),
    ")"
);

/// The stalls of [`scope_sql`]'s reflections: `facts AS (…)`.
pub(super) fn facts_sql(q: &PatternQuery) -> &'static str {
    if q.when.is_some() { FACTS_WHEN } else { FACTS }
}

/// The cases with a reflection in the period, each with its first date in
/// it, by one probe of `reflection_by_case` per case: for all time, or one
/// case, where grouping the period's reflections would sort nearly all of
/// them. To follow `SCOPE` after a comma; see [`cases`].
pub(super) const CASES_BY_PROBE: &str = concat!(
    "scope_case AS MATERIALIZED (
        SELECT case_id, first_on FROM (
            SELECT c.id AS case_id,
                   (SELECT min(r.session_on) FROM reflection r
                    WHERE r.case_id = c.id AND r.session_on >= :since AND r.session_on <= :until)
                   AS first_on
            FROM \"case\" c WHERE (:case IS NULL OR c.id = :case) AND ",
    whose!("c.id"),
    ")
        WHERE first_on IS NOT NULL)"
);

/// The same from the period's reflections: for a period with a start or an
/// end, which usually holds far fewer reflections than there are cases.
pub(super) const CASES_BY_SCAN: &str = "scope_case AS MATERIALIZED (
        SELECT case_id, min(session_on) AS first_on FROM scope GROUP BY case_id)";

/// `scope_case`, computed the way that is quick for the query.
pub(super) fn cases(q: &PatternQuery) -> &'static str {
    // Only sessions where a reaction was met: those few, not every case.
    if q.when.is_some() || (q.case_id.is_none() && (q.since.is_some() || q.until.is_some())) {
        CASES_BY_SCAN
    } else {
        CASES_BY_PROBE
    }
}

//! Cases and their significant others.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

use super::Tx;
use super::codec::{get_timestamp, new_uuid, now};
use super::failure::Failure;
use crate::journal::{Case, CaseId, CaseSummary, Other, OtherId, Role};

/// A new case, before it has an id.
pub struct NewCase<'a> {
    pub name: &'a str,
    pub setting: Option<&'a str>,
    pub cohabiting: Option<bool>,
    pub opened_on: NaiveDate,
}

const CASE_COLUMNS: &str = "c.id, c.uuid, c.name, c.setting, c.cohabiting, c.opened_on, \
                            c.closed_on, c.outcome, c.created_at, c.updated_at, c.practitioner";

/// A case's name as lists show it, in SQL over a case `c`: the rule of
/// [`crate::journal::practitioner::case_label`] (a test keeps them alike).
/// A macro as well as [`CASE_LABEL`], so that constant queries can
/// `concat!` it.
macro_rules! case_label_sql {
    () => {
        "CASE WHEN c.practitioner IS NULL THEN c.name ELSE c.practitioner || '·' || c.name END"
    };
}
pub(super) use case_label_sql;

pub(super) const CASE_LABEL: &str = case_label_sql!();

fn case_from_row(row: &Row) -> rusqlite::Result<Case> {
    Ok(Case {
        id: row.get(0)?,
        uuid: row.get(1)?,
        name: row.get(2)?,
        setting: row.get(3)?,
        cohabiting: row.get(4)?,
        opened_on: row.get(5)?,
        closed_on: row.get(6)?,
        outcome: row.get(7)?,
        created_at: get_timestamp(row, 8)?,
        updated_at: get_timestamp(row, 9)?,
        practitioner: row.get(10)?,
    })
}

impl Tx<'_> {
    // ---- cases ---------------------------------------------------------

    /// The case with name key `key` of `practitioner` (`None`: one's own).
    pub fn case_by_key(&self, practitioner: Option<&str>, key: &str) -> Result<Option<Case>> {
        let sql = format!(
            "SELECT {CASE_COLUMNS} FROM \"case\" c
             WHERE coalesce(c.practitioner, '') = coalesce(?1, '') AND c.name_key = ?2"
        );
        Ok(self
            .tx
            .prepare_cached(&sql)?
            .query_row(params![practitioner, key], case_from_row)
            .optional()?)
    }

    /// Every case's name as lists show it (`P3·C01` for a pooled one).
    pub fn case_names(&self) -> Result<Vec<String>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT practitioner, name FROM \"case\"
             ORDER BY practitioner IS NOT NULL, practitioner, name_key",
        )?;
        let names = stmt.query_map([], |r| {
            let practitioner: Option<String> = r.get(0)?;
            let name: String = r.get(1)?;
            Ok(crate::journal::practitioner::case_label(
                practitioner.as_deref(),
                &name,
            ))
        })?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    /// The significant others of every case, each name once.
    pub fn other_names(&self) -> Result<Vec<String>> {
        let mut stmt = self
            .tx
            .prepare_cached("SELECT name FROM other GROUP BY name ORDER BY min(name_key)")?;
        let names = stmt.query_map([], |r| r.get(0))?;
        Ok(names.collect::<rusqlite::Result<_>>()?)
    }

    pub fn insert_case(&self, new: &NewCase) -> Result<Case> {
        let now = now();
        self.tx
            .prepare_cached(
                "INSERT INTO \"case\" (uuid, name, name_key, setting, cohabiting, opened_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                new_uuid(),
                new.name,
                crate::journal::name_key(new.name),
                new.setting,
                new.cohabiting,
                new.opened_on,
                now
            ])
            .with_context(|| Failure::AddCase)?;
        let id = CaseId(self.tx.last_insert_rowid());
        self.case_by_id(id)
    }

    fn case_by_id(&self, id: CaseId) -> Result<Case> {
        let sql = format!("SELECT {CASE_COLUMNS} FROM \"case\" c WHERE c.id = ?1");
        Ok(self
            .tx
            .prepare_cached(&sql)?
            .query_row([id], case_from_row)?)
    }

    /// Writes a case's changeable fields back.
    pub fn update_case(&self, case: &Case) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE \"case\" SET name = ?2, name_key = ?3, setting = ?4, cohabiting = ?5,
                        opened_on = ?6, closed_on = ?7, outcome = ?8, updated_at = ?9
                 WHERE id = ?1",
            )?
            .execute(params![
                case.id,
                case.name,
                crate::journal::name_key(&case.name),
                case.setting,
                case.cohabiting,
                case.opened_on,
                case.closed_on,
                case.outcome,
                now()
            ])
            .with_context(|| Failure::ChangeCase)?;
        Ok(())
    }

    pub fn case_summaries(&self, include_closed: bool) -> Result<Vec<CaseSummary>> {
        let mut cases = Vec::new();
        self.each_case_summary(include_closed, |c| {
            cases.push(c);
            Ok(())
        })?;
        Ok(cases)
    }

    /// [`Tx::case_summaries`] handed to `each` as they are read: one in
    /// memory at a time.
    pub fn each_case_summary(
        &self,
        include_closed: bool,
        mut each: impl FnMut(CaseSummary) -> Result<()>,
    ) -> Result<()> {
        let sql = format!(
            "SELECT {CASE_COLUMNS},
                    (SELECT count(*) FROM reflection r WHERE r.case_id = c.id),
                    (SELECT max(r.session_on) FROM reflection r WHERE r.case_id = c.id),
                    EXISTS (SELECT 1 FROM other o JOIN presence p ON p.other_id = o.id
                            WHERE o.case_id = c.id)
             FROM \"case\" c
             WHERE ?1 OR c.closed_on IS NULL
             ORDER BY c.practitioner IS NOT NULL, c.practitioner, c.name_key"
        );
        let mut stmt = self.tx.prepare_cached(&sql)?;
        let mut rows = stmt.query([include_closed])?;
        while let Some(row) = rows.next()? {
            each(CaseSummary {
                case: case_from_row(row)?,
                reflections: row.get::<_, i64>(11)? as u64,
                last_session: row.get(12)?,
                other_took_part: row.get(13)?,
            })?;
        }
        Ok(())
    }

    // ---- significant others ----------------------------------------------

    /// A case's others with their step-0 path: when named, their
    /// invitations, and their first session.
    pub fn others(&self, case_id: CaseId) -> Result<Vec<Other>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT o.id, o.uuid, o.name, o.role, o.created_at, o.updated_at,
                    (SELECT count(*) FROM presence p WHERE p.other_id = o.id),
                    o.named_on,
                    (SELECT min(r.session_on) FROM presence p
                     JOIN reflection r ON r.id = p.reflection_id WHERE p.other_id = o.id)
             FROM other o WHERE o.case_id = ?1 ORDER BY o.name_key",
        )?;
        let rows = stmt.query_map([case_id], |row| {
            Ok(Other {
                id: row.get(0)?,
                uuid: row.get(1)?,
                name: row.get(2)?,
                role: row.get(3)?,
                created_at: get_timestamp(row, 4)?,
                updated_at: get_timestamp(row, 5)?,
                sessions: row.get::<_, i64>(6)? as u64,
                named_on: row.get(7)?,
                invitations: Vec::new(),
                first_session: row.get(8)?,
            })
        })?;
        let mut others: Vec<Other> = rows.collect::<rusqlite::Result<_>>()?;
        let mut invitations = self.case_invitations(case_id)?;
        for other in &mut others {
            other.invitations = invitations.remove(&other.id).unwrap_or_default();
        }
        Ok(others)
    }

    /// A new significant other; `named_on`: when the client named them.
    pub fn insert_other(
        &self,
        case_id: CaseId,
        name: &str,
        role: Role,
        named_on: Option<NaiveDate>,
    ) -> Result<OtherId> {
        self.tx
            .prepare_cached(
                "INSERT INTO other (uuid, case_id, name, name_key, role, created_at, updated_at,
                                    named_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, ?7)",
            )?
            .execute(params![
                new_uuid(),
                case_id,
                name,
                crate::journal::name_key(name),
                role,
                now(),
                named_on
            ])
            .with_context(|| Failure::AddOther)?;
        Ok(self.tx.last_insert_rowid().into())
    }
}

#[cfg(test)]
mod tests {
    use super::CASE_LABEL;
    use crate::journal::practitioner::case_label;

    /// The SQL and the domain name a case alike, and the reflections'
    /// query uses the same text.
    #[test]
    fn a_case_is_labelled_alike_in_sql_and_in_the_domain() {
        let conn = rusqlite::Connection::open_in_memory().unwrap();
        for (code, name) in [(Some("P3"), "C01"), (None, "C01")] {
            let sql = format!("SELECT {CASE_LABEL} FROM (SELECT ?1 AS practitioner, ?2 AS name) c");
            let label: String = conn
                .query_row(&sql, rusqlite::params![code, name], |r| r.get(0))
                .unwrap();
            assert_eq!(label, case_label(code, name));
        }
        assert!(super::super::reflections::REFLECTION_SELECT.contains(CASE_LABEL));
    }
}

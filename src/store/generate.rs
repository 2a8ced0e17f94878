//! Bulk inserts for the scale generator (`spiegel demo --reflections N`):
//! rows arrive with their UUIDs and timestamps already made, and skip the
//! journal's rules, which the generator keeps by construction.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use super::Tx;
use crate::journal::{
    CaseId, Medium, MeetingKind, OtherId, Outcome, ReasonId, ReflectionId, Role, Step,
};

/// A generated case.
pub struct GenCase<'a> {
    pub uuid: &'a str,
    pub name: &'a str,
    pub setting: &'a str,
    pub cohabiting: bool,
    pub opened_on: NaiveDate,
    pub closed: Option<(NaiveDate, Outcome)>,
    pub stamp: &'a str,
}

/// A generated reflection.
pub struct GenReflection<'a> {
    pub uuid: &'a str,
    pub case_id: CaseId,
    pub date: NaiveDate,
    pub medium: Medium,
    pub completed: bool,
    pub note: &'a str,
    pub stamp: &'a str,
}

impl Tx<'_> {
    /// Reason ids by code.
    pub fn reason_ids(&self) -> Result<HashMap<String, ReasonId>> {
        let mut stmt = self.tx.prepare("SELECT code, id FROM reason")?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn gen_case(&self, c: &GenCase) -> Result<CaseId> {
        self.tx
            .prepare_cached(
                "INSERT INTO \"case\" (uuid, name, name_key, setting, cohabiting, opened_on,
                                       closed_on, outcome, created_at, updated_at)
                 VALUES (?1, ?2, lower(?2), ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
            )?
            .execute(params![
                c.uuid,
                c.name,
                c.setting,
                c.cohabiting,
                c.opened_on,
                c.closed.map(|(d, _)| d),
                c.closed.map(|(_, o)| o),
                c.stamp
            ])?;
        Ok(self.tx.last_insert_rowid().into())
    }

    pub fn gen_other(
        &self,
        uuid: &str,
        case_id: CaseId,
        name: &str,
        role: Role,
        stamp: &str,
    ) -> Result<OtherId> {
        self.tx
            .prepare_cached(
                "INSERT INTO other (uuid, case_id, name, name_key, role, created_at, updated_at)
                 VALUES (?1, ?2, ?3, lower(?3), ?4, ?5, ?5)",
            )?
            .execute(params![uuid, case_id, name, role, stamp])?;
        Ok(self.tx.last_insert_rowid().into())
    }

    pub fn gen_reflection(&self, r: &GenReflection) -> Result<ReflectionId> {
        self.tx
            .prepare_cached(
                "INSERT INTO reflection (uuid, case_id, session_on, medium, completed, note,
                                         created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)",
            )?
            .execute(params![
                r.uuid,
                r.case_id,
                r.date,
                r.medium,
                r.completed,
                r.note,
                r.stamp
            ])?;
        Ok(self.tx.last_insert_rowid().into())
    }

    pub fn gen_presence(&self, reflection_id: ReflectionId, other_id: OtherId) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO presence (reflection_id, other_id) VALUES (?1, ?2)",
            )?
            .execute(params![reflection_id, other_id])?;
        Ok(())
    }

    pub fn gen_resistance(&self, reflection_id: ReflectionId, code: &str) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO reflection_resistance (reflection_id, resistance) VALUES (?1, ?2)",
            )?
            .execute(params![reflection_id, code])?;
        Ok(())
    }

    pub fn gen_stall(
        &self,
        reflection_id: ReflectionId,
        step: Step,
        reason_id: ReasonId,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT OR IGNORE INTO stall (reflection_id, step, reason_id) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![reflection_id, step, reason_id])?;
        Ok(())
    }

    pub fn gen_question(
        &self,
        uuid: &str,
        reflection_id: ReflectionId,
        text: &str,
        answer: Option<(&str, NaiveDate)>,
        stamp: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO question (uuid, reflection_id, text, answer, answered_on, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![
                uuid,
                reflection_id,
                text,
                answer.map(|(a, _)| a),
                answer.map(|(_, d)| d),
                stamp
            ])?;
        Ok(())
    }

    pub fn gen_meeting(
        &self,
        uuid: &str,
        on: NaiveDate,
        kind: MeetingKind,
        with: &str,
        note: &str,
        stamp: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![uuid, on, kind, with, note, stamp])?;
        Ok(())
    }

    pub fn gen_goal(
        &self,
        uuid: &str,
        text: &str,
        reason_id: ReasonId,
        since: NaiveDate,
        stamp: &str,
    ) -> Result<()> {
        self.tx
            .prepare_cached(
                "INSERT INTO goal (uuid, text, reason_id, since, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?
            .execute(params![uuid, text, reason_id, since, stamp])?;
        Ok(())
    }
}

/// The stall summary's triggers, set aside while the generator fills a new
/// journal; see [`Tx::set_summary_aside`].
pub struct SummaryAside(Vec<String>);

impl Tx<'_> {
    /// A page cache of 16 MB instead of 2 for this connection: the
    /// generator inserts into every UUID index at random places, and with
    /// the small cache most of its time went to reading back pages it had
    /// just written (a million reflections: 74 s, now 64 s). Peak
    /// memory stays under 50 MB.
    pub fn bulk_cache(&self) -> Result<()> {
        self.tx.execute_batch("PRAGMA cache_size = -16384")?;
        Ok(())
    }

    /// Drops the triggers that keep `stall_fact` and `session_fact` in step, which would cost
    /// a trigger run per generated stall; [`Tx::restore_summary`] fills the
    /// summary in one statement and puts them back. Both happen in the
    /// generator's one transaction, so no other connection ever sees the
    /// journal without them, and a failure rolls the drop back too.
    pub fn set_summary_aside(&self) -> Result<SummaryAside> {
        let triggers: Vec<(String, String)> = self
            .tx
            .prepare(
                "SELECT name, sql FROM sqlite_schema
                 WHERE type = 'trigger'
                   AND tbl_name IN ('stall', 'reflection', 'presence', 'reflection_resistance',
                                    'stall_fact', 'session_fact', 'case')
                   AND (name GLOB 'stall_fact_*' OR name GLOB 'session_fact_*')",
            )?
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        for (name, _) in &triggers {
            self.tx.execute_batch(&format!("DROP TRIGGER \"{name}\""))?;
        }
        Ok(SummaryAside(
            triggers.into_iter().map(|(_, sql)| sql).collect(),
        ))
    }

    /// Refills `stall_fact` from the stalls and puts its triggers back.
    pub fn restore_summary(&self, aside: SummaryAside) -> Result<()> {
        self.refill_summary()?;
        for sql in aside.0 {
            self.tx.execute_batch(&sql)?;
        }
        Ok(())
    }
}

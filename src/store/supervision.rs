//! Supervision: questions, meetings, learning goals and the goal
//! statistics.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, named_params, params};

use super::Tx;
use super::cases::CASE_LABEL;
use super::codec::{get_timestamp, new_uuid, now};
use super::failure::Failure;
use crate::journal::{
    Goal, GoalId, Meeting, MeetingId, MeetingKind, QuestionEntry, QuestionId, ReasonId,
};

impl Tx<'_> {
    // ---- questions, meetings, goals ---------------------------------------

    /// Questions for supervision, oldest first; only open ones unless `all`.
    pub fn questions(&self, all: bool) -> Result<Vec<QuestionEntry>> {
        let mut questions = Vec::new();
        self.each_question(all, |q| {
            questions.push(q);
            Ok(())
        })?;
        Ok(questions)
    }

    /// The questions (all, or the open ones), oldest first, handed to
    /// `each` as they are read: one in memory at a time.
    pub fn each_question(
        &self,
        all: bool,
        mut each: impl FnMut(QuestionEntry) -> Result<()>,
    ) -> Result<()> {
        let mut stmt = self.tx.prepare_cached(&question_sql(
            "WHERE ?1 OR q.answered_on IS NULL ORDER BY r.session_on, q.id",
        ))?;
        let mut rows = stmt.query([all])?;
        while let Some(row) = rows.next()? {
            each(question_from_row(row)?)?;
        }
        Ok(())
    }

    /// Whether any of the questions (all, or the open ones) is asked of the
    /// peer-supervision group.
    pub fn any_question_for_group(&self, all: bool) -> Result<bool> {
        Ok(self.tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM question WHERE for_group AND (?1 OR answered_on IS NULL))",
            [all],
            |r| r.get(0),
        )?)
    }

    /// The open questions asked of the peer-supervision group: one's own
    /// first, then each member's by code, each oldest first.
    pub fn questions_for_group(&self) -> Result<Vec<QuestionEntry>> {
        let mut stmt = self.tx.prepare_cached(&question_sql(
            "WHERE q.for_group AND q.answered_on IS NULL
             ORDER BY c.practitioner IS NOT NULL, c.practitioner, r.session_on, q.id",
        ))?;
        let rows = stmt.query_map([], question_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn question(&self, id: QuestionId) -> Result<Option<QuestionEntry>> {
        Ok(self
            .tx
            .prepare_cached(&question_sql("WHERE q.id = ?1"))?
            .query_row([id], question_from_row)
            .optional()?)
    }

    pub fn answer_question(&self, id: QuestionId, answer: &str, on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached(
                "UPDATE question SET answer = ?2, answered_on = ?3, updated_at = ?4 WHERE id = ?1",
            )?
            .execute(params![id, answer, on, now()])
            .with_context(|| Failure::SaveAnswer)?;
        Ok(())
    }

    pub fn insert_meeting(
        &self,
        on: NaiveDate,
        kind: MeetingKind,
        with: Option<&str>,
        note: &str,
    ) -> Result<MeetingId> {
        self.tx
            .prepare_cached(
                "INSERT INTO meeting (uuid, held_on, kind, with_whom, note, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
            )?
            .execute(params![new_uuid(), on, kind, with, note, now()])
            .with_context(|| Failure::RecordMeeting)?;
        Ok(self.tx.last_insert_rowid().into())
    }

    /// Meetings, most recent first.
    /// One's own meetings, newest first (a group member's pooled ones are
    /// theirs: they neither list here nor start one's prep page).
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        let mut stmt = self.tx.prepare_cached(
            "SELECT id, uuid, held_on, kind, with_whom, note, created_at, updated_at
             FROM meeting WHERE practitioner IS NULL ORDER BY held_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([], meeting_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn last_meeting_date(&self) -> Result<Option<NaiveDate>> {
        Ok(self
            .tx
            .prepare_cached("SELECT max(held_on) FROM meeting WHERE practitioner IS NULL")?
            .query_row([], |r| r.get(0))?)
    }

    pub fn insert_goal(&self, text: &str, reason_id: ReasonId, since: NaiveDate) -> Result<GoalId> {
        self.tx
            .prepare_cached(
                "INSERT INTO goal (uuid, text, reason_id, since, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?5)",
            )?
            .execute(params![new_uuid(), text, reason_id, since, now()])
            .with_context(|| Failure::AddGoal)?;
        Ok(self.tx.last_insert_rowid().into())
    }

    /// Learning goals, oldest first; only open ones unless `all`.
    /// One's own goals (a group member's pooled ones are theirs), open
    /// ones unless `all`.
    pub fn goals(&self, all: bool) -> Result<Vec<Goal>> {
        let mut stmt = self.tx.prepare_cached(&format!(
            "{GOAL_SELECT} WHERE (?1 OR g.done_on IS NULL) AND g.practitioner IS NULL
             ORDER BY g.since, g.id"
        ))?;
        let rows = stmt.query_map([all], goal_from_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    pub fn goal(&self, id: GoalId) -> Result<Option<Goal>> {
        Ok(self
            .tx
            .prepare_cached(&format!("{GOAL_SELECT} WHERE g.id = ?1"))?
            .query_row([id], goal_from_row)
            .optional()?)
    }

    pub fn set_goal_done(&self, id: GoalId, on: NaiveDate) -> Result<()> {
        self.tx
            .prepare_cached("UPDATE goal SET done_on = ?2, updated_at = ?3 WHERE id = ?1")?
            .execute(params![id, on, now()])?;
        Ok(())
    }

    /// Reflections in `from..=to` (open ends allowed), and how many of them
    /// give reason `code`. Both counts come from the day summaries.
    pub fn reason_rate(
        &self,
        code: &str,
        from: Option<NaiveDate>,
        to: Option<NaiveDate>,
        who: Option<&str>,
    ) -> Result<(u64, u64)> {
        let from = from.map_or("0000-01-01".into(), |d| d.to_string());
        let to = to.map_or("9999-12-31".into(), |d| d.to_string());
        Ok(self
            .tx
            // The day summaries: a few rows per day of the period.
            .prepare_cached(
                "SELECT (SELECT coalesce(sum(d.n), 0) FROM reason re
                         JOIN reason_day d ON d.reason_id = re.id
                         WHERE re.code = :code AND d.session_on >= :from AND d.session_on <= :to
                           AND (:who IS NULL OR d.who = :who)),
                        (SELECT coalesce(sum(d.n), 0) FROM session_day d
                         WHERE d.session_on >= :from AND d.session_on <= :to
                           AND (:who IS NULL OR d.who = :who))",
            )?
            .query_row(
                named_params! {":code": code, ":from": from, ":to": to, ":who": who},
                |r| Ok((r.get::<_, i64>(0)? as u64, r.get::<_, i64>(1)? as u64)),
            )?)
    }

    /// Per month (`YYYY-MM`) in `from..=to`: reflections giving reason
    /// `code`, and all reflections. Months without reflections are absent.
    pub fn reason_rate_by_month(
        &self,
        code: &str,
        from: NaiveDate,
        to: NaiveDate,
        who: Option<&str>,
    ) -> Result<Vec<(String, u64, u64)>> {
        // From the day summaries: a few rows per day, not every session.
        let mut all = self.tx.prepare_cached(
            "SELECT substr(d.session_on, 1, 7) AS month, sum(d.n) FROM session_day d
             WHERE d.session_on >= :from AND d.session_on <= :to AND (:who IS NULL OR d.who = :who)
             GROUP BY month ORDER BY month",
        )?;
        let mut months: Vec<(String, u64, u64)> = all
            .query_map(named_params! {":from": from, ":to": to, ":who": who}, |r| {
                Ok((r.get::<_, String>(0)?, 0, r.get::<_, i64>(1)? as u64))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut with = self.tx.prepare_cached(
            "SELECT substr(d.session_on, 1, 7) AS month, sum(d.n)
             FROM reason re
             JOIN reason_day d ON d.reason_id = re.id
             WHERE re.code = :code AND d.session_on >= :from AND d.session_on <= :to
               AND (:who IS NULL OR d.who = :who)
             GROUP BY month",
        )?;
        let counts = with.query_map(
            named_params! {":code": code, ":from": from, ":to": to, ":who": who},
            |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)? as u64)),
        )?;
        for row in counts {
            let (month, count) = row?;
            if let Some(m) = months.iter_mut().find(|m| m.0 == month) {
                m.1 = count;
            }
        }
        Ok(months)
    }
}

const GOAL_SELECT: &str =
    "SELECT g.id, g.uuid, g.text, re.code, g.since, g.done_on, g.created_at, g.updated_at
                           FROM goal g JOIN reason re ON re.id = g.reason_id";

fn goal_from_row(row: &Row) -> rusqlite::Result<Goal> {
    Ok(Goal {
        id: row.get(0)?,
        uuid: row.get(1)?,
        text: row.get(2)?,
        reason: row.get(3)?,
        since: row.get(4)?,
        done_on: row.get(5)?,
        created_at: get_timestamp(row, 6)?,
        updated_at: get_timestamp(row, 7)?,
    })
}

/// A meeting from `id, uuid, held_on, kind, with_whom, note, created_at,
/// updated_at`.
pub(super) fn meeting_from_row(row: &Row) -> rusqlite::Result<Meeting> {
    Ok(Meeting {
        id: row.get(0)?,
        uuid: row.get(1)?,
        date: row.get(2)?,
        kind: row.get(3)?,
        with: row.get(4)?,
        note: row.get(5)?,
        created_at: get_timestamp(row, 6)?,
        updated_at: get_timestamp(row, 7)?,
    })
}

/// The questions with where they came from, as [`question_from_row`]
/// reads them, selected and ordered by `rest`.
fn question_sql(rest: &str) -> String {
    format!(
        "SELECT q.id, q.uuid, r.id, {CASE_LABEL}, r.session_on, q.text, q.answer, q.answered_on,
                q.for_group
         FROM question q
         JOIN reflection r ON r.id = q.reflection_id
         JOIN \"case\" c ON c.id = r.case_id
         {rest}"
    )
}

fn question_from_row(row: &Row) -> rusqlite::Result<QuestionEntry> {
    Ok(QuestionEntry {
        id: row.get(0)?,
        uuid: row.get(1)?,
        reflection: row.get(2)?,
        case: row.get(3)?,
        date: row.get(4)?,
        text: row.get(5)?,
        answer: row.get(6)?,
        answered_on: row.get(7)?,
        for_group: row.get(8)?,
    })
}

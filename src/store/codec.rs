//! How the journal's values are stored: timestamps, UUIDs, and the
//! domain's codes as SQL values (`ToSql`/`FromSql`).

use chrono::{DateTime, Utc};
use rusqlite::types::{FromSql, FromSqlError, FromSqlResult, ToSqlOutput, ValueRef};
use rusqlite::{Row, ToSql};

use crate::journal::step0::{Answer, InviteMedium, InvitedBy};
use crate::journal::{
    CaseId, GoalId, InvitationId, Medium, MeetingId, MeetingKind, OtherId, Outcome, QuestionId,
    ReasonId, ReflectionId, Role, Side, Step, date,
};

/// The form timestamps are stored in: UTC, ISO 8601, milliseconds.
pub(super) fn timestamp(t: DateTime<Utc>) -> String {
    t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string()
}

pub(super) fn now() -> String {
    timestamp(date::now_utc())
}

pub(super) fn get_timestamp(row: &Row, idx: usize) -> rusqlite::Result<DateTime<Utc>> {
    let text: String = row.get(idx)?;
    DateTime::parse_from_rfc3339(&text)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(idx, rusqlite::types::Type::Text, e.into())
        })
}

pub(super) fn new_uuid() -> String {
    uuid::Uuid::new_v4().to_string()
}

macro_rules! sql_code {
    ($($ty:ty),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                Ok(ToSqlOutput::from(self.code()))
            }
        }
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                let text = value.as_str()?;
                <$ty>::from_code(text).ok_or_else(|| FromSqlError::Other(format!("unknown code {text:?}").into()))
            }
        }
    )+};
}
sql_code!(
    Side,
    Role,
    Medium,
    Outcome,
    MeetingKind,
    InvitedBy,
    InviteMedium,
    Answer
);

impl ToSql for Step {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.number()))
    }
}

impl FromSql for Step {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        let n = u8::column_result(value)?;
        Step::new(n).map_err(|e| FromSqlError::Other(e.into()))
    }
}

macro_rules! sql_id {
    ($($ty:ident),+) => {$(
        impl ToSql for $ty {
            fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
                self.0.to_sql()
            }
        }
        impl FromSql for $ty {
            fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
                i64::column_result(value).map($ty)
            }
        }
    )+};
}
sql_id!(
    CaseId,
    OtherId,
    ReflectionId,
    ReasonId,
    QuestionId,
    MeetingId,
    GoalId,
    InvitationId
);

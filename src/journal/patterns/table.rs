//! "Getting the system to the table" (issue 14): step 0 per person over the
//! period. How many sessions went by before the client named someone ("there
//! is always one"), who made the invitations and how many led to the person
//! coming, who refused with which reaction, and who refused at first and
//! came later. The store gives one row per case and per invitation; the
//! figures are made here.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use super::median;
use crate::journal::step0::{Answer, InvitedBy};
use crate::journal::{OtherId, Role};

/// A case of the period whose client named someone on a known day.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NamedRow {
    /// The case's sessions up to the day the first person was named, a
    /// session on that day included.
    pub sessions_before: u64,
}

/// An invitation of the period.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRow {
    pub other: OtherId,
    pub role: Role,
    pub date: NaiveDate,
    pub by: InvitedBy,
    pub answer: Answer,
    pub resistance: Option<String>,
    /// The person took part in a session on or after the invitation's day.
    pub took_part_after: bool,
}

/// Sessions until the first person was named, over the cases where that
/// day is known.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct UntilNamed {
    pub cases: u64,
    pub median: f64,
    pub min: u64,
    pub max: u64,
}

/// The invitations one kind of inviter made.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ByWhom {
    pub by: InvitedBy,
    pub invitations: u64,
    /// Of those, answered yes and followed by the person taking part.
    pub came: u64,
}

/// Refusals of one role with one reaction.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Refusals {
    pub role: Role,
    /// The resistance reaction's code; `None`: none recorded.
    pub resistance: Option<String>,
    pub count: u64,
}

/// The section, in figures.
#[derive(Debug, Clone, Default, Serialize, PartialEq)]
pub struct ToTheTable {
    /// `None` when no case of the period has a known naming day.
    pub sessions_until_named: Option<UntilNamed>,
    /// Client first, then me; only those who made invitations.
    pub invitations_by: Vec<ByWhom>,
    /// Most first, then by role and reaction.
    pub refusals: Vec<Refusals>,
    /// People who refused at least once in the period.
    pub refused: u64,
    /// Of those, people who took part in a session after their first refusal.
    pub refused_then_came: u64,
}

/// The figures from the store's rows.
pub fn analyse(named: &[NamedRow], invitations: &[InvitationRow]) -> ToTheTable {
    let mut before: Vec<u64> = named.iter().map(|n| n.sessions_before).collect();
    let sessions_until_named = median(&mut before).map(|median| UntilNamed {
        cases: before.len() as u64,
        median,
        min: before.iter().copied().min().unwrap_or(0),
        max: before.iter().copied().max().unwrap_or(0),
    });

    let invitations_by = InvitedBy::ALL
        .iter()
        .map(|&by| {
            let made = invitations.iter().filter(|i| i.by == by);
            ByWhom {
                by,
                invitations: made.clone().count() as u64,
                came: made
                    .filter(|i| i.answer == Answer::Yes && i.took_part_after)
                    .count() as u64,
            }
        })
        .filter(|b| b.invitations > 0)
        .collect();

    let refused_rows: Vec<&InvitationRow> = invitations
        .iter()
        .filter(|i| i.answer == Answer::No)
        .collect();
    let mut by_kind: BTreeMap<(&str, Option<&str>), (Role, u64)> = BTreeMap::new();
    for i in &refused_rows {
        let entry = by_kind
            .entry((i.role.code(), i.resistance.as_deref()))
            .or_insert((i.role, 0));
        entry.1 += 1;
    }
    let mut refusals: Vec<Refusals> = by_kind
        .into_iter()
        .map(|((_, resistance), (role, count))| Refusals {
            role,
            resistance: resistance.map(str::to_string),
            count,
        })
        .collect();
    refusals.sort_by_key(|r| std::cmp::Reverse(r.count));

    // Each person's first refusal: did they take part after it?
    let mut first: HashMap<OtherId, &InvitationRow> = HashMap::new();
    for i in refused_rows {
        let slot = first.entry(i.other).or_insert(i);
        if i.date < slot.date {
            *slot = i;
        }
    }
    ToTheTable {
        sessions_until_named,
        invitations_by,
        refusals,
        refused: first.len() as u64,
        refused_then_came: first.values().filter(|i| i.took_part_after).count() as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn row(other: i64, date: &str, by: InvitedBy, answer: Answer, came: bool) -> InvitationRow {
        InvitationRow {
            other: OtherId(other),
            role: Role::Friend,
            date: day(date),
            by,
            answer,
            resistance: None,
            took_part_after: came,
        }
    }

    #[test]
    fn there_is_always_one_median_and_range() {
        let named = [3, 0, 6, 1].map(|sessions_before| NamedRow { sessions_before });
        let t = analyse(&named, &[]);
        assert_eq!(
            t.sessions_until_named,
            Some(UntilNamed {
                cases: 4,
                median: 2.0,
                min: 0,
                max: 6
            })
        );
        assert_eq!(analyse(&[], &[]).sessions_until_named, None);
    }

    #[test]
    fn an_invitation_led_to_coming_when_answered_yes_and_followed_by_a_session() {
        use Answer::*;
        use InvitedBy::*;
        let rows = [
            row(1, "2026-01-01", Client, No, true),
            row(1, "2026-01-08", Me, Yes, true),
            row(2, "2026-01-02", Me, Yes, false),
            row(3, "2026-01-03", Client, No, false),
            row(3, "2026-01-05", Client, Pending, false),
        ];
        let t = analyse(&[], &rows);
        assert_eq!(
            t.invitations_by,
            [
                ByWhom {
                    by: Client,
                    invitations: 3,
                    came: 0
                },
                ByWhom {
                    by: Me,
                    invitations: 2,
                    came: 1
                }
            ]
        );
        assert_eq!((t.refused, t.refused_then_came), (2, 1));
        assert_eq!(t.refusals.len(), 1);
        assert_eq!(t.refusals[0].count, 2);
    }
}

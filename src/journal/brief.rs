//! The brief before the next session with a client (`spiegel brief CASE`):
//! what to read in the two minutes before they walk in, assembled from the
//! case's own rows. Pure: rows in, figures out; no database and no words.
//!
//! Every figure carries its base: "3 of 8 sessions" is `count` 3 of
//! `sessions` 8. The learning goals are counted as `goal list` counts them
//! (the sessions that gave the reason, of the sessions where it could
//! happen, before and since the goal's start), but over this case only.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::Serialize;

use super::id::{GoalId, QuestionId, ReflectionId};
use super::opportunity::Base;
use super::stats::Half;
use super::{Case, Goal, Other, Outcome, Reflection, Resistance, Role, Step, StepInfo};

/// A reason of the catalogue as the brief needs it: its labels and the
/// steps where the method says it mostly happens.
#[derive(Debug, Clone)]
pub struct ReasonInfo {
    pub code: String,
    pub label_en: String,
    pub label_nl: String,
    /// As stored: `"1,4,5"`.
    pub usual_steps: String,
}

/// What the brief is made of, read in one transaction.
pub struct Parts {
    pub case: Case,
    pub others: Vec<Other>,
    /// The case's reflections, oldest first.
    pub timeline: Vec<Reflection>,
    pub reasons: Vec<ReasonInfo>,
    pub resistances: Vec<Resistance>,
    pub steps: Vec<StepInfo>,
    /// The open learning goals.
    pub goals: Vec<Goal>,
    pub today: NaiveDate,
}

/// The brief on one case.
#[derive(Debug, Clone, Serialize)]
pub struct Brief {
    pub case: CaseFacts,
    /// The significant others who took part in at least one session.
    pub took_part: Vec<Person>,
    /// The significant others named but not yet come.
    pub not_yet: Vec<Person>,
    /// The last session and the one before, newest first.
    pub last: Vec<Reflection>,
    pub usual: Usual,
    /// The step the method's instruction is given for, if any is at stake.
    pub at_stake: Option<AtStake>,
    /// The case's questions for supervision not yet answered, oldest first.
    pub open_questions: Vec<OpenQuestion>,
    /// The open learning goals whose reason came up in this case.
    pub goals: Vec<CaseGoal>,
    /// Labels of the reason and resistance codes, English and Dutch.
    #[serde(skip)]
    pub labels: BTreeMap<String, (String, String)>,
    /// The method's steps, for their titles.
    #[serde(skip)]
    pub steps: Vec<StepInfo>,
}

impl Brief {
    /// The English and Dutch label of a reason or resistance code.
    pub fn label(&self, code: &str) -> Option<(&str, &str)> {
        self.labels
            .get(code)
            .map(|(en, nl)| (en.as_str(), nl.as_str()))
    }
}

/// The case itself: how long open and how many sessions.
#[derive(Debug, Clone, Serialize)]
pub struct CaseFacts {
    pub name: String,
    pub setting: Option<String>,
    pub opened_on: NaiveDate,
    pub closed_on: Option<NaiveDate>,
    pub outcome: Option<Outcome>,
    /// Days from its opening to today (or to its closing).
    pub days_open: u64,
    /// Sessions reflected on so far.
    pub sessions: u64,
    pub first_session: Option<NaiveDate>,
    pub last_session: Option<NaiveDate>,
}

/// A significant other and the sessions they took part in.
#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub name: String,
    pub role: Role,
    pub sessions: u64,
}

/// Where it usually stalls in this case: per step and per reason, the
/// sessions that stalled there or gave it, of all the case's sessions.
#[derive(Debug, Clone, Serialize)]
pub struct Usual {
    /// The base of every count below: the case's sessions.
    pub sessions: u64,
    /// Sessions that stalled at all.
    pub stalled: u64,
    /// Most sessions first.
    pub steps: Vec<StepCount>,
    /// Most sessions first.
    pub reasons: Vec<ReasonCount>,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct StepCount {
    pub step: Step,
    pub sessions: u64,
}

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct ReasonCount {
    pub reason: String,
    pub sessions: u64,
}

/// Why a step is at stake in the next session.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Why {
    /// Nobody from the system has come yet: step 0.
    NobodyYet,
    /// The step where the case last stalled.
    LastStalled,
}

/// The method's instruction and pitfall for the step at stake.
#[derive(Debug, Clone, Serialize)]
pub struct AtStake {
    pub why: Why,
    /// The session where it last stalled (with [`Why::LastStalled`]).
    pub stalled_on: Option<NaiveDate>,
    #[serde(flatten)]
    pub step: StepInfo,
}

#[derive(Debug, Clone, Serialize)]
pub struct OpenQuestion {
    pub id: QuestionId,
    pub reflection: ReflectionId,
    pub date: NaiveDate,
    pub text: String,
}

/// A learning goal with its figures over this case.
#[derive(Debug, Clone, Serialize)]
pub struct CaseGoal {
    pub id: GoalId,
    pub text: String,
    pub reason: String,
    pub since: NaiveDate,
    /// Which of the case's sessions the figures count over.
    pub base: Base,
    /// The case's sessions before the goal's start.
    pub before: Half,
    /// The case's sessions from its start on.
    pub after: Half,
    /// The case's sessions that gave the reason, at any time.
    pub sessions: u64,
}

/// Puts the brief together from its parts.
pub fn assemble(parts: Parts) -> Brief {
    let Parts {
        case,
        others,
        timeline,
        reasons,
        resistances,
        steps,
        goals,
        today,
    } = parts;
    let end = case.closed_on.unwrap_or(today);
    let (took_part, not_yet): (Vec<Person>, Vec<Person>) = others
        .into_iter()
        .map(|o| Person {
            name: o.name,
            role: o.role,
            sessions: o.sessions,
        })
        .partition(|p| p.sessions > 0);
    let facts = CaseFacts {
        days_open: (end - case.opened_on).num_days().max(0) as u64,
        sessions: timeline.len() as u64,
        first_session: timeline.first().map(|r| r.date),
        last_session: timeline.last().map(|r| r.date),
        name: case.name,
        setting: case.setting,
        opened_on: case.opened_on,
        closed_on: case.closed_on,
        outcome: case.outcome,
    };
    let nobody_yet = took_part.is_empty() && timeline.iter().all(|r| r.present.is_empty());
    let at_stake = at_stake(&timeline, &steps, nobody_yet);
    let open_questions = timeline
        .iter()
        .filter_map(|r| {
            let q = r.question.as_ref()?;
            q.answered_on.is_none().then(|| OpenQuestion {
                id: q.id,
                reflection: r.id,
                date: r.date,
                text: q.text.clone(),
            })
        })
        .collect();
    let goals = goals
        .into_iter()
        .filter_map(|g| case_goal(g, &timeline, &reasons, today))
        .collect();
    let labels = reasons
        .into_iter()
        .map(|r| (r.code, (r.label_en, r.label_nl)))
        .chain(
            resistances
                .into_iter()
                .map(|r| (r.code, (r.label_en, r.label_nl))),
        )
        .collect();
    Brief {
        case: facts,
        took_part,
        not_yet,
        usual: usual(&timeline),
        at_stake,
        open_questions,
        goals,
        labels,
        steps,
        last: timeline.into_iter().rev().take(2).collect(),
    }
}

/// Per step and per reason, the sessions that stalled there or gave it.
pub fn usual(timeline: &[Reflection]) -> Usual {
    let mut steps: BTreeMap<Step, u64> = BTreeMap::new();
    let mut reasons: BTreeMap<&str, u64> = BTreeMap::new();
    let mut stalled = 0;
    for r in timeline {
        let at: BTreeSet<Step> = r.stalls.iter().map(|s| s.step).collect();
        let why: BTreeSet<&str> = r
            .stalls
            .iter()
            .flat_map(|s| s.reasons.iter().map(String::as_str))
            .collect();
        stalled += u64::from(!at.is_empty());
        for step in at {
            *steps.entry(step).or_default() += 1;
        }
        for code in why {
            *reasons.entry(code).or_default() += 1;
        }
    }
    let mut steps: Vec<StepCount> = steps
        .into_iter()
        .map(|(step, sessions)| StepCount { step, sessions })
        .collect();
    // Most first; ties in the method's order, or by code.
    steps.sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.step.cmp(&b.step)));
    let mut reasons: Vec<ReasonCount> = reasons
        .into_iter()
        .map(|(code, sessions)| ReasonCount {
            reason: code.to_string(),
            sessions,
        })
        .collect();
    reasons.sort_by(|a, b| b.sessions.cmp(&a.sessions).then(a.reason.cmp(&b.reason)));
    Usual {
        sessions: timeline.len() as u64,
        stalled,
        steps,
        reasons,
    }
}

/// Step 0 while nobody from the system has come; otherwise the first step
/// where the latest session that stalled got stuck; none when the case
/// never stalled since someone came.
fn at_stake(timeline: &[Reflection], steps: &[StepInfo], nobody_yet: bool) -> Option<AtStake> {
    let (why, step, stalled_on) = if nobody_yet {
        (Why::NobodyYet, 0, None)
    } else {
        let last = timeline.iter().rev().find(|r| !r.stalls.is_empty())?;
        let first = last.stalls.iter().map(|s| s.step.number()).min()?;
        (Why::LastStalled, first, Some(last.date))
    };
    let step = steps.iter().find(|s| s.step.number() == step)?.clone();
    Some(AtStake {
        why,
        stalled_on,
        step,
    })
}

/// The goal's figures over the case, if its reason came up in it.
fn case_goal(
    goal: Goal,
    timeline: &[Reflection],
    reasons: &[ReasonInfo],
    today: NaiveDate,
) -> Option<CaseGoal> {
    let gave = |r: &Reflection| r.stalls.iter().any(|s| s.reasons.contains(&goal.reason));
    let sessions = timeline.iter().filter(|r| gave(r)).count() as u64;
    if sessions == 0 {
        return None;
    }
    let base = reasons
        .iter()
        .find(|r| r.code == goal.reason)
        .map_or(Base::Given, |r| Base::of_stored(&r.usual_steps));
    let end = goal.done_on.unwrap_or(today).max(goal.since);
    let mut before = Half {
        count: 0,
        opportunities: 0,
    };
    let mut after = before;
    for r in timeline.iter().filter(|r| r.date <= end) {
        let half = if r.date < goal.since {
            &mut before
        } else {
            &mut after
        };
        let given = gave(r);
        half.count += u64::from(given);
        let admitted = base.admits(!r.present.is_empty(), !r.resistance.is_empty());
        half.opportunities += u64::from(admitted || given);
    }
    Some(CaseGoal {
        id: goal.id,
        text: goal.text,
        reason: goal.reason,
        since: goal.since,
        base,
        before,
        after,
        sessions,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journal::{Medium, Stall};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn session(date: &str, with: &[&str], stalls: &[(u8, &[&str])]) -> Reflection {
        let at = chrono::DateTime::UNIX_EPOCH;
        Reflection {
            id: ReflectionId(0),
            uuid: String::new(),
            case: "John".into(),
            date: day(date),
            medium: Medium::InPerson,
            present: with.iter().map(|s| s.to_string()).collect(),
            resistance: Vec::new(),
            stalls: stalls
                .iter()
                .map(|(step, reasons)| Stall {
                    step: Step::new(*step).unwrap(),
                    reasons: reasons.iter().map(|s| s.to_string()).collect(),
                })
                .collect(),
            completed: false,
            note: String::new(),
            went_well: String::new(),
            question: None,
            created_at: at,
            updated_at: at,
        }
    }

    fn step(n: u8) -> StepInfo {
        StepInfo {
            step: Step::new(n).unwrap(),
            title_en: format!("step {n}"),
            title_nl: String::new(),
            instruction_en: String::new(),
            instruction_nl: String::new(),
            pitfall_en: String::new(),
            pitfall_nl: String::new(),
        }
    }

    #[test]
    fn the_step_at_stake_is_the_first_where_the_latest_stalled_session_stuck() {
        let steps: Vec<StepInfo> = (0..=7).map(step).collect();
        let timeline = [
            session("2026-01-01", &[], &[(0, &["accepted-refusal"])]),
            session("2026-01-08", &["Levi"], &[(6, &["a"]), (3, &["b"])]),
            session("2026-01-15", &["Levi"], &[]),
        ];
        let at = at_stake(&timeline, &steps, false).unwrap();
        assert_eq!((at.why, at.step.step.number()), (Why::LastStalled, 3));
        assert_eq!(at.stalled_on, Some(day("2026-01-08")));
        let at = at_stake(&timeline, &steps, true).unwrap();
        assert_eq!((at.why, at.step.step.number()), (Why::NobodyYet, 0));
        // Someone came and it never stalled: nothing is at stake.
        assert!(at_stake(&timeline[2..], &steps, false).is_none());
    }

    #[test]
    fn usual_counts_each_session_once_per_step_and_reason() {
        let timeline = [
            session("2026-01-01", &[], &[(0, &["x", "y"])]),
            session("2026-01-08", &["Levi"], &[(6, &["x"]), (7, &["x"])]),
            session("2026-01-15", &["Levi"], &[]),
        ];
        let u = usual(&timeline);
        assert_eq!((u.sessions, u.stalled), (3, 2));
        let steps: Vec<(u8, u64)> = u
            .steps
            .iter()
            .map(|s| (s.step.number(), s.sessions))
            .collect();
        assert_eq!(steps, [(0, 1), (6, 1), (7, 1)]);
        let reasons: Vec<(&str, u64)> = u
            .reasons
            .iter()
            .map(|r| (r.reason.as_str(), r.sessions))
            .collect();
        assert_eq!(reasons, [("x", 2), ("y", 1)]);
    }

    #[test]
    fn a_goals_figures_count_the_cases_sessions_where_it_could_happen_until_done() {
        let at = chrono::DateTime::UNIX_EPOCH;
        let goal = Goal {
            id: GoalId(1),
            uuid: String::new(),
            text: "Stop laughing along".into(),
            reason: "laughed-along".into(),
            since: day("2026-02-01"),
            done_on: Some(day("2026-03-01")),
            created_at: at,
            updated_at: at,
        };
        let reasons = [ReasonInfo {
            code: "laughed-along".into(),
            label_en: String::new(),
            label_nl: String::new(),
            usual_steps: "6,7".into(),
        }];
        let timeline = [
            // Alone: not where it could happen, unless given anyway.
            session("2026-01-05", &[], &[]),
            session("2026-01-12", &[], &[(0, &["laughed-along"])]),
            session("2026-01-19", &["Levi"], &[(6, &["laughed-along"])]),
            session("2026-02-09", &["Levi"], &[]),
            // After the goal was done: not counted.
            session("2026-03-09", &["Levi"], &[(7, &["laughed-along"])]),
        ];
        let g = case_goal(goal.clone(), &timeline, &reasons, day("2026-03-15")).unwrap();
        assert_eq!(g.base, Base::Conversation);
        assert_eq!((g.before.count, g.before.opportunities), (2, 2));
        assert_eq!((g.after.count, g.after.opportunities), (0, 1));
        assert_eq!(g.sessions, 3);
        // A reason the case never gave: no figures at all.
        assert!(case_goal(goal, &timeline[..1], &reasons, day("2026-03-15")).is_none());
    }
}

//! The page to bring to supervision: everything since the last meeting,
//! read in one snapshot and put together by [`crate::journal::prep`].

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::{Journal, patterns, supervision};
use crate::journal::patterns::PatternQuery;
use crate::journal::practitioner::GroupPrep;
use crate::journal::prep::{
    self, CASES, EXCERPTS, InView, PATTERNS, PER_CASE, Planned, Prep, PrepRows, QUESTIONS, Since,
    Situation, THREAD_EXCERPTS, Threads, WENT_WELL, WentWellRows, Why,
};
use crate::store::Tx;

/// The page for a peer-supervision meeting up to `today` (`prep --group`):
/// each practitioner's patterns from `since` (else from their first
/// record), as `patterns --group` counts them, and the open questions
/// asked of the group; one snapshot.
pub fn group(
    journal: &mut Journal,
    since: Option<NaiveDate>,
    today: NaiveDate,
) -> Result<GroupPrep> {
    journal.read(|tx| {
        let ask = patterns::Ask {
            since,
            until: None,
            case: None,
            side: None,
            min_cases: 1,
            when: None,
        };
        Ok(GroupPrep {
            today,
            each: patterns::each_practitioner(tx, ask)?,
            questions: tx.questions_for_group()?,
        })
    })
}

/// The page up to `today`; `min_cases`: how many cases make a pattern.
pub fn gather(
    journal: &mut Journal,
    since: Since,
    min_cases: u64,
    today: NaiveDate,
) -> Result<Prep> {
    journal.read(|tx| {
        let meetings = tx.meetings()?;
        let last_meeting = meetings.first().map(|m| m.date);
        let mut query = prep::query(since, last_meeting, min_cases, today);
        // One's own records: a group's pooled ones are not this page's.
        query.whose = patterns::own(tx)?;
        // Every reason's figures, the recurring ones among them.
        let all = PatternQuery {
            min_cases: 1,
            ..query.clone()
        };
        let (patterns, every) = prep::threshold(patterns::analyse(tx, &all)?, min_cases);
        let goals = tx
            .goals(false)?
            .into_iter()
            .map(|g| supervision::progress(tx, g, today, None))
            .collect::<Result<Vec<_>>>()?;
        // The page of the last meeting covered the time since the one before.
        let last_page = match (meetings.first(), meetings.get(1)) {
            (Some(last), before) => tx.prep_recurring_reasons(
                before.map(|m| m.date + Days::new(1)),
                last.date,
                min_cases,
            )?,
            (None, _) => Vec::new(),
        };
        // The threads of the open questions on the page.
        let questions = tx.prep_open_questions(QUESTIONS)?;
        let mut asked = Vec::new();
        for q in &questions.0 {
            asked.extend(tx.prep_own_reasons(q.reflection)?);
        }
        let threads = Threads {
            questions: asked,
            goals: goals.iter().map(|g| g.goal.reason.clone()).collect(),
            last_meeting: last_page,
        };
        let (planned, more_patterns) =
            prep::plan(&every, min_cases, &threads, &tx.reasons()?, PATTERNS);
        let in_view = evidence(tx, &query, planned)?;
        let answered_since = prep::answered_since(&query, last_meeting);
        let (recent, total) = tx.went_well_in(query.since, today, WENT_WELL)?;
        let rows = PrepRows {
            went_well: WentWellRows::new(recent, total),
            per_month: tx.pattern_reason_months(&query)?,
            recorded: tx.pattern_months(&query)?,
            steps: tx.steps()?,
            answered: tx.prep_answered_questions(answered_since, QUESTIONS)?,
            questions,
            meeting: meetings.into_iter().next(),
            answered_since,
            last_meeting,
            patterns,
            in_view,
            more_patterns,
            goals,
        };
        Ok(prep::page(since, today, rows))
    })
}

/// Each planned pattern with its named cases and chosen excerpts: a few
/// recent sessions of each named case are candidates, and only the notes
/// of those chosen are read.
fn evidence(tx: &Tx, query: &PatternQuery, planned: Vec<Planned>) -> Result<Vec<InView>> {
    let (from, to) = (query.since, query.until);
    let mut named = Vec::with_capacity(planned.len());
    let mut pools = Vec::with_capacity(planned.len());
    for p in &planned {
        let code = &p.pattern.reason;
        let cases = tx.prep_reason_cases(code, from, to, CASES)?;
        let mut pool = Vec::new();
        for (case, _, _) in &cases {
            pool.extend(tx.prep_candidates(code, *case, from, to, PER_CASE)?);
        }
        named.push(cases);
        pools.push(pool);
    }
    let situations: Vec<_> = planned
        .iter()
        .zip(pools)
        .map(|(p, pool)| {
            let situation = Situation {
                steps: &p.pattern.top_steps,
                resistance: p.pattern.resistance.as_deref(),
            };
            (situation, pool)
        })
        .collect();
    let chosen = prep::choose(&situations, EXCERPTS);
    drop(situations);
    let mut in_view = Vec::with_capacity(planned.len());
    for ((p, cases), mut chosen) in planned.into_iter().zip(named).zip(chosen) {
        // A thread below the threshold is there for continuity: one
        // example keeps the page a page.
        if !p.why.contains(&Why::Recurring) {
            chosen.truncate(THREAD_EXCERPTS);
        }
        let mut quoted = Vec::with_capacity(chosen.len());
        for c in chosen {
            let note = tx.prep_note(c.reflection)?;
            quoted.push((c, note));
        }
        in_view.push(InView::new(p, cases, quoted));
    }
    Ok(in_view)
}

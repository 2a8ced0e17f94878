//! Journals of any size for benchmarks: `spiegel demo --reflections N
//! [--seed S]`. The same invented practice as the demo, at scale: a few
//! hundred to tens of thousands of cases, 1–4 significant others each,
//! stalls skewed as the method describes, notes of one to five sentences,
//! dates spread over years, questions, meetings and goals. Deterministic
//! for a seed: the same seed gives the same journal, UUIDs and timestamps
//! included.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::{CLIENTS, CaseState, OTHERS, Rng, SETTINGS, plan_session};
use crate::journal::{MeetingKind, ReasonId, Role, Step};
use crate::store::{GenCase, GenReflection, Tx};

/// The last day of every generated journal: fixed, so that a seed always
/// gives the same journal, but never after today (`SPIEGEL_TODAY` pins it),
/// so that no session lies in the future and the journal can be exported
/// and imported again (issue 10.9).
pub fn end() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 10, 31)
        .expect("a valid date")
        .min(crate::journal::date::today())
}

/// Sentences that make notes longer, as real ones are.
const MORE: &[&str] = &[
    "Next time I want to ask a second time.",
    "I was tired; it was the last session of the day.",
    "The client arrived late and apologised twice.",
    "Good contact otherwise.",
    "To bring to supervision.",
    "I noticed my own impatience.",
    "Afterwards I wrote down what I would say differently.",
    "There was a long silence that I did not know what to do with.",
];

/// What the generator wrote.
pub struct Summary {
    pub cases: u64,
    pub reflections: u64,
}

/// A UUID (v4 layout) from the generator's own random source.
fn uuid(rng: &mut Rng) -> String {
    let bytes = ((rng.next_u64() as u128) << 64 | rng.next_u64() as u128).to_be_bytes();
    uuid::Builder::from_random_bytes(bytes)
        .into_uuid()
        .to_string()
}

fn stamp(date: NaiveDate) -> String {
    format!("{date}T18:00:00.000Z")
}

/// Writes `reflections` reflections into an empty journal.
pub fn generate(
    tx: &Tx,
    reflections: u64,
    seed: u64,
    progress: &mut dyn FnMut(u64, u64),
) -> Result<Summary> {
    let mut rng = Rng::new(seed);
    let reasons = tx.reason_ids()?;
    let end = end();
    let cases = (reflections / 30)
        .max(reflections.min(200))
        .clamp(1, 50_000);
    let span = (reflections * 7 / 20).clamp(365, 30 * 365);
    let start = end - Days::new(span);

    tx.bulk_cache()?;
    let aside = tx.set_summary_aside()?;
    let mut remaining = reflections;
    for index in 0..cases {
        let left = cases - index;
        let base = remaining / left;
        let count = if left == 1 {
            remaining
        } else {
            // ±30% around an even share, leaving at least one for each case after.
            let jitter = base * (70 + rng.below(61) as u64) / 100;
            jitter.clamp(1.min(base), remaining - (left - 1))
        };
        remaining -= count;
        case(tx, &mut rng, &reasons, index, count, start, end)?;
        progress(reflections - remaining, reflections);
    }
    supervision(tx, &mut rng, &reasons, start, end)?;
    tx.restore_summary(aside)?;
    Ok(Summary { cases, reflections })
}

fn case(
    tx: &Tx,
    rng: &mut Rng,
    reasons: &HashMap<String, ReasonId>,
    index: u64,
    sessions: u64,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<()> {
    let name = format!(
        "{}-{:05}",
        CLIENTS[index as usize % CLIENTS.len()],
        index + 1
    );
    let span = (end - start).num_days().max(1) as u64;
    let length = (sessions * 14).min(span);
    let opened = start + Days::new(rng.below((span - length + 1) as usize) as u64);
    let cohabiting = rng.chance(75);
    let case_uuid = uuid(rng);
    // Decided up front so the case row is written once; stays open 55%.
    let closes = rng.chance(45);
    let setting: &&str = rng.pick(SETTINGS);
    let setting = crate::i18n::message(setting, &[]);

    // The case row needs its outcome, which its sessions decide: plan them first.
    let mut others: Vec<(&'static str, Role)> = Vec::new();
    for _ in 0..1 + rng.below(4) {
        let (other, role) = *rng.pick(OTHERS);
        if !others.iter().any(|(o, _)| *o == other) {
            let role = if cohabiting && others.is_empty() {
                Role::Partner
            } else {
                role
            };
            others.push((other, role));
        }
    }
    let names: Vec<&'static str> = others.iter().map(|(o, _)| *o).collect();
    let mut state = CaseState::default();
    let mut date = opened;
    let mut plans = Vec::with_capacity(sessions as usize);
    for _ in 0..sessions {
        plans.push((date, plan_session(rng, &mut state, &name, &names)));
        date = (date + Days::new(7 + rng.below(8) as u64)).min(end);
    }
    let closed = closes.then(|| (date, state.outcome(rng)));

    let case_id = tx.gen_case(&GenCase {
        uuid: &case_uuid,
        name: &name,
        setting: &setting,
        cohabiting,
        opened_on: opened,
        closed,
        stamp: &stamp(opened),
    })?;
    let mut other_ids = HashMap::new();
    for (other, role) in &others {
        let id = tx.gen_other(&uuid(rng), case_id, other, *role, &stamp(opened))?;
        other_ids.insert(*other, id);
    }
    for (date, plan) in plans {
        let mut note = plan.note;
        for _ in 0..rng.below(5) {
            note.push(' ');
            let more: &&str = rng.pick(MORE);
            note.push_str(more);
        }
        let stamp = stamp(date);
        let id = tx.gen_reflection(&GenReflection {
            uuid: &uuid(rng),
            case_id,
            date,
            medium: plan.medium,
            completed: plan.completed,
            note: &note,
            stamp: &stamp,
        })?;
        if let Some(other) = plan.with {
            tx.gen_presence(id, other_ids[other])?;
        }
        if let Some(code) = plan.resistance {
            tx.gen_resistance(id, code)?;
        }
        if let Some((step, codes)) = &plan.stall {
            let step = Step::new(*step).expect("a valid step");
            for code in codes {
                tx.gen_stall(id, step, reasons[*code])?;
            }
        }
        if let Some(question) = plan.ask {
            let answer = rng.chance(50).then(|| {
                (
                    "Discussed; try asking a second time.",
                    (date + Days::new(30)).min(end),
                )
            });
            tx.gen_question(&uuid(rng), id, &question, answer, &stamp)?;
        }
    }
    Ok(())
}

/// A meeting about every two months, and a few learning goals.
fn supervision(
    tx: &Tx,
    rng: &mut Rng,
    reasons: &HashMap<String, ReasonId>,
    start: NaiveDate,
    end: NaiveDate,
) -> Result<()> {
    let mut date = start + Days::new(30);
    while date <= end {
        let kind = *rng.pick(&[
            MeetingKind::Individual,
            MeetingKind::Peer,
            MeetingKind::Group,
        ]);
        tx.gen_meeting(
            &uuid(rng),
            date,
            kind,
            "supervisor",
            "Brought two cases.",
            &stamp(date),
        )?;
        date = date + Days::new(50 + rng.below(20) as u64);
    }
    let goals = [
        ("Stay with the silence at step 3", "went-too-fast"),
        ("Ask a second time before I accept a no", "accepted-refusal"),
        (
            "Say what I need before I explore their objections",
            "lost-own-need",
        ),
    ];
    for (text, code) in goals {
        let span = (end - start).num_days().max(1) as usize;
        let since = start + Days::new(rng.below(span) as u64);
        tx.gen_goal(&uuid(rng), text, reasons[code], since, &stamp(since))?;
    }
    Ok(())
}

//! Journals of any size for benchmarks: `spiegel demo --reflections N
//! [--seed S]`. The same invented practice as the demo, at scale: a few
//! hundred to tens of thousands of cases, 1–4 significant others each,
//! stalls skewed as the method describes, notes of one to five sentences,
//! dates spread over years, questions, meetings and goals. Deterministic
//! for a seed: the same seed gives the same journal, UUIDs and timestamps
//! included.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::{CLIENTS, CaseState, OTHERS, Rng, SETTINGS, plan_session};
use crate::journal::{CaseId, MeetingKind, OtherId, ReasonId, Role, Step};
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

/// Writes `reflections` reflections into an empty journal, in the order a
/// practitioner writes them: session by session across all cases, by date.
/// (Written case after case, a journal's rows lie in an order no real one
/// has, and every walk by date reads its pages at random: issue 15.)
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
    let mut running = Vec::with_capacity(cases as usize);
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
        let plan = Rng::new(rng.next_u64());
        let text = Rng::new(rng.next_u64());
        running.push(Running::open(tx, plan, text, index, count, start, end)?);
    }
    // Every case's next session, earliest first (ties by case).
    let mut next: BinaryHeap<Reverse<(NaiveDate, usize)>> = running
        .iter()
        .enumerate()
        .filter(|(_, case)| case.left > 0)
        .map(|(index, case)| Reverse((case.date, index)))
        .collect();
    let mut written = 0;
    while let Some(Reverse((_, index))) = next.pop() {
        let case = &mut running[index];
        case.session(tx, &reasons, end)?;
        if case.left > 0 {
            next.push(Reverse((case.date, index)));
        }
        written += 1;
        if written % 1000 == 0 || written == reflections {
            progress(written, reflections);
        }
    }
    supervision(tx, &mut rng, &reasons, start, end)?;
    tx.restore_summary(aside)?;
    Ok(Summary { cases, reflections })
}

/// A case whose sessions are being written: what its next session needs.
struct Running {
    case_id: CaseId,
    name: String,
    names: Vec<&'static str>,
    other_ids: HashMap<&'static str, OtherId>,
    /// Decides the sessions (and their dates).
    plan: Rng,
    /// Decides the rest: longer notes, UUIDs, answers.
    text: Rng,
    state: CaseState,
    date: NaiveDate,
    left: u64,
}

impl Running {
    /// Writes the case and its significant others; its `sessions` are
    /// planned once here for the outcome the case row needs, and written
    /// later, one at a time, by [`Running::session`].
    fn open(
        tx: &Tx,
        mut plan: Rng,
        mut text: Rng,
        index: u64,
        sessions: u64,
        start: NaiveDate,
        end: NaiveDate,
    ) -> Result<Running> {
        let name = format!(
            "{}-{:05}",
            CLIENTS[index as usize % CLIENTS.len()],
            index + 1
        );
        let span = (end - start).num_days().max(1) as u64;
        let length = (sessions * 14).min(span);
        let opened = start + Days::new(plan.below((span - length + 1) as usize) as u64);
        let cohabiting = plan.chance(75);
        // Decided up front so the case row is written once; stays open 55%.
        let closes = plan.chance(45);
        let setting: &&str = plan.pick(SETTINGS);
        let setting = crate::i18n::message(setting, &[]);
        let mut others: Vec<(&'static str, Role)> = Vec::new();
        for _ in 0..1 + plan.below(4) {
            let (other, role) = *plan.pick(OTHERS);
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

        // A rehearsal of the sessions on a copy of the random source: the
        // case row needs the outcome they lead to.
        let mut rehearsal = plan.clone();
        let mut state = CaseState::default();
        let mut date = opened;
        for _ in 0..sessions {
            plan_session(&mut rehearsal, &mut state, &name, &names);
            date = (date + Days::new(7 + rehearsal.below(8) as u64)).min(end);
        }
        let closed = closes.then(|| (date, state.outcome(&mut rehearsal)));

        let case_id = tx.gen_case(&GenCase {
            uuid: &uuid(&mut text),
            name: &name,
            setting: &setting,
            cohabiting,
            opened_on: opened,
            closed,
            stamp: &stamp(opened),
        })?;
        let mut other_ids = HashMap::new();
        for (other, role) in &others {
            let id = tx.gen_other(&uuid(&mut text), case_id, other, *role, &stamp(opened))?;
            other_ids.insert(*other, id);
        }
        Ok(Running {
            case_id,
            name,
            names,
            other_ids,
            plan,
            text,
            state: CaseState::default(),
            date: opened,
            left: sessions,
        })
    }

    /// Writes the case's next session.
    fn session(
        &mut self,
        tx: &Tx,
        reasons: &HashMap<String, ReasonId>,
        end: NaiveDate,
    ) -> Result<()> {
        let date = self.date;
        let plan = plan_session(&mut self.plan, &mut self.state, &self.name, &self.names);
        self.date = (date + Days::new(7 + self.plan.below(8) as u64)).min(end);
        self.left -= 1;
        let rng = &mut self.text;
        let mut note = plan.note;
        for _ in 0..rng.below(5) {
            note.push(' ');
            let more: &&str = rng.pick(MORE);
            note.push_str(more);
        }
        let stamp = stamp(date);
        let id = tx.gen_reflection(&GenReflection {
            uuid: &uuid(rng),
            case_id: self.case_id,
            date,
            medium: plan.medium,
            completed: plan.completed,
            note: &note,
            stamp: &stamp,
        })?;
        if let Some(other) = plan.with {
            tx.gen_presence(id, self.other_ids[other])?;
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
        Ok(())
    }
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

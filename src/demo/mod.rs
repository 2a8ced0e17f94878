//! The demo journal: the method's own example (John, his friends Levi and
//! Maarten) and a few dozen invented cases over the past year, generated
//! deterministically so that every run tells the same story; and, in
//! [`scale`], journals of any size for benchmarks.

mod john;
pub mod scale;

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::journal::rules::ReflectionInput;
use crate::journal::{Medium, Outcome, Role, StallSpec, Step};
use crate::services::{cases, reflections};
use crate::store::Tx;

/// A small deterministic random source (SplitMix64): the demo must be the
/// same on every machine, so it cannot depend on a crate's changing streams.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `0..n`.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }

    pub fn chance(&mut self, percent: u64) -> bool {
        self.next_u64() % 100 < percent
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }

    /// One of `items`, each as likely as its weight.
    pub fn weighted<'a, T>(&mut self, items: &'a [(T, u32)]) -> &'a T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut roll = self.below(total as usize) as u32;
        for (item, weight) in items {
            if roll < *weight {
                return item;
            }
            roll -= weight;
        }
        &items[items.len() - 1].0
    }
}

const CLIENTS: &[&str] = &[
    "Anouk", "Bram", "Chantal", "Dennis", "Esra", "Fatima", "Gerrit", "Hanneke", "Ilse", "Jeroen",
    "Kees", "Lotte", "Mohamed", "Noor", "Orlando", "Petra", "Quinten", "Rachid", "Sanne", "Tim",
    "Ursula", "Vincent", "Wendy", "Yusuf", "Zoë", "Arjen", "Bianca", "Cor",
];

const OTHERS: &[(&str, Role)] = &[
    ("Marloes", Role::Partner),
    ("Ruud", Role::Partner),
    ("Sevda", Role::Partner),
    ("Henk", Role::Parent),
    ("Ineke", Role::Parent),
    ("Daan", Role::Child),
    ("Femke", Role::Child),
    ("Karim", Role::Sibling),
    ("Mirjam", Role::Sibling),
    ("Jan", Role::Friend),
    ("Priya", Role::Friend),
    ("Wim", Role::Neighbour),
    ("Tante Riet", Role::Relative),
    ("Sjoerd", Role::Colleague),
];

/// Message ids of the settings cases are seen in.
const SETTINGS: &[&str] = &[
    "demo-setting-addiction-clinic",
    "demo-setting-mental-health-team",
    "demo-setting-youth-care",
    "demo-setting-neighbourhood-team",
    "demo-setting-social-work",
];

/// Why step 0 stalls, as practitioners report it: own side most, and
/// accepting the refusal most of all.
const STEP0_REASONS: &[(&str, u32)] = &[
    ("accepted-refusal", 30),
    ("lost-own-need", 18),
    ("focused-on-objections", 14),
    ("how-before-why", 8),
    ("resistance-unexplored", 12),
    ("shame-and-guilt", 10),
    ("no-room-for-position", 8),
];

/// Where the conversation stalls, and the reasons that go with each step.
const CONVERSATION: &[((u8, &[&str]), u32)] = &[
    (
        (1, &["spoke-for-them", "feels-a-burden", "shame-and-guilt"]),
        10,
    ),
    ((2, &["did-not-stoke"]), 12),
    ((3, &["went-too-fast"]), 16),
    ((4, &["spoke-for-them"]), 6),
    ((5, &["spoke-for-them"]), 7),
    ((6, &["went-too-fast", "laughed-along"]), 14),
    (
        (
            7,
            &["laughed-along", "did-not-mirror", "other-too-cautious"],
        ),
        15,
    ),
];

const RESISTANCE: &[(&str, u32)] = &[
    ("no-one-left", 40),
    ("they-wont-come", 35),
    ("my-own-problem", 25),
];

/// What a practitioner might note per reason: message ids of `i18n/*.ftl`,
/// where `$client` and `$other` are filled in.
const NOTES: &[(&str, &[&str])] = &[
    (
        "accepted-refusal",
        &[
            "demo-note-accepted-refusal-1",
            "demo-note-accepted-refusal-2",
            "demo-note-accepted-refusal-3",
        ],
    ),
    (
        "lost-own-need",
        &["demo-note-lost-own-need-1", "demo-note-lost-own-need-2"],
    ),
    (
        "focused-on-objections",
        &[
            "demo-note-focused-on-objections-1",
            "demo-note-focused-on-objections-2",
        ],
    ),
    (
        "how-before-why",
        &["demo-note-how-before-why-1", "demo-note-how-before-why-2"],
    ),
    (
        "resistance-unexplored",
        &[
            "demo-note-resistance-unexplored-1",
            "demo-note-resistance-unexplored-2",
        ],
    ),
    (
        "shame-and-guilt",
        &["demo-note-shame-and-guilt-1", "demo-note-shame-and-guilt-2"],
    ),
    (
        "no-room-for-position",
        &[
            "demo-note-no-room-for-position-1",
            "demo-note-no-room-for-position-2",
        ],
    ),
    (
        "spoke-for-them",
        &["demo-note-spoke-for-them-1", "demo-note-spoke-for-them-2"],
    ),
    (
        "did-not-stoke",
        &["demo-note-did-not-stoke-1", "demo-note-did-not-stoke-2"],
    ),
    (
        "went-too-fast",
        &["demo-note-went-too-fast-1", "demo-note-went-too-fast-2"],
    ),
    (
        "laughed-along",
        &["demo-note-laughed-along-1", "demo-note-laughed-along-2"],
    ),
    (
        "did-not-mirror",
        &["demo-note-did-not-mirror-1", "demo-note-did-not-mirror-2"],
    ),
    ("feels-a-burden", &["demo-note-feels-a-burden-1"]),
    ("other-too-cautious", &["demo-note-other-too-cautious-1"]),
];

/// For a reason without notes of its own.
const NOTE_UNCLEAR: &[&str] = &["demo-note-unclear"];

fn note(rng: &mut Rng, reason: &str, client: &str, other: &str) -> String {
    let options = NOTES
        .iter()
        .find(|(r, _)| *r == reason)
        .map_or(NOTE_UNCLEAR, |(_, options)| *options);
    let id = *rng.pick(options);
    text(id, client, other)
}

/// The demo's text `id` in the language spoken, about `client` and `other`.
fn text(id: &str, client: &str, other: &str) -> String {
    crate::i18n::message(id, &[("client", client.into()), ("other", other.into())])
}

const QUESTIONS: &[&str] = &[
    "demo-question-1",
    "demo-question-2",
    "demo-question-3",
    "demo-question-4",
    "demo-question-5",
];

fn input(date: NaiveDate) -> ReflectionInput {
    ReflectionInput {
        date: Some(date),
        ..ReflectionInput::default()
    }
}

fn stall(step: u8, reasons: &[&str]) -> StallSpec {
    StallSpec {
        step: Step::new(step).expect("a valid step"),
        reasons: reasons.iter().map(|r| r.to_string()).collect(),
    }
}

/// What the demo wrote.
pub struct Summary {
    pub cases: usize,
    pub reflections: usize,
}

/// Fills an empty journal with the demo, ending on `today`.
pub fn fill(tx: &Tx, today: NaiveDate) -> Result<Summary> {
    let mut reflections = john::sessions(tx, today)?;
    let mut rng = Rng::new(0x5350_4945_4745_4C00);
    for (i, name) in CLIENTS.iter().enumerate() {
        reflections += invented_case(tx, &mut rng, name, i, today)?;
    }
    john::supervision(tx, today)?;
    Ok(Summary {
        cases: CLIENTS.len() + 1,
        reflections,
    })
}

/// One invented case: a few individual sessions, then perhaps a significant
/// other at the table, then perhaps closed.
fn invented_case(
    tx: &Tx,
    rng: &mut Rng,
    name: &str,
    index: usize,
    today: NaiveDate,
) -> Result<usize> {
    let opened = today - Days::new(30 + rng.below(330) as u64);
    let cohabiting = rng.chance(75);
    let setting = *rng.pick(SETTINGS);
    cases::add_case(
        tx,
        name,
        Some(&text(setting, "", "")),
        Some(cohabiting),
        opened,
    )?;
    let mut others = Vec::new();
    for k in 0..1 + rng.below(3) {
        let (other, role) = OTHERS[(index * 3 + k * 5) % OTHERS.len()];
        let role = if cohabiting && k == 0 {
            Role::Partner
        } else {
            role
        };
        if !others.contains(&other) {
            cases::add_other(tx, name, other, role)?;
            others.push(other);
        }
    }

    let mut state = CaseState::default();
    let mut date = opened;
    let mut count = 0;
    for _ in 0..2 + rng.below(6) {
        if date > today {
            break;
        }
        let plan = plan_session(rng, &mut state, name, &others);
        let session = ReflectionInput {
            with: plan.with.map(|o| vec![o.to_string()]),
            medium: Some(plan.medium),
            resistance: plan.resistance.map(|r| vec![r.to_string()]),
            stalls: plan
                .stall
                .as_ref()
                .map(|(step, reasons)| vec![stall(*step, reasons)]),
            completed: Some(plan.completed),
            note: Some(plan.note),
            ask: plan.ask,
            ..input(date)
        };
        reflections::add_reflection(tx, name, &session, today)?;
        count += 1;
        date = date + Days::new(7 + rng.below(21) as u64);
    }

    if date < today && rng.chance(45) {
        cases::close_case(tx, name, state.outcome(rng), date)?;
    }
    Ok(count)
}

/// Where a case stands while its sessions are invented.
#[derive(Default)]
struct CaseState {
    /// A significant other has come to the table.
    involved: bool,
    /// The practitioner once accepted the refusal too quickly.
    refused_easily: bool,
}

impl CaseState {
    fn outcome(&self, rng: &mut Rng) -> Outcome {
        if self.involved {
            Outcome::SystemInvolved
        } else if rng.chance(70) {
            Outcome::IndividualOnly
        } else {
            Outcome::DroppedOut
        }
    }
}

/// One invented session.
struct Planned {
    with: Option<&'static str>,
    medium: Medium,
    resistance: Option<&'static str>,
    stall: Option<(u8, Vec<&'static str>)>,
    completed: bool,
    note: String,
    /// A question for supervision, in the language spoken.
    ask: Option<String>,
}

/// Invents the next session of a case: individual sessions (step 0) until a
/// significant other comes, then the conversation's steps. Accepting the
/// first refusal makes it less likely anyone ever comes: the pattern the
/// demo's patterns should make visible.
fn plan_session(
    rng: &mut Rng,
    state: &mut CaseState,
    client: &str,
    others: &[&'static str],
) -> Planned {
    let other = *rng.pick(others);
    let mut plan = Planned {
        with: None,
        medium: Medium::InPerson,
        resistance: None,
        stall: None,
        completed: false,
        note: String::new(),
        ask: None,
    };
    if !state.involved {
        if rng.chance(70) {
            plan.resistance = Some(*rng.weighted(RESISTANCE));
        }
        let reason = *rng.weighted(STEP0_REASONS);
        state.refused_easily |= reason == "accepted-refusal";
        let mut reasons = vec![reason];
        if rng.chance(25) {
            let second = *rng.weighted(STEP0_REASONS);
            if second != reason {
                reasons.push(second);
            }
        }
        if rng.chance(80) {
            plan.stall = Some((0, reasons));
        }
        plan.note = note(rng, reason, client, other);
        state.involved = rng.chance(if state.refused_easily { 15 } else { 45 });
    } else {
        plan.with = Some(other);
        plan.medium = *rng.weighted(&[
            (Medium::InPerson, 7),
            (Medium::Video, 2),
            (Medium::Phone, 1),
        ]);
        let &(step, reasons) = rng.weighted(CONVERSATION);
        let reason = *rng.pick(reasons);
        plan.stall = Some((step, vec![reason]));
        plan.completed = step == 7 || rng.chance(20);
        plan.note = note(rng, reason, client, other);
    }
    if rng.chance(6) {
        let question = *rng.pick(QUESTIONS);
        plan.ask = Some(text(question, "", ""));
    }
    plan
}

#[cfg(test)]
mod tests;

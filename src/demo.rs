//! The demo journal: the method's own example (John, his friends Levi and
//! Maarten) and a few dozen invented cases over the past year, generated
//! deterministically so that every run tells the same story.

use anyhow::Result;
use chrono::{Days, NaiveDate};

use crate::journal::rules::{self, ReflectionInput};
use crate::journal::{Medium, MeetingKind, Outcome, Role, StallSpec, Step, supervision};
use crate::store::Tx;

/// A small deterministic random source (SplitMix64): the demo must be the
/// same on every machine, so it cannot depend on a crate's changing streams.
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

const SETTINGS: &[&str] = &[
    "addiction clinic",
    "mental-health outpatient team",
    "youth care",
    "social neighbourhood team",
    "social work",
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

fn note(rng: &mut Rng, reason: &str, client: &str, other: &str) -> String {
    let options: &[&str] = match reason {
        "accepted-refusal" => &[
            "{c} said there was really nobody, and after one question I let it go.",
            "When {c} said they would not come, I nodded and moved on to the agenda.",
            "I took the first no as the answer. Afterwards I realised I had not asked a second time.",
        ],
        "lost-own-need" => &[
            "I was so busy being careful with {c} that I forgot why I need someone there.",
            "Halfway through I was only thinking about what {c} could bear, not about what I need to do my work.",
        ],
        "focused-on-objections" => &[
            "We spent the whole session on why {c}'s family should stay out of it.",
            "I kept answering {c}'s objections one by one instead of saying what I need.",
        ],
        "how-before-why" => &[
            "I started planning how to invite {o} before I was convinced I need them.",
            "Discussed dates and times for a joint session; {c} felt my doubt.",
        ],
        "resistance-unexplored" => &[
            "{c} said 'no' and I did not ask what the no was about.",
            "Did not explore what makes it so hard for {c} to involve anyone.",
        ],
        "shame-and-guilt" => &[
            "{c} is ashamed of the relapse and does not want {o} to know.",
            "Lots of guilt towards the children; {c} wants to fix it alone first.",
        ],
        "no-room-for-position" => &[
            "{o} has no room of their own in this: everything revolves around {c}.",
            "It seems {o} refuses because nobody ever asked what they think.",
        ],
        "spoke-for-them" => &[
            "I explained to {o} how hard it is for {c}, instead of letting {c} say it.",
            "Caught myself saying it for {o}. They nodded along.",
        ],
        "did-not-stoke" => &[
            "{o} stayed polite: 'it's fine, really'. I did not help them say what bothers them.",
            "{o} hinted at feeling shut out, and I let the moment pass.",
        ],
        "went-too-fast" => &[
            "After {o}'s words I moved on at once. No silence for {c} to take it in.",
            "Filled the silence myself; {c} had no room to feel the confusion.",
        ],
        "laughed-along" => &[
            "{c} made a joke ('it's like couples therapy, ha ha') and I laughed along.",
            "The conversation drifted to football and I went with it.",
        ],
        "did-not-mirror" => &[
            "{o} went along with the change of subject and I did not name it.",
            "Missed the moment to ask {o} whether they liked talking about something else now.",
        ],
        "feels-a-burden" => &["{c} keeps saying they do not want to be a burden to {o}."],
        "other-too-cautious" => {
            &["{o} waits and stays very careful; they do not want to push {c}."]
        }
        _ => &["Hard to say what happened; to look at again."],
    };
    rng.pick(options)
        .replace("{c}", client)
        .replace("{o}", other)
}

const QUESTIONS: &[&str] = &[
    "Why do I give up so quickly when a client says they have no one?",
    "How do I stay with my own need when the client's objections are so convincing?",
    "How can I leave more silence at step 3 without it feeling awkward?",
    "What do I do when the other stays polite and nothing gets said?",
    "How do I mirror a partner's behaviour without shaming them?",
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
    let mut reflections = seed_cases(tx, today)?;
    let mut rng = Rng::new(0x5350_4945_4745_4C00);
    for (i, name) in CLIENTS.iter().enumerate() {
        reflections += invented_case(tx, &mut rng, name, i, today)?;
    }
    supervision(tx, today)?;
    Ok(Summary {
        cases: CLIENTS.len() + 1,
        reflections,
    })
}

/// John, from the method's own texts: "I have no one", three individual
/// conversations, a video call with Maarten, then the seven steps with Levi.
fn seed_cases(tx: &Tx, today: NaiveDate) -> Result<usize> {
    let day = |n: u64| today - Days::new(n);
    rules::add_case(tx, "John", Some("addiction clinic"), Some(false), day(84))?;
    rules::add_other(tx, "John", "Maarten", Role::Friend)?;
    rules::add_other(tx, "John", "Levi", Role::Friend)?;
    let sessions = [
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into()]),
            stalls: Some(vec![stall(0, &["accepted-refusal", "focused-on-objections"])]),
            note: Some("John (43) says he has no one left. I asked once whether there was anybody at all, he said no, and I went on about his drinking. I let myself be fobbed off.".into()),
            ..input(day(84))
        },
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into()]),
            stalls: Some(vec![stall(0, &["lost-own-need"])]),
            note: Some("Again 'I have no one'. I noticed I was mainly trying not to push him, and lost sight of why I need someone from his life at the table.".into()),
            ask: Some("How do I stay in touch with my own need when a client says he has no one?".into()),
            ..input(day(77))
        },
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into()]),
            note: Some("Third conversation. Asked who would notice it if he relapsed. After a long silence he named Maarten, a teacher in Dubai and a friend from school. We agreed on a video call. There is always one.".into()),
            ..input(day(70))
        },
        ReflectionInput {
            with: Some(vec!["Maarten".into()]),
            medium: Some(Medium::Video),
            stalls: Some(vec![stall(2, &["did-not-stoke"])]),
            note: Some("Video call with Maarten from Dubai. Maarten stayed very polite ('he can always call me'); I did not help him say how it feels that John never does.".into()),
            ..input(day(63))
        },
        ReflectionInput {
            with: Some(vec!["Levi".into()]),
            stalls: Some(vec![stall(3, &["went-too-fast"]), stall(6, &["laughed-along"])]),
            completed: Some(true),
            note: Some("Seven steps with John and his friend Levi (54). Levi: 'When you don't answer my calls I feel left out in the cold.' I moved on too quickly after that. At step 6 John joked 'it's like couples therapy, ha ha', Levi laughed and so did I, for a moment. Then I asked Levi whether he liked that we were talking about something else now. He did not.".into()),
            ask: Some("Why do I laugh along when the contact gets close?".into()),
            ..input(day(49))
        },
    ];
    for session in &sessions {
        rules::add_reflection(tx, "John", session, today)?;
    }
    Ok(sessions.len())
}

/// Two meetings, an answered question and two learning goals.
fn supervision(tx: &Tx, today: NaiveDate) -> Result<()> {
    let day = |n: u64| today - Days::new(n);
    supervision::add_meeting(
        tx,
        day(250),
        MeetingKind::Peer,
        Some("peer group north"),
        "Brought two cases where nobody came. The group noticed how quickly I accept a no.",
    )?;
    supervision::add_meeting(
        tx,
        day(100),
        MeetingKind::Individual,
        Some("supervisor"),
        "John: from 'I have no one' to Maarten. What made the difference was asking a third time.",
    )?;
    let first = tx.questions(false)?.into_iter().find(|q| q.case == "John");
    if let Some(q) = first {
        supervision::answer_question(
            tx,
            q.id,
            "Say what I need before I explore what they fear: 'I need someone from your life to do my work well.'",
            day(100),
            false,
        )?;
    }
    supervision::add_goal(
        tx,
        "Stay with the silence at step 3",
        "went-too-fast",
        day(120),
    )?;
    supervision::add_goal(
        tx,
        "Ask a second time before I accept a no",
        "accepted-refusal",
        day(100),
    )?;
    Ok(())
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
    rules::add_case(
        tx,
        name,
        Some(*rng.pick(SETTINGS)),
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
            rules::add_other(tx, name, other, role)?;
            others.push(other);
        }
    }

    // Accepting the first refusal makes it less likely anyone ever comes:
    // the pattern the demo's patterns should make visible.
    let mut involved = false;
    let mut refused_easily = false;
    let mut date = opened;
    let mut count = 0;
    for _ in 0..2 + rng.below(6) {
        if date > today {
            break;
        }
        let mut session = input(date);
        let other = *rng.pick(&others);
        if !involved {
            if rng.chance(70) {
                session.resistance = Some(vec![rng.weighted(RESISTANCE).to_string()]);
            }
            let reason = *rng.weighted(STEP0_REASONS);
            refused_easily |= reason == "accepted-refusal";
            let mut reasons = vec![reason];
            if rng.chance(25) {
                let second = *rng.weighted(STEP0_REASONS);
                if second != reason {
                    reasons.push(second);
                }
            }
            if rng.chance(80) {
                session.stalls = Some(vec![stall(0, &reasons)]);
            }
            session.note = Some(note(rng, reason, name, other));
            involved = rng.chance(if refused_easily { 15 } else { 45 });
        } else {
            session.with = Some(vec![other.to_string()]);
            session.medium = Some(*rng.weighted(&[
                (Medium::InPerson, 7),
                (Medium::Video, 2),
                (Medium::Phone, 1),
            ]));
            let &(step, reasons) = rng.weighted(CONVERSATION);
            let reason = *rng.pick(reasons);
            session.stalls = Some(vec![stall(step, &[reason])]);
            session.completed = Some(step == 7 || rng.chance(20));
            session.note = Some(note(rng, reason, name, other));
        }
        if rng.chance(6) {
            session.ask = Some(rng.pick(QUESTIONS).to_string());
        }
        rules::add_reflection(tx, name, &session, today)?;
        count += 1;
        date = date + Days::new(7 + rng.below(21) as u64);
    }

    if date < today && rng.chance(45) {
        let outcome = if involved {
            Outcome::SystemInvolved
        } else if rng.chance(70) {
            Outcome::IndividualOnly
        } else {
            Outcome::DroppedOut
        };
        rules::close_case(tx, name, outcome, date)?;
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_random_source_is_deterministic() {
        let a: Vec<u64> = (0..5)
            .map({
                let mut r = Rng::new(7);
                move |_| r.next_u64()
            })
            .collect();
        let mut r = Rng::new(7);
        assert_eq!(a, (0..5).map(|_| r.next_u64()).collect::<Vec<_>>());
        assert!((0..1000).all(|_| r.below(8) < 8));
    }
}

//! John's case, as the method's own texts tell it, and the practitioner's
//! supervision around it.

use anyhow::Result;
use chrono::{Days, NaiveDate};

use super::{input, stall, text};
use crate::journal::rules::ReflectionInput;
use crate::journal::step0::{Answer, InvitedBy};
use crate::journal::{Medium, MeetingKind, Role};
use crate::services::step0::{self, Invite};
use crate::services::{cases, reflections, supervision};
use crate::store::Tx;

/// John, as the method's own texts tell it (seed 002, then seed 000): "I
/// have no one"; driven by "there is always one", three individual
/// conversations of asking until he names Maarten; a video call in which
/// Maarten's loving anger is the turning point; then the seven steps with
/// Levi, where only Levi laughs along at step 6 and the practitioner mirrors
/// him at once. What stalls here is the client's shame and the other's
/// caution, not the practitioner: the invented cases carry those stalls.
pub(super) fn sessions(tx: &Tx, today: NaiveDate) -> Result<usize> {
    let day = |n: u64| today - Days::new(n);
    let john = |id: &str| text(id, "John", "");
    let setting = john("demo-setting-addiction-clinic");
    cases::add_case(tx, "John", Some(&setting), Some(false), day(84))?;
    // Step 0, per person: at the end of the third conversation John names
    // Maarten, and agrees to contact his old friend for a video call.
    let named = day(70);
    cases::add_other_on(tx, "John", "Maarten", Role::Friend, Some((named, today)))?;
    let invited = Invite {
        date: Some(named),
        by: Some(InvitedBy::Client),
        medium: None,
        answer: Some(Answer::Yes),
        resistance: None,
        note: None,
    };
    step0::invite_other(tx, "John", "Maarten", &invited, today)?;
    cases::add_other(tx, "John", "Levi", Role::Friend)?;
    let sessions = [
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into()]),
            stalls: Some(vec![stall(0, &["shame-and-guilt"])]),
            note: Some(john("demo-john-1")),
            went_well: Some(john("demo-john-1-went-well")),
            ..input(day(84))
        },
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into(), "my-own-problem".into()]),
            stalls: Some(vec![stall(0, &["shame-and-guilt"])]),
            note: Some(john("demo-john-2")),
            went_well: Some(john("demo-john-2-went-well")),
            ask: Some(john("demo-john-2-question")),
            ..input(day(77))
        },
        ReflectionInput {
            resistance: Some(vec!["no-one-left".into()]),
            note: Some(john("demo-john-3")),
            went_well: Some(john("demo-john-3-went-well")),
            ..input(day(70))
        },
        ReflectionInput {
            with: Some(vec!["Maarten".into()]),
            medium: Some(Medium::Video),
            note: Some(john("demo-john-4")),
            went_well: Some(john("demo-john-4-went-well")),
            ..input(day(63))
        },
        ReflectionInput {
            with: Some(vec!["Levi".into()]),
            stalls: Some(vec![stall(6, &["other-too-cautious"])]),
            completed: Some(true),
            note: Some(john("demo-john-5")),
            went_well: Some(john("demo-john-5-went-well")),
            ask: Some(john("demo-john-5-question")),
            ..input(day(49))
        },
    ];
    for session in &sessions {
        reflections::add_reflection(tx, "John", session, today)?;
    }
    Ok(sessions.len())
}

/// Two meetings, an answered question and two learning goals.
pub(super) fn supervision(tx: &Tx, today: NaiveDate) -> Result<()> {
    let day = |n: u64| today - Days::new(n);
    supervision::add_meeting(
        tx,
        day(250),
        MeetingKind::Peer,
        Some(&text("demo-peer-group", "", "")),
        &text("demo-meeting-1", "", ""),
    )?;
    // After John's second session (day 77), whose question it answers.
    supervision::add_meeting(
        tx,
        day(70),
        MeetingKind::Individual,
        Some(&text("demo-supervisor", "", "")),
        &text("demo-meeting-2", "", ""),
    )?;
    let first = tx.questions(false)?.into_iter().find(|q| q.case == "John");
    if let Some(q) = first {
        supervision::answer_question(tx, q.id, &text("demo-answer", "", ""), day(70), false)?;
    }
    supervision::add_goal(tx, &text("demo-goal-1", "", ""), "went-too-fast", day(120))?;
    supervision::add_goal(
        tx,
        &text("demo-goal-2", "", ""),
        "accepted-refusal",
        day(100),
    )?;
    Ok(())
}

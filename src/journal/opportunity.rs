//! Where a stall could happen (issue 12, rule 1). A session is an
//! opportunity for step 0 (getting the system to the table) when no
//! significant other took part or a resistance reaction was met; for steps
//! 1–7 (the conversation) when a significant other took part. A reason's
//! opportunities are the sessions that are one for any of its usual steps,
//! and the sessions that gave it anyway.

use serde::Serialize;

use super::Step;
use super::patterns::raw::Bucket;

/// Which sessions a figure counts over.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    /// Sessions without anyone from the system, or where a resistance
    /// reaction was met: where step 0 is at stake.
    StepZero,
    /// Sessions with someone from the system present: steps 1–7.
    Conversation,
    /// Every session (a reason usual both at step 0 and in the conversation).
    All,
    /// Only the sessions that gave it (a reason without usual steps).
    Given,
}

impl Base {
    pub fn of(steps: &[Step]) -> Base {
        let zero = steps.iter().any(|s| s.number() == 0);
        let conversation = steps.iter().any(|s| s.number() > 0);
        match (zero, conversation) {
            (true, true) => Base::All,
            (true, false) => Base::StepZero,
            (false, true) => Base::Conversation,
            (false, false) => Base::Given,
        }
    }

    /// Reads `usual_steps` as stored: `"1,4,5"`.
    pub fn of_stored(steps: &str) -> Base {
        let steps: Vec<Step> = steps
            .split(',')
            .filter_map(|s| s.trim().parse::<u8>().ok())
            .filter_map(|n| Step::new(n).ok())
            .collect();
        Base::of(&steps)
    }

    /// Whether a session with (`other`) or without someone from the system,
    /// and with (`met`) or without a resistance reaction, is one.
    pub fn admits(self, other: bool, met: bool) -> bool {
        match self {
            Base::StepZero => !other || met,
            Base::Conversation => other,
            Base::All => true,
            Base::Given => false,
        }
    }

    /// The sessions of `sessions` this base admits, plus those of `given`
    /// (the sessions that gave the reason or stalled at the step) it does
    /// not: in one half (`late`) or both (`None`).
    pub fn opportunities(self, sessions: &[Bucket], given: &[&Bucket], late: Option<bool>) -> u64 {
        let half = |b: &Bucket| late.is_none_or(|l| b.late == l);
        let admitted: u64 = sessions
            .iter()
            .filter(|b| half(b) && self.admits(b.other, b.met))
            .map(|b| b.count)
            .sum();
        let anyway: u64 = given
            .iter()
            .filter(|b| half(b) && !self.admits(b.other, b.met))
            .map(|b| b.count)
            .sum();
        admitted + anyway
    }

    /// The base of step `n`.
    pub fn of_step(n: u8) -> Base {
        if n == 0 {
            Base::StepZero
        } else {
            Base::Conversation
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(late: bool, other: bool, met: bool, count: u64) -> Bucket {
        Bucket {
            late,
            other,
            met,
            count,
        }
    }

    #[test]
    fn a_reasons_sessions_are_those_where_its_steps_are_at_stake() {
        // issue 12.1
        let s = |n| Step::new(n).unwrap();
        assert_eq!(Base::of(&[s(0)]), Base::StepZero);
        assert_eq!(Base::of(&[s(6), s(7)]), Base::Conversation);
        assert_eq!(Base::of(&[s(0), s(1)]), Base::All);
        assert_eq!(Base::of(&[]), Base::Given);
        assert_eq!(Base::of_stored("1,4,5"), Base::Conversation);
        assert_eq!(Base::of_stored(""), Base::Given);

        // 4 alone, 3 alone with a refusal, 5 with the partner, 2 with the
        // partner and a refusal; the reason was given once with the partner.
        let sessions = [
            b(false, false, false, 4),
            b(false, false, true, 3),
            b(true, true, false, 5),
            b(true, true, true, 2),
        ];
        let given = b(true, true, false, 1);
        assert_eq!(Base::StepZero.opportunities(&sessions, &[], None), 9);
        assert_eq!(Base::StepZero.opportunities(&sessions, &[&given], None), 10);
        assert_eq!(
            Base::StepZero.opportunities(&sessions, &[&given], Some(true)),
            3
        );
        assert_eq!(
            Base::Conversation.opportunities(&sessions, &[&given], None),
            7
        );
        assert_eq!(Base::All.opportunities(&sessions, &[&given], None), 14);
        assert_eq!(Base::Given.opportunities(&sessions, &[&given], None), 1);
    }
}

//! Which sessions a pattern is shown with: chosen, not just the latest.

use std::collections::HashSet;

use chrono::NaiveDate;
use serde::Serialize;

use crate::journal::Step;

/// A session that could be quoted for a pattern; its note is read only
/// once it is chosen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub reflection: i64,
    pub date: NaiveDate,
    pub case: String,
    /// The steps at which it gave the pattern's reason.
    pub steps: Vec<Step>,
    /// The resistance reactions met in it.
    pub resistances: Vec<String>,
}

/// Where a pattern usually happens: its steps and the resistance reaction
/// met most often with it.
#[derive(Debug, Clone, Copy)]
pub struct Situation<'a> {
    pub steps: &'a [Step],
    pub resistance: Option<&'a str>,
}

impl Situation<'_> {
    /// How much of the situation a session shares: 0, 1 or 2.
    fn fit(&self, c: &Candidate) -> u8 {
        let step = c.steps.iter().any(|s| self.steps.contains(s));
        let resistance = self
            .resistance
            .is_some_and(|r| c.resistances.iter().any(|m| m == r));
        u8::from(step) + u8::from(resistance)
    }
}

/// Up to `per` sessions for each pattern, in the patterns' order (the first
/// chooses first). A session already shown under another pattern is taken
/// only when no other is left; then, where possible, a case not yet quoted
/// for the pattern; then one in the pattern's own situation; then one no
/// later pattern could use; then the most recent. Each pattern's choice is
/// returned newest first.
pub fn choose(patterns: &[(Situation, Vec<Candidate>)], per: usize) -> Vec<Vec<Candidate>> {
    let mut used: HashSet<i64> = HashSet::new();
    let mut chosen_all = Vec::with_capacity(patterns.len());
    for (k, (situation, pool)) in patterns.iter().enumerate() {
        let later: HashSet<i64> = patterns[k + 1..]
            .iter()
            .flat_map(|(_, p)| p.iter().map(|c| c.reflection))
            .collect();
        let mut left: Vec<&Candidate> = Vec::new();
        for c in pool {
            if !left.iter().any(|l| l.reflection == c.reflection) {
                left.push(c);
            }
        }
        let mut chosen: Vec<Candidate> = Vec::new();
        while chosen.len() < per && !left.is_empty() {
            let best = (0..left.len())
                .max_by_key(|&i| {
                    let c = left[i];
                    (
                        !used.contains(&c.reflection),
                        !chosen.iter().any(|x| x.case == c.case),
                        situation.fit(c),
                        !later.contains(&c.reflection),
                        c.date,
                        c.reflection,
                    )
                })
                .expect("a candidate is left");
            chosen.push(left.remove(best).clone());
        }
        used.extend(chosen.iter().map(|c| c.reflection));
        chosen.sort_by_key(|c| std::cmp::Reverse((c.date, c.reflection)));
        chosen_all.push(chosen);
    }
    chosen_all
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(reflection: i64, day: u32, case: &str, steps: &[u8], met: &[&str]) -> Candidate {
        Candidate {
            reflection,
            date: NaiveDate::from_ymd_opt(2026, 2, day).unwrap(),
            case: case.into(),
            steps: steps.iter().map(|&s| Step::new(s).unwrap()).collect(),
            resistances: met.iter().map(|m| m.to_string()).collect(),
        }
    }

    fn ids(chosen: &[Candidate]) -> Vec<i64> {
        chosen.iter().map(|c| c.reflection).collect()
    }

    const ANYWHERE: Situation = Situation {
        steps: &[],
        resistance: None,
    };

    #[test]
    fn distinct_cases_before_the_latest_of_one_case() {
        let pool = vec![
            c(1, 20, "Anna", &[0], &[]),
            c(2, 19, "Anna", &[0], &[]),
            c(3, 18, "Anna", &[0], &[]),
            c(4, 2, "Bert", &[0], &[]),
            c(5, 1, "Cas", &[0], &[]),
        ];
        let chosen = choose(&[(ANYWHERE, pool)], 3);
        assert_eq!(ids(&chosen[0]), vec![1, 4, 5]);
    }

    #[test]
    fn one_case_gives_more_when_there_is_no_other() {
        let pool = vec![
            c(1, 20, "Anna", &[0], &[]),
            c(2, 19, "Anna", &[0], &[]),
            c(3, 18, "Anna", &[0], &[]),
            c(4, 17, "Anna", &[0], &[]),
        ];
        assert_eq!(ids(&choose(&[(ANYWHERE, pool)], 3)[0]), vec![1, 2, 3]);
    }

    #[test]
    fn sessions_in_the_patterns_own_situation_come_first() {
        let steps = [Step::new(7).unwrap()];
        let situation = Situation {
            steps: &steps,
            resistance: Some("they-wont-come"),
        };
        let pool = vec![
            c(1, 20, "Anna", &[6], &[]),
            c(2, 10, "Bert", &[7], &[]),
            c(3, 5, "Cas", &[7], &["they-wont-come"]),
            c(4, 19, "Dirk", &[6], &[]),
        ];
        assert_eq!(ids(&choose(&[(situation, pool)], 2)[0]), vec![2, 3]);
    }

    #[test]
    fn no_excerpt_twice_while_others_are_available() {
        let a = vec![c(1, 20, "Anna", &[0], &[]), c(2, 19, "Bert", &[0], &[])];
        // The second pattern could only repeat 1: it gets 3 and 4 instead.
        let b = vec![
            c(1, 20, "Anna", &[0], &[]),
            c(3, 3, "Cas", &[0], &[]),
            c(4, 2, "Dirk", &[0], &[]),
        ];
        let chosen = choose(&[(ANYWHERE, a), (ANYWHERE, b)], 2);
        assert_eq!(ids(&chosen[0]), vec![1, 2]);
        assert_eq!(ids(&chosen[1]), vec![3, 4]);
    }

    #[test]
    fn a_session_only_a_later_pattern_can_show_is_left_to_it() {
        // The first pattern has two others; the second only session 1.
        let a = vec![
            c(1, 20, "Anna", &[0], &[]),
            c(2, 10, "Bert", &[0], &[]),
            c(3, 9, "Cas", &[0], &[]),
        ];
        let b = vec![c(1, 20, "Anna", &[0], &[])];
        let chosen = choose(&[(ANYWHERE, a), (ANYWHERE, b)], 2);
        assert_eq!(ids(&chosen[0]), vec![2, 3]);
        assert_eq!(ids(&chosen[1]), vec![1]);
    }

    #[test]
    fn repeated_only_when_nothing_else_is_left() {
        let a = vec![c(1, 20, "Anna", &[0], &[])];
        let b = vec![c(1, 20, "Anna", &[0], &[])];
        let chosen = choose(&[(ANYWHERE, a), (ANYWHERE, b)], 3);
        assert_eq!(ids(&chosen[0]), vec![1]);
        assert_eq!(ids(&chosen[1]), vec![1]);
    }
}

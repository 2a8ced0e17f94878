//! The supervision page as Markdown.

use std::fmt::Write;

use super::chart;
use super::{counts, one_line, period, step_label, words};
use crate::cli::patterns::of;
use crate::cli::render::{self, markdown_escape as esc};
use crate::cli::words::dates::long_date;
use crate::journal::prep::Prep;
use crate::t;

pub fn markdown(p: &Prep) -> String {
    let mut md = String::new();
    let pat = &p.patterns;
    let _ = writeln!(md, "# {}\n", t!("prep-title"));
    let _ = writeln!(md, "{}  \n{}\n", period(p), counts(p));
    if pat.reflections == 0 {
        let _ = writeln!(md, "{}\n", t!("prep-empty"));
    }

    continuity(&mut md, p);

    let _ = writeln!(md, "## {}\n", t!("prep-patterns"));
    if pat.recurring.is_empty() {
        let _ = writeln!(md, "{}\n", t!("prep-no-recurring", min = pat.min_cases));
    }
    for v in &p.in_view {
        let _ = writeln!(md, "### {}\n", esc(&words::heading(v)));
        let _ = writeln!(md, "*{}*\n", esc(&words::why(v, pat.min_cases)));
        if !v.cases.is_empty() {
            let _ = writeln!(md, "{}: {}\n", t!("prep-cases"), words::cases(v, esc));
        }
        for e in &v.excerpts {
            let _ = writeln!(
                md,
                "- {}, {}: “{}”",
                long_date(e.date),
                esc(&e.case),
                esc(&e.note)
            );
        }
        if !v.excerpts.is_empty() {
            md.push('\n');
        }
        if let Some(more) = words::more_sessions(p, v) {
            let _ = writeln!(md, "{}\n", command(more));
        }
    }
    if let Some(more) = words::more_patterns(p) {
        let _ = writeln!(md, "{}\n", command(more));
    }

    super::went_well::markdown(&mut md, p);

    let _ = writeln!(md, "## {}\n", t!("prep-goals"));
    if p.goals.is_empty() {
        let _ = writeln!(md, "{}\n", t!("prep-no-goals"));
    } else {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            t!("col-goal"),
            t!("col-reason"),
            t!("col-since"),
            t!("col-before"),
            t!("col-since-then"),
            t!("prep-goal-months")
        );
        for g in &p.goals {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                esc(&one_line(&g.goal.text, 200)),
                chart::goal_reason(g),
                long_date(g.goal.since),
                of(g.before.count, g.before.opportunities),
                of(g.after.count, g.after.opportunities),
                chart::goal_months(g)
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", t!("prep-steps"));
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0);
    if max == 0 {
        let _ = writeln!(md, "{}\n", t!("prep-no-stalls"));
    } else {
        let _ = writeln!(
            md,
            "| {} | {} | |\n|---|---:|---|",
            t!("prep-step"),
            t!("prep-stalls")
        );
        for s in &p.steps {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                step_label(s.step),
                s.stalls,
                render::bar(s.stalls as f64, max as f64, 20)
            );
        }
        md.push('\n');
    }

    if !p.top_reasons.is_empty() {
        let _ = writeln!(md, "## {}\n", t!("prep-months"));
        if let Some(earlier) = words::earlier_months(p) {
            let _ = writeln!(md, "{earlier}\n");
        }
        md.push_str(&chart::months_markdown(p));
    }

    let _ = writeln!(
        md,
        "---\n\n{}",
        t!("prep-generated", date = long_date(p.today))
    );
    md
}

/// Words, then the command that shows the rest: "…: `spiegel questions`".
fn command((text, command): (String, String)) -> String {
    format!("{} `{command}`", esc(&text))
}

/// The last meeting, the questions answered since and the open ones.
fn continuity(md: &mut String, p: &Prep) {
    let _ = writeln!(md, "## {}\n", t!("prep-last-meeting"));
    match &p.meeting {
        None => {
            let add = (t!("prep-no-meeting"), "spiegel supervision add".to_string());
            let _ = writeln!(md, "{}\n", command(add));
        }
        Some(m) => {
            let _ = writeln!(md, "{}  ", esc(&words::meeting(m)));
            if m.note.is_empty() {
                let _ = writeln!(md, "{}\n", t!("prep-no-note"));
            } else {
                let _ = writeln!(md, "{} {}\n", t!("prep-agreed"), esc(&m.note));
            }
        }
    }
    if p.meeting.is_some() || !p.answered.is_empty() {
        let _ = writeln!(md, "### {}\n", esc(&words::answered_heading(p)));
        if p.answered.is_empty() {
            let _ = writeln!(md, "{}\n", t!("prep-no-answered"));
        }
        for q in &p.answered {
            let _ = writeln!(
                md,
                "- {}, {}: {} — {}: {}",
                q.answered_on.map(long_date).unwrap_or_default(),
                esc(&q.case),
                esc(&q.text),
                t!("prep-answer"),
                esc(q.answer.as_deref().unwrap_or_default())
            );
        }
        if !p.answered.is_empty() {
            md.push('\n');
        }
        if let Some(more) = words::more_answered(p) {
            let _ = writeln!(md, "{}\n", command(more));
        }
    }

    let _ = writeln!(md, "## {}\n", t!("prep-questions"));
    if p.questions.is_empty() {
        let _ = writeln!(md, "{}\n", t!("prep-no-questions"));
    } else {
        for q in &p.questions {
            let _ = writeln!(
                md,
                "- {}, {}: {}",
                long_date(q.date),
                esc(&q.case),
                esc(&q.text)
            );
        }
        md.push('\n');
    }
    if let Some(more) = words::more_questions(p) {
        let _ = writeln!(md, "{}\n", command(more));
    }
}

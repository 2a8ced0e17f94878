//! The supervision page as Markdown.

use std::fmt::Write;

use super::{one_line, step_label};
use crate::cli::render;
use crate::journal::prep::Prep;
use crate::text::{patterns as pt, prep as t, supervision as st};

/// Escapes what Markdown would read as markup in user text.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

pub fn markdown(p: &Prep) -> String {
    let mut md = String::new();
    let pat = &p.patterns;
    let _ = writeln!(md, "# {}\n", t::TITLE);
    let from = pat.period.from.map(|d| d.to_string()).unwrap_or_default();
    let meeting = p.last_meeting.map(|d| d.to_string());
    let _ = writeln!(
        md,
        "{}  \n{}\n",
        t::period(&from, &p.today.to_string(), meeting.as_deref()),
        t::counts(pat.reflections, pat.cases, p.stalls)
    );
    if pat.reflections == 0 {
        let _ = writeln!(md, "{}\n", t::empty());
    }

    let _ = writeln!(md, "## {}\n", t::PATTERNS);
    if pat.recurring.is_empty() {
        let _ = writeln!(md, "{}\n", t::no_recurring(pat.min_cases));
    }
    for (r, ev) in pat.recurring.iter().zip(&p.evidence) {
        let line = pt::recurring_line(
            &r.label_en,
            r.cases,
            &r.top_steps,
            r.resistance_en.as_deref(),
            r.trend,
        );
        let _ = writeln!(md, "### {}\n", esc(&line));
        let cases: Vec<String> = ev
            .cases
            .iter()
            .map(|c| format!("{} ({})", esc(&c.case), c.reflections))
            .collect();
        let _ = writeln!(md, "{}: {}\n", t::CASES, cases.join(", "));
        for e in &ev.excerpts {
            let _ = writeln!(
                md,
                "- {}, {}: “{}”",
                e.date,
                esc(&e.case),
                esc(&one_line(&e.note, 240))
            );
        }
        if !ev.excerpts.is_empty() {
            md.push('\n');
        }
    }

    let _ = writeln!(md, "## {}\n", t::QUESTIONS);
    if p.questions.is_empty() {
        let _ = writeln!(md, "{}\n", t::NO_QUESTIONS);
    } else {
        for q in &p.questions {
            let _ = writeln!(
                md,
                "- {}, {}: {}",
                q.date,
                esc(&q.case),
                esc(&one_line(&q.text, 400))
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", t::GOALS);
    if p.goals.is_empty() {
        let _ = writeln!(md, "{}\n", t::NO_GOALS);
    } else {
        let _ = writeln!(
            md,
            "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---|---|---|",
            st::COL_GOAL,
            st::COL_REASON,
            st::COL_SINCE,
            st::COL_BEFORE,
            st::COL_SINCE_THEN,
            st::COL_MONTHS
        );
        for g in &p.goals {
            let spark = render::sparkline(&g.months.iter().map(|m| m.rate).collect::<Vec<_>>());
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} | {} |",
                esc(&one_line(&g.goal.text, 200)),
                g.goal.reason,
                g.goal.since,
                st::rate(g.before.count, g.before.reflections, g.before.rate()),
                st::rate(g.after.count, g.after.reflections, g.after.rate()),
                spark
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "## {}\n", t::STEPS);
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0);
    if max == 0 {
        let _ = writeln!(md, "{}\n", t::NO_STALLS);
    } else {
        let _ = writeln!(md, "| {} | {} | |\n|---|---:|---|", t::STEP, t::STALLS);
        for s in &p.steps {
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                step_label(s.step, &s.title_en),
                s.stalls,
                render::bar(s.stalls as f64, max as f64, 20)
            );
        }
        md.push('\n');
    }

    if !p.top_reasons.is_empty() {
        let _ = writeln!(md, "## {}\n", t::MONTHS);
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            t::MONTH,
            t::REFLECTIONS,
            p.top_reasons.join(" | ")
        );
        let _ = writeln!(md, "|---|---:|{}", "---:|".repeat(p.top_reasons.len()));
        for m in &p.months {
            let counts: Vec<String> = m.counts.iter().map(|c| c.to_string()).collect();
            let _ = writeln!(
                md,
                "| {} | {} | {} |",
                m.month,
                m.reflections,
                counts.join(" | ")
            );
        }
        md.push('\n');
    }

    let _ = writeln!(md, "---\n\n{}", t::generated(&p.today.to_string()));
    md
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(esc("a|b *c* <x> #1"), "a\\|b \\*c\\* \\<x\\> \\#1");
    }
}

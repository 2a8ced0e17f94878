//! The page's charts, readable without a legend: the stalls per step, the
//! reasons given most per month (axes labelled, a value on every bar, month
//! names in the page's language, reasons by their label; one month is a
//! sentence), and the goals' months with their numbers beside the sparkline.

use crate::cli::words::journal::catalogue_label;
use std::fmt::Write;

use super::html::esc;
use super::step_label;
use crate::cli::render::{self, markdown_escape};
use crate::cli::words::dates;
use crate::cli::words::lists::list_and;
use crate::journal::prep::Prep;
use crate::journal::supervision::GoalProgress;
use crate::t;

/// How many of a goal's latest months the page shows.
const GOAL_MONTHS: usize = 12;

/// A reason's label in the page's language; its code if the period does not
/// know it.
/// A goal's reason on the page: its label in the page's language (its code
/// only if the catalogue has no label for it).
pub fn goal_reason(g: &crate::journal::supervision::GoalProgress) -> String {
    let (en, nl) = &g.reason_label;
    if en.is_empty() {
        return g.goal.reason.clone();
    }
    catalogue_label(&g.goal.reason, en, nl)
}

pub fn reason_label(p: &Prep, code: &str) -> String {
    p.patterns
        .reasons
        .iter()
        .find(|r| r.code == code)
        .map_or(code.to_string(), |r| {
            catalogue_label(&r.code, &r.label_en, &r.label_nl)
        })
}

/// "All of this period falls in March 2026: 5 reflections, of which 3 gave
/// ‘…’ and 1 gave ‘…’." for a page of one month; `None` for more months.
fn one_month(p: &Prep) -> Option<String> {
    let [month] = p.months.as_slice() else {
        return None;
    };
    let given: Vec<String> = p
        .top_reasons
        .iter()
        .zip(&month.counts)
        .filter(|(_, count)| **count > 0)
        .map(|(code, count)| {
            t!(
                "prep-months-one-reason",
                count = *count,
                label = reason_label(p, code)
            )
        })
        .collect();
    Some(t!(
        "prep-months-one",
        month = dates::month_long(&month.month),
        reflections = month.reflections,
        list = list_and(&given)
    ))
}

/// The reasons per month as a Markdown table (or a sentence for one month).
pub fn months_markdown(p: &Prep) -> String {
    if let Some(sentence) = one_month(p) {
        return format!("{}\n\n", markdown_escape(&sentence));
    }
    let labels: Vec<String> = p
        .top_reasons
        .iter()
        .map(|code| markdown_escape(&reason_label(p, code)))
        .collect();
    let mut md = format!("{}\n\n", t!("prep-months-caption"));
    let _ = writeln!(
        md,
        "| {} | {} | {} |",
        t!("prep-month"),
        t!("prep-reflections"),
        labels.join(" | ")
    );
    let _ = writeln!(md, "|---|---:|{}", "---:|".repeat(labels.len()));
    for m in &p.months {
        let counts: Vec<String> = m.counts.iter().map(|c| c.to_string()).collect();
        let _ = writeln!(
            md,
            "| {} | {} | {} |",
            dates::month(&m.month, true),
            m.reflections,
            counts.join(" | ")
        );
    }
    md.push('\n');
    md
}

/// The reasons per month for the HTML page: small multiples on one scale,
/// one row per reason under its label, the count above every bar, the
/// months and their reflections along the bottom (or a sentence for one
/// month).
pub fn months_html(p: &Prep) -> String {
    if let Some(sentence) = one_month(p) {
        return format!("<p>{}</p>\n", esc(&sentence));
    }
    const WIDTH: f64 = 640.0;
    const LEFT: f64 = 30.0;
    const HEAD: f64 = 15.0;
    const BAND: f64 = 26.0;
    const ROW: f64 = HEAD + BAND + 7.0;
    let months = p.months.len().max(1);
    let slot = (WIDTH - LEFT) / months as f64;
    let max = p
        .months
        .iter()
        .flat_map(|m| m.counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let plot = ROW * p.top_reasons.len() as f64;
    let height = plot + 46.0;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        esc(&t!("prep-months"))
    );
    // The y axis: its line and its title, turned along it.
    let _ = writeln!(
        svg,
        "<line class=\"axis\" x1=\"{x}\" x2=\"{x}\" y1=\"0\" y2=\"{plot:.1}\"/>\
         <text class=\"muted\" transform=\"rotate(-90)\" x=\"{:.1}\" y=\"12\" text-anchor=\"middle\">{}</text>",
        -plot / 2.0,
        esc(&t!("prep-chart-y")),
        x = LEFT - 4.0
    );
    let bar_width = (slot * 0.6).min(44.0);
    for (r, code) in p.top_reasons.iter().enumerate() {
        let top = r as f64 * ROW;
        let base = top + HEAD + BAND;
        let label = reason_label(p, code);
        let _ = writeln!(
            svg,
            "<text class=\"label\" x=\"{LEFT}\" y=\"{:.1}\">{}</text>\
             <line class=\"axis\" x1=\"{LEFT}\" x2=\"{WIDTH}\" y1=\"{base:.1}\" y2=\"{base:.1}\"/>",
            top + 11.0,
            esc(&label)
        );
        for (i, m) in p.months.iter().enumerate() {
            let count = m.counts[r];
            let centre = LEFT + (i as f64 + 0.5) * slot;
            let h = (BAND - 13.0) * count as f64 / max;
            if count > 0 {
                let _ = write!(
                    svg,
                    "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{bar_width:.1}\" height=\"{h:.1}\"><title>{} · {}: {}</title></rect>",
                    centre - bar_width / 2.0,
                    base - h,
                    esc(&label),
                    esc(&dates::month(&m.month, true)),
                    count
                );
            }
            // Every value is written; zeros quietly, and only where they fit.
            if count > 0 || slot >= 14.0 {
                let _ = writeln!(
                    svg,
                    "<text class=\"{}\" x=\"{centre:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{count}</text>",
                    if count > 0 { "value" } else { "muted" },
                    base - h - 3.0
                );
            }
        }
    }
    // The x axis: the months (all when they fit, else every few), each with
    // its reflections, and the axis's title.
    let every = (months as f64 * 58.0 / (WIDTH - LEFT)).ceil().max(1.0) as usize;
    for (i, m) in p.months.iter().enumerate().step_by(every) {
        let x = LEFT + (i as f64 + 0.5) * slot;
        let _ = writeln!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\
             <text class=\"muted\" x=\"{x:.1}\" y=\"{:.1}\" text-anchor=\"middle\">({})</text>",
            plot + 12.0,
            esc(&dates::month(&m.month, dates::shows_year(i, &m.month))),
            plot + 25.0,
            m.reflections
        );
    }
    let _ = writeln!(
        svg,
        "<text class=\"muted\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>\n</svg>",
        LEFT + (WIDTH - LEFT) / 2.0,
        plot + 41.0,
        esc(&t!("prep-chart-x"))
    );
    svg
}

/// Horizontal bars, one per step 0–7, each with its label and its count.
pub fn steps_html(p: &Prep) -> String {
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 330.0;
    const ROW: f64 = 20.0;
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0).max(1) as f64;
    let height = ROW * p.steps.len() as f64 + 4.0;
    let mut svg = format!(
        "<svg class=\"chart\" viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        esc(&t!("prep-steps"))
    );
    let room = WIDTH - LABEL - 40.0;
    for (i, s) in p.steps.iter().enumerate() {
        let y = i as f64 * ROW + 2.0;
        let w = room * s.stalls as f64 / max;
        let label = step_label(s.step);
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>\
             <rect class=\"bar\" x=\"{LABEL}\" y=\"{:.1}\" width=\"{w:.1}\" height=\"{:.1}\" rx=\"2\"><title>{}: {}</title></rect>\
             <text class=\"muted\" x=\"{:.1}\" y=\"{:.1}\">{}</text>",
            y + 15.0,
            esc(&label),
            y + 3.0,
            ROW - 8.0,
            esc(&label),
            s.stalls,
            LABEL + w + 6.0,
            y + 15.0,
            s.stalls
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// A goal's months as Markdown: the sparkline, then each month's numbers
/// in words, the latest [`GOAL_MONTHS`] of them: "▅▂█ Jan 2026: 2 of 6,
/// Feb: 0 of 3, Mar: –".
pub fn goal_months(g: &GoalProgress) -> String {
    let (spark, words) = goal_parts(g);
    format!("{spark} {}", markdown_escape(&words.join(", ")))
}

/// The same for the HTML page: the words under the sparkline, a month
/// never broken over two lines.
pub fn goal_months_html(g: &GoalProgress) -> String {
    let (spark, words) = goal_parts(g);
    let words: Vec<String> = words
        .iter()
        .map(|w| format!("<span>{}</span>", esc(w)))
        .collect();
    format!(
        "{}<br><span class=\"months\">{}</span>",
        esc(&spark),
        words.join(", ")
    )
}

fn goal_parts(g: &GoalProgress) -> (String, Vec<String>) {
    let skip = g.months.len().saturating_sub(GOAL_MONTHS);
    let shown = &g.months[skip..];
    let mut spark = render::sparkline(&shown.iter().map(|m| m.rate).collect::<Vec<_>>());
    if skip > 0 {
        spark.insert(0, '…');
    }
    let words: Vec<String> = shown
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let month = dates::month(&m.month, dates::shows_year(i, &m.month));
            if m.reflections == 0 {
                t!("prep-goal-month-none", month = month)
            } else {
                t!(
                    "prep-goal-month",
                    month = month,
                    count = m.count,
                    reflections = m.reflections
                )
            }
        })
        .collect();
    (spark, words)
}

//! The supervision page as one self-contained HTML file: inline CSS and
//! SVG, no scripts, no external requests; it prints on A4.

use std::fmt::Write;

use super::html_continuity::{command, continuity};
use super::{counts, period, step_label, words};
use crate::cli::patterns::of;
use crate::cli::render;
use crate::journal::prep::Prep;
use crate::{i18n, t};

/// Escapes text for HTML content and attribute values.
pub fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = r#"
:root { --ink: #1f2328; --muted: #59636e; --line: #d0d7de; --accent: #2f6f8f; --soft: #e8f1f5; }
* { box-sizing: border-box; }
body { margin: 0; color: var(--ink); background: #fff;
  font: 11pt/1.45 -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.15rem; margin: 1.8rem 0 .6rem; padding-bottom: .2rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.1rem 0 .3rem; }
p { margin: .3rem 0; }
.meta { color: var(--muted); }
.cases { color: var(--muted); font-size: .95rem; }
.why, .more { color: var(--muted); font-size: .9rem; font-style: italic; }
code { font: .88em ui-monospace, Menlo, Consolas, monospace; font-style: normal; }
ul { margin: .3rem 0 .6rem; padding-left: 1.2rem; }
li { margin: .2rem 0; }
blockquote { margin: .3rem 0; padding: .1rem .7rem; border-left: 3px solid var(--accent); background: var(--soft); }
.date { color: var(--muted); white-space: nowrap; }
table { border-collapse: collapse; width: 100%; font-size: .92rem; margin: .4rem 0; }
th, td { text-align: left; padding: .3rem .45rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
svg { display: block; max-width: 100%; height: auto; margin: .4rem 0; }
svg text { font: 11px -apple-system, "Segoe UI", "Helvetica Neue", Arial, sans-serif; fill: var(--ink); }
svg .bar { fill: var(--accent); }
svg .axis { stroke: var(--line); }
svg .muted { fill: var(--muted); }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 16mm 15mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h2, h3 { break-after: avoid; }
  section, table, svg, blockquote, li { break-inside: avoid; }
}
"#;

pub fn html(p: &Prep) -> String {
    let mut h = String::new();
    let pat = &p.patterns;
    let title = t!("prep-title");
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{} — {}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        esc(i18n::current()),
        esc(&title),
        p.today
    );
    let _ = writeln!(h, "<h1>{}</h1>", esc(&title));
    let _ = writeln!(
        h,
        "<p class=\"meta\">{}<br>{}</p>",
        esc(&period(p)),
        esc(&counts(p))
    );
    if pat.reflections == 0 {
        let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-empty")));
    }

    continuity(&mut h, p);

    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-patterns")));
    if pat.recurring.is_empty() {
        let _ = writeln!(
            h,
            "<p>{}</p>",
            esc(&t!("prep-no-recurring", min = pat.min_cases))
        );
    }
    for v in &p.in_view {
        let _ = writeln!(h, "<h3>{}</h3>", esc(&words::heading(v)));
        let _ = writeln!(
            h,
            "<p class=\"why\">{}</p>",
            esc(&words::why(v, pat.min_cases))
        );
        if !v.cases.is_empty() {
            let _ = writeln!(
                h,
                "<p class=\"cases\">{}: {}</p>",
                esc(&t!("prep-cases")),
                words::cases(v, esc)
            );
        }
        for e in &v.excerpts {
            let _ = writeln!(
                h,
                "<blockquote><span class=\"date\">{} · {}</span><br>{}</blockquote>",
                e.date,
                esc(&e.case),
                esc(&e.note)
            );
        }
        if let Some(more) = words::more_sessions(p, v) {
            let _ = writeln!(h, "<p class=\"more\">{}</p>", command(more));
        }
    }
    if let Some(more) = words::more_patterns(p) {
        let _ = writeln!(h, "<p class=\"more\">{}</p>", command(more));
    }
    let _ = writeln!(h, "</section>");

    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-goals")));
    if p.goals.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-goals")));
    } else {
        let _ = writeln!(
            h,
            "<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th class=\"num\">{}</th><th class=\"num\">{}</th><th>{}</th></tr>",
            esc(&t!("col-goal")),
            esc(&t!("col-reason")),
            esc(&t!("col-since")),
            esc(&t!("col-before")),
            esc(&t!("col-since-then")),
            esc(&t!("col-per-month"))
        );
        for g in &p.goals {
            let spark = render::sparkline(&g.months.iter().map(|m| m.rate).collect::<Vec<_>>());
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td class=\"date\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&g.goal.text),
                esc(&crate::cli::goal::reason_word(g)),
                g.goal.since,
                esc(&of(g.before.count, g.before.opportunities)),
                esc(&of(g.after.count, g.after.opportunities)),
                esc(&spark)
            );
        }
        let _ = writeln!(h, "</table>");
    }
    let _ = writeln!(h, "</section>");

    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-steps")));
    if p.steps.iter().all(|s| s.stalls == 0) {
        let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-stalls")));
    } else {
        h.push_str(&steps_chart(p));
    }
    let _ = writeln!(h, "</section>");

    if !p.top_reasons.is_empty() {
        let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-months")));
        if let Some(earlier) = words::earlier_months(p) {
            let _ = writeln!(h, "<p class=\"more\">{}</p>", esc(&earlier));
        }
        h.push_str(&months_chart(p));
        let _ = writeln!(h, "</section>");
    }

    let _ = writeln!(
        h,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        esc(&t!("prep-generated", date = p.today.to_string()))
    );
    h
}

/// Horizontal bars, one per step 0–7.
fn steps_chart(p: &Prep) -> String {
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 330.0;
    const ROW: f64 = 24.0;
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0).max(1) as f64;
    let height = ROW * p.steps.len() as f64 + 4.0;
    let mut svg = format!(
        "<svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        esc(&t!("prep-steps"))
    );
    let room = WIDTH - LABEL - 40.0;
    for (i, s) in p.steps.iter().enumerate() {
        let y = i as f64 * ROW + 2.0;
        let w = room * s.stalls as f64 / max;
        let label = step_label(s.step, &s.title_en, &s.title_nl);
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

/// Small multiples: per top reason a row of monthly bars on one scale.
fn months_chart(p: &Prep) -> String {
    const WIDTH: f64 = 640.0;
    const LABEL: f64 = 170.0;
    const ROW: f64 = 34.0;
    let months = p.months.len().max(1) as f64;
    let max = p
        .months
        .iter()
        .flat_map(|m| m.counts.iter().copied())
        .max()
        .unwrap_or(0)
        .max(1) as f64;
    let slot = (WIDTH - LABEL) / months;
    let height = ROW * p.top_reasons.len() as f64 + 22.0;
    let mut svg = format!(
        "<svg viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\" role=\"img\" aria-label=\"{}\">\n",
        esc(&t!("prep-months"))
    );
    for (r, code) in p.top_reasons.iter().enumerate() {
        let top = r as f64 * ROW;
        let base = top + ROW - 6.0;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text><line class=\"axis\" x1=\"{LABEL}\" x2=\"{WIDTH}\" y1=\"{base:.1}\" y2=\"{base:.1}\"/>",
            base - 4.0,
            esc(&crate::cli::patterns::reason_word(&p.patterns, code))
        );
        for (i, m) in p.months.iter().enumerate() {
            let count = m.counts[r];
            if count == 0 {
                continue;
            }
            let h = (ROW - 10.0) * count as f64 / max;
            let _ = writeln!(
                svg,
                "<rect class=\"bar\" x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{h:.1}\"><title>{} {}: {}</title></rect>",
                LABEL + i as f64 * slot + slot * 0.15,
                base - h,
                slot * 0.7,
                esc(code),
                m.month,
                count
            );
        }
    }
    // Month labels: all of them when they fit, else every few.
    let every = (p.months.len() / 8).max(1);
    let y = ROW * p.top_reasons.len() as f64 + 14.0;
    for (i, m) in p.months.iter().enumerate().step_by(every) {
        let _ = writeln!(
            svg,
            "<text class=\"muted\" x=\"{:.1}\" y=\"{y:.1}\" text-anchor=\"middle\">{}</text>",
            LABEL + (i as f64 + 0.5) * slot,
            m.month
        );
    }
    svg.push_str("</svg>\n");
    svg
}

#[cfg(test)]
mod tests {
    use super::esc;

    #[test]
    fn user_text_cannot_break_out_of_the_page() {
        assert_eq!(
            esc("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
    }
}

//! The supervision page as one self-contained HTML file: inline CSS and
//! SVG, no scripts, no external requests; it prints on A4.

use std::fmt::Write;

use super::chart;
use super::html_continuity::{command, continuity};
use super::{counts, period, words};
use crate::cli::patterns::of;
use crate::cli::words::dates::long_date;
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
svg .label { font-weight: 600; }
.months { color: var(--muted); font-size: .85rem; }
.months span { white-space: nowrap; }
footer { margin-top: 2.5rem; color: var(--muted); font-size: .85rem; }
@page { size: A4; margin: 13mm 14mm; }
@media print {
  body { font-size: 10pt; }
  main { max-width: none; padding: 0; }
  h1 { font-size: 1.4rem; }
  h2 { margin-top: 1.2rem; }
  footer { margin-top: .8rem; }
  section.empty { display: none; }
  /* A section flows on where the last one ends; a page breaks between
     excerpts, rows or bars, never inside one nor after a heading. */
  h2, h3, .cases { break-after: avoid; }
  tr, svg, blockquote, li, footer { break-inside: avoid; }
  thead { display: table-header-group; }
}
"#;

/// The page's start, up to its `<main>`: self-contained (inline style, no
/// scripts, no external requests), in the language spoken; `css` is added
/// to the shared style. `casus` writes its page in the same shell.
pub fn head(h: &mut String, title: &str, date: &str, css: &str) {
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{} — {}</title>\n<style>{STYLE}{}</style>\n</head>\n<body>\n<main>\n",
        esc(i18n::current()),
        esc(title),
        esc(date),
        css
    );
}

pub fn html(p: &Prep) -> String {
    let mut h = String::new();
    let pat = &p.patterns;
    let title = t!("prep-title");
    head(
        &mut h,
        &title,
        &long_date(p.today),
        &super::print::page_css(p),
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
                long_date(e.date),
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

    super::went_well::html(&mut h, p);

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
            esc(&t!("prep-goal-months"))
        );
        for g in &p.goals {
            let _ = writeln!(
                h,
                "<tr><td>{}</td><td>{}</td><td class=\"date\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
                esc(&g.goal.text),
                esc(&chart::goal_reason(g)),
                long_date(g.goal.since),
                esc(&of(g.before.count, g.before.opportunities)),
                esc(&of(g.after.count, g.after.opportunities)),
                chart::goal_months_html(g)
            );
        }
        let _ = writeln!(h, "</table>");
    }
    let _ = writeln!(h, "</section>");

    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-steps")));
    if p.steps.iter().all(|s| s.stalls == 0) {
        let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-stalls")));
    } else {
        h.push_str(&chart::steps_html(p));
    }
    let _ = writeln!(h, "</section>");

    if !p.top_reasons.is_empty() {
        let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-months")));
        if let Some(earlier) = words::earlier_months(p) {
            let _ = writeln!(h, "<p class=\"more\">{}</p>", esc(&earlier));
        }
        h.push_str(&chart::months_html(p));
        let _ = writeln!(h, "</section>");
    }

    let _ = writeln!(
        h,
        "<footer>{}</footer>\n</main>\n</body>\n</html>",
        esc(&t!("prep-generated", date = long_date(p.today)))
    );
    h
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

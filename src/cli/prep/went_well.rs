//! The page's short "What went well" section (issue 13.2): the most recent
//! few in the period, dated, with their case; then how many more.

use std::fmt::Write;

use super::html::esc as html_esc;
use super::one_line;
use crate::cli::render::markdown_escape as md_esc;
use crate::cli::words::dates::long_date;
use crate::journal::prep::Prep;
use crate::t;

/// How long one entry may be on the page, in characters.
const LENGTH: usize = 240;

/// "and 3 more in this period", when the page shows only some.
fn more(p: &Prep) -> Option<String> {
    let shown = p.went_well.recent.len() as u64;
    (p.went_well.total > shown).then(|| t!("prep-went-well-more", more = p.went_well.total - shown))
}

pub fn markdown(md: &mut String, p: &Prep) {
    let _ = writeln!(md, "## {}\n", t!("prep-went-well"));
    if p.went_well.recent.is_empty() {
        let _ = writeln!(md, "{}\n", t!("prep-no-went-well"));
        return;
    }
    for w in &p.went_well.recent {
        let _ = writeln!(
            md,
            "- {}, {}: {}",
            long_date(w.date),
            md_esc(&w.case),
            md_esc(&one_line(&w.text, LENGTH))
        );
    }
    if let Some(more) = more(p) {
        let _ = writeln!(md, "\n{more}");
    }
    md.push('\n');
}

/// `text` for HTML, with what stands between backticks (a command) set as
/// code, as the Markdown page shows it.
fn with_code(text: &str) -> String {
    text.split('`')
        .enumerate()
        .map(|(i, part)| match i % 2 {
            1 => format!("<code>{}</code>", html_esc(part)),
            _ => html_esc(part),
        })
        .collect()
}

pub fn html(h: &mut String, p: &Prep) {
    // Empty, the section only says how to record one: on screen, not on
    // paper.
    let class = if p.went_well.recent.is_empty() {
        " class=\"empty\""
    } else {
        ""
    };
    let _ = writeln!(
        h,
        "<section{class}>\n<h2>{}</h2>",
        html_esc(&t!("prep-went-well"))
    );
    if p.went_well.recent.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", with_code(&t!("prep-no-went-well")));
    } else {
        let _ = writeln!(h, "<ul>");
        for w in &p.went_well.recent {
            let _ = writeln!(
                h,
                "<li><span class=\"date\">{} · {}</span> — {}</li>",
                long_date(w.date),
                html_esc(&w.case),
                html_esc(&one_line(&w.text, LENGTH))
            );
        }
        let _ = writeln!(h, "</ul>");
        if let Some(more) = more(p) {
            let _ = writeln!(h, "<p class=\"meta\">{}</p>", html_esc(&more));
        }
    }
    let _ = writeln!(h, "</section>");
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_command_between_backticks_is_code_in_html() {
        assert_eq!(
            super::with_code("add it (`spiegel edit <ID>`) now"),
            "add it (<code>spiegel edit &lt;ID&gt;</code>) now"
        );
    }
}

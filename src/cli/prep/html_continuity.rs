//! The opening of the HTML page: the last meeting, the questions answered
//! since and the open ones.

use std::fmt::Write;

use super::html::esc;
use super::words;
use crate::journal::prep::Prep;
use crate::t;

/// Words, then the command that shows the rest.
pub fn command((text, command): (String, String)) -> String {
    format!("{} <code>{}</code>", esc(&text), esc(&command))
}

pub fn continuity(h: &mut String, p: &Prep) {
    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-last-meeting")));
    match &p.meeting {
        None => {
            let add = (t!("prep-no-meeting"), "spiegel supervision add".to_string());
            let _ = writeln!(h, "<p>{}</p>", command(add));
        }
        Some(m) => {
            let _ = writeln!(h, "<p class=\"meta\">{}</p>", esc(&words::meeting(m)));
            if m.note.is_empty() {
                let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-note")));
            } else {
                let _ = writeln!(
                    h,
                    "<p>{}</p>\n<blockquote>{}</blockquote>",
                    esc(&t!("prep-agreed")),
                    esc(&m.note)
                );
            }
        }
    }
    if p.meeting.is_some() || !p.answered.is_empty() {
        let _ = writeln!(h, "<h3>{}</h3>", esc(&words::answered_heading(p)));
        if p.answered.is_empty() {
            let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-answered")));
        } else {
            let _ = writeln!(h, "<ul>");
            for q in &p.answered {
                let _ = writeln!(
                    h,
                    "<li><span class=\"date\">{} · {}</span> — {}<br>{}: {}</li>",
                    q.answered_on.map(|d| d.to_string()).unwrap_or_default(),
                    esc(&q.case),
                    esc(&q.text),
                    esc(&t!("prep-answer")),
                    esc(q.answer.as_deref().unwrap_or_default())
                );
            }
            let _ = writeln!(h, "</ul>");
        }
        if let Some(more) = words::more_answered(p) {
            let _ = writeln!(h, "<p class=\"more\">{}</p>", command(more));
        }
    }
    let _ = writeln!(h, "</section>");

    let _ = writeln!(h, "<section>\n<h2>{}</h2>", esc(&t!("prep-questions")));
    if p.questions.is_empty() {
        let _ = writeln!(h, "<p>{}</p>", esc(&t!("prep-no-questions")));
    } else {
        let _ = writeln!(h, "<ul>");
        for q in &p.questions {
            let _ = writeln!(
                h,
                "<li><span class=\"date\">{} · {}</span> — {}</li>",
                q.date,
                esc(&q.case),
                esc(&q.text)
            );
        }
        let _ = writeln!(h, "</ul>");
    }
    if let Some(more) = words::more_questions(p) {
        let _ = writeln!(h, "<p class=\"more\">{}</p>", command(more));
    }
    let _ = writeln!(h, "</section>");
}

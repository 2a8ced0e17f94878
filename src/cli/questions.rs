//! `spiegel questions`: the questions for supervision; answer them.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::grid::Chunked;
use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::journal::text::Field;
use crate::journal::{QuestionId, date};
use crate::services::{Access, supervision};
use crate::t;

#[derive(Debug, Args)]
#[command(args_conflicts_with_subcommands = true)]
pub struct QuestionsArgs {
    #[command(subcommand)]
    action: Option<QuestionsAction>,
    /// Only open questions (the default)
    #[arg(long, conflicts_with = "all")]
    open: bool,
    /// Answered questions too
    #[arg(long)]
    all: bool,
    #[command(flatten)]
    json: JsonArg,
}

#[derive(Debug, Subcommand)]
enum QuestionsAction {
    /// Record what came of a question, and close it
    Answer {
        /// The question's id (see `spiegel questions`)
        id: QuestionId,
        /// What came of it; `-` reads it from stdin
        #[arg(long, value_name = "TEXT")]
        note: String,
        /// When it was answered [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// Overwrite an earlier answer
        #[arg(long)]
        replace: bool,
    },
    /// Correct a question, its answer, or when it was answered
    Edit {
        /// The question's id (see `spiegel questions --all`)
        id: QuestionId,
        /// The question, in place of what it says now
        #[arg(long, value_name = "TEXT")]
        text: Option<String>,
        /// What came of it, in place of the answer (answers an open one); `-` reads it from stdin
        #[arg(long, value_name = "TEXT")]
        answer: Option<String>,
        /// When it was answered
        #[arg(long, value_name = "DATE")]
        answered: Option<String>,
        /// A question for your peer-supervision group (`spiegel prep --group` lists it)
        #[arg(long, conflicts_with = "not_for_group")]
        for_group: bool,
        /// No longer for your peer-supervision group: for your own supervision
        #[arg(long)]
        not_for_group: bool,
    },
}

impl QuestionsArgs {
    /// Listing the questions, not answering one.
    pub fn is_view(&self) -> bool {
        self.action.is_none()
    }

    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        if let Some(QuestionsAction::Edit {
            id,
            text,
            answer,
            answered,
            for_group,
            not_for_group,
        }) = self.action
        {
            let for_group = (for_group || not_for_group).then_some(for_group);
            return super::records::question_edit(ctx, id, text, answer, answered, for_group);
        }
        if let Some(QuestionsAction::Answer {
            id,
            note,
            date: on,
            replace,
        }) = self.action
        {
            let on = on.map(|d| date::parse_session(&d, today)).transpose()?;
            let note = super::term::stdin_if_dash(note, Field::Answer)?;
            let mut journal = ctx.journal(Access::Write)?;
            supervision::answer(&mut journal, id, &note, on.unwrap_or(today), replace)?;
            return out(t!("question-answered", id = id));
        }
        let mut journal = ctx.journal(Access::Read)?;
        if self.json.json {
            // Streamed: the first question is printed at once (issue 15).
            let mut array = render::JsonArray::default();
            supervision::each_question(&mut journal, self.all, |_, q| array.push(&q))?;
            return array.end();
        }
        // Printed a chunk of rows at a time, in the first chunk's widths
        // (issue 15): the first rows at once, and flat memory.
        let all = self.all;
        let mut table: Option<Chunked> = None;
        supervision::each_question(&mut journal, all, |group, q| {
            let table = table.get_or_insert_with(|| {
                let mut header = vec![
                    t!("col-id"),
                    t!("col-asked"),
                    t!("col-case"),
                    t!("col-question"),
                ];
                if all {
                    header.push(t!("col-answer"));
                }
                // Only in a journal where questions are asked of the group.
                if group {
                    header.push(t!("col-for-group"));
                }
                Chunked::new(&header)
            });
            let mut row = vec![q.id.to_string(), q.date.to_string(), q.case, q.text];
            if all {
                row.push(match (q.answer, q.answered_on) {
                    (Some(a), Some(on)) => format!("{on}: {a}"),
                    _ => String::new(),
                });
            }
            if group {
                row.push(if q.for_group {
                    t!("question-for-group")
                } else {
                    String::new()
                });
            }
            match table.add_row(row) {
                Some(chunk) => out(chunk),
                None => Ok(()),
            }
        })?;
        match table {
            Some(table) => out(table.finish()),
            _ => out(if all {
                t!("no-questions")
            } else {
                t!("no-open-questions")
            }),
        }
    }
}

//! `spiegel questions`, `spiegel supervision` and `spiegel goal`.

use anyhow::Result;
use clap::{Args, Subcommand};

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::cli::patterns::of;
use crate::journal::supervision::{self, GoalProgress};
use crate::journal::text::Field;
use crate::journal::{MeetingKind, date, rules};
use crate::store::Access;
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
        id: i64,
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
}

impl QuestionsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        if let Some(QuestionsAction::Answer {
            id,
            note,
            date: on,
            replace,
        }) = self.action
        {
            let on = on.map(|d| date::parse_session(&d, today)).transpose()?;
            let note = super::term::stdin_if_dash(note, Field::Answer)?;
            let mut store = ctx.open(Access::Write)?;
            let tx = store.write()?;
            supervision::answer_question(&tx, id, &note, on.unwrap_or(today), replace)?;
            tx.commit()?;
            return out(t!("question-answered", id = id));
        }
        let mut store = ctx.open(Access::Read)?;
        let questions = store.read()?.questions(self.all)?;
        if self.json.json {
            return render::json(&questions);
        }
        if questions.is_empty() {
            return out(if self.all {
                t!("no-questions")
            } else {
                t!("no-open-questions")
            });
        }
        let mut header = vec![
            t!("col-id"),
            t!("col-asked"),
            t!("col-case"),
            t!("col-question"),
        ];
        if self.all {
            header.push(t!("col-answer"));
        }
        let mut table = render::table(&header);
        for q in &questions {
            let mut row = vec![
                q.id.to_string(),
                q.date.to_string(),
                q.case.clone(),
                q.text.clone(),
            ];
            if self.all {
                row.push(match (&q.answer, q.answered_on) {
                    (Some(a), Some(on)) => format!("{on}: {a}"),
                    _ => String::new(),
                });
            }
            table.add_row(row);
        }
        out(table)
    }
}

#[derive(Debug, Subcommand)]
pub enum SupervisionCommand {
    /// Record a supervision or peer-supervision meeting
    Add {
        /// When it took place [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// What kind of meeting
        #[arg(long, value_enum, default_value_t = MeetingKind::Individual)]
        kind: MeetingKind,
        /// The supervisor or group
        #[arg(long = "with", value_name = "NAME")]
        with: Option<String>,
        /// What you take from it; `-` reads it from stdin
        #[arg(long, value_name = "TEXT")]
        note: Option<String>,
    },
    /// The meetings, most recent first
    List(JsonArg),
}

impl SupervisionCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            SupervisionCommand::Add {
                date: on,
                kind,
                with,
                note,
            } => {
                let on = date::session_or_today(on.as_deref(), today)?;
                let note = note
                    .map(|n| super::term::stdin_if_dash(n, Field::Note))
                    .transpose()?
                    .unwrap_or_default();
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let id = supervision::add_meeting(&tx, on, kind, with.as_deref(), &note)?;
                tx.commit()?;
                out(t!(
                    "meeting-added",
                    id = id,
                    date = on.to_string(),
                    kind = kind.code()
                ))
            }
            SupervisionCommand::List(json) => {
                let mut store = ctx.open(Access::Read)?;
                let meetings = store.read()?.meetings()?;
                if json.json {
                    return render::json(&meetings);
                }
                if meetings.is_empty() {
                    return out(t!("no-meetings"));
                }
                let mut table = render::table(&[
                    t!("col-id"),
                    t!("col-date"),
                    t!("col-kind"),
                    t!("col-with"),
                    t!("col-note"),
                ]);
                for m in &meetings {
                    table.add_row(vec![
                        m.id.to_string(),
                        m.date.to_string(),
                        m.kind.to_string(),
                        m.with.clone().unwrap_or_default(),
                        render::excerpt(&m.note, 60),
                    ]);
                }
                out(table)
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum GoalCommand {
    /// Set a learning goal, tied to the reason it should make rarer
    Add {
        /// What you work on, e.g. "stay with the silence at step 3"
        text: String,
        /// The reason it should make rarer, e.g. went-too-fast (or the start of its label)
        #[arg(long, value_name = "CODE")]
        reason: String,
        /// When you started on it [default: today]
        #[arg(long, value_name = "DATE")]
        since: Option<String>,
    },
    /// Goals with how often their reason came up before and since
    List {
        /// Finished goals too
        #[arg(long)]
        all: bool,
        /// Only sessions where this resistance reaction was met
        #[arg(long, value_name = "CODE")]
        when: Option<String>,
        #[command(flatten)]
        json: JsonArg,
    },
    /// Mark a goal as done
    Done {
        /// The goal's id (see `spiegel goal list`)
        id: i64,
        /// When [default: today]
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
    },
}

impl GoalCommand {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        match self {
            GoalCommand::Add {
                text,
                reason,
                since,
            } => {
                let since = date::session_or_today(since.as_deref(), today)?;
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let id = supervision::add_goal(&tx, &text, &reason, since)?;
                tx.commit()?;
                out(t!("goal-added", id = id, text = text.trim()))
            }
            GoalCommand::List { all, when, json } => {
                let mut store = ctx.open(Access::Read)?;
                let tx = store.read()?;
                let when = when.map(|w| rules::find_resistance(&tx, &w)).transpose()?;
                let goals = tx
                    .goals(all)?
                    .into_iter()
                    .map(|g| supervision::progress(&tx, g, today, when.as_deref()))
                    .collect::<Result<Vec<_>>>()?;
                if json.json {
                    return render::json(&goals);
                }
                if goals.is_empty() {
                    return out(if all {
                        t!("no-goals")
                    } else {
                        t!("no-open-goals")
                    });
                }
                out(goal_table(&goals, all))?;
                for line in goal_situations(&goals) {
                    out(line)?;
                }
                out(t!("goal-legend"))
            }
            GoalCommand::Done { id, date: on } => {
                let on = date::session_or_today(on.as_deref(), today)?;
                let mut store = ctx.open(Access::Write)?;
                let tx = store.write()?;
                let goal = supervision::goal_done(&tx, id, on)?;
                tx.commit()?;
                out(t!(
                    "goal-done",
                    id = id,
                    date = goal.done_on.unwrap_or(on).to_string()
                ))
            }
        }
    }
}

pub fn goal_table(goals: &[GoalProgress], with_done: bool) -> comfy_table::Table {
    let mut header = vec![
        t!("col-id"),
        t!("col-goal"),
        t!("col-reason"),
        t!("col-since"),
        t!("col-before"),
        t!("col-since-then"),
        t!("col-per-month"),
    ];
    if with_done {
        header.push(t!("col-done"));
    }
    let mut table = render::table(&header);
    for g in goals {
        let mut row = vec![
            g.goal.id.to_string(),
            g.goal.text.clone(),
            g.goal.reason.clone(),
            g.goal.since.to_string(),
            of(g.before.count, g.before.opportunities),
            of(g.after.count, g.after.opportunities),
            render::sparkline(&g.months.iter().map(|m| m.rate).collect::<Vec<_>>()),
        ];
        if with_done {
            row.push(g.goal.done_on.map(|d| d.to_string()).unwrap_or_default());
        }
        table.add_row(row);
    }
    table
}

/// Per goal and resistance reaction met: "goal 1, where 'They don't want
/// to be involved' was met: 5 of 5 → 3 of 3".
pub fn goal_situations(goals: &[GoalProgress]) -> Vec<String> {
    let labels: Vec<_> = goals.iter().collect();
    let mut lines = Vec::new();
    for g in labels {
        for s in &g.by_resistance {
            lines.push(t!(
                "goal-situation",
                id = g.goal.id,
                resistance = s.resistance.as_str(),
                before = of(s.before.count, s.before.opportunities),
                after = of(s.after.count, s.after.opportunities)
            ));
        }
    }
    lines
}

//! `spiegel add | list | show | edit | delete`: reflections on sessions.

use anyhow::Result;
use clap::Args;

use super::render::{self, out};
use super::term::{self, stdin_if_dash};
use super::{Ctx, JsonArg, editor, form, guided};
use crate::error::Error;
use crate::journal::rules::{self, ListQuery, ReflectionInput};
use crate::journal::text::Field;
use crate::journal::{Medium, Reflection, StallSpec, Step, date};
use crate::services::{Access, reflections};
use crate::t;

/// The flags `add` and `edit` share.
#[derive(Debug, Args)]
pub struct ReflectionFlags {
    /// The session's date: YYYY-MM-DD, today, yesterday, a weekday (friday = the most recent, today included) or "3 days ago"; Dutch too [default: today]
    #[arg(long, value_name = "DATE")]
    date: Option<String>,
    /// A significant other who took part (repeat for more)
    #[arg(long = "with", value_name = "NAME")]
    with: Vec<String>,
    /// How the session took place [default: in-person]
    #[arg(long)]
    medium: Option<Medium>,
    /// A resistance reaction met: no-one-left, they-wont-come, my-own-problem, or the start of its label (repeatable)
    #[arg(long, value_name = "CODE")]
    resistance: Vec<String>,
    /// Where it stalled and why, e.g. 7:laughed-along,did-not-mirror; a reason may also be the start of its label (repeatable; see `spiegel reasons`)
    #[arg(long, value_name = "STEP:REASON[,REASON…]")]
    stall: Vec<String>,
    /// All seven steps were completed
    #[arg(long)]
    completed: bool,
    /// What happened and what you needed; `-` reads it from stdin, which keeps it out of your shell history
    #[arg(long, value_name = "TEXT")]
    note: Option<String>,
    /// A question to bring to supervision; `-` reads it from stdin, which keeps it out of your shell history
    #[arg(long, value_name = "TEXT")]
    ask: Option<String>,
}

impl ReflectionFlags {
    /// No flag was given at all.
    fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.with.is_empty()
            && self.medium.is_none()
            && self.resistance.is_empty()
            && self.stall.is_empty()
            && !self.completed
            && self.note.is_none()
            && self.ask.is_none()
    }

    fn into_input(self) -> Result<ReflectionInput> {
        let today = date::today();
        let stalls = self
            .stall
            .iter()
            .map(|s| s.parse::<StallSpec>())
            .collect::<Result<Vec<_>, Error>>()?;
        if self.note.as_deref() == Some("-") && self.ask.as_deref() == Some("-") {
            return Err(Error::BothFromStdin.into());
        }
        Ok(ReflectionInput {
            date: self
                .date
                .map(|d| date::parse_session(&d, today))
                .transpose()?,
            with: (!self.with.is_empty()).then_some(self.with),
            medium: self.medium,
            resistance: (!self.resistance.is_empty()).then_some(self.resistance),
            stalls: (!stalls.is_empty()).then_some(stalls),
            completed: self.completed.then_some(true),
            note: self
                .note
                .map(|t| stdin_if_dash(t, Field::Note))
                .transpose()?,
            ask: self
                .ask
                .map(|t| stdin_if_dash(t, Field::Question))
                .transpose()?,
        })
    }
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// The case's pseudonym. Give no flags to be guided through the reflection on a terminal (with or without the case)
    case: Option<String>,
    #[command(flatten)]
    flags: ReflectionFlags,
}

impl AddArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let Some(case) = self.case else {
            // Never wait for input that cannot come: without a terminal,
            // or with flags but no case, say what is missing at once.
            if self.flags.is_empty() && term::can_ask() {
                return guided::run(ctx, None);
            }
            return Err(Error::NoCaseGiven.into());
        };
        // A case but nothing about the session: guided on a terminal, else
        // a usage error; never an empty reflection (issue 10.13).
        if self.flags.is_empty() {
            if term::can_ask() {
                return guided::run(ctx, Some(&case));
            }
            return Err(Error::NothingToAdd(case).into());
        }
        let input = self.flags.into_input()?;
        let mut store = ctx.open(Access::Write)?;
        let tx = store.write()?;
        let id = rules::add_reflection(&tx, &case, &input, date::today())?;
        let saved = tx.reflection(id)?.expect("the reflection was just added");
        tx.commit()?;
        out(t!(
            "reflection-added",
            id = id,
            case = &saved.case,
            date = saved.date.to_string()
        ))
    }
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this case
    #[arg(long)]
    case: Option<String>,
    /// Only reflections that stalled at this step (0-7)
    #[arg(long, value_name = "N")]
    step: Option<String>,
    /// Only reflections that give this reason, by code or the start of its label (at --step, if given)
    #[arg(long, value_name = "CODE")]
    why: Option<String>,
    /// From this date on
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Up to and including this date
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// At most this many, newest first; 0 = all
    #[arg(long, value_name = "N", default_value_t = 20)]
    limit: u64,
    #[command(flatten)]
    json: JsonArg,
}

impl ListArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let query = ListQuery {
            case: self.case,
            step: self.step.map(|s| s.parse::<Step>()).transpose()?,
            why: self.why,
            since: self.since.map(|d| date::parse(&d, today)).transpose()?,
            until: self.until.map(|d| date::parse(&d, today)).transpose()?,
            limit: (self.limit > 0).then_some(self.limit),
        };
        let mut store = ctx.open(Access::Read)?;
        let tx = store.read()?;
        if self.json.json {
            // Streamed: the first reflection is printed at once (issue 15).
            let mut array = render::JsonArray::default();
            rules::list(&tx, &query, |r| array.push(&r))?;
            return array.end();
        }
        // The table needs every row's width before its first line: it
        // keeps the cells, not the reflections.
        let mut table = render::ReflectionTable::new(query.case.is_none());
        let more = rules::list(&tx, &query, |r| {
            table.push(&r);
            Ok(())
        })?;
        if table.is_empty() {
            return out(t!("no-reflections"));
        }
        let shown = table.len();
        table.print()?;
        if more {
            out(t!("more-than", shown = shown))?;
        }
        Ok(())
    }
}

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The reflection's id (see `spiegel list`)
    id: i64,
    #[command(flatten)]
    json: JsonArg,
}

impl ShowArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut store = ctx.open(Access::Read)?;
        let tx = store.read()?;
        let reflection = tx
            .reflection(self.id)?
            .ok_or(Error::NoReflection(self.id))?;
        if self.json.json {
            return render::json(&reflection);
        }
        show(
            &format!("#{}", reflection.id),
            &reflection,
            &tx.reason_labels()?,
        )
    }
}

/// A reflection under `title`, as `spiegel show` prints it; the guided
/// reflection shows its entry this way before saving.
pub fn show(title: &str, r: &Reflection, labels: &[(String, String, String)]) -> Result<()> {
    let label_of = |code: &str| {
        labels
            .iter()
            .find(|(c, _, _)| c == code)
            .map(|(_, en, nl)| format!("{code} ({})", crate::i18n::pick(en, nl)))
            .unwrap_or_else(|| code.to_string())
    };
    let mut rows = vec![
        (t!("label-case"), r.case.clone()),
        (t!("label-date"), r.date.to_string()),
        (
            t!("label-medium"),
            t!("guided-medium-option", medium = r.medium.code()),
        ),
        (t!("label-present"), render::present(r)),
        (
            t!("label-resistance"),
            if r.resistance.is_empty() {
                t!("none")
            } else {
                r.resistance.join(", ")
            },
        ),
    ];
    if r.stalls.is_empty() {
        rows.push((t!("label-stalls"), t!("none")));
    }
    for stall in &r.stalls {
        let reasons: Vec<String> = stall.reasons.iter().map(|c| label_of(c)).collect();
        rows.push((
            t!("label-stalls"),
            t!(
                "label-stall-at",
                step = stall.step.number(),
                reasons = reasons.join("; ")
            ),
        ));
    }
    rows.push((t!("label-completed"), render::yes_no(r.completed)));
    if let Some(q) = &r.question {
        rows.push((t!("label-question"), q.text.clone()));
        if let Some(answer) = &q.answer {
            rows.push((t!("label-answer"), answer.clone()));
        }
    }
    render::heading(title)?;
    render::fields(&rows)?;
    if !r.note.is_empty() {
        render::blank()?;
        out(&r.note)?;
    }
    Ok(())
}

#[derive(Debug, Args)]
pub struct EditArgs {
    /// The reflection's id (see `spiegel list`)
    id: i64,
    #[command(flatten)]
    flags: ReflectionFlags,
    /// The seven steps were not completed after all
    #[arg(long, conflicts_with = "completed")]
    not_completed: bool,
    /// Nobody else took part: remove everyone given with --with
    #[arg(long, conflicts_with = "with")]
    alone: bool,
    /// Remove all resistance reactions
    #[arg(long, conflicts_with = "resistance")]
    no_resistance: bool,
    /// Remove all stalls
    #[arg(long, conflicts_with = "stall")]
    no_stalls: bool,
}

impl EditArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut input = self.flags.into_input()?;
        if self.not_completed {
            input.completed = Some(false);
        }
        if self.alone {
            input.with = Some(Vec::new());
        }
        if self.no_resistance {
            input.resistance = Some(Vec::new());
        }
        if self.no_stalls {
            input.stalls = Some(Vec::new());
        }
        if input.is_empty() {
            return edit_in_editor(ctx, self.id);
        }
        let mut store = ctx.open(Access::Write)?;
        let tx = store.write()?;
        let r = rules::edit_reflection(&tx, self.id, &input)?;
        tx.commit()?;
        out(t!("reflection-updated", id = r.id))
    }
}

/// `spiegel edit ID` without flags: the whole reflection as a text form in
/// the editor, applied through the same rules as the flags, in one
/// transaction. An invalid form comes back with the error on top, until it
/// is valid, saved unchanged or emptied.
fn edit_in_editor(ctx: &Ctx, id: i64) -> Result<()> {
    // Read, then let go of the journal: nobody waits while the user writes.
    let (current, text) = {
        let mut store = ctx.open(Access::Read)?;
        let tx = store.read()?;
        let current = tx.reflection(id)?.ok_or(Error::NoReflection(id))?;
        let case = rules::find_case(&tx, &current.case)?;
        let reasons = tx.reasons()?;
        let context = form::Context {
            others: tx.others(case.id)?.into_iter().map(|o| o.name).collect(),
            reasons: &reasons,
            resistances: tx.resistances()?.into_iter().map(|r| r.code).collect(),
        };
        let text = form::render(&current, &context);
        (current, text)
    };
    let editor = editor::command(id)?;
    let file_name = format!("reflection-{id}.txt");
    let mut shown = text;
    let mut error: Option<String> = None;
    loop {
        let saved = editor::edit(&editor, &shown, &file_name)?;
        if error.is_some()
            && form::without_error(&saved).trim_end() == form::without_error(&shown).trim_end()
        {
            return out(t!("edit-abandoned", id = id));
        }
        let outcome = match form::parse(&saved, date::today()) {
            Ok(form::Saved::Empty) => return out(t!("edit-abandoned", id = id)),
            Ok(form::Saved::Form(values)) => {
                let input = form::changes(&current, &values);
                if input.is_empty() {
                    return out(t!("edit-nothing-changed", id = id));
                }
                apply(ctx, id, &input).map_err(|e| match e.downcast::<Error>() {
                    Ok(mistake) => Ok(vec![mistake.to_string()]),
                    Err(e) => Err(e),
                })
            }
            Err(mistakes) => Err(Ok(mistakes.lines())),
        };
        match outcome {
            Ok(()) => return out(t!("reflection-updated", id = id)),
            // The user's mistakes: show them in their own text, all at once.
            Err(Ok(mistakes)) => {
                shown = form::with_errors(&saved, &mistakes);
                error = Some(mistakes.join("\n"));
            }
            Err(Err(e)) => return Err(e),
        }
    }
}

/// Applies `input` to reflection `id` in one transaction, or writes nothing.
fn apply(ctx: &Ctx, id: i64, input: &ReflectionInput) -> Result<()> {
    let mut store = ctx.open(Access::Write)?;
    let tx = store.write()?;
    rules::edit_reflection(&tx, id, input)?;
    tx.commit()
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// The reflection's id (see `spiegel list`)
    id: i64,
    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

impl DeleteArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        if !self.yes {
            // Ask before taking the write lock, so another terminal is not
            // kept waiting while the user decides.
            let r = reflections::get(&mut journal, self.id)?;
            if !term::can_ask() {
                return Err(Error::ConfirmationNeeded(self.id).into());
            }
            let question = t!(
                "confirm-delete",
                id = r.id,
                case = &r.case,
                date = r.date.to_string()
            );
            // Esc or Ctrl-C is a no.
            let confirmed = match guided::confirm(&question, false) {
                Err(e) if matches!(e.downcast_ref(), Some(Error::Stopped)) => false,
                answer => answer?,
            };
            if !confirmed {
                return out(t!("not-deleted"));
            }
        }
        reflections::delete(&mut journal, self.id)?;
        out(t!("reflection-deleted", id = self.id))
    }
}

//! `spiegel show`: one reflection in full.

use crate::cli::words::journal::catalogue_label;
use anyhow::Result;
use clap::Args;

use super::render::{self, out};
use super::words::values::resistance;
use super::{Ctx, JsonArg};
use crate::journal::{Reflection, ReflectionId};
use crate::services::{Access, reflections};
use crate::t;

#[derive(Debug, Args)]
pub struct ShowArgs {
    /// The reflection's id (see `spiegel list`)
    id: ReflectionId,
    #[command(flatten)]
    json: JsonArg,
}

impl ShowArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let mut journal = ctx.journal(Access::Read)?;
        let (reflection, labels) = reflections::shown(&mut journal, self.id)?;
        if self.json.json {
            return render::json(&reflection);
        }
        show(&format!("#{}", reflection.id), &reflection, &labels)
    }
}

/// A reflection under `title`, as `spiegel show` prints it; the guided
/// reflection shows its entry this way before saving.
pub fn show(title: &str, r: &Reflection, labels: &[(String, String, String)]) -> Result<()> {
    // "accepted-refusal (Accepted the refusal too quickly)" in English;
    // only the label in another language (Dutch shows no English code).
    let label_of = |code: &str| {
        let name = crate::cli::words::journal::reason_in(code, labels);
        labels
            .iter()
            .find(|(c, _, _)| c == code && name == code)
            .map(|(_, en, nl)| format!("{code} ({})", catalogue_label(code, en, nl)))
            .unwrap_or(name)
    };
    let mut rows = vec![
        (t!("label-case"), r.case.clone()),
        (t!("label-date"), r.date.to_string()),
        (t!("label-medium"), r.medium.label()),
        (t!("label-present"), render::present(r)),
        (
            t!("label-resistance"),
            if r.resistance.is_empty() {
                t!("none")
            } else {
                let met: Vec<String> = r.resistance.iter().map(|c| resistance(c)).collect();
                met.join("; ")
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
    if !r.went_well.is_empty() {
        rows.push((t!("label-went-well"), r.went_well.clone()));
    }
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

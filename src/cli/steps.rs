//! `spiegel steps`: the method's steps 0-7.

use anyhow::Result;
use clap::Args;

use super::render::{self, out};
use super::{Ctx, JsonArg};
use crate::services::{Access, catalogue};
use crate::t;

#[derive(Debug, Args)]
pub struct StepsArgs {
    #[command(flatten)]
    json: JsonArg,
}

impl StepsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let steps = catalogue::steps(&mut ctx.journal(Access::Read)?)?;
        if self.json.json {
            return render::json(&steps);
        }
        let mut table = render::table(&[t!("col-step"), t!("col-title"), t!("col-pitfall")]);
        for s in &steps {
            table.add_row(vec![
                s.step.to_string(),
                format!("{}\n{}", s.title(), s.instruction()),
                s.pitfall().to_string(),
            ]);
        }
        out(table)
    }
}

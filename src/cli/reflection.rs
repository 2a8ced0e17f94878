//! What `spiegel add` and `spiegel edit` share: the flags that describe a
//! session, and `-` for a text read from standard input.

use anyhow::Result;
use clap::Args;

use super::term::stdin_if_dash;
use crate::error::Error;
use crate::journal::rules::ReflectionInput;
use crate::journal::text::Field;
use crate::journal::{Medium, StallSpec, date};

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
    /// What went well in the session (what worked, to keep doing); `-` reads it from stdin
    #[arg(long, value_name = "TEXT")]
    went_well: Option<String>,
    /// A question to bring to supervision; `-` reads it from stdin, which keeps it out of your shell history
    #[arg(long, value_name = "TEXT")]
    ask: Option<String>,
    /// With --ask: a question for your peer-supervision group (`spiegel prep --group` lists it; `export --anonymize --as CODE` shares it)
    #[arg(long, requires = "ask")]
    for_group: bool,
}

impl ReflectionFlags {
    /// No flag was given at all.
    pub fn is_empty(&self) -> bool {
        self.date.is_none()
            && self.with.is_empty()
            && self.medium.is_none()
            && self.resistance.is_empty()
            && self.stall.is_empty()
            && !self.completed
            && self.note.is_none()
            && self.went_well.is_none()
            && self.ask.is_none()
    }

    pub fn into_input(self) -> Result<ReflectionInput> {
        let today = date::today();
        let stalls = self
            .stall
            .iter()
            .map(|s| s.parse::<StallSpec>())
            .collect::<Result<Vec<_>, Error>>()?;
        let dashes = [&self.note, &self.went_well, &self.ask]
            .iter()
            .filter(|t| t.as_deref() == Some("-"))
            .count();
        if dashes > 1 {
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
            went_well: self
                .went_well
                .map(|t| stdin_if_dash(t, Field::WentWell))
                .transpose()?,
            ask: self
                .ask
                .map(|t| stdin_if_dash(t, Field::Question))
                .transpose()?,
            for_group: self.for_group.then_some(true),
        })
    }
}

//! `spiegel patterns`: what recurs across cases.

use anyhow::Result;
use clap::{Args, ValueEnum};

use super::Ctx;
use super::render::{self, out};
use crate::journal::patterns::{self as analysis, PatternQuery, Patterns};
use crate::journal::{Side, date, rules};
use crate::store::Access;
use crate::text::patterns as t;

/// Which side's reasons to look at.
#[derive(Debug, Clone, Copy, Default, ValueEnum)]
pub enum SideFilter {
    #[default]
    #[value(name = "self")]
    Own,
    Client,
    Other,
    All,
}

impl SideFilter {
    pub fn side(self) -> Option<Side> {
        match self {
            SideFilter::Own => Some(Side::Own),
            SideFilter::Client => Some(Side::Client),
            SideFilter::Other => Some(Side::Other),
            SideFilter::All => None,
        }
    }
}

#[derive(Debug, Args)]
pub struct PatternsArgs {
    /// From this date on
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Up to and including this date
    #[arg(long, value_name = "DATE")]
    until: Option<String>,
    /// Only this case
    #[arg(long, value_name = "NAME")]
    case: Option<String>,
    /// Whose reasons to look at
    #[arg(long, value_enum, default_value_t)]
    side: SideFilter,
    /// A reason seen in at least this many cases is a recurring pattern
    #[arg(long, value_name = "N", default_value_t = 3)]
    min_cases: u64,
    /// Print one JSON document instead of tables
    #[arg(long)]
    json: bool,
}

impl PatternsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let mut store = ctx.open(Access::Read)?;
        let tx = store.read()?;
        let query = PatternQuery {
            since: self.since.map(|d| date::parse(&d, today)).transpose()?,
            until: self.until.map(|d| date::parse(&d, today)).transpose()?,
            case_id: self
                .case
                .map(|name| rules::find_case(&tx, &name).map(|c| c.id))
                .transpose()?,
            side: self.side.side(),
            min_cases: self.min_cases.max(1),
        };
        let patterns = analysis::analyse(&tx, &query)?;
        if self.json {
            return render::json(&patterns);
        }
        print(&patterns)
    }
}

/// Prints every section, recurring patterns first.
pub fn print(p: &Patterns) -> Result<()> {
    if p.reflections == 0 {
        return out(t::empty());
    }
    let (from, to) = (
        p.period.from.map(|d| d.to_string()).unwrap_or_default(),
        p.period.to.map(|d| d.to_string()).unwrap_or_default(),
    );
    out(t::scope(p.reflections, p.cases, &from, &to))?;
    if p.reflections < 5 {
        out(t::tiny(p.reflections))?;
    }
    render::blank()?;

    render::heading(&t::recurring_intro(&p.side, p.min_cases))?;
    if p.recurring.is_empty() {
        out(t::no_recurring(&p.side, p.min_cases))?;
    }
    for r in &p.recurring {
        let line = t::recurring_line(
            &r.label_en,
            r.cases,
            &r.top_steps,
            r.resistance_en.as_deref(),
            r.trend,
        );
        out(format_args!("  • {line}"))?;
    }
    render::blank()?;

    if p.steps.is_empty() {
        return out(t::no_stalls(&p.side));
    }
    render::heading(t::STEPS)?;
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0) as f64;
    let mut table = render::table(&[
        t::COL_STEP,
        t::COL_TITLE,
        t::COL_STALLS,
        t::COL_CASES,
        t::COL_SHARE,
        "",
    ]);
    for s in &p.steps {
        table.add_row(vec![
            s.step.to_string(),
            s.title_en.clone(),
            s.stalls.to_string(),
            s.cases.to_string(),
            t::percent(s.share),
            render::bar(s.stalls as f64, max, 20),
        ]);
    }
    out(table)?;
    render::blank()?;

    render::heading(t::REASONS)?;
    let max = p.reasons.iter().map(|r| r.cases).max().unwrap_or(0) as f64;
    let mut table = render::table(&[
        t::COL_REASON,
        t::COL_COUNT,
        t::COL_CASES,
        "",
        t::COL_FIRST,
        t::COL_LAST,
        t::COL_MOSTLY,
        t::COL_TREND,
    ]);
    for r in &p.reasons {
        let mut reason = r.code.clone();
        if r.recurring {
            reason.push_str(" ★");
        }
        table.add_row(vec![
            reason,
            r.count.to_string(),
            r.cases.to_string(),
            render::bar(r.cases as f64, max, 12),
            r.first.to_string(),
            r.last.to_string(),
            t::steps(&r.top_steps),
            t::trend(r.trend).to_string(),
        ]);
    }
    out(table)?;
    out(format_args!(
        "★ = {} (≥ {} cases)",
        t::RECURRING_MARK,
        p.min_cases
    ))?;
    render::blank()?;

    render::heading(t::TOGETHER)?;
    if p.pairs.is_empty() {
        out(t::no_pairs())?;
    } else {
        let mut table = render::table(&[t::COL_REASON, t::COL_WITH, t::COL_COUNT, t::COL_CASES]);
        for pair in &p.pairs {
            let with = match (&pair.step, &pair.resistance) {
                (Some(step), _) => t::step(step),
                (None, Some(resistance)) => resistance.clone(),
                (None, None) => String::new(),
            };
            let mut reason = pair.reason.clone();
            if pair.recurring {
                reason.push_str(" ★");
            }
            table.add_row(vec![
                reason,
                with,
                pair.count.to_string(),
                pair.cases.to_string(),
            ]);
        }
        out(table)?;
    }
    render::blank()?;

    render::heading(t::FOLLOWED)?;
    let mut table = render::table(&[t::COL_REASON, t::COL_CASES_WITH, t::COL_CASES_WITHOUT]);
    for o in &p.outcomes.reasons {
        table.add_row(vec![
            o.reason.clone(),
            t::reached(o.with.reached, o.with.cases, o.with.share),
            t::reached(o.without.reached, o.without.cases, o.without.share),
        ]);
    }
    out(table)?;
    out(t::followed_note())?;
    render::blank()?;

    if !p.resistances.is_empty() {
        render::heading(t::RESISTANCE)?;
        let mut table = render::table(&[
            t::COL_RESISTANCE,
            t::COL_CASES,
            t::COL_JOINED,
            t::COL_SESSIONS_BEFORE,
        ]);
        for r in &p.resistances {
            table.add_row(vec![
                format!("{}\n{}", r.code, r.label_en),
                r.cases.to_string(),
                t::joined(r.joined_later, r.cases, r.share_joined),
                r.median_individual_sessions
                    .map(|m| format!("{m}"))
                    .unwrap_or_else(|| "–".into()),
            ]);
        }
        out(table)?;
        render::blank()?;
    }

    render::heading(t::BASELINE)?;
    let b = &p.outcomes.baseline;
    out(t::baseline(
        b.cohabiting_cases,
        b.individual_only,
        b.share,
        b.source_share,
    ))
}

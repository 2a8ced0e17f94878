//! `spiegel patterns`: what recurs across cases.

use crate::cli::words::journal::catalogue_label;
use anyhow::Result;
use clap::Args;

use super::Ctx;
use super::render::{self, out};
use crate::i18n::percent;
use crate::journal::opportunity::Base;
use crate::journal::patterns::{self as analysis, Patterns, Recurring, Trend};
use crate::journal::{Side, Step, date};
use crate::services::{Access, patterns};
use crate::t;

use super::words::journal::reason_name;
use super::words::values::resistance;

/// A resistance reaction in a table: its code over its words in English,
/// only its words in another language (Dutch shows no English code).
fn resistance_cell(r: &analysis::ResistanceRow) -> String {
    let words = resistance(&r.code);
    if crate::i18n::current() == crate::i18n::DEFAULT {
        format!("{}\n{words}", r.code)
    } else {
        words
    }
}

/// A reason of the analysis in a table: its code in English, its label in
/// another language.
pub(super) fn reason_of(p: &Patterns, code: &str) -> String {
    let labels = p
        .reasons
        .iter()
        .find(|r| r.code == code)
        .map(|r| (r.label_en.as_str(), r.label_nl.as_str()));
    reason_name(code, labels)
}

/// Which side's reasons to look at (typed as a side's code or word, or
/// `all`: `cli::values`).
#[derive(Debug, Clone, Copy, Default)]
pub enum SideFilter {
    #[default]
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
    /// Only sessions where this resistance reaction was met
    #[arg(long, value_name = "CODE")]
    when: Option<String>,
    /// In a journal that pools a peer-supervision group's records: each pattern per practitioner (yours: "me")
    #[arg(long, value_enum, value_name = "WHAT")]
    by: Option<super::group::By>,
    /// Which patterns the group's members share, and which are one member's
    #[arg(long, conflicts_with = "by")]
    group: bool,
    /// Print one JSON document instead of tables
    #[arg(long)]
    json: bool,
}

impl PatternsArgs {
    pub fn run(self, ctx: &Ctx) -> Result<()> {
        let today = date::today();
        let mut journal = ctx.journal(Access::Read)?;
        let ask = patterns::Ask {
            since: self.since.map(|d| date::parse(&d, today)).transpose()?,
            until: self.until.map(|d| date::parse(&d, today)).transpose()?,
            case: self.case,
            side: self.side.side(),
            min_cases: self.min_cases.max(1),
            when: self.when,
        };
        if self.by.is_some() || self.group {
            let each = patterns::by_practitioner(&mut journal, ask)?;
            return match (self.json, self.group) {
                (true, true) => render::json(&super::group::spread(&each)),
                (true, false) => render::json(&each),
                (false, true) => super::group::print_group(&each),
                (false, false) => super::group::print_by_practitioner(&each),
            };
        }
        let (patterns, pooled) = patterns::patterns(&mut journal, ask)?;
        if self.json {
            return render::json(&super::group::Own {
                patterns: &patterns,
                pooled: &pooled,
            });
        }
        super::group::pooled_note(&pooled)?;
        print(&patterns)
    }
}

/// Whose reasons, as the sentences of `patterns` name them.
fn side_name(side: &str) -> String {
    t!("patterns-side", side = side)
}

pub fn trend(trend: Option<Trend>) -> String {
    match trend {
        Some(Trend::Rising) => t!("patterns-trend-rising"),
        Some(Trend::Falling) => t!("patterns-trend-falling"),
        Some(Trend::Steady) => t!("patterns-trend-steady"),
        None => t!("patterns-trend-unknown"),
    }
}

/// Fewer than this in a base: said as "3 of 4", never as a percentage.
pub const SMALL: u64 = 5;

/// "3 of 4" below 5, "12 of 25 (48%)" from 5 on, – for an empty base.
pub fn of(count: u64, total: u64) -> String {
    match total {
        0 => t!("unknown"),
        t if t < SMALL => t!("rate-of", count = count, total = t),
        t => t!(
            "rate-of-percent",
            count = count,
            total = t,
            percent = percent(count as f64 / t as f64)
        ),
    }
}

/// The sessions a rate counts over, in words.
pub fn sessions(base: Base, when: Option<&str>) -> String {
    let code = match base {
        Base::StepZero => "step-zero",
        Base::Conversation => "conversation",
        Base::All => "all",
        Base::Given => "given",
    };
    match when {
        Some(code_met) => t!(
            "patterns-base-when",
            base = code,
            resistance = resistance(code_met)
        ),
        None => t!("patterns-base", base = code),
    }
}

/// "12 of 25 sessions with someone from the system present (48%)".
pub fn rate_in(count: u64, total: u64, base: Base, when: Option<&str>) -> String {
    let sessions = sessions(base, when);
    if total == 0 || total < SMALL {
        t!("rate-in", count = count, total = total, sessions = sessions)
    } else {
        t!(
            "rate-in-percent",
            count = count,
            total = total,
            sessions = sessions,
            percent = percent(count as f64 / total as f64)
        )
    }
}

/// "step 0", "steps 1, 4 and 5"; empty for no steps.
pub fn steps(steps: &[Step]) -> String {
    if steps.is_empty() {
        return String::new();
    }
    let list: Vec<String> = steps.iter().map(|s| s.to_string()).collect();
    t!(
        "patterns-steps-list",
        count = steps.len(),
        list = crate::cli::words::lists::list_and(&list)
    )
}

/// "Accepted the refusal too quickly — 5 cases, mostly at step 0, with 'I
/// have no one (left)' (rising)", in the current language.
pub fn recurring_line(r: &Recurring) -> String {
    let label = catalogue_label(&r.reason, &r.label_en, &r.label_nl);
    let mut line = t!("patterns-recurring-line", label = label, cases = r.cases);
    line.push_str(", ");
    line.push_str(&rate_in(
        r.count,
        r.opportunities,
        r.base,
        r.when.as_deref(),
    ));
    if !r.top_steps.is_empty() {
        line.push_str(", ");
        line.push_str(&t!(
            "patterns-recurring-mostly",
            steps = steps(&r.top_steps)
        ));
    }
    if let Some(en) = &r.resistance_en {
        let resistance = crate::i18n::pick(en, r.resistance_nl.as_deref().unwrap_or(""));
        line.push_str(", ");
        line.push_str(&t!("patterns-recurring-with", resistance = resistance));
    }
    if matches!(r.trend, Some(Trend::Rising) | Some(Trend::Falling)) {
        line.push_str(&format!(" ({})", trend(r.trend)));
    }
    line
}

/// "7 of 9 reached the system (78%)"; never a percentage below 5 cases.
fn reached(reached: u64, cases: u64) -> String {
    let mut text = t!("patterns-reached", reached = reached, cases = cases);
    if cases >= SMALL {
        text.push_str(&format!(" ({})", percent(reached as f64 / cases as f64)));
    }
    text
}

/// Prints every section, recurring patterns first.
pub fn print(p: &Patterns) -> Result<()> {
    if p.reflections == 0 {
        return out(t!("patterns-empty"));
    }
    let (from, to) = (
        p.period.from.map(|d| d.to_string()).unwrap_or_default(),
        p.period.to.map(|d| d.to_string()).unwrap_or_default(),
    );
    out(t!(
        "patterns-scope",
        reflections = p.reflections,
        cases = p.cases,
        from = from,
        to = to
    ))?;
    if let Some(when) = &p.when {
        out(t!("patterns-when", resistance = resistance(when)))?;
    }
    if p.reflections < 5 {
        out(t!("patterns-tiny", reflections = p.reflections))?;
    }
    render::blank()?;

    let side = side_name(&p.side);
    render::heading(&t!(
        "patterns-recurring-intro",
        side = side.as_str(),
        min = p.min_cases
    ))?;
    if p.recurring.is_empty() {
        out(t!(
            "patterns-no-recurring",
            side = side.as_str(),
            min = p.min_cases
        ))?;
    }
    let when = p.when.as_deref();
    for r in &p.recurring {
        out(format_args!("  • {}", recurring_line(r)))?;
    }
    render::blank()?;
    // Before the stalls: it holds even where nothing stalled.
    super::system_table::print(&p.to_the_table)?;

    if p.steps.is_empty() {
        return out(t!("patterns-no-stalls", side = side.as_str()));
    }
    render::heading(&t!("patterns-steps"))?;
    let max = p.steps.iter().map(|s| s.stalls).max().unwrap_or(0) as f64;
    let mut table = render::table(&[
        t!("col-step"),
        t!("col-title"),
        t!("patterns-col-stalls"),
        t!("patterns-col-cases"),
        t!("patterns-col-share"),
        String::new(),
    ]);
    for s in &p.steps {
        table.add_row(vec![
            s.step.to_string(),
            super::words::step_title(s.step),
            s.stalls.to_string(),
            s.cases.to_string(),
            of(s.stalls, s.opportunities),
            render::bar(s.stalls as f64, max, 20),
        ]);
    }
    out(table)?;
    render::blank()?;

    render::heading(&t!("patterns-reasons"))?;
    let max = p.reasons.iter().map(|r| r.cases).max().unwrap_or(0) as f64;
    let mut table = render::table(&[
        t!("col-reason"),
        t!("patterns-col-rate"),
        t!("patterns-col-cases"),
        String::new(),
        t!("patterns-col-first"),
        t!("patterns-col-last"),
        t!("col-usual-steps"),
        t!("patterns-col-trend"),
    ]);
    for r in &p.reasons {
        let mut reason = reason_name(&r.code, Some((&r.label_en, &r.label_nl)));
        if r.recurring {
            reason.push_str(" ★");
        }
        table.add_row(vec![
            reason,
            rate_in(r.count, r.opportunities, r.base, when),
            r.cases.to_string(),
            render::bar(r.cases as f64, max, 12),
            r.first.to_string(),
            r.last.to_string(),
            steps(&r.top_steps),
            trend(r.trend),
        ]);
    }
    out(table)?;
    out(t!("patterns-recurring-legend", min = p.min_cases))?;
    out(t!("patterns-bases-legend"))?;
    render::blank()?;

    render::heading(&t!("patterns-together"))?;
    if p.pairs.is_empty() {
        out(t!("patterns-no-pairs"))?;
    } else {
        let mut table = render::table(&[
            t!("col-reason"),
            t!("patterns-col-with"),
            t!("patterns-col-count"),
            t!("patterns-col-cases"),
            t!("patterns-col-pair-rate"),
        ]);
        for pair in &p.pairs {
            let with = match (&pair.step, &pair.resistance) {
                (Some(step), _) => t!("patterns-step", step = step.number()),
                (None, Some(code)) => crate::i18n::pick(code, &resistance(code)).to_string(),
                (None, None) => String::new(),
            };
            let mut reason = reason_of(p, &pair.reason);
            if pair.recurring {
                reason.push_str(" ★");
            }
            table.add_row(vec![
                reason,
                with,
                pair.count.to_string(),
                pair.cases.to_string(),
                of(pair.count, pair.opportunities),
            ]);
        }
        out(table)?;
    }
    render::blank()?;

    render::heading(&t!("patterns-followed"))?;
    let mut table = render::table(&[
        t!("col-reason"),
        t!("patterns-col-cases-with"),
        t!("patterns-col-cases-without"),
    ]);
    for o in &p.outcomes.reasons {
        if o.with.cases < SMALL || o.without.cases < SMALL {
            table.add_row(vec![
                reason_of(p, &o.reason),
                t!(
                    "patterns-too-few-to-compare",
                    with = o.with.cases,
                    without = o.without.cases
                ),
                String::new(),
            ]);
        } else {
            table.add_row(vec![
                reason_of(p, &o.reason),
                reached(o.with.reached, o.with.cases),
                reached(o.without.reached, o.without.cases),
            ]);
        }
    }
    out(table)?;
    out(t!("patterns-followed-note"))?;
    render::blank()?;

    if !p.resistances.is_empty() {
        render::heading(&t!("patterns-resistance"))?;
        let mut table = render::table(&[
            t!("patterns-col-resistance"),
            t!("patterns-col-cases"),
            t!("patterns-col-joined"),
            t!("patterns-col-sessions-before"),
        ]);
        for r in &p.resistances {
            table.add_row(vec![
                resistance_cell(r),
                r.cases.to_string(),
                of(r.joined_later, r.cases),
                r.median_individual_sessions
                    .map(crate::i18n::decimal)
                    .unwrap_or_else(|| t!("unknown")),
            ]);
        }
        out(table)?;
        render::blank()?;
    }

    render::heading(&t!("patterns-baseline-heading"))?;
    baseline(&p.outcomes.baseline)
}

/// At least this many closed cases before comparing with the source's 65%.
pub const BASELINE_MIN: u64 = 10;

/// The baseline in a sentence (or two): closed cases only.
pub fn baseline(b: &analysis::Baseline) -> Result<()> {
    let source = percent(b.source_share);
    out(match b.share {
        None if b.open_cases == 0 => t!("patterns-baseline-unknown"),
        _ if b.cohabiting_cases < BASELINE_MIN => t!(
            "patterns-baseline-too-few",
            cohabiting = b.cohabiting_cases,
            source = source.as_str()
        ),
        _ => t!(
            "patterns-baseline-closed",
            cohabiting = b.cohabiting_cases,
            individual = b.individual_only,
            percent = percent(b.share.unwrap_or(0.0)),
            source = source.as_str()
        ),
    })?;
    if b.open_cases > 0 {
        out(t!("patterns-baseline-open", open = b.open_cases))?;
    }
    Ok(())
}

//! Completion of the method's values: the steps with their titles, and the
//! catalogue's codes, found by their code or by the start of their label in
//! either language (as the parser finds them).

use std::ffi::OsStr;

use clap_complete::engine::CompletionCandidate;

use crate::i18n::pick;
use crate::journal::{Labelled, Step, fold};

/// The steps `0`–`7` followed by `then`, each with its title in the
/// language spoken as help.
pub fn steps_then(then: &str) -> Vec<(String, Option<String>)> {
    (0..=Step::LAST)
        .filter_map(|n| Step::new(n).ok())
        .map(|step| {
            let title = super::words::step_title(step);
            (format!("{step}{then}"), Some(title))
        })
        .collect()
}

/// `--step`, and each step of `reasons add --steps`.
pub fn steps(current: &OsStr) -> Vec<CompletionCandidate> {
    super::shell::matching(current, steps_then(""))
}

/// Catalogue entries for what was typed: the codes that start with it;
/// when none does, the entries whose label (the language spoken first)
/// starts with it, written as the parser reads it back and as every shell
/// keeps it — the label folded, its words joined by `-` ("te" offers
/// `te-snel-gegaan-geen-ruimte-voor-stilte`). The help is the label.
pub fn labelled(
    current: &OsStr,
    entries: impl IntoIterator<Item = Labelled>,
) -> Vec<CompletionCandidate> {
    let typed = current.to_string_lossy();
    let code_start = typed.to_lowercase();
    let entries: Vec<Labelled> = entries.into_iter().collect();
    let help = |e: &Labelled| Some(pick(&e.label_en, &e.label_nl).to_string().into());
    let codes: Vec<CompletionCandidate> = entries
        .iter()
        .filter(|e| e.code.to_lowercase().starts_with(&code_start))
        .map(|e| CompletionCandidate::new(&e.code).help(help(e)))
        .collect();
    let label_start = fold(&typed);
    if !codes.is_empty() || label_start.is_empty() {
        return codes;
    }
    entries
        .iter()
        .filter_map(|e| {
            let spoken = pick(&e.label_en, &e.label_nl);
            let other = if spoken == e.label_nl {
                &e.label_en
            } else {
                &e.label_nl
            };
            [spoken, other]
                .into_iter()
                .map(fold)
                .find(|label| label.starts_with(&label_start))
                .map(|label| CompletionCandidate::new(label.replace(' ', "-")).help(help(e)))
        })
        .collect()
}

//! `spiegel prep` as a person reads it and a printer prints it (issue 13,
//! points 6 and 8): charts with labelled axes and values, dates and months
//! in the page's language, reasons by their label, one month as a sentence,
//! goal sparklines with their numbers, and the HTML printed to A4.

use std::path::Path;
use std::process::Command;

use crate::prep::{browser, prep_journal};
use crate::support::Journal;

/// The reason codes of [`prep_journal`]: a Dutch page never shows them.
const CODES: [&str; 3] = ["accepted-refusal", "lost-own-need", "went-too-fast"];

#[test]
fn dates_months_and_reasons_are_in_the_page_language() {
    let j = prep_journal();
    let en = j.ok(&["prep"]);
    for line in [
        "1 Feb 2026 – 15 Mar 2026, since the supervision of 31 Jan 2026  ",
        "- 3 Feb 2026, Anna: Why do I accept the first no?",
        "| Month | Reflections | Accepted the refusal too quickly | Lost touch with my own need | Went too fast; no room for silence |",
        "| Feb 2026 | 3 | 3 | 1 | 0 |",
        "| Mar 2026 | 1 | 0 | 0 | 1 |",
    ] {
        assert!(en.lines().any(|l| l == line), "missing {line:?} in:\n{en}");
    }
    assert!(en.contains("Made with spiegel on 15 Mar 2026."), "{en}");

    let nl = j.ok(&["--lang", "nl", "prep"]);
    for line in [
        "1 feb. 2026 – 15 mrt. 2026, sinds de supervisie van 31 jan. 2026  ",
        "- 3 feb. 2026, Anna: Why do I accept the first no?",
        "| feb. 2026 | 3 | 3 | 1 | 0 |",
        "| mrt. 2026 | 1 | 0 | 0 | 1 |",
    ] {
        assert!(nl.lines().any(|l| l == line), "missing {line:?} in:\n{nl}");
    }
    let html = j.ok(&["--lang", "nl", "prep", "--format", "html"]);
    // The commands the page gives to see more are typed as they are, codes
    // and ISO dates included; the rest of the page speaks Dutch.
    let nl = without_commands(&nl, "`spiegel ", "`");
    let html = without_commands(&html, "<code>spiegel ", "</code>");
    for code in CODES {
        assert!(!nl.contains(code), "{code} in the Dutch page:\n{nl}");
        assert!(!html.contains(code), "{code} in the Dutch HTML page");
    }
    assert!(!nl.contains("2026-0") && !html.contains("2026-0"), "{nl}");
    // The figures keep their codes and ISO dates.
    let json = j.ok(&["prep", "--json"]);
    assert!(json.contains("\"accepted-refusal\"") && json.contains("2026-02-03"));
}

/// `page` without the commands it quotes (from `open` to the next `close`).
fn without_commands(page: &str, open: &str, close: &str) -> String {
    let mut rest = page;
    let mut kept = String::new();
    while let Some(at) = rest.find(open) {
        kept.push_str(&rest[..at]);
        let after = &rest[at + open.len()..];
        rest = after
            .find(close)
            .map_or("", |end| &after[end + close.len()..]);
    }
    kept.push_str(rest);
    kept
}

#[test]
fn the_month_chart_has_labelled_axes_and_a_value_on_every_bar() {
    let j = prep_journal();
    let html = j.ok(&["prep", "--format", "html"]);
    let chart = &html[html.find("Top reasons per month").unwrap()..];
    let chart = &chart[..chart.find("</svg>").expect("a chart")];
    for text in [
        // The axes and their titles.
        ">Reflections giving the reason</text>",
        ">Month (number of reflections)</text>",
        ">Feb 2026</text>",
        ">Mar</text>",
        ">(3)</text>",
        ">(1)</text>",
        // Reasons by their label; the counts on the bars, zeros too.
        ">Accepted the refusal too quickly</text>",
        ">Went too fast; no room for silence</text>",
        "text-anchor=\"middle\">3</text>",
        "text-anchor=\"middle\">0</text>",
    ] {
        assert!(chart.contains(text), "missing {text:?} in:\n{chart}");
    }
    // Three reasons × two months: six values, a bar for each that is not 0.
    assert_eq!(chart.matches("<rect class=\"bar\"").count(), 3, "{chart}");
    assert_eq!(chart.matches("<text class=\"value\"").count(), 3, "{chart}");
    assert_eq!(chart.matches("\">0</text>").count(), 3, "{chart}");

    let nl = j.ok(&["--lang", "nl", "prep", "--format", "html"]);
    for text in [
        ">feb. 2026</text>",
        ">mrt.</text>",
        ">Maand (aantal reflecties)</text>",
    ] {
        assert!(nl.contains(text), "missing {text:?}");
    }
}

#[test]
fn one_month_is_a_sentence_not_a_chart() {
    let j = prep_journal();
    let md = j.ok(&["prep", "--since", "2026-02-01", "--min-cases", "1"]);
    assert!(md.contains("| Feb 2026 |"), "two months: a table\n{md}");

    let md = j.ok(&["prep", "--since", "2026-03-01", "--min-cases", "1"]);
    let sentence = "All of this period falls in March 2026: 1 reflection, of which 1 gave ‘Went too fast; no room for silence’.";
    assert!(md.lines().any(|l| l == sentence), "{md}");
    assert!(!md.contains("| Mar 2026 |"), "{md}");
    let html = j.ok(&["prep", "--since", "2026-03-01", "--format", "html"]);
    assert!(html.contains(&format!("<p>{sentence}</p>")), "{html}");
    assert_eq!(html.matches("<svg").count(), 1, "only the steps' chart");

    let nl = j.ok(&[
        "--lang",
        "nl",
        "prep",
        "--since",
        "2026-02-01",
        "--min-cases",
        "9",
    ]);
    assert!(nl.contains("| feb. 2026 | 3 |"), "{nl}");
    let nl = j.ok(&["--lang", "nl", "prep", "--since", "2026-03-01"]);
    assert!(
        nl.contains("Deze hele periode valt in maart 2026: 1 reflectie, waarvan 1 met ‘Te snel gegaan; geen ruimte voor stilte’."),
        "{nl}"
    );
}

#[test]
fn goal_sparklines_carry_their_numbers_in_words() {
    let j = prep_journal();
    let md = j.ok(&["prep"]);
    let row = "| Ask a second time | Accepted the refusal too quickly | 1 Feb 2026 | 1 of 1 | 3 of 3 | █▁ Feb 2026: 3 of 3, Mar: 0 of 1 |";
    assert!(md.lines().any(|l| l == row), "{md}");
    assert!(md.contains("| Per month (of all reflections) |"), "{md}");
    let nl = j.ok(&["--lang", "nl", "prep"]);
    assert!(
        nl.contains("| █▁ feb. 2026: 3 van 3, mrt.: 0 van 1 |"),
        "{nl}"
    );
    let html = j.ok(&["prep", "--format", "html"]);
    assert!(
        html.contains("█▁<br><span class=\"months\"><span>Feb 2026: 3 of 3</span>, <span>Mar: 0 of 1</span></span>"),
        "{html}"
    );
}

/// The demo's page printed to PDF on A4 by headless Chromium, read back
/// with `pdftotext` (poppler-utils; `.ci/run` installs both): at most three
/// pages, the first pattern on page 1 with the title, no page without
/// content, and the period at the top of every page.
#[test]
fn the_demo_page_prints_on_at_most_three_a4_pages() {
    let (Some(chromium), Some(pdftotext)) = (browser::find(), browser::on_path(&["pdftotext"]))
    else {
        assert!(
            std::env::var_os("SPIEGEL_REQUIRE_BROWSER").is_none(),
            "SPIEGEL_REQUIRE_BROWSER is set but chromium or pdftotext (poppler-utils) is missing"
        );
        eprintln!("skipped: no chromium or pdftotext on this machine (.ci/run installs them)");
        return;
    };
    let j = Journal::new();
    j.ok(&["demo"]);
    for (lang, title, period) in [
        ("en", "Supervision preparation", "5 Jan 2026 – 15 Mar 2026"),
        (
            "nl",
            "Voorbereiding supervisie",
            "5 jan. 2026 – 15 mrt. 2026",
        ),
    ] {
        let md = j.ok(&["--lang", lang, "prep"]);
        let first = md
            .lines()
            .find_map(|l| l.strip_prefix("### "))
            .and_then(|h| h.split(" — ").next())
            .expect("a pattern in the demo");
        let pages = print(&j, &chromium, &pdftotext, lang);
        let n = pages.len();
        assert!(n <= 3, "{lang}: {n} pages:\n{pages:#?}");
        assert!(pages[0].starts_with(title), "{lang}: {:?}", pages[0]);
        assert!(
            pages[0].contains(first),
            "{lang}: page 1 lacks the first pattern {first:?}:\n{}",
            pages[0]
        );
        for (i, page) in pages.iter().enumerate() {
            // "2 / 3", however the PDF spaces it.
            let number = format!("{}/{n}", i + 1);
            assert!(page.contains(period), "{lang}: no period on page {}", i + 1);
            assert!(
                page.replace(' ', "").ends_with(&number),
                "{lang}: {page:?} lacks {number}"
            );
            if i > 0 {
                let header = format!("{title} · {period}");
                assert!(page.starts_with(&header), "{lang}: no header on {page:?}");
            }
            let content = page.len() - period.len() - title.len() - number.len();
            assert!(
                content > 200,
                "{lang}: page {} is all but empty: {page:?}",
                i + 1
            );
        }
    }
}

/// The page in `lang` printed to PDF and read back: each page's text on one
/// line, whitespace collapsed.
fn print(j: &Journal, chromium: &Path, pdftotext: &Path, lang: &str) -> Vec<String> {
    let dir = j.dir.path();
    let page = dir.join(format!("prep-{lang}.html"));
    let pdf = dir.join(format!("prep-{lang}.pdf"));
    j.ok(&[
        "--lang",
        lang,
        "prep",
        "--format",
        "html",
        "-o",
        page.to_str().unwrap(),
    ]);
    browser::run(
        chromium,
        &page,
        &[
            "--no-pdf-header-footer".to_string(),
            format!("--print-to-pdf={}", pdf.display()),
        ],
    );
    let bytes = std::fs::read(&pdf).expect("chromium wrote no PDF");
    // The page objects, counted in the PDF itself ("/Type /Pages" is their list).
    let objects = bytes
        .windows(12)
        .filter(|w| w.starts_with(b"/Type /Page") && !w[11].is_ascii_alphabetic())
        .count();
    let out = Command::new(pdftotext)
        .args(["-enc", "UTF-8"])
        .arg(&pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        pdf.display()
    );
    let text = String::from_utf8(out.stdout).unwrap();
    let pages: Vec<String> = text
        .split('\u{c}')
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    assert_eq!(pages.len(), objects, "pdftotext and the PDF disagree");
    pages
}

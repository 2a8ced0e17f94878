//! The whole manual (issue 16.6): the method, exit status, environment,
//! files, examples, a page per command, and references only to pages that
//! exist.

use std::collections::BTreeSet;

use crate::support::Journal;

/// The pages a page refers to: `name(1)` with roff's `\-` read as `-`.
fn references(page: &str) -> BTreeSet<String> {
    let page = page
        .replace("\\-", "-")
        .replace("\\fB", " ")
        .replace("\\fR", " ");
    let mut found = BTreeSet::new();
    for (at, _) in page.match_indices("(1)") {
        let name: String = page[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
            .collect();
        if !name.is_empty() {
            found.insert(format!("{name}.1"));
        }
    }
    found
}

#[test]
fn the_manual_page_has_the_method_exit_status_environment_files_and_examples() {
    let j = Journal::new();
    let page = j.ok(&["man"]);
    for section in [
        ".SH NAME",
        ".SH DESCRIPTION",
        ".SH COMMANDS",
        ".SH EXAMPLES",
        ".SH \"EXIT STATUS\"",
        ".SH ENVIRONMENT",
        ".SH FILES",
        ".SH \"SEE ALSO\"",
    ] {
        assert!(
            page.contains(&format!("\n{section}\n")),
            "{section}: {page}"
        );
    }
    assert!(
        page.contains("The method: most clients come alone"),
        "{page}"
    );
    for var in [
        "SPIEGEL_DB",
        "SPIEGEL_PASSPHRASE",
        "SPIEGEL_NEW_PASSPHRASE",
        "SPIEGEL_LANG",
        "SPIEGEL_TODAY",
        "SPIEGEL_PAGER, PAGER",
        "VISUAL, EDITOR",
        "NO_COLOR",
        "COLUMNS",
        "SPIEGEL_COMPLETE",
        "SPIEGEL_TRACE_SQL",
    ] {
        assert!(page.contains(&format!(".TP\n\\fB{var}\\fR\n")), "{var}");
    }
    for code in ["0", "1", "2"] {
        assert!(page.contains(&format!(".TP\n\\fB{code}\\fR\n")), "{code}");
    }
    assert!(page.contains("spiegel\\-demo\\-*"), "{page}");
    assert!(
        page.contains("\\fBspiegel add John \\-\\-stall 0:accepted\\-refusal"),
        "{page}"
    );
    // A page alone refers to no other page, and has no `help` command.
    assert_eq!(references(&page), BTreeSet::new(), "{page}");
    assert!(!page.contains("spiegel help"), "{page}");
    assert!(page.contains("spiegel man \\-\\-dir DIR"), "{page}");
}

#[test]
fn man_dir_writes_a_page_per_command_that_refers_only_to_pages_written() {
    let j = Journal::new();
    let dir = j.dir.path().join("man");
    j.ok(&["man", "--dir", dir.to_str().unwrap()]);
    let written: BTreeSet<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for page in [
        "spiegel.1",
        "spiegel-add.1",
        "spiegel-case.1",
        "spiegel-case-add.1",
    ] {
        assert!(written.contains(page), "{page}: {written:?}");
    }
    assert!(!written.iter().any(|p| p.contains("help")), "{written:?}");
    for name in &written {
        let page = std::fs::read_to_string(dir.join(name)).unwrap();
        let missing: Vec<_> = references(&page).difference(&written).cloned().collect();
        assert!(missing.is_empty(), "{name} refers to {missing:?}");
    }
    let top = std::fs::read_to_string(dir.join("spiegel.1")).unwrap();
    assert!(top.contains("spiegel\\-case(1)"), "{top}");
    let add = std::fs::read_to_string(dir.join("spiegel-add.1")).unwrap();
    assert!(add.contains(".SH EXAMPLES"), "{add}");
    assert!(add.contains("\\fBspiegel add John"), "{add}");
    assert!(add.contains(".SH \"SEE ALSO\"\nspiegel(1)"), "{add}");
    let case_add = std::fs::read_to_string(dir.join("spiegel-case-add.1")).unwrap();
    assert!(
        case_add.contains(".SH \"SEE ALSO\"\nspiegel(1), spiegel\\-case(1)"),
        "{case_add}"
    );
}

#[test]
fn the_dutch_manual_is_in_dutch() {
    let j = Journal::new();
    let page = j.ok(&["--lang", "nl", "man"]);
    for section in [
        ".SH NAAM",
        ".SH BESCHRIJVING",
        ".SH OPDRACHTEN",
        ".SH VOORBEELDEN",
        ".SH AFSLUITSTATUS",
        ".SH OMGEVING",
        ".SH BESTANDEN",
        ".SH \"ZIE OOK\"",
    ] {
        assert!(
            page.contains(&format!("\n{section}\n")),
            "{section}: {page}"
        );
    }
    assert!(page.contains("De methode:"), "{page}");
    assert!(!page.contains("The method"), "{page}");
    assert!(!page.contains("\n.SH DESCRIPTION\n"), "{page}");
}

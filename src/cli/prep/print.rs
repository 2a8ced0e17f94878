//! How the HTML page prints on A4: from page 2 on, a running header with
//! the title and the period (page 1 opens with them), and "2 / 3" at the
//! foot of every page. CSS margin boxes: browsers without them print the
//! page without the header.

use super::period;
use crate::journal::prep::Prep;
use crate::t;

/// The `@page` rules with the running header and the page numbers.
pub fn page_css(p: &Prep) -> String {
    let header = format!("{} · {}", t!("prep-title"), period(p));
    format!(
        "@page {{\n  @top-left {{ content: {}; {BOX} }}\n  \
         @bottom-right {{ content: counter(page) \" / \" counter(pages); {BOX} }}\n}}\n\
         @page :first {{ @top-left {{ content: none; }} }}\n",
        css_string(&header)
    )
}

/// How the margin boxes' text looks: small and muted, like `.meta`.
const BOX: &str = "font: 8pt -apple-system, \"Segoe UI\", \"Helvetica Neue\", Arial, sans-serif; \
                   color: #59636e; vertical-align: bottom; padding-bottom: 3mm;";

/// `text` as a quoted CSS string that cannot end the string, the rule or
/// the `<style>` element it stands in.
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' | '<' | '>' | '&' | '\n' | '\r' => {
                out.push_str(&format!("\\{:X} ", c as u32))
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::css_string;

    #[test]
    fn header_text_cannot_break_out_of_the_style() {
        assert_eq!(
            css_string("a \"b\" </style>\\"),
            "\"a \\22 b\\22  \\3C /style\\3E \\5C \""
        );
    }
}

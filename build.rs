//! Embeds every language file in `i18n/` (`en.ftl`, `nl.ftl`, …), so that a
//! translator adds a language by adding a file, without touching Rust.

use std::fmt::Write;
use std::path::Path;

fn main() {
    println!("cargo:rerun-if-changed=i18n");
    browser_for_tests();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("i18n");
    let mut languages: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("the i18n folder")
        .filter_map(|entry| {
            let path = entry.ok()?.path();
            let code = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "ftl").then(|| (code, path.display().to_string()))
        })
        .collect();
    languages.sort();
    let mut out = String::from(
        "/// Every language: its code and its Fluent source.\npub const LANGUAGES: &[(&str, &str)] = &[\n",
    );
    for (code, path) in &languages {
        writeln!(out, "    ({code:?}, include_str!({path:?})),").unwrap();
    }
    out.push_str("];\n");
    let dest = Path::new(&std::env::var("OUT_DIR").unwrap()).join("languages.rs");
    std::fs::write(dest, out).unwrap();
}

/// The prep page's browser test is ignored, with its reason in the test
/// summary, where no Chromium is on PATH (issue 16.9) — unless
/// SPIEGEL_REQUIRE_BROWSER insists on it, as CI does.
fn browser_for_tests() {
    println!("cargo::rustc-check-cfg=cfg(spiegel_no_browser)");
    println!("cargo:rerun-if-env-changed=PATH");
    println!("cargo:rerun-if-env-changed=SPIEGEL_REQUIRE_BROWSER");
    let found = std::env::var_os("PATH").is_some_and(|path| {
        std::env::split_paths(&path).any(|dir| {
            ["chromium", "chromium-browser", "google-chrome"]
                .iter()
                .any(|name| dir.join(name).is_file())
        })
    });
    if !found && std::env::var_os("SPIEGEL_REQUIRE_BROWSER").is_none() {
        println!("cargo:rustc-cfg=spiegel_no_browser");
    }
}

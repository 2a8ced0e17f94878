//! `spiegel prep`: the supervision page in Markdown and HTML, and the HTML
//! page in a real browser.

use crate::support::Journal;

/// Three cases; a meeting on 2026-01-31, so the page starts on 2026-02-01.
pub fn prep_journal() -> Journal {
    let j = Journal::new();
    for case in ["Anna", "Bert", "Cas"] {
        j.ok(&["case", "add", case, "--opened", "2026-01-01"]);
    }
    j.ok(&["other", "add", "Anna", "Pa", "--role", "partner"]);
    j.ok(&[
        "supervision",
        "add",
        "--date",
        "2026-01-31",
        "--with",
        "supervisor",
    ]);
    let adds: &[&[&str]] = &[
        &[
            "Anna",
            "--date",
            "2026-01-10",
            "--stall",
            "0:accepted-refusal",
            "--note",
            "Before the meeting.",
        ],
        &[
            "Anna",
            "--date",
            "2026-02-03",
            "--stall",
            "0:accepted-refusal",
            "--note",
            "Anna said nobody would come <b>really</b>",
            "--ask",
            "Why do I accept the first no?",
        ],
        &[
            "Bert",
            "--date",
            "2026-02-10",
            "--stall",
            "0:accepted-refusal",
            "--note",
            "Bert: 'my wife is too busy' | I let it go",
        ],
        &[
            "Cas",
            "--date",
            "2026-02-20",
            "--stall",
            "0:accepted-refusal,lost-own-need",
        ],
        &[
            "Anna",
            "--date",
            "2026-03-02",
            "--with",
            "Pa",
            "--stall",
            "3:went-too-fast",
            "--note",
            "Pa cried; I moved on.",
        ],
    ];
    for args in adds {
        let mut full = vec!["add"];
        full.extend_from_slice(args);
        j.ok(&full);
    }
    j.ok(&[
        "goal",
        "add",
        "Ask a second time",
        "--reason",
        "accepted-refusal",
        "--since",
        "2026-02-01",
    ]);
    j
}

#[test]
fn markdown_covers_everything_since_the_last_meeting() {
    let j = prep_journal();
    let md = j.ok(&["prep"]);
    let expected = [
        "# Supervision preparation",
        "1 Feb 2026 – 15 Mar 2026, since the supervision of 31 Jan 2026  ",
        "4 reflections · 3 cases · 4 stalls on my own side",
        "## Patterns in view (my own side)",
        // Issue 12: 3 of 3 step-0 sessions; too few for a trend (was "(falling)").
        "### Accepted the refusal too quickly — 3 cases, 3 of 3 sessions without anyone from the system or where resistance was met, mostly at step 0",
        "Cases: Anna (1), Bert (1), Cas (1)",
        "- 10 Feb 2026, Bert: “Bert: 'my wife is too busy' \\| I let it go”",
        "- 3 Feb 2026, Anna: “Anna said nobody would come \\<b\\>really\\</b\\>”",
        "## Open questions",
        "- 3 Feb 2026, Anna: Why do I accept the first no?",
        "## Learning goals",
        // Issue 12: over step-0 sessions only (was "75% (3 of 4)" over all).
        "| Ask a second time | Accepted the refusal too quickly | 1 Feb 2026 | 1 of 1 | 3 of 3 | █▁ Feb 2026: 3 of 3, Mar: 0 of 1 |",
        "## Stalls per step (my own side)",
        "| 0 · Get the significant others to the table | 3 | ████████████████████ |",
        "| 3 · The client dwells on the other's words | 1 | ██████▋ |",
        "| 7 · Mirror the other's non-helping behaviour | 0 |  |",
        "## Top reasons per month",
        "| Month | Reflections | Accepted the refusal too quickly | Lost touch with my own need | Went too fast; no room for silence |",
        "| Feb 2026 | 3 | 3 | 1 | 0 |",
        "| Mar 2026 | 1 | 0 | 0 | 1 |",
    ];
    let lines: Vec<&str> = md.lines().collect();
    for line in expected {
        assert!(lines.contains(&line), "missing line {line:?} in:\n{md}");
    }
    assert!(
        !md.contains("Before the meeting"),
        "notes before the page's start stay out"
    );
    // Issue 13: the last meeting and the questions open the page.
    let pos = |s: &str| md.find(s).unwrap();
    assert!(pos("## The last meeting") < pos("## Open questions"));
    assert!(pos("## Open questions") < pos("## Patterns in view"));
    assert!(pos("## Patterns in view") < pos("## Learning goals"));
}

#[test]
fn since_a_date_and_without_recurring_patterns() {
    let j = prep_journal();
    let md = j.ok(&["prep", "--since", "2026-01-01"]);
    assert!(
        md.lines().any(|l| l == "1 Jan 2026 – 15 Mar 2026  "),
        "{md}"
    );
    assert!(
        md.contains("5 reflections · 3 cases · 5 stalls on my own side"),
        "{md}"
    );
    assert!(md.contains("Cases: Anna (2), Bert (1), Cas (1)"), "{md}");

    let md = j.ok(&["prep", "--since", "2026-03-01"]);
    assert!(
        md.contains("No own-side reason recurs in 3 or more cases in this period."),
        "{md}"
    );
    assert!(
        j.err_usage(&["prep", "--since", "lastweek"])
            .contains("not a date")
    );
}

#[test]
fn an_empty_journal_gets_a_sentence() {
    let j = Journal::new();
    j.ok(&["case", "add", "Anna"]);
    let md = j.ok(&["prep"]);
    // Its period has no first day to name, and names none (issue 16.9).
    assert!(md.contains("\nup to 15 Mar 2026"), "{md}");
    assert!(!md.contains(" – 15 Mar 2026"), "{md}");
    assert!(
        j.ok(&["--lang", "nl", "prep"])
            .contains("\ntot en met 15 mrt. 2026"),
        "the Dutch period"
    );
    assert!(md.contains("No reflections in this period yet."), "{md}");
    assert!(md.contains("No open questions."), "{md}");
    assert!(md.contains("No open learning goals."), "{md}");
}

#[test]
fn html_is_one_self_contained_page() {
    let j = prep_journal();
    let html = j.ok(&["prep", "--format", "html"]);
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.trim_end().ends_with("</html>"));
    assert!(html.contains("<style>") && html.contains("@page { size: A4"));
    assert_eq!(html.matches("<svg").count(), 2, "two charts");
    assert!(html.contains("Anna said nobody would come &lt;b&gt;really&lt;/b&gt;"));
    assert!(
        html.contains("Accepted the refusal too quickly — 3 cases, 3 of 3 sessions without anyone from the system or where resistance was met, mostly at step 0")
    );
    for forbidden in [
        "<script", "http://", "https://", "src=", "<link", "@import", "url(",
    ] {
        assert!(!html.contains(forbidden), "{forbidden} in the page");
    }
}

#[cfg(unix)]
#[test]
fn output_files_are_private_and_dash_means_stdout() {
    use std::os::unix::fs::PermissionsExt;
    let j = prep_journal();
    let path = j.dir.path().join("prep.html");
    assert_eq!(
        j.ok(&["prep", "--format", "html", "-o", path.to_str().unwrap()]),
        ""
    );
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .starts_with("<!DOCTYPE html>")
    );
    assert!(
        j.ok(&["prep", "-o", "-"])
            .starts_with("# Supervision preparation")
    );
}

/// Renders the page in headless Chromium: it must load without a network
/// request of its own, and its screenshot must not be blank.
#[test]
#[cfg_attr(
    spiegel_no_browser,
    ignore = "no chromium on PATH: install it (.ci/run does) to run this test"
)]
fn html_renders_in_a_browser_without_network_requests() {
    let Some(chromium) = browser::find() else {
        assert!(
            std::env::var_os("SPIEGEL_REQUIRE_BROWSER").is_none(),
            "SPIEGEL_REQUIRE_BROWSER is set but no chromium was found"
        );
        eprintln!("skipped: no chromium on this machine (.ci/run installs it)");
        return;
    };
    let j = prep_journal();
    let dir = j.dir.path();
    let page = dir.join("prep.html");
    j.ok(&["prep", "--format", "html", "-o", page.to_str().unwrap()]);

    // Chromium contacts a few hosts of its own whatever it shows; a blank
    // page tells which, so that only the page's own requests count.
    let blank = dir.join("blank.html");
    std::fs::write(&blank, "<html><body></body></html>").unwrap();
    let baseline = browser::render(&chromium, &blank, &dir.join("blank.png"));

    // The check can fail: a page that loads an image from the network is caught.
    let control = dir.join("control.html");
    std::fs::write(
        &control,
        "<html><body><img src=\"http://spiegel.invalid/x.png\">hi</body></html>",
    )
    .unwrap();
    let hosts = browser::render(&chromium, &control, &dir.join("control.png"));
    assert!(
        hosts.contains("spiegel.invalid"),
        "the proxy missed the control page's request: {hosts:?}"
    );

    let shot = dir.join("prep.png");
    let hosts = browser::render(&chromium, &page, &shot);
    // Chromium's own services, which it may contact on one run and not the
    // other (the blank page's run cannot be relied on to show them).
    const CHROMIUM_OWN: &[&str] = &["optimizationguide-pa.googleapis.com"];
    let own: Vec<_> = hosts
        .difference(&baseline)
        .filter(|host| !CHROMIUM_OWN.contains(&host.as_str()))
        .collect();
    assert!(own.is_empty(), "the page made network requests to {own:?}");
    let (distinct, width, height) = browser::colours(&shot);
    assert!(width >= 800 && height >= 1000, "{width}×{height}");
    assert!(
        distinct > 16,
        "the screenshot looks blank ({distinct} colours)"
    );
}

pub mod browser {
    use std::collections::BTreeSet;
    use std::io::Read;
    use std::net::TcpListener;
    use std::path::{Path, PathBuf};
    use std::process::{Child, Command, Stdio};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    pub fn find() -> Option<PathBuf> {
        on_path(&["chromium", "chromium-browser", "google-chrome"])
    }

    /// The first of `names` found on the PATH.
    pub fn on_path(names: &[&str]) -> Option<PathBuf> {
        let path = std::env::var_os("PATH")?;
        names
            .iter()
            .flat_map(|name| std::env::split_paths(&path).map(move |dir| dir.join(name)))
            .find(|candidate| candidate.is_file())
    }

    /// Runs headless Chromium on `page` with a fresh profile and the
    /// `extra` flags, and waits for it to finish (at most 90 s).
    pub fn run(chromium: &Path, page: &Path, extra: &[String]) {
        let profile = tempfile::TempDir::new().unwrap();
        let child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-features=OptimizationHints,OptimizationHintsFetching,OptimizationGuideModelDownloading",
                "--hide-scrollbars",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(extra)
            .arg(format!("file://{}", page.display()))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        wait(child);
    }

    fn wait(mut child: Child) {
        let started = Instant::now();
        while child.try_wait().unwrap().is_none() {
            if started.elapsed() > Duration::from_secs(90) {
                let _ = child.kill();
                panic!("chromium did not finish within 90 s");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Loads `page` with every network request routed to a local proxy that
    /// answers none of them, takes a screenshot, and returns the hosts that
    /// were asked for.
    pub fn render(chromium: &Path, page: &Path, screenshot: &Path) -> BTreeSet<String> {
        let proxy = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = proxy.local_addr().unwrap().port();
        let hosts = Arc::new(Mutex::new(BTreeSet::new()));
        let seen = Arc::clone(&hosts);
        std::thread::spawn(move || {
            for mut stream in proxy.incoming().flatten() {
                let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
                let mut buf = [0u8; 1024];
                let n = stream.read(&mut buf).unwrap_or(0);
                // "CONNECT host:443 HTTP/1.1" or "GET http://host/path HTTP/1.1"
                let line = String::from_utf8_lossy(&buf[..n]);
                let target = line.split_whitespace().nth(1).unwrap_or("?");
                let host = target
                    .trim_start_matches("http://")
                    .split(['/', ':'])
                    .next()
                    .unwrap_or("?")
                    .to_string();
                seen.lock().unwrap().insert(host);
            }
        });
        run(
            chromium,
            page,
            &[
                "--window-size=1240,1754".to_string(),
                format!("--proxy-server=http://127.0.0.1:{port}"),
                "--proxy-bypass-list=<-loopback>".to_string(),
                format!("--screenshot={}", screenshot.display()),
            ],
        );
        assert!(screenshot.exists(), "chromium wrote no screenshot");
        // Give the proxy a moment to read the last request.
        std::thread::sleep(Duration::from_millis(300));
        hosts.lock().unwrap().clone()
    }

    /// How many distinct colours the PNG has, and its size.
    pub fn colours(png_path: &Path) -> (usize, u32, u32) {
        let decoder = png::Decoder::new(std::io::BufReader::new(
            std::fs::File::open(png_path).unwrap(),
        ));
        let mut reader = decoder.read_info().unwrap();
        let mut buf = vec![0; reader.output_buffer_size().unwrap()];
        let info = reader.next_frame(&mut buf).unwrap();
        let bytes = &buf[..info.buffer_size()];
        let channels = info.color_type.samples();
        let mut colours: Vec<&[u8]> = bytes.chunks(channels).collect();
        colours.sort_unstable();
        colours.dedup();
        (colours.len(), info.width, info.height)
    }
}

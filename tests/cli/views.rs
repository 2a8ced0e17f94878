//! The main views, as a user reads them, in English and Dutch: snapshots
//! (`tests/cli/snapshots/`) of the built-in demo journal on a pinned day,
//! without colours. Tables are not wrapped: output to a pipe stays whole,
//! whatever the terminal's width.
//!
//! A changed view fails here with the difference. When the change is meant,
//! run the test again with `INSTA_UPDATE=always` (or accept the `.snap.new`
//! files with `cargo insta review`) and commit the `.snap` files. With `CI`
//! set, nothing is written and every view must match.

use crate::support::Journal;

/// The demo journal (its dates follow the pinned [`crate::support::TODAY`]).
fn demo() -> Journal {
    let j = Journal::new();
    j.ok(&["demo"]);
    j
}

/// Snapshots `args` in both languages, as `NAME_en` and `NAME_nl`.
fn both_languages(name: &str, args: &[&str]) {
    let j = demo();
    for lang in ["en", "nl"] {
        let mut all = vec!["--lang", lang];
        all.extend_from_slice(args);
        let out = j.ok(&all);
        insta::assert_snapshot!(
            format!("{name}_{lang}"),
            out,
            &format!("spiegel {}", all.join(" "))
        );
    }
}

/// One test a view: `name: [args…]`.
macro_rules! views {
    ($($name:ident: [$($arg:expr),*],)*) => {$(
        #[test]
        fn $name() {
            both_languages(stringify!($name), &[$($arg),*]);
        }
    )*};
}

views! {
    list: ["list"],
    show: ["show", "3"],
    case_show: ["case", "show", "John"],
    case_list: ["case", "list"],
    patterns: ["patterns"],
    goal_list: ["goal", "list"],
    questions: ["questions"],
    steps: ["steps"],
    prep: ["prep"],
}

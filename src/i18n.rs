//! Every user-facing text, in each language of `i18n/*.ftl` (Fluent).
//!
//! The language is chosen once at start-up ([`choose`]): `--lang`, else
//! `SPIEGEL_LANG`, else the settings file, else the locale (`LC_ALL`,
//! `LC_MESSAGES`, `LANG` starting with `nl`), else English. A message
//! missing from a language falls back to English; a test makes sure none is.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// The language every program starts in, and falls back to.
pub const DEFAULT: &str = "en";

struct Catalog {
    code: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// English, parsed only when a message is missing from `bundle` (a
    /// test makes sure none is): every command starts with one file parsed.
    fallback: OnceLock<FluentBundle<FluentResource>>,
}

static CURRENT: OnceLock<Catalog> = OnceLock::new();

fn bundle(code: &str) -> FluentBundle<FluentResource> {
    let (_, source) = LANGUAGES
        .iter()
        .find(|(c, _)| *c == code)
        .expect("a known language");
    let langid = code.parse().expect("a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Terminals show Unicode isolation marks as stray characters.
    bundle.set_use_isolating(false);
    let resource = FluentResource::try_new(source.to_string()).expect("valid Fluent (tested)");
    bundle
        .add_resource(resource)
        .expect("unique message ids (tested)");
    bundle
}

/// The codes of the languages spiegel speaks.
pub fn languages() -> impl Iterator<Item = &'static str> {
    LANGUAGES.iter().map(|(code, _)| *code)
}

/// Whether `code` is one of [`languages`].
pub fn is_language(code: &str) -> bool {
    languages().any(|c| c == code)
}

/// Picks the language: the first of `flag`, `SPIEGEL_LANG`, `setting` and
/// the locale that names a language spiegel speaks; else English.
pub fn choose(flag: Option<&str>, setting: Option<&str>) -> &'static str {
    let from_env = |name: &str| std::env::var(name).ok().filter(|v| !v.is_empty());
    let explicit = [
        flag.map(str::to_string),
        from_env("SPIEGEL_LANG"),
        setting.map(str::to_string),
    ];
    for wish in explicit.into_iter().flatten() {
        if let Some(code) = languages().find(|c| wish.eq_ignore_ascii_case(c)) {
            return code;
        }
    }
    // The locale: the first variable that is set decides ("nl_NL.UTF-8").
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| from_env(name))
        .unwrap_or_default()
        .to_lowercase();
    languages()
        .find(|code| *code != DEFAULT && locale.starts_with(code))
        .unwrap_or(DEFAULT)
}

/// Sets the language for the rest of the program (the first call wins).
pub fn set(code: &str) {
    let code = languages().find(|c| *c == code).unwrap_or(DEFAULT);
    let _ = CURRENT.set(Catalog {
        code,
        bundle: bundle(code),
        fallback: OnceLock::new(),
    });
}

fn catalog() -> &'static Catalog {
    CURRENT.get_or_init(|| Catalog {
        code: DEFAULT,
        bundle: bundle(DEFAULT),
        fallback: OnceLock::new(),
    })
}

/// The code of the current language.
pub fn current() -> &'static str {
    catalog().code
}

/// Whether the current language is Dutch: the catalogue in the journal
/// carries English and Dutch labels, and picks with this.
pub fn dutch() -> bool {
    current() == "nl"
}

/// The English or the Dutch of a text the journal holds in both (labels of
/// steps, reasons and resistance reactions); English for other languages.
pub fn pick<'a>(en: &'a str, nl: &'a str) -> &'a str {
    if dutch() && !nl.is_empty() { nl } else { en }
}

/// A share as a whole percentage: "65%".
pub fn percent(share: f64) -> String {
    format!("{:.0}%", share * 100.0)
}

/// A number with the current language's decimal mark: "2.5", "2,5".
pub fn decimal(value: f64) -> String {
    let text = value.to_string();
    match lookup("decimal-mark") {
        Some(mark) if mark != "." => text.replace('.', &mark),
        _ => text,
    }
}

/// The message `id` if the current language has it (no English fallback).
pub fn lookup(id: &str) -> Option<String> {
    let bundle = &catalog().bundle;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// The attribute `attr` of message `id` (`.value = …`) if the current
/// language has it.
pub fn lookup_attribute(id: &str, attr: &str) -> Option<String> {
    let bundle = &catalog().bundle;
    let pattern = bundle.get_message(id)?.get_attribute(attr)?.value();
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, None, &mut errors)
            .into_owned(),
    )
}

/// The message `id` in the current language, with `args` filled in.
pub fn message(id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let catalog = catalog();
    let fluent_args = fluent_args(args);
    let format = |bundle| formatted(bundle, id, &fluent_args);
    if let Some(text) = format(&catalog.bundle) {
        return text;
    }
    if catalog.code != DEFAULT
        && let Some(text) = format(catalog.fallback.get_or_init(|| bundle(DEFAULT)))
    {
        return text;
    }
    // Only reachable with a key no language file has; a test prevents it.
    id.to_string()
}

/// Row ids go into a message as the bare number they are.
macro_rules! fluent_id {
    ($($ty:ident),+) => {$(
        impl From<crate::journal::$ty> for FluentValue<'_> {
            fn from(id: crate::journal::$ty) -> Self {
                FluentValue::from(id.0)
            }
        }
    )+};
}
fluent_id!(
    CaseId,
    OtherId,
    ReflectionId,
    ReasonId,
    QuestionId,
    MeetingId,
    GoalId
);

/// The message `id` in every language spiegel speaks (for input, which
/// accepts the words of each language whatever the language spoken).
pub fn in_every_language(id: &str, args: &[(&str, FluentValue<'_>)]) -> Vec<String> {
    static ALL: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    let bundles = ALL.get_or_init(|| languages().map(bundle).collect());
    let fluent_args = fluent_args(args);
    bundles
        .iter()
        .filter_map(|bundle| formatted(bundle, id, &fluent_args))
        .collect()
}

fn fluent_args<'a>(args: &[(&'a str, FluentValue<'a>)]) -> FluentArgs<'a> {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    fluent_args
}

/// The message `id` of `bundle` with `args` filled in, if it has it.
fn formatted(
    bundle: &FluentBundle<FluentResource>,
    id: &str,
    args: &FluentArgs<'_>,
) -> Option<String> {
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(
        bundle
            .format_pattern(pattern, Some(args), &mut errors)
            .into_owned(),
    )
}

/// `t!("message-id")` or `t!("message-id", name = value, …)`: the message
/// in the current language.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use fluent_bundle::FluentResource;
    use fluent_syntax::ast;

    use super::*;

    /// Message ids, each with the variables it uses.
    fn messages(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let resource = FluentResource::try_new(source.to_string())
            .unwrap_or_else(|(_, errors)| panic!("invalid Fluent: {errors:?}"));
        resource
            .entries()
            .filter_map(|entry| match entry {
                ast::Entry::Message(m) => Some((m.id.name.to_string(), variables(m))),
                _ => None,
            })
            .collect()
    }

    fn variables(message: &ast::Message<&str>) -> BTreeSet<String> {
        fn walk(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
            for element in &pattern.elements {
                if let ast::PatternElement::Placeable { expression } = element {
                    expr(expression, out);
                }
            }
        }
        fn expr(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
            match expression {
                ast::Expression::Inline(inline) => inline_expr(inline, out),
                ast::Expression::Select { selector, variants } => {
                    inline_expr(selector, out);
                    for v in variants {
                        walk(&v.value, out);
                    }
                }
            }
        }
        fn inline_expr(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
            match inline {
                ast::InlineExpression::VariableReference { id } => {
                    out.insert(id.name.to_string());
                }
                ast::InlineExpression::Placeable { expression } => expr(expression, out),
                ast::InlineExpression::FunctionReference { arguments, .. } => {
                    for a in &arguments.positional {
                        inline_expr(a, out);
                    }
                }
                _ => {}
            }
        }
        let mut out = BTreeSet::new();
        if let Some(value) = &message.value {
            walk(value, &mut out);
        }
        out
    }

    /// The messages of a language, without the command-line descriptions
    /// (`cmd-…`), which English keeps in doc comments.
    fn texts(source: &str) -> BTreeMap<String, BTreeSet<String>> {
        let mut all = messages(source);
        all.retain(|id, _| !id.starts_with("cmd-"));
        all
    }

    #[test]
    fn every_language_describes_every_command_and_argument() {
        let expected = crate::cli::localize::expected_keys();
        assert!(expected.len() > 50, "{expected:?}");
        for (code, source) in LANGUAGES {
            let have: BTreeSet<String> = messages(source)
                .into_keys()
                .filter(|id| {
                    id.starts_with("cmd-") && !id.ends_with("-long") && !id.ends_with("-after")
                })
                .collect();
            if *code == DEFAULT {
                assert!(
                    have.is_empty(),
                    "English describes commands in doc comments, not in {code}.ftl"
                );
                continue;
            }
            let missing: Vec<_> = expected.difference(&have).collect();
            let stale: Vec<_> = have.difference(&expected).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
            assert!(
                stale.is_empty(),
                "{code}.ftl describes what does not exist: {stale:?}"
            );
        }
    }

    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let english = texts(LANGUAGES.iter().find(|(c, _)| *c == DEFAULT).unwrap().1);
        assert!(!english.is_empty());
        for (code, source) in LANGUAGES {
            let other = texts(source);
            let missing: Vec<_> = english.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<_> = other.keys().filter(|k| !english.contains_key(*k)).collect();
            assert!(missing.is_empty(), "{code}.ftl lacks {missing:?}");
            assert!(
                extra.is_empty(),
                "{code}.ftl has messages English lacks: {extra:?}"
            );
            for (id, vars) in &english {
                assert_eq!(&other[id], vars, "{code}.ftl: {id} uses other variables");
            }
        }
    }

    #[test]
    fn every_message_the_code_asks_for_exists() {
        let english = messages(LANGUAGES.iter().find(|(c, _)| *c == DEFAULT).unwrap().1);
        let src = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut missing = Vec::new();
        let mut stack = vec![src];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    let code = std::fs::read_to_string(&path).unwrap();
                    for (at, _) in code.match_indices("t!(\"") {
                        // `format!(` and the like end in `t!(` too.
                        let before = code[..at].chars().next_back();
                        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                            continue;
                        }
                        let id = code[at + 4..].split('"').next().unwrap();
                        if id != "message-id" && !english.contains_key(id) {
                            missing.push(format!("{}: {id}", path.display()));
                        }
                    }
                }
            }
        }
        assert!(
            missing.is_empty(),
            "messages missing from en.ftl: {missing:?}"
        );
    }

    #[test]
    fn the_locale_picks_dutch_and_flags_win() {
        // Only the pure parts: the environment is shared between tests.
        assert!(is_language("en") && is_language("nl"));
        assert!(!is_language("xx"));
        assert_eq!(choose(Some("nl"), None), "nl");
        assert_eq!(choose(Some("EN"), Some("nl")), "en");
    }
}

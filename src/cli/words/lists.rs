//! Lists in running text: "a, b or c", "1 and 4".

use crate::t;

/// "a, b or c", in the current language.
pub fn list_or(items: &[String]) -> String {
    join_last(items, &t!("or"))
}

/// "a, b and c", in the current language.
pub fn list_and(items: &[String]) -> String {
    join_last(items, &t!("and"))
}

fn join_last(items: &[String], word: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} {word} {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_end_in_a_word() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(list_or(&items(&["a", "b", "c"])), "a, b or c");
        assert_eq!(list_and(&items(&["1", "4"])), "1 and 4");
        assert_eq!(list_or(&items(&["a"])), "a");
        assert_eq!(list_or(&[]), "");
    }
}

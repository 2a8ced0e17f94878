//! Near-miss matching: which known name a mistyped one most likely meant.

/// The closest of `candidates` to `input`, if one is close enough to be a typo.
pub fn suggest<'a>(input: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<String> {
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .map(|c| (strsim::damerau_levenshtein(&input, &c.to_lowercase()), c))
        .filter(|(distance, c)| {
            *distance <= (c.chars().count() / 3).max(1)
                || (input.chars().count() >= 3 && c.to_lowercase().starts_with(&input))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_near_misses_only() {
        let names = ["John", "Levi", "Maarten"];
        assert_eq!(suggest("Jon", names).as_deref(), Some("John"));
        assert_eq!(suggest("maartn", names).as_deref(), Some("Maarten"));
        assert_eq!(suggest("Maa", names).as_deref(), Some("Maarten"));
        assert_eq!(suggest("Xavier", names), None);
    }
}

//! The command line typed so far, as completion reads it: the subcommands
//! named and the positional words given to the last one, with every flag
//! and its value skipped (which flags take a value comes from the clap
//! definition, so a flag added later is skipped too).

use clap::CommandFactory;

use super::Cli;

/// What was typed before the word being completed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Line {
    /// The subcommands, e.g. `["other", "edit"]`.
    pub path: Vec<String>,
    /// The positional words after the last subcommand.
    pub positionals: Vec<String>,
}

impl Line {
    /// `words` as the shell gives them: the program first, the word being
    /// completed last (it is left out).
    pub fn read(words: &[String]) -> Line {
        let done = &words[..words.len().saturating_sub(1)];
        let root = Cli::command();
        let mut chain = vec![&root];
        let mut line = Line::default();
        let mut rest = done.iter().skip(1);
        while let Some(word) = rest.next() {
            if word == "--" {
                line.positionals.extend(rest.cloned());
                break;
            }
            if let Some(long) = word.strip_prefix("--") {
                if !long.contains('=') && takes_value(&chain, |a| a.get_long() == Some(long)) {
                    rest.next();
                }
                continue;
            }
            if let Some(short) = word.strip_prefix('-').filter(|s| !s.is_empty()) {
                let last = short.chars().last();
                if short.chars().count() == 1 && takes_value(&chain, |a| a.get_short() == last) {
                    rest.next();
                }
                continue;
            }
            let current = chain[chain.len() - 1];
            match current.find_subcommand(word) {
                Some(sub) if line.positionals.is_empty() => {
                    line.path.push(sub.get_name().to_string());
                    chain.push(sub);
                }
                _ => line.positionals.push(word.clone()),
            }
        }
        line
    }

    /// Whether the subcommands typed are `path`.
    pub fn is(&self, path: &[&str]) -> bool {
        self.path
            .iter()
            .map(String::as_str)
            .eq(path.iter().copied())
    }
}

/// Whether the flag `is_it` finds, on the command or one above it (whose
/// global flags it takes), needs a value.
fn takes_value(chain: &[&clap::Command], is_it: impl Fn(&clap::Arg) -> bool) -> bool {
    chain
        .iter()
        .rev()
        .find_map(|cmd| cmd.get_arguments().find(|a| is_it(a)))
        .is_some_and(|a| a.get_action().takes_values())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(line: &str) -> Line {
        let words: Vec<String> = line.split(' ').map(String::from).collect();
        Line::read(&words)
    }

    #[test]
    fn flags_and_their_values_are_skipped() {
        let line = read("spiegel --db j.db add --date today John --completed --with Levi --with M");
        assert!(line.is(&["add"]));
        assert_eq!(line.positionals, ["John"]);
        let line = read("spiegel other rename --lang=nl John Le");
        assert!(line.is(&["other", "rename"]));
        assert_eq!(line.positionals, ["John"]);
        assert_eq!(
            read("spiegel other remove Jo").positionals,
            Vec::<String>::new()
        );
        assert_eq!(read("spiegel").path, Vec::<String>::new());
    }
}

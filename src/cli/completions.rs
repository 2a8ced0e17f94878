//! `spiegel completions SHELL`: the script that lets a shell complete
//! commands, case names and reason codes (answered by [`super::shell`]).

use std::io::Write;
use std::path::PathBuf;

use anyhow::Result;
use clap::{Args, ValueEnum};
use clap_complete::env::EnvCompleter;

use super::Ctx;

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Shell {
    Bash,
    Zsh,
    Fish,
    Powershell,
    Elvish,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    shell: Shell,
}

impl CompletionsArgs {
    pub fn run(self, _ctx: &Ctx) -> Result<()> {
        let shell: &dyn EnvCompleter = match self.shell {
            Shell::Bash => &clap_complete::env::Bash,
            Shell::Zsh => &clap_complete::env::Zsh,
            Shell::Fish => &clap_complete::env::Fish,
            Shell::Powershell => &clap_complete::env::Powershell,
            Shell::Elvish => &clap_complete::env::Elvish,
        };
        let mut script = Vec::new();
        shell.write_registration(
            super::shell::COMPLETE_VAR,
            "spiegel",
            "spiegel",
            &completer(),
            &mut script,
        )?;
        if let Shell::Bash = self.shell {
            script.extend_from_slice(BASH_REJOIN.as_bytes());
        }
        let mut stdout = std::io::stdout().lock();
        stdout.write_all(&script)?;
        stdout.flush()?;
        Ok(())
    }
}

/// Bash splits the word being completed at `:` and `=` (`COMP_WORDBREAKS`),
/// so `--stall 7:went-too` reaches the completer as `7`, `:`, `went-too`.
/// This wraps clap's bash function: it glues back the pieces that were not
/// separated by blanks on the line, lets clap complete the whole word, and
/// hands bash only the part after the last break it will replace. Unlike
/// editing `COMP_WORDBREAKS`, it changes nothing for other commands.
const BASH_REJOIN: &str = r#"
_spiegel_complete() {
    local line=${COMP_LINE:0:COMP_POINT} word i j=-1 cword=0
    local -a joined=()
    for ((i = 0; i <= COMP_CWORD && i < ${#COMP_WORDS[@]}; i++)); do
        word=${COMP_WORDS[i]}
        if ((j < 0)) || [[ $line == [[:space:]]* ]]; then
            j=$((j + 1))
            joined[j]=$word
        else
            joined[j]+=$word
        fi
        line=${line#"${line%%[![:space:]]*}"}
        line=${line#"$word"}
        cword=$j
    done
    local cur=${joined[cword]}
    local COMP_WORDS=("${joined[@]}") COMP_CWORD=$cword
    _clap_complete_spiegel "$1" "$cur" "${joined[cword - 1]}"
    local breaks=${COMP_WORDBREAKS//[^:=]/}
    if [[ -n $breaks && $cur == *[$breaks]* ]]; then
        local prefix=${cur%"${cur##*[$breaks]}"}
        COMPREPLY=("${COMPREPLY[@]#"$prefix"}")
    fi
}
if [[ "${BASH_VERSINFO[0]}" -eq 4 && "${BASH_VERSINFO[1]}" -ge 4 || "${BASH_VERSINFO[0]}" -gt 4 ]]; then
    complete -o nospace -o bashdefault -o nosort -F _spiegel_complete spiegel
else
    complete -o nospace -o bashdefault -F _spiegel_complete spiegel
fi
"#;

/// The program the shell calls back: the one running now. Called by a bare
/// name it is looked up on PATH again; called by a path, the absolute path.
fn completer() -> String {
    let argv0 = PathBuf::from(
        std::env::args_os()
            .next()
            .unwrap_or_else(|| "spiegel".into()),
    );
    let path = if argv0.components().count() > 1 {
        std::path::absolute(&argv0).unwrap_or(argv0)
    } else {
        argv0
    };
    path.to_string_lossy().into_owned()
}

use std::process::ExitCode;

fn main() -> ExitCode {
    spiegel::cli::main()
}

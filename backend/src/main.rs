//! The `sala` command.

fn main() -> std::process::ExitCode {
    sala::cli::main()
}

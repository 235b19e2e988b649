//! The `sala` command, built alongside the black-box tests so they can start it as a real
//! process (logs on standard error, traces sent from its own exporter thread).

fn main() -> std::process::ExitCode {
    sala::cli::main()
}

//! `cargo xtask <command>`: the developer entry points. The README and CI call the same commands, so
//! what a developer runs locally is exactly what CI runs.

mod bindings;
mod build;
mod deps;
mod process;
mod run;
mod test;
mod workspace;

use std::process::ExitCode;

use clap::{Parser, Subcommand};

use crate::workspace::Workspace;

#[derive(Parser)]
#[command(
    name = "cargo xtask",
    bin_name = "cargo xtask",
    about = "Oriel CRM developer commands"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Install what is missing: Debian packages (as root or with passwordless sudo) and the npm
    /// packages of ui/.
    Deps,
    /// Install what is missing, build the UI and the app, and start the app on its embedded
    /// database (a file in the user's data folder). Arguments after `--` go to the app.
    Run {
        #[arg(last = true)]
        app_args: Vec<String>,
    },
    /// Regenerate ui/src/lib/bindings.ts from the Rust command types.
    Bindings,
    /// Run every test layer: formatting, clippy, Rust tests on every configured database, fresh
    /// bindings, UI checks and tests, and the end-to-end tests of the built app.
    Test,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let workspace = Workspace::locate();
    let result = match cli.command {
        Command::Deps => deps::ensure(&workspace),
        Command::Run { app_args } => run::run(&workspace, &app_args),
        Command::Bindings => bindings::generate(&workspace),
        Command::Test => test::test(&workspace),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("\nerror: {err:#}");
            ExitCode::FAILURE
        }
    }
}

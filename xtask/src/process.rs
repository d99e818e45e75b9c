//! Running external programs: each command is echoed before it runs, and a failure names the
//! command, so the log alone says what broke.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};

use anyhow::{Context, Result, ensure};

/// Runs `command` with inherited output and fails unless it exits successfully.
pub fn run(command: &mut Command) -> Result<()> {
    let status = status_of(command)?;
    ensure!(status.success(), "`{}` failed ({status})", describe(command));
    Ok(())
}

/// Runs `command` with inherited output and returns its exit status, for callers that still have
/// work to do when it fails.
pub fn status_of(command: &mut Command) -> Result<ExitStatus> {
    let shown = describe(command);
    println!("$ {shown}");
    command.status().with_context(|| {
        format!(
            "could not start `{shown}`: is {} installed?",
            program_name(command)
        )
    })
}

/// Runs `command` silently and tells whether it exited successfully; a program that cannot start
/// counts as a failure.
pub fn succeeds_quietly(command: &mut Command) -> bool {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|status| status.success())
}

/// Runs `command` and returns its standard output; its standard error is shown.
pub fn stdout_of(command: &mut Command) -> Result<String> {
    let shown = describe(command);
    let output = command.stderr(Stdio::inherit()).output().with_context(|| {
        format!(
            "could not start `{shown}`: is {} installed?",
            program_name(command)
        )
    })?;
    ensure!(output.status.success(), "`{shown}` failed ({})", output.status);
    String::from_utf8(output.stdout).with_context(|| format!("`{shown}` printed text that is not UTF-8"))
}

/// The command line as a person would type it (cargo by name, not by its toolchain path).
pub fn describe(command: &Command) -> String {
    let program = command.get_program();
    let program = if Path::new(program).file_stem() == Some(OsStr::new("cargo")) {
        OsStr::new("cargo")
    } else {
        program
    };
    std::iter::once(program)
        .chain(command.get_args())
        .map(quote)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first `name` on `PATH`, as the shell would find it.
pub fn find_on_path(name: &str) -> Option<PathBuf> {
    let file = format!("{name}{}", std::env::consts::EXE_SUFFIX);
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|dir| dir.join(&file))
        .find(|candidate| candidate.is_file())
}

fn program_name(command: &Command) -> String {
    Path::new(command.get_program())
        .file_name()
        .unwrap_or(command.get_program())
        .to_string_lossy()
        .into_owned()
}

fn quote(arg: &OsStr) -> String {
    let text = arg.to_string_lossy();
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./=:@+,%".contains(c));
    if plain {
        text.into_owned()
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn describe_quotes_only_arguments_a_shell_would_split() {
        let mut command = Command::new("xvfb-run");
        command.args(["-a", "-s", "-screen 0 1280x800x24", "it's"]);
        assert_eq!(
            describe(&command),
            r"xvfb-run -a -s '-screen 0 1280x800x24' 'it'\''s'"
        );
    }
}

//! `cargo xtask bench --app`: the desktop app's figures (cold start, a typed command's round trip
//! from the page, idle memory), measured on a release build in a window under Xvfb by the
//! `app-figures` binary of tests/e2e, and put into the app's section of BENCHMARKS.md. The rest of
//! the file, which `cargo xtask bench` writes, stays as it is.

use std::path::Path;

use anyhow::{Context, Result, bail, ensure};

use crate::workspace::{APP_BINARY, Workspace};
use crate::{bench, build, deps, process};

const FIGURES_PACKAGE: &str = "crm-e2e";
const FIGURES_BINARY: &str = "app-figures";
const BEGIN: &str = "<!-- begin:app -->";
const END: &str = "<!-- end:app -->";

pub struct AppBenchArgs<'a> {
    pub launches: usize,
    pub calls: usize,
    /// The report, relative to the repository root.
    pub out: &'a Path,
}

pub fn bench_app(workspace: &Workspace, args: &AppBenchArgs<'_>) -> Result<()> {
    if !cfg!(target_os = "linux") {
        bail!("the app figures are measured on Linux only (Xvfb, WebKitWebDriver and /proc)");
    }
    deps::ensure(workspace)?;
    let tauri_driver = deps::ensure_tauri_driver(workspace)?;
    for (program, package) in [("xvfb-run", "xvfb"), ("dbus-run-session", "dbus")] {
        ensure!(
            process::find_on_path(program).is_some(),
            "{program} is not on PATH: install the Debian package {package} (`cargo xtask deps` does)"
        );
    }

    build::ui_bundle(workspace)?;
    build::release_app_with_embedded_ui(workspace)?;
    let app = workspace.built_binary("release", APP_BINARY)?;
    ensure!(
        app.is_file(),
        "the build finished but {} does not exist",
        app.display()
    );
    // The harness only drives the app and reads /proc; its own build profile does not matter.
    process::run(
        workspace
            .cargo()
            .args(["build", "--package", FIGURES_PACKAGE, "--bin", FIGURES_BINARY]),
    )?;
    let figures = workspace.built_binary("debug", FIGURES_BINARY)?;

    let section_file = workspace.target_dir()?.join("app-figures.md");
    let mut command = workspace.command("xvfb-run");
    command
        .args(["-a", "-s", "-screen 0 1280x800x24", "dbus-run-session", "--"])
        .arg(&figures)
        .args(["--launches", &args.launches.to_string()])
        .args(["--calls", &args.calls.to_string()])
        .args(["--build", "release", "--command", &bench::typed_command()])
        .arg("--out")
        .arg(&section_file)
        .env("CRM_E2E_APP", &app)
        .env("CRM_E2E_TAURI_DRIVER", &tauri_driver);
    process::run(&mut command)?;

    let section = std::fs::read_to_string(&section_file)
        .with_context(|| format!("reading {}", section_file.display()))?;
    let report = workspace.root().join(args.out);
    let previous = match std::fs::read_to_string(&report) {
        Ok(text) => text,
        Err(err) if err.kind() == std::io::ErrorKind::NotFound => String::new(),
        Err(err) => return Err(err).with_context(|| format!("reading {}", report.display())),
    };
    std::fs::write(&report, put_section(&previous, &section))
        .with_context(|| format!("writing {}", report.display()))?;
    println!("The app's figures are in {}.", report.display());
    Ok(())
}

/// `text` with the app's section (between its markers) replaced by `body`, or with the section
/// added at the end when it has none.
fn put_section(text: &str, body: &str) -> String {
    let section = format!("{BEGIN}\n{}\n{END}\n", body.trim());
    if let Some(start) = text.find(BEGIN)
        && let Some(end_at) = text[start..].find(END)
    {
        let mut after = &text[start + end_at + END.len()..];
        after = after.strip_prefix('\n').unwrap_or(after);
        return format!("{}{section}{after}", &text[..start]);
    }
    if text.is_empty() {
        return section;
    }
    let separator = if text.ends_with("\n\n") {
        ""
    } else if text.ends_with('\n') {
        "\n"
    } else {
        "\n\n"
    };
    format!("{text}{separator}{section}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_app_section_is_replaced() {
        let before = "# Benchmarks\n\n<!-- begin:deals-10 -->\nten\n<!-- end:deals-10 -->\n\n\
                      <!-- begin:app -->\nold app\n<!-- end:app -->\n\nafter\n";
        let after = put_section(before, "## The desktop app\n\nnew app\n");
        assert_eq!(
            after,
            "# Benchmarks\n\n<!-- begin:deals-10 -->\nten\n<!-- end:deals-10 -->\n\n\
             <!-- begin:app -->\n## The desktop app\n\nnew app\n<!-- end:app -->\n\nafter\n"
        );
        assert_eq!(put_section(&after, "## The desktop app\n\nnew app\n"), after);
    }

    #[test]
    fn a_missing_section_is_added_at_the_end() {
        assert_eq!(
            put_section("# Benchmarks\n\ntext\n", "app"),
            "# Benchmarks\n\ntext\n\n<!-- begin:app -->\napp\n<!-- end:app -->\n"
        );
        assert_eq!(
            put_section("", "app"),
            "<!-- begin:app -->\napp\n<!-- end:app -->\n"
        );
    }
}

//! The Rust tests of every crate except the end-to-end one, on each backend the plan allows, with a
//! count per backend so a log shows which databases were really exercised.

use anyhow::{Result, bail};

use super::backends::{Backend, BackendPlan};
use super::junit::TestCase;
use super::nextest::{self, Tally};
use crate::workspace::Workspace;

pub fn run(workspace: &Workspace, plan: &BackendPlan) -> Result<Vec<String>> {
    let mut command = workspace.cargo();
    command
        .args(nextest::base_args())
        .args(["--workspace", "--exclude", "crm-e2e"]);
    if let Some(filter) = plan.nextest_filter() {
        command.args(["-E", &filter]);
    }
    let run = nextest::run(workspace, &mut command)?;

    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for backend in Backend::ALL {
        let tally = Tally::count(run.cases.iter().filter(|case| backend_of(case) == Some(backend)));
        if plan.should_run(backend) {
            lines.push(format!(
                "{}: {} passed, {} failed",
                backend.key(),
                tally.passed,
                tally.failed
            ));
            if tally.executed() == 0 {
                problems.push(format!("no {} test ran", backend.key()));
            }
        } else {
            lines.push(format!("{}: SKIPPED", backend.key()));
        }
    }
    let other = Tally::count(run.cases.iter().filter(|case| backend_of(case).is_none()));
    lines.push(format!("other: {} passed, {} failed", other.passed, other.failed));
    println!();
    for line in &lines {
        println!("{line}");
    }

    let all = Tally::count(&run.cases);
    if all.failed > 0 || !run.status.success() {
        problems.insert(
            0,
            format!("{} test(s) failed (nextest: {})", all.failed, run.status),
        );
    }
    if !problems.is_empty() {
        bail!("{}", problems.join("; "));
    }
    Ok(lines)
}

fn backend_of(case: &TestCase) -> Option<Backend> {
    Backend::ALL
        .into_iter()
        .find(|backend| case.name.ends_with(&format!("::{}", backend.key())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test::junit::Outcome;

    fn case(name: &str) -> TestCase {
        TestCase {
            binary: "crm-store::settings".to_owned(),
            name: name.to_owned(),
            outcome: Outcome::Passed,
        }
    }

    #[test]
    fn a_test_belongs_to_the_backend_its_name_ends_with() {
        assert_eq!(
            backend_of(&case("settings::round_trip::sqlite")),
            Some(Backend::Sqlite)
        );
        assert_eq!(backend_of(&case("round_trip::postgres")), Some(Backend::Postgres));
        assert_eq!(backend_of(&case("round_trip::mysql")), Some(Backend::Mysql));
        assert_eq!(backend_of(&case("parses_mysql_urls")), None);
        assert_eq!(backend_of(&case("url::mysql_scheme")), None);
    }
}

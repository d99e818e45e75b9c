//! Which database backends the Rust tests run on. `SQLite` always; `PostgreSQL` and `MySQL` when their
//! server URL is set. A missing URL is a loud skip on a developer machine and a failure under
//! `CI=true`, because CI must prove every backend. A URL whose server does not answer is always a
//! failure: the tests would only fail later, slower and less clearly.

use std::net::{SocketAddr, TcpStream, ToSocketAddrs};
use std::time::Duration;

use anyhow::{Context, Result, bail};
use url::{Host, Url};

use super::report::banner;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
    Mysql,
}

impl Backend {
    pub const ALL: [Backend; 3] = [Backend::Sqlite, Backend::Postgres, Backend::Mysql];

    /// Database tests are generated once per backend and named `<test>::<key>`.
    pub fn key(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
            Backend::Mysql => "mysql",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Backend::Sqlite => "SQLite",
            Backend::Postgres => "PostgreSQL",
            Backend::Mysql => "MySQL",
        }
    }

    /// The variable naming the test server, for the backends that need one.
    fn url_var(self) -> Option<&'static str> {
        match self {
            Backend::Sqlite => None,
            Backend::Postgres => Some("CRM_TEST_POSTGRES_URL"),
            Backend::Mysql => Some("CRM_TEST_MYSQL_URL"),
        }
    }

    fn default_port(self) -> u16 {
        match self {
            Backend::Postgres => 5432,
            Backend::Mysql => 3306,
            // A file, not a server: never asked.
            Backend::Sqlite => 0,
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
enum Decision {
    Run,
    /// Skipped because this variable is not set.
    Skip(&'static str),
}

pub struct BackendPlan {
    decisions: Vec<(Backend, Decision)>,
}

impl BackendPlan {
    pub fn from_env() -> Result<Self> {
        let ci = std::env::var("CI").is_ok_and(|value| value == "true");
        let mut decisions = Vec::new();
        for backend in Backend::ALL {
            let url = backend.url_var().and_then(|var| std::env::var(var).ok());
            let decision = decide(backend, url.as_deref(), ci)?;
            if let (Decision::Run, Some(url)) = (&decision, &url) {
                check_server_answers(backend, url)?;
            }
            decisions.push((backend, decision));
        }
        Ok(BackendPlan { decisions })
    }

    pub fn announce(&self) {
        for (backend, decision) in &self.decisions {
            if *decision == Decision::Run {
                println!("Database tests will run on {}.", backend.label());
            }
        }
        for notice in self.skip_notices() {
            println!("{}", banner(&notice));
        }
    }

    pub fn should_run(&self, backend: Backend) -> bool {
        self.decisions
            .iter()
            .any(|(b, decision)| *b == backend && *decision == Decision::Run)
    }

    pub fn skip_notices(&self) -> Vec<String> {
        self.decisions
            .iter()
            .filter_map(|(backend, decision)| match decision {
                Decision::Run => None,
                Decision::Skip(var) => Some(format!("{} tests SKIPPED: {var} is not set", backend.label())),
            })
            .collect()
    }

    /// The keys of the backends that run (`sqlite`, `postgres`, `mysql`).
    pub fn backend_keys(&self) -> Vec<&'static str> {
        Backend::ALL
            .into_iter()
            .filter(|backend| self.should_run(*backend))
            .map(Backend::key)
            .collect()
    }

    /// A nextest filter expression that leaves out the skipped backends' tests, if any are skipped.
    pub fn nextest_filter(&self) -> Option<String> {
        let exclusions: Vec<String> = self
            .decisions
            .iter()
            .filter(|(_, decision)| *decision != Decision::Run)
            .map(|(backend, _)| format!("not test(/::{}$/)", backend.key()))
            .collect();
        (!exclusions.is_empty()).then(|| exclusions.join(" and "))
    }
}

fn decide(backend: Backend, url: Option<&str>, ci: bool) -> Result<Decision> {
    let Some(var) = backend.url_var() else {
        return Ok(Decision::Run);
    };
    match url {
        Some(url) if !url.trim().is_empty() => Ok(Decision::Run),
        _ if ci => bail!(
            "{var} is not set, and under CI=true every backend must be tested. Set it to a {} server \
             URL (e.g. {}).",
            backend.label(),
            example_url(backend)
        ),
        _ => Ok(Decision::Skip(var)),
    }
}

fn example_url(backend: Backend) -> &'static str {
    match backend {
        Backend::Postgres => "postgres://postgres@127.0.0.1:5432/postgres",
        Backend::Mysql => "mysql://root@127.0.0.1:3306/test",
        Backend::Sqlite => "",
    }
}

/// A TCP connect, enough to tell a stopped server or a wrong port from a working one.
fn check_server_answers(backend: Backend, url: &str) -> Result<()> {
    let var = backend.url_var().unwrap_or_default();
    let addresses = server_addresses(backend, url).with_context(|| format!("reading {var}"))?;
    let shown = addresses
        .first()
        .map_or_else(|| "(no address)".to_owned(), ToString::to_string);
    let mut last_error = None;
    for address in &addresses {
        match TcpStream::connect_timeout(address, Duration::from_secs(3)) {
            Ok(_) => return Ok(()),
            Err(err) => last_error = Some(err),
        }
    }
    let reason = last_error.map_or_else(|| "the host name has no address".to_owned(), |e| e.to_string());
    bail!(
        "the {} server from {var} does not answer at {shown}: {reason}. Start it, or fix {var}.",
        backend.label()
    )
}

fn server_addresses(backend: Backend, url: &str) -> Result<Vec<SocketAddr>> {
    let parsed = Url::parse(url).context("not a URL")?;
    let port = parsed.port().unwrap_or(backend.default_port());
    let addresses = match parsed.host() {
        Some(Host::Ipv4(ip)) => vec![SocketAddr::from((ip, port))],
        Some(Host::Ipv6(ip)) => vec![SocketAddr::from((ip, port))],
        Some(Host::Domain(name)) if !name.is_empty() => (name, port)
            .to_socket_addrs()
            .with_context(|| format!("cannot resolve host {name}"))?
            .collect(),
        // Client libraries default to the local machine when the URL names no host.
        _ => ("localhost", port).to_socket_addrs()?.collect(),
    };
    Ok(addresses)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sqlite_always_runs() -> Result<()> {
        assert_eq!(decide(Backend::Sqlite, None, true)?, Decision::Run);
        Ok(())
    }

    #[test]
    fn a_missing_server_url_is_a_skip_outside_ci() -> Result<()> {
        assert_eq!(
            decide(Backend::Postgres, None, false)?,
            Decision::Skip("CRM_TEST_POSTGRES_URL")
        );
        assert_eq!(
            decide(Backend::Mysql, Some("  "), false)?,
            Decision::Skip("CRM_TEST_MYSQL_URL")
        );
        Ok(())
    }

    #[test]
    fn a_missing_server_url_fails_under_ci() {
        let err = decide(Backend::Mysql, None, true).expect_err("CI needs every backend");
        assert!(err.to_string().contains("CRM_TEST_MYSQL_URL is not set"));
    }

    #[test]
    fn a_given_server_url_runs() -> Result<()> {
        assert_eq!(
            decide(
                Backend::Postgres,
                Some("postgres://postgres@127.0.0.1/postgres"),
                false
            )?,
            Decision::Run
        );
        Ok(())
    }

    #[test]
    fn the_filter_excludes_exactly_the_skipped_backends() {
        let plan = BackendPlan {
            decisions: vec![
                (Backend::Sqlite, Decision::Run),
                (Backend::Postgres, Decision::Skip("CRM_TEST_POSTGRES_URL")),
                (Backend::Mysql, Decision::Skip("CRM_TEST_MYSQL_URL")),
            ],
        };
        assert_eq!(
            plan.nextest_filter().as_deref(),
            Some("not test(/::postgres$/) and not test(/::mysql$/)")
        );
        assert_eq!(
            plan.skip_notices(),
            [
                "PostgreSQL tests SKIPPED: CRM_TEST_POSTGRES_URL is not set",
                "MySQL tests SKIPPED: CRM_TEST_MYSQL_URL is not set"
            ]
        );
        let all = BackendPlan {
            decisions: Backend::ALL.iter().map(|&b| (b, Decision::Run)).collect(),
        };
        assert_eq!(all.nextest_filter(), None);
    }

    #[test]
    fn server_addresses_use_the_backend_port_when_the_url_has_none() -> Result<()> {
        assert_eq!(
            server_addresses(Backend::Mysql, "mysql://root@127.0.0.1/test")?,
            [SocketAddr::from(([127, 0, 0, 1], 3306))]
        );
        assert_eq!(
            server_addresses(Backend::Postgres, "postgres://u:p@[::1]:6543/db")?,
            [SocketAddr::from((std::net::Ipv6Addr::LOCALHOST, 6543))]
        );
        Ok(())
    }
}

//! How the app was started: `--embedded` or `--database URL` (or `CRM_DATABASE_URL`) open a
//! database at once instead of asking; `--demo` fills a database that has no companies yet with
//! demo data when it is opened.

use crate::commands::ConnectionTarget;

#[derive(Debug, Clone, Default)]
pub struct Launch {
    pub auto_connect: Option<ConnectionTarget>,
    pub demo: bool,
}

impl Launch {
    pub fn from_env_and_args() -> Launch {
        Self::parse(std::env::args().skip(1), std::env::var("CRM_DATABASE_URL").ok())
    }

    fn parse(mut args: impl Iterator<Item = String>, env_url: Option<String>) -> Launch {
        let mut auto_connect = env_url.filter(|u| !u.trim().is_empty()).map(server);
        let mut demo = false;
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--embedded" => auto_connect = Some(ConnectionTarget::Embedded),
                "--demo" => demo = true,
                "--database" => auto_connect = args.next().map(server),
                other => {
                    if let Some(url) = other.strip_prefix("--database=") {
                        auto_connect = Some(server(url.to_owned()));
                    }
                }
            }
        }
        Launch { auto_connect, demo }
    }
}

fn server(url: String) -> ConnectionTarget {
    ConnectionTarget::Server {
        url,
        password: None,
        remember_password: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str], env: Option<&str>) -> Option<ConnectionTarget> {
        Launch::parse(args.iter().map(|a| (*a).to_owned()), env.map(str::to_owned)).auto_connect
    }

    #[test]
    fn flags_choose_the_database_and_override_the_environment() {
        assert_eq!(parse(&[], None), None);
        assert_eq!(
            parse(&["--embedded"], Some("postgres://h/db")),
            Some(ConnectionTarget::Embedded)
        );
        assert_eq!(
            parse(&[], Some("postgres://h/db")),
            Some(server("postgres://h/db".into()))
        );
        assert_eq!(
            parse(&["--database", "mysql://h/db"], None),
            Some(server("mysql://h/db".into()))
        );
        assert_eq!(
            parse(&["--database=mysql://h/x"], None),
            Some(server("mysql://h/x".into()))
        );
    }

    #[test]
    fn demo_data_is_asked_for_by_a_flag_only() {
        let demo = |args: &[&str]| Launch::parse(args.iter().map(|a| (*a).to_owned()), None).demo;
        assert!(!demo(&["--embedded"]));
        assert!(demo(&["--embedded", "--demo"]));
    }
}

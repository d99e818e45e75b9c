//! `crm`: the Oriel CRM command line, for administrators and scripts.
//!
//! `crm [--database URL] migrate` creates or upgrades a database; `crm [--database URL] call
//! COMMAND [JSON|-]` runs one command and prints its result as JSON (exit 0) or its error as JSON
//! `{"code", "message", "fields"}` (exit 1). Without `--database` (or `CRM_DATABASE_URL`) it works
//! on the embedded database the desktop app uses. `crm demo --rows N [--seed S]` loads N deals
//! and the rows around them in bulk, with a progress bar on standard error.

/// See the workspace's `mimalloc` dependency for why.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use std::io::Read as _;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use crm_app::demo_scale::{self, ScaleInput};
use crm_app::mail_transport::MailTransport;
use crm_app::smtp::SmtpMailer;
use crm_app::{AppError, Localizer, Session, Target};
use crm_core::validation::{Rule, Violations};

#[derive(Debug, Parser)]
#[command(name = "crm", version, about = "Oriel CRM on the command line")]
struct Cli {
    /// Database URL (postgres://, mysql://, mariadb://, sqlite://); default: the embedded database.
    #[arg(long, env = "CRM_DATABASE_URL", global = true)]
    database: Option<String>,
    /// Act as this CRM user (administrators only); default: the user of the database login, or
    /// the embedded database's owner.
    #[arg(long = "as", value_name = "USER", global = true)]
    as_user: Option<String>,
    /// Language of error messages (default: the OS language).
    #[arg(long, global = true)]
    locale: Option<String>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Create or upgrade the database schema (a new database is seeded).
    Migrate,
    /// Run one command with JSON input and print its JSON output.
    Call {
        /// The command name, e.g. `settings_get`.
        name: String,
        /// The JSON input; `-` reads it from standard input.
        input: Option<String>,
    },
    /// List every command with the JSON shapes of its input and output.
    Commands,
    /// Fill an empty database with demo data (companies, people, requests, deals, payments).
    Demo {
        /// How many companies to make, each through the commands staff use.
        #[arg(long, default_value_t = 24)]
        companies: u32,
        /// Make this many deals instead, with the companies, contacts, leads, requests, product
        /// lines, payments, tags and e-mails around them, loaded in bulk (10^6 take minutes).
        #[arg(long)]
        rows: Option<u64>,
        /// The seed of `--rows`: the same seed gives the same data.
        #[arg(long, default_value_t = 1, requires = "rows")]
        seed: u64,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let i18n = Localizer::embedded();
    let locale = i18n.negotiate(
        &cli.locale
            .clone()
            .or_else(sys_locale::get_locale)
            .unwrap_or_default(),
    );
    let runtime = match tokio::runtime::Builder::new_multi_thread().enable_all().build() {
        Ok(runtime) => runtime,
        Err(err) => {
            eprintln!("crm: cannot start the async runtime: {err}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(output) => {
            println!("{output}");
            ExitCode::SUCCESS
        }
        Err(err) => {
            let shown = err.localize(i18n, &locale);
            let json =
                serde_json::json!({ "code": shown.code, "message": shown.message, "fields": shown.fields });
            println!("{json}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> Result<serde_json::Value, AppError> {
    let input = match &cli.command {
        // Listing needs no database.
        Command::Commands => return Ok(serde_json::json!(crm_app::registry::shapes())),
        Command::Migrate => serde_json::Value::Null,
        Command::Call { input, .. } => read_input(input.as_deref())?,
        Command::Demo { companies, .. } => serde_json::json!({ "companies": companies }),
    };
    let target = match cli.database {
        Some(url) => Target::Url { url, password: None },
        None => Target::File(
            crm_store::default_embedded_path()
                .ok_or_else(|| AppError::Internal("the OS has no user data directory".into()))?,
        ),
    };
    let session = Session::open(&target, cli.as_user.as_deref())
        .await?
        .with_mail(mail_transport());
    if let Command::Demo {
        rows: Some(deals),
        seed,
        ..
    } = cli.command
    {
        let input = ScaleInput {
            deals,
            seed,
            anchor: demo_scale::default_anchor(),
        };
        let report = demo_scale::generate(&session, input, &mut demo_scale::stderr_progress()).await;
        session.close().await;
        return serde_json::to_value(report?).map_err(|e| AppError::Internal(e.to_string()));
    }
    let name = match &cli.command {
        Command::Call { name, .. } => name.as_str(),
        Command::Demo { .. } => "demo_populate",
        // Opening migrated the database; report what it is now.
        Command::Migrate | Command::Commands => "connection_info",
    };
    let output = crm_app::registry::call(&session, name, input).await;
    session.close().await;
    output
}

/// How `crm` sends CRM e-mail: over SMTP, with account passwords from the OS keychain (where the
/// app keeps them) and attachments from this computer's file store.
fn mail_transport() -> MailTransport {
    let secret = |reference: &str| {
        keyring::Entry::new("org.oriel.crm", reference)
            .and_then(|entry| entry.get_password())
            .map_err(|e| e.to_string())
    };
    let transport = MailTransport::new(SmtpMailer::default(), secret);
    match crm_app::logo::file_store() {
        Ok(root) => transport.with_files(root),
        Err(_) => transport,
    }
}

fn read_input(input: Option<&str>) -> Result<serde_json::Value, AppError> {
    let text = match input {
        None => return Ok(serde_json::Value::Null),
        Some("-") => {
            let mut text = String::new();
            std::io::stdin()
                .read_to_string(&mut text)
                .map_err(|e| AppError::Internal(e.to_string()))?;
            text
        }
        Some(text) => text.to_owned(),
    };
    serde_json::from_str(&text).map_err(|_| AppError::Validation(Violations::one("input", Rule::Malformed)))
}

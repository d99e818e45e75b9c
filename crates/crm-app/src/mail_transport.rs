//! How a session reaches mail servers: the [`Mailer`] that hands messages over, the keychain that
//! turns an account's stored secret reference into its password (DOMAIN.md §16: secrets live in
//! the OS keychain, the tables hold references), and where attached files are kept.
//!
//! The desktop shell builds one with the SMTP mailer and the OS keychain; tests give passwords
//! directly and may pass any mailer.

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;

use crate::mailer::Mailer;

/// Reads a secret by the reference an account row stores.
pub trait Secrets: Send + Sync {
    /// The secret stored under `reference`, or why it could not be read.
    fn resolve(&self, reference: &str) -> Result<String, String>;
}

impl<F> Secrets for F
where
    F: Fn(&str) -> Result<String, String> + Send + Sync,
{
    fn resolve(&self, reference: &str) -> Result<String, String> {
        self(reference)
    }
}

/// A mailer, the secrets of its accounts, and the file store attachments are read from.
#[derive(Clone)]
pub struct MailTransport {
    mailer: Arc<dyn Mailer>,
    secrets: Arc<dyn Secrets>,
    files: Option<PathBuf>,
}

impl MailTransport {
    pub fn new(mailer: impl Mailer + 'static, secrets: impl Secrets + 'static) -> MailTransport {
        MailTransport {
            mailer: Arc::new(mailer),
            secrets: Arc::new(secrets),
            files: None,
        }
    }

    /// The same transport reading attachments from the file store at `root`.
    #[must_use]
    pub fn with_files(mut self, root: PathBuf) -> MailTransport {
        self.files = Some(root);
        self
    }

    pub fn mailer(&self) -> &dyn Mailer {
        self.mailer.as_ref()
    }

    pub fn secrets(&self) -> &dyn Secrets {
        self.secrets.as_ref()
    }

    /// Where attachment paths are relative to; none: messages go without their files.
    pub fn files(&self) -> Option<&PathBuf> {
        self.files.as_ref()
    }
}

impl fmt::Debug for MailTransport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("MailTransport")
            .field("files", &self.files)
            .finish_non_exhaustive()
    }
}

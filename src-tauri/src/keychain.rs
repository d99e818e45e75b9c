//! Database passwords in the OS keychain (Keychain on macOS, Credential Manager on Windows, the
//! Secret Service on Linux), keyed by the URL without its password.

const SERVICE: &str = "org.oriel.crm";

fn entry(url: &str) -> Result<keyring::Entry, String> {
    keyring::Entry::new(SERVICE, url).map_err(|e| e.to_string())
}

pub fn save_password(url: &str, password: &str) -> Result<(), String> {
    entry(url)?.set_password(password).map_err(|e| e.to_string())
}

/// The saved password, or `None` when there is none or the keychain cannot be read.
pub fn load_password(url: &str) -> Option<String> {
    entry(url).ok()?.get_password().ok()
}

/// The secret a mail account names by `reference` (its password columns hold keychain
/// references, never the secret itself), for sending and importing its mail.
pub fn mail_secret(reference: &str) -> Result<String, String> {
    entry(reference)?.get_password().map_err(|e| e.to_string())
}

/// Forgets the saved password; a missing entry is not an error.
pub fn forget_password(url: &str) -> Result<(), String> {
    match entry(url)?.delete_credential() {
        Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
        Err(e) => Err(e.to_string()),
    }
}

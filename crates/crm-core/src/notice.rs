//! Notifications (DOMAIN.md §14): the in-app notice a user reads, and the pure rules of the
//! e-mail channel — the subject line (R-NOTIF-2) and who shares one e-mail.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::list::PageRequest;

/// Most characters of the object name in an e-mail subject (R-NOTIF-2).
pub const SUBJECT_OBJECT_MAX: usize = 90;
/// Most characters of the object name a notice keeps (`str(250)`).
pub const OBJECT_NAME_MAX: usize = 250;

/// How a notice is shown (§2.4: INFO, WARNING, ERROR, SUCCESS).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum NoticeLevel {
    #[default]
    Info,
    Warning,
    Error,
    Success,
}

/// A notice in the recipient's language, about one object (R-NOTIF-1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Notice {
    pub id: Id,
    /// The recipient.
    pub user_id: Id,
    pub level: NoticeLevel,
    /// The message, already in the recipient's language.
    pub text: String,
    /// The kind of the object it is about (an entity key such as `deal`); empty for none.
    pub target_type: String,
    pub target_id: Option<Id>,
    /// The object's name when the notice was raised.
    pub object_name: String,
    pub read: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// `notice_list`: the acting user's own notices, newest first.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct NoticeQuery {
    /// `false`: only unread notices; `true`: only read ones; none: all.
    pub read: Option<bool>,
    pub page: PageRequest,
}

/// `notice_mark_read`: which of the acting user's notices they have read.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct NoticeRead {
    pub ids: Vec<Id>,
    /// Every unread notice of the user, whatever `ids` says.
    pub all: bool,
}

/// The object name as an e-mail subject shows it: one line, at most [`SUBJECT_OBJECT_MAX`]
/// characters.
pub fn subject_object_name(name: &str) -> String {
    one_line(name).chars().take(SUBJECT_OBJECT_MAX).collect()
}

/// `text` with every run of line breaks and blanks folded into one space.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// R-NOTIF-2: `"CRM: <message> - <object name>"`, or with a responsible person
/// `"CRM: <message> (<username>) - <object name>"`; without an object, `"CRM: <message>"`.
pub fn email_subject(message: &str, responsible: Option<&str>, object_name: &str) -> String {
    let mut subject = format!("CRM: {}", one_line(message));
    if let Some(username) = responsible.filter(|u| !u.is_empty()) {
        subject.push_str(" (");
        subject.push_str(username);
        subject.push(')');
    }
    let object = subject_object_name(object_name);
    if !object.is_empty() {
        subject.push_str(" - ");
        subject.push_str(&object);
    }
    subject
}

/// R-NOTIF-2: the recipients of one notification, grouped so that those who share a language
/// receive one e-mail together. Each item is (language, address); groups keep the order in which
/// their language first appears, and an address appears once.
pub fn language_groups<'a>(
    recipients: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for (language, address) in recipients {
        let address = address.trim();
        if address.is_empty() {
            continue;
        }
        let at = if let Some(at) = groups.iter().position(|(l, _)| l == language) {
            at
        } else {
            groups.push((language.to_owned(), Vec::new()));
            groups.len() - 1
        };
        let addresses = &mut groups[at].1;
        if !addresses.iter().any(|a| a.eq_ignore_ascii_case(address)) {
            addresses.push(address.to_owned());
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subject_names_the_message_the_responsible_and_the_object_on_one_line() {
        assert_eq!(
            email_subject("You received the deal", None, "200 lamps"),
            "CRM: You received the deal - 200 lamps"
        );
        assert_eq!(
            email_subject("New task", Some("anna"), "Call\n  Nordlicht\r\nback"),
            "CRM: New task (anna) - Call Nordlicht back"
        );
        assert_eq!(email_subject("Reminder", None, ""), "CRM: Reminder");
    }

    #[test]
    fn the_object_name_is_cut_to_ninety_characters() {
        let long = "ä".repeat(120);
        let subject = email_subject("You received the request", None, &long);
        assert_eq!(
            subject,
            format!("CRM: You received the request - {}", "ä".repeat(90))
        );
    }

    #[test]
    fn recipients_sharing_a_language_share_one_email() {
        let groups = language_groups([
            ("en", "anna@acme.example"),
            ("de", "jörg@acme.example"),
            ("en", "bob@acme.example"),
            ("en", "ANNA@acme.example"),
            ("de", " "),
        ]);
        assert_eq!(
            groups,
            vec![
                (
                    "en".to_owned(),
                    vec!["anna@acme.example".to_owned(), "bob@acme.example".to_owned()]
                ),
                ("de".to_owned(), vec!["jörg@acme.example".to_owned()]),
            ]
        );
    }
}

//! Attachment: a stored file attached to any record (DOMAIN.md §1.3 generic links, §4.11).

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::validation::{self, Rule, Violations};

/// Longest file path (`file`, VARCHAR(250)).
pub const FILE_MAX: usize = 250;

/// The kind of record a generic link points at (§1.3), stored as the entity key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum TargetType {
    Company,
    Contact,
    Lead,
    Request,
    Deal,
    CrmEmail,
    Product,
    Task,
    Project,
    Memo,
    EmlMessage,
    ChatMessage,
    QualityEvent,
}

/// An attachment as stored. Attachments are copied between records by reference, so several
/// rows may name one file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Attachment {
    pub id: Id,
    /// Path of the file, relative to the file store.
    pub file: Option<String>,
    /// On an e-mail's attachment: also attach it to the deal (R-EMAIL-7).
    pub attached_to_deal: bool,
    pub target_type: TargetType,
    pub target_id: Id,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
    pub version: i32,
}

/// An attachment to create or change, once its file is in the file store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct AttachmentInput {
    /// Required: the path the file store gave the file.
    pub file: String,
    pub attached_to_deal: bool,
    /// Required.
    pub target_type: Option<TargetType>,
    /// Required.
    pub target_id: Option<Id>,
}

impl AttachmentInput {
    /// Enforces the target and a file path that stays inside the file store: relative, with
    /// `/` separators and no `..`, so a stored row can never point at a file elsewhere. Whether
    /// the target may still be changed (R-GEN-10) is the store's.
    pub fn validate(mut self) -> Result<AttachmentInput, Violations> {
        let mut v = Violations::default();
        let before = v.0.len();
        self.file = validation::text(&mut v, "file", &self.file, FILE_MAX, true);
        if v.0.len() == before && !is_store_path(&self.file) {
            v.push("file", Rule::Malformed);
        }
        if self.target_type.is_none() {
            v.push("target_type", Rule::Required);
        }
        if self.target_id.is_none() {
            v.push("target_id", Rule::Required);
        }
        v.into_result(self)
    }
}

/// A relative path of non-empty segments, none of them `.` or `..`, without backslashes or
/// colons (which would name a drive or a URL scheme on some system).
pub fn is_store_path(path: &str) -> bool {
    !path.contains(['\\', ':', '\0'])
        && path
            .split('/')
            .all(|segment| !segment.is_empty() && segment != "." && segment != "..")
}

/// The filters of an attachment list: usually one record's attachments.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct AttachmentFilter {
    pub target_type: Option<TargetType>,
    pub target_id: Option<Id>,
    pub attached_to_deal: Option<bool>,
    /// Every row naming this file (a file is removed with its last row).
    pub file: Option<String>,
}

/// The columns an attachment list can be sorted by (a whitelist: nothing else reaches the SQL).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum AttachmentSort {
    #[default]
    CreatedAt,
    UpdatedAt,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules(input: AttachmentInput) -> Vec<(&'static str, &'static str)> {
        match input.validate() {
            Ok(_) => Vec::new(),
            Err(violations) => violations.iter().map(|v| (v.field, v.rule.code())).collect(),
        }
    }

    fn on_deal(file: &str) -> AttachmentInput {
        AttachmentInput {
            file: file.into(),
            target_type: Some(TargetType::Deal),
            target_id: Some(Id(4)),
            ..AttachmentInput::default()
        }
    }

    #[test]
    fn file_and_target_are_all_reported_missing() {
        assert_eq!(
            rules(AttachmentInput::default()),
            [
                ("file", "required"),
                ("target_type", "required"),
                ("target_id", "required")
            ]
        );
    }

    #[test]
    fn a_file_path_stays_inside_the_store() {
        assert_eq!(rules(on_deal("docs/2026/Angebot Müller.pdf")), []);
        for outside in [
            "/etc/passwd",
            "../secret.pdf",
            "docs/../../secret.pdf",
            "docs//offer.pdf",
            "C:/offer.pdf",
            "docs\\offer.pdf",
            "docs/",
        ] {
            assert_eq!(rules(on_deal(outside)), [("file", "malformed")], "{outside}");
        }
        assert_eq!(rules(on_deal(&"f".repeat(FILE_MAX + 1))), [("file", "too_long")]);
    }

    #[test]
    fn target_types_are_the_entity_keys() {
        use serde::de::{IntoDeserializer, value::Error};
        let read = |key: &str| TargetType::deserialize(IntoDeserializer::<Error>::into_deserializer(key));
        assert_eq!(read("crm_email"), Ok(TargetType::CrmEmail));
        assert_eq!(read("quality_event"), Ok(TargetType::QualityEvent));
        assert_eq!(read("deal"), Ok(TargetType::Deal));
        assert!(read("CrmEmail").is_err());
    }
}

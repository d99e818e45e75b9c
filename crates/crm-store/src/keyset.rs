//! Keyset cursors: the position after the last row of a page, as (sort value, id). Opaque to
//! callers: base64url of a small JSON document.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::StoreError;

/// The sort-column value of the last row of a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SortValue {
    Text(String),
    Time(DateTime<Utc>),
    Date(NaiveDate),
    Int(i64),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cursor {
    pub value: SortValue,
    pub id: i64,
}

impl Cursor {
    pub fn encode(&self) -> String {
        // Serializing plain data to JSON cannot fail.
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    pub fn decode(text: &str) -> Result<Cursor, StoreError> {
        URL_SAFE_NO_PAD
            .decode(text)
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .ok_or(StoreError::BadCursor)
    }
}

/// 8 random bytes as 11 base64url characters: the create-once tokens of DOMAIN.md §1.4.
pub fn random_token() -> Result<String, StoreError> {
    let mut bytes = [0_u8; 8];
    getrandom::fill(&mut bytes).map_err(|e| StoreError::Corrupt(format!("no randomness: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_survives_the_round_trip_and_garbage_is_refused() {
        let cursor = Cursor {
            value: SortValue::Text("Ärger & Co".into()),
            id: 42,
        };
        assert_eq!(Cursor::decode(&cursor.encode()).expect("decodes"), cursor);
        assert!(matches!(
            Cursor::decode("not a cursor"),
            Err(StoreError::BadCursor)
        ));
    }

    #[test]
    fn tokens_have_eleven_url_safe_characters() {
        let token = random_token().expect("token");
        assert_eq!(token.len(), 11);
        assert!(
            token
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        );
        assert_ne!(token, random_token().expect("token"));
    }
}

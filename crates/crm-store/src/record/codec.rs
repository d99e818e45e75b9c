//! JSON ⇄ SQL for each [`Kind`]: the values a record's fields bind as, and how row columns decode.

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde_json::Value;

use super::Kind;
use crate::{Backend, Exact, StoreError};

fn wrong(field: &str, value: &Value, what: &str) -> StoreError {
    StoreError::Corrupt(format!("field `{field}` holds {value}, expected {what}"))
}

pub(crate) fn int(field: &str, value: &Value) -> Result<Option<i64>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::Number(n) => n
            .as_i64()
            .map(Some)
            .ok_or_else(|| wrong(field, value, "an integer")),
        _ => Err(wrong(field, value, "an integer")),
    }
}

pub(crate) fn narrow<T: TryFrom<i64>>(field: &str, value: &Value) -> Result<Option<T>, StoreError> {
    int(field, value)?
        .map(|n| T::try_from(n).map_err(|_| wrong(field, value, "a smaller integer")))
        .transpose()
}

pub(crate) fn text(field: &str, value: &Value) -> Result<Option<String>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err(wrong(field, value, "text")),
    }
}

pub(crate) fn boolean(field: &str, value: &Value) -> Result<Option<bool>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::Bool(b) => Ok(Some(*b)),
        _ => Err(wrong(field, value, "true or false")),
    }
}

pub(crate) fn decimal(field: &str, value: &Value) -> Result<Option<Exact>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => s
            .parse::<Decimal>()
            .map(|d| Some(Exact(d)))
            .map_err(|_| wrong(field, value, "a decimal")),
        _ => Err(wrong(field, value, "a decimal as text")),
    }
}

pub(crate) fn date(field: &str, value: &Value) -> Result<Option<NaiveDate>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => s.parse().map(Some).map_err(|_| wrong(field, value, "a date")),
        _ => Err(wrong(field, value, "a date")),
    }
}

pub(crate) fn time(field: &str, value: &Value) -> Result<Option<DateTime<Utc>>, StoreError> {
    match value {
        Value::Null => Ok(None),
        Value::String(s) => s
            .parse::<DateTime<Utc>>()
            .map(Some)
            .map_err(|_| wrong(field, value, "an RFC 3339 timestamp")),
        _ => Err(wrong(field, value, "a timestamp")),
    }
}

pub(crate) fn json_text(value: &Value) -> Option<String> {
    (!value.is_null()).then(|| value.to_string())
}

pub(crate) fn date_json(value: Option<NaiveDate>) -> Value {
    value.map_or(Value::Null, |d| {
        Value::String(super::text::date(d).as_str().to_owned())
    })
}

/// The text a `DateTime<Utc>` serializes to.
pub(crate) fn time_json(value: Option<DateTime<Utc>>) -> Value {
    value.map_or(Value::Null, |t| {
        Value::String(super::text::time(t).as_str().to_owned())
    })
}

pub(crate) fn parse_json(value: Option<String>) -> Value {
    value
        .and_then(|text| serde_json::from_str(&text).ok())
        .unwrap_or(Value::Null)
}

/// The SELECT expression of a column. JSON is read as text: the drivers decode neither
/// PostgreSQL's JSONB nor MySQL 8's JSON (a binary type on the wire) into a string; MariaDB's
/// JSON is already text, and the cast leaves it so.
pub(crate) fn select_expr(backend: Backend, column: &str, kind: Kind) -> String {
    match (kind, backend) {
        (Kind::Json, Backend::Postgres) => format!("CAST({column} AS TEXT) AS {column}"),
        (Kind::Json, Backend::Mysql) => format!("CAST({column} AS CHAR) AS {column}"),
        _ => column.to_owned(),
    }
}

/// Binds `$value` (a JSON value of field `$field`) as kind `$kind` on query builder `$qb`.
macro_rules! push_value {
    ($qb:expr, $backend:expr, $field:expr, $kind:expr, $value:expr) => {{
        use $crate::record::codec;
        let value: &serde_json::Value = $value;
        let field: &str = $field;
        match $kind {
            Kind::I16 => {
                $qb.push_bind(codec::narrow::<i16>(field, value)?);
            }
            Kind::I32 => {
                $qb.push_bind(codec::narrow::<i32>(field, value)?);
            }
            Kind::I64 => {
                $qb.push_bind(codec::int(field, value)?);
            }
            // Required text is '' when empty (DOMAIN.md §1.1), never NULL.
            Kind::Text => {
                $qb.push_bind(codec::text(field, value)?);
            }
            Kind::Bool => {
                $qb.push_bind(codec::boolean(field, value)?);
            }
            Kind::Money | Kind::Rate => {
                $qb.push_bind(codec::decimal(field, value)?);
            }
            Kind::Date => {
                $qb.push_bind(codec::date(field, value)?);
            }
            Kind::Time => {
                $qb.push_bind(codec::time(field, value)?.map($crate::Moment));
            }
            Kind::Json => {
                if $backend == $crate::Backend::Postgres {
                    $qb.push("CAST(");
                    $qb.push_bind(codec::json_text(value));
                    $qb.push(" AS JSONB)");
                } else {
                    $qb.push_bind(codec::json_text(value));
                }
            }
        }
    }};
}
pub(crate) use push_value;

/// Decodes column `$name` of kind `$kind` from `$row` as JSON.
macro_rules! decode_value {
    ($row:expr, $name:expr, $kind:expr) => {
        $crate::record::rows::decode_cell!($row, $name, $kind).into_json()
    };
}
pub(crate) use decode_value;

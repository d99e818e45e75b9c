//! A page of an entity's rows decoded once, by position, into plain values ([`Cell`]s), then
//! handed out either as JSON maps ([`Fields`]) or straight as typed records.
//!
//! Why both: most of the app works on [`Fields`], but a typed list (every `<entity>_list`
//! command) only wants the typed record. Going through the JSON map cost it a `String` key and a
//! JSON value per field, then a second pass that parsed every value back — together about as
//! long as the SQL of a page took on PostgreSQL. Straight from the cells, a value is moved into
//! its field once.

use std::collections::HashMap;
use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};
use rust_decimal::Decimal;
use serde::de::value::{BorrowedStrDeserializer, SeqDeserializer, StringDeserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, Visitor};
use serde::forward_to_deserialize_any;
use serde_json::Value;

use super::{Fields, Kind, codec, text as render};
use crate::StoreError;
use crate::keyset::SortValue;

/// One decoded column value.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) enum Cell {
    #[default]
    Null,
    Int(i64),
    Text(String),
    Bool(bool),
    /// Already at the column's scale (2 for money, 8 for rates), as every backend then answers
    /// alike.
    Decimal(Decimal),
    Date(NaiveDate),
    Time(DateTime<Utc>),
    Json(Value),
    /// The ids a link table holds for the record.
    Ids(Vec<i64>),
}

impl Cell {
    /// The value as a field of [`Fields`].
    pub(crate) fn into_json(self) -> Value {
        match self {
            Cell::Null => Value::Null,
            Cell::Int(n) => Value::from(n),
            Cell::Text(text) => Value::String(text),
            Cell::Bool(b) => Value::Bool(b),
            Cell::Decimal(d) => Value::String(d.to_string()),
            Cell::Date(d) => codec::date_json(Some(d)),
            Cell::Time(t) => codec::time_json(Some(t)),
            Cell::Json(value) => value,
            Cell::Ids(ids) => Value::Array(ids.into_iter().map(Value::from).collect()),
        }
    }

    /// A stored decimal of `kind` at the column's scale.
    pub(crate) fn decimal(value: Option<Decimal>, kind: Kind) -> Cell {
        value.map_or(Cell::Null, |mut d| {
            d.rescale(if kind == Kind::Rate { 8 } else { 2 });
            Cell::Decimal(d)
        })
    }
}

/// Decodes column `$name` (a name or a position in the SELECT list) of kind `$kind` from `$row`
/// as a [`Cell`].
macro_rules! decode_cell {
    ($row:expr, $name:expr, $kind:expr) => {{
        use sqlx::Row as _;
        use $crate::record::rows::Cell;
        let name = $name;
        match $kind {
            Kind::I16 => $row
                .try_get::<Option<i16>, _>(name)?
                .map_or(Cell::Null, |n| Cell::Int(n.into())),
            Kind::I32 => $row
                .try_get::<Option<i32>, _>(name)?
                .map_or(Cell::Null, |n| Cell::Int(n.into())),
            Kind::I64 => $row
                .try_get::<Option<i64>, _>(name)?
                .map_or(Cell::Null, Cell::Int),
            Kind::Text => $row
                .try_get::<Option<String>, _>(name)?
                .map_or(Cell::Null, Cell::Text),
            Kind::Bool => $row
                .try_get::<Option<bool>, _>(name)?
                .map_or(Cell::Null, Cell::Bool),
            kind @ (Kind::Money | Kind::Rate) => {
                Cell::decimal($row.try_get::<Option<$crate::Exact>, _>(name)?.map(|e| e.0), kind)
            }
            Kind::Date => $row
                .try_get::<Option<chrono::NaiveDate>, _>(name)?
                .map_or(Cell::Null, Cell::Date),
            Kind::Time => $row
                .try_get::<Option<chrono::DateTime<chrono::Utc>>, _>(name)?
                .map_or(Cell::Null, Cell::Time),
            Kind::Json => match $crate::record::codec::parse_json($row.try_get::<Option<String>, _>(name)?) {
                serde_json::Value::Null => Cell::Null,
                value => Cell::Json(value),
            },
        }
    }};
}
pub(crate) use decode_cell;

/// Decoded rows of one entity: the cells of each row in the order of the fields its SELECT
/// read, and the ids each link field holds per record.
#[derive(Debug)]
pub(crate) struct Decoded {
    /// Field names in SELECT order.
    names: Vec<&'static str>,
    /// Positions of `names` in name order, the last of two equal names kept (as inserting field
    /// after field into a map would leave it).
    by_name: Vec<usize>,
    rows: Vec<Vec<Cell>>,
    links: Vec<(&'static str, HashMap<i64, Vec<i64>>)>,
}

impl Decoded {
    pub(crate) fn new(names: Vec<&'static str>, rows: Vec<Vec<Cell>>) -> Self {
        let mut by_name: Vec<usize> = (0..names.len()).collect();
        by_name.sort_by_key(|&at| names[at]);
        // After a stable sort equal names sit together in SELECT order: keep each run's last.
        let mut kept: Vec<usize> = Vec::with_capacity(by_name.len());
        for at in by_name {
            match kept.last_mut() {
                Some(last) if names[*last] == names[at] => *last = at,
                _ => kept.push(at),
            }
        }
        Decoded {
            names,
            by_name: kept,
            rows,
            links: Vec::new(),
        }
    }

    pub(crate) fn len(&self) -> usize {
        self.rows.len()
    }

    pub(crate) fn truncate(&mut self, len: usize) {
        self.rows.truncate(len);
    }

    /// The id of each row.
    pub(crate) fn ids(&self) -> Vec<i64> {
        self.rows.iter().filter_map(|row| id_of(row)).collect()
    }

    /// Adds a link field: the ids linked to each record id.
    pub(crate) fn add_link(&mut self, field: &'static str, linked: HashMap<i64, Vec<i64>>) {
        self.links.push((field, linked));
    }

    /// The keyset value of field `field` (of `kind`) in the last row.
    pub(crate) fn last_sort_value(
        &self,
        field: &str,
        kind: Kind,
    ) -> Result<Option<(SortValue, i64)>, StoreError> {
        let Some(row) = self.rows.last() else {
            return Ok(None);
        };
        let at = self
            .names
            .iter()
            .rposition(|name| *name == field)
            .ok_or_else(|| StoreError::Corrupt(format!("sort field {field} is not read")))?;
        let value = match (&row[at], kind) {
            (Cell::Time(t), Kind::Time) => SortValue::Time(*t),
            (Cell::Date(d), Kind::Date) => SortValue::Date(*d),
            (Cell::Int(n), Kind::I16 | Kind::I32 | Kind::I64) => SortValue::Int(*n),
            (Cell::Text(text), _) => SortValue::Text(text.clone()),
            (Cell::Null, _) => return Err(StoreError::Corrupt(format!("sort field {field} is empty"))),
            (other, _) => {
                return Err(StoreError::Corrupt(format!(
                    "sort field {field} holds {other:?}, not a {kind:?}"
                )));
            }
        };
        Ok(Some((value, id_of(row).unwrap_or_default())))
    }

    /// Each row's record as JSON: its fields in name order, then its links.
    pub(crate) fn into_fields(self) -> Vec<Fields> {
        self.map_records(|names, by_name, _, mut row, links| {
            // A map built from pairs in key order appends them, where inserting field after
            // field searches and splits its nodes.
            let mut record: Fields = by_name
                .iter()
                .map(|&at| (names[at].to_owned(), std::mem::take(&mut row[at]).into_json()))
                .collect();
            for (field, ids) in links {
                record.insert(field.to_owned(), ids.into_json());
            }
            record
        })
    }

    /// Each row's record as `R`, deserialized from the cells without a JSON map in between; it
    /// accepts exactly what `R` would accept from [`Decoded::into_fields`].
    pub(crate) fn into_typed<R: DeserializeOwned>(self, entity: &str) -> Result<Vec<R>, StoreError> {
        self.map_records(|names, by_name, id, row, links| {
            R::deserialize(RecordDe {
                names,
                order: by_name.iter(),
                cells: row,
                links: links.into_iter(),
                value: Cell::Null,
            })
            .map_err(|e| StoreError::Corrupt(format!("{entity} {id}: {e}")))
        })
    }

    /// Each row made into a record by `make`, given the field names, their name order (see
    /// `by_name`), the row's id, its cells and its link fields.
    fn map_records<T, C: FromIterator<T>>(
        self,
        mut make: impl FnMut(&[&'static str], &[usize], i64, Vec<Cell>, Vec<(&'static str, Cell)>) -> T,
    ) -> C {
        let Decoded {
            names,
            by_name,
            rows,
            mut links,
        } = self;
        rows.into_iter()
            .map(|row| {
                let id = id_of(&row).unwrap_or_default();
                let linked = links_of(&mut links, id);
                make(&names, &by_name, id, row, linked)
            })
            .collect()
    }
}

/// The id of a row: the SELECT list starts with it.
fn id_of(row: &[Cell]) -> Option<i64> {
    row.first().and_then(Cell::as_int)
}

/// The link fields of record `id`, each with its ids, taken out of `links`.
fn links_of(links: &mut [(&'static str, HashMap<i64, Vec<i64>>)], id: i64) -> Vec<(&'static str, Cell)> {
    links
        .iter_mut()
        .map(|(field, linked)| (*field, Cell::Ids(linked.remove(&id).unwrap_or_default())))
        .collect()
}

impl Cell {
    fn as_int(&self) -> Option<i64> {
        match self {
            Cell::Int(n) => Some(*n),
            _ => None,
        }
    }
}

/// Why a record did not fit its type.
#[derive(Debug)]
pub(crate) struct DecodeError(String);

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for DecodeError {}

impl de::Error for DecodeError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        DecodeError(msg.to_string())
    }
}

/// One record as a map: its fields in name order, then its links.
struct RecordDe<'a> {
    names: &'a [&'static str],
    order: std::slice::Iter<'a, usize>,
    cells: Vec<Cell>,
    links: std::vec::IntoIter<(&'static str, Cell)>,
    /// The value of the key handed out last.
    value: Cell,
}

impl<'de> de::Deserializer<'de> for RecordDe<'_> {
    type Error = DecodeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        visitor.visit_map(self)
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map struct enum identifier
        ignored_any
    }
}

impl<'de> MapAccess<'de> for RecordDe<'_> {
    type Error = DecodeError;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, DecodeError> {
        let name = if let Some(&at) = self.order.next() {
            self.value = std::mem::take(&mut self.cells[at]);
            self.names[at]
        } else if let Some((name, ids)) = self.links.next() {
            self.value = ids;
            name
        } else {
            return Ok(None);
        };
        seed.deserialize(BorrowedStrDeserializer::new(name)).map(Some)
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, DecodeError> {
        seed.deserialize(CellDe(std::mem::take(&mut self.value)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.order.len() + self.links.len())
    }
}

/// One field's value. It reads as the JSON value [`Cell::into_json`] makes (decimals, dates and
/// timestamps as text), so a type reads the same from here as from [`Fields`].
struct CellDe(Cell);

impl IntoDeserializer<'_, DecodeError> for CellDe {
    type Deserializer = CellDe;

    fn into_deserializer(self) -> CellDe {
        self
    }
}

impl<'de> de::Deserializer<'de> for CellDe {
    type Error = DecodeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Cell::Null => visitor.visit_unit(),
            Cell::Int(n) => visitor.visit_i64(n),
            Cell::Text(text) => visitor.visit_string(text),
            Cell::Bool(b) => visitor.visit_bool(b),
            Cell::Decimal(d) => visitor.visit_str(render::decimal(d).as_str()),
            Cell::Date(d) => visitor.visit_str(render::date(d).as_str()),
            // Text as chrono writes it (RFC 3339, `Z`, only the fraction there is), which is what
            // a timestamp's type reads; nothing is lost.
            Cell::Time(t) => visitor.visit_str(render::time(t).as_str()),
            Cell::Json(value) => de::Deserializer::deserialize_any(value, visitor).map_err(de::Error::custom),
            Cell::Ids(ids) => {
                let mut seq = SeqDeserializer::new(ids.into_iter().map(|id| CellDe(Cell::Int(id))));
                let value = visitor.visit_seq(&mut seq)?;
                seq.end()?;
                Ok(value)
            }
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        match self.0 {
            Cell::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, DecodeError> {
        match self.0 {
            // A unit variant stored as its name.
            Cell::Text(text) => {
                let name: StringDeserializer<DecodeError> = text.into_deserializer();
                visitor.visit_enum(name)
            }
            Cell::Json(value) => {
                de::Deserializer::deserialize_enum(value, name, variants, visitor).map_err(de::Error::custom)
            }
            other => CellDe(other).deserialize_any(visitor),
        }
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, DecodeError> {
        visitor.visit_unit()
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use chrono::TimeZone as _;
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "snake_case")]
    enum Mood {
        Calm,
        Busy,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(transparent)]
    struct Id(i64);

    #[derive(Debug, Deserialize, PartialEq)]
    struct Record {
        id: Id,
        name: String,
        amount: Option<Decimal>,
        due: Option<NaiveDate>,
        at: DateTime<Utc>,
        gone: Option<DateTime<Utc>>,
        mood: Mood,
        extra: Value,
        tag_ids: Vec<Id>,
        #[serde(default)]
        absent: bool,
    }

    fn decoded() -> Decoded {
        let at = Utc
            .with_ymd_and_hms(2026, 3, 4, 5, 6, 7)
            .single()
            .expect("a time")
            + chrono::Duration::microseconds(120);
        let names = vec![
            "id", "name", "amount", "due", "at", "gone", "mood", "extra", "unread", "name",
        ];
        let row = vec![
            Cell::Int(7),
            Cell::Text("first".into()),
            Cell::decimal(Some(Decimal::new(15, 1)), Kind::Money),
            Cell::Date(NaiveDate::from_ymd_opt(2026, 1, 31).expect("a date")),
            Cell::Time(at),
            Cell::Null,
            Cell::Text("busy".into()),
            Cell::Json(serde_json::json!({ "a": [1, 2] })),
            Cell::Bool(true),
            Cell::Text("second".into()),
        ];
        let mut decoded = Decoded::new(names, vec![row]);
        decoded.add_link("tag_ids", HashMap::from([(7, vec![3, 9])]));
        decoded
    }

    #[test]
    fn a_typed_record_reads_the_same_from_cells_as_from_fields() {
        let from_fields: Vec<Record> = decoded()
            .into_fields()
            .into_iter()
            .map(|f| serde_json::from_value(Value::Object(f)).expect("from fields"))
            .collect();
        let from_cells: Vec<Record> = decoded().into_typed("thing").expect("from cells");
        assert_eq!(from_cells, from_fields);
        let record = &from_cells[0];
        assert_eq!(record.name, "second", "the last of two equal names wins");
        assert_eq!(record.amount.map(|d| d.to_string()).as_deref(), Some("1.50"));
        assert_eq!(record.at.timestamp_subsec_micros(), 120);
        assert_eq!(record.mood, Mood::Busy);
        assert_eq!(record.tag_ids, vec![Id(3), Id(9)]);
    }

    #[test]
    fn a_record_as_fields_keeps_every_field_and_its_links() {
        let fields = decoded().into_fields().remove(0);
        let keys: Vec<&str> = fields.keys().map(String::as_str).collect();
        assert_eq!(
            keys,
            [
                "amount", "at", "due", "extra", "gone", "id", "mood", "name", "tag_ids", "unread"
            ]
        );
        assert_eq!(fields["amount"], "1.50");
        assert_eq!(fields["due"], "2026-01-31");
        assert_eq!(fields["at"], "2026-03-04T05:06:07.000120Z");
        assert_eq!(fields["tag_ids"], serde_json::json!([3, 9]));
        // The same through serde, as a map type sees it.
        let map: BTreeMap<String, Value> = decoded().into_typed("thing").expect("a map").remove(0);
        assert_eq!(map.into_iter().collect::<Fields>(), fields);
    }

    #[test]
    fn a_value_that_does_not_fit_its_type_is_an_error_naming_the_record() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Wrong {
            name: i64,
        }
        let err = decoded()
            .into_typed::<Wrong>("thing")
            .expect_err("text is no number");
        assert!(err.to_string().contains("thing 7"), "{err}");
    }

    #[test]
    fn the_last_rows_sort_value_is_its_cell() {
        let decoded = decoded();
        assert_eq!(
            decoded.last_sort_value("name", Kind::Text).expect("a value"),
            Some((SortValue::Text("second".into()), 7))
        );
        assert!(
            decoded.last_sort_value("gone", Kind::Time).is_err(),
            "an empty sort field"
        );
    }
}

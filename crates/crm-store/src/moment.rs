//! Instants written so that every backend compares them as instants.
//!
//! SQLite keeps a timestamp as ISO-8601 text and compares it as text, so the same instant must
//! always be the same text, and a later instant must sort after an earlier one. Column defaults
//! write `strftime('%Y-%m-%dT%H:%M:%f+00:00')`: always three fraction digits. sqlx writes a
//! `DateTime` with as few digits as it needs, none for a whole second, so a row created by a
//! default at `…:05.000` and a cursor or filter bound at `…:05` were different texts for the same
//! instant: a keyset page could show a row again, and a date-range filter could miss one at its
//! edge. [`Moment`] writes the form the defaults write, with three more digits only when the
//! instant has microseconds, which keeps text order and time order the same.

use chrono::{DateTime, Utc};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Encode, MySql, Postgres, Sqlite, Type};

/// An instant bound as a query parameter (see the module's note on SQLite).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Moment(pub DateTime<Utc>);

impl Moment {
    /// The text SQLite stores: `YYYY-MM-DDTHH:MM:SS.fff+00:00`, or `.ffffff` when the instant
    /// has microseconds. Finer digits are dropped, as the servers' microsecond columns drop them.
    pub fn sqlite_text(&self) -> String {
        let format = if self.0.timestamp_subsec_micros().is_multiple_of(1000) {
            "%Y-%m-%dT%H:%M:%S%.3f+00:00"
        } else {
            "%Y-%m-%dT%H:%M:%S%.6f+00:00"
        };
        self.0.format(format).to_string()
    }
}

impl Type<Sqlite> for Moment {
    fn type_info() -> <Sqlite as Database>::TypeInfo {
        <String as Type<Sqlite>>::type_info()
    }
    fn compatible(ty: &<Sqlite as Database>::TypeInfo) -> bool {
        <String as Type<Sqlite>>::compatible(ty)
    }
}

impl Encode<'_, Sqlite> for Moment {
    fn encode_by_ref(&self, buf: &mut <Sqlite as Database>::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        Encode::<Sqlite>::encode(self.sqlite_text(), buf)
    }
}

/// PostgreSQL and MySQL store a native timestamp: delegate to sqlx's own codec.
macro_rules! native_time {
    ($db:ty) => {
        impl Type<$db> for Moment {
            fn type_info() -> <$db as Database>::TypeInfo {
                <DateTime<Utc> as Type<$db>>::type_info()
            }
            fn compatible(ty: &<$db as Database>::TypeInfo) -> bool {
                <DateTime<Utc> as Type<$db>>::compatible(ty)
            }
        }

        impl Encode<'_, $db> for Moment {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <DateTime<Utc> as Encode<$db>>::encode_by_ref(&self.0, buf)
            }
        }
    };
}

native_time!(Postgres);
native_time!(MySql);

#[cfg(test)]
mod tests {
    use super::Moment;
    use chrono::{DateTime, TimeZone, Utc};

    fn at(micros: i64) -> Moment {
        Moment(
            Utc.timestamp_micros(1_764_000_000_000_000 + micros)
                .single()
                .expect("an instant"),
        )
    }

    #[test]
    fn a_whole_second_is_written_as_the_column_default_writes_it() {
        assert_eq!(at(0).sqlite_text(), "2025-11-24T16:00:00.000+00:00");
        assert_eq!(at(120_000).sqlite_text(), "2025-11-24T16:00:00.120+00:00");
        assert_eq!(at(120_001).sqlite_text(), "2025-11-24T16:00:00.120001+00:00");
    }

    #[test]
    fn text_order_is_time_order() {
        let steps = [
            0, 1, 999, 1_000, 1_001, 120_000, 120_001, 999_999, 1_000_000, 1_000_001,
        ];
        let moments: Vec<Moment> = steps.iter().map(|&m| at(m)).collect();
        for pair in moments.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(pair[0].sqlite_text() < pair[1].sqlite_text(), "{pair:?}");
        }
    }

    #[test]
    fn nanoseconds_are_dropped_and_the_text_reads_back() {
        let fine: DateTime<Utc> = "2025-11-24T16:00:00.120000999Z".parse().expect("a time");
        let text = Moment(fine).sqlite_text();
        assert_eq!(text, "2025-11-24T16:00:00.120+00:00");
        let back: DateTime<Utc> = text.parse().expect("readable");
        assert_eq!(back.timestamp_subsec_micros(), 120_000);
    }
}

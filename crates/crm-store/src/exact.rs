//! Exact decimals on every backend.
//!
//! PostgreSQL NUMERIC and MySQL DECIMAL decode into `Decimal` directly. sqlx deliberately has no
//! Decimal codec for SQLite (its numbers are floats), so there the value is stored as TEXT and
//! parsed back: no digit is ever rounded through a float.

use rust_decimal::Decimal;
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, MySql, Postgres, Sqlite, Type};

/// A `Decimal` that crosses any backend losslessly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Exact(pub Decimal);

impl From<Exact> for Decimal {
    fn from(value: Exact) -> Self {
        value.0
    }
}

impl Type<Sqlite> for Exact {
    fn type_info() -> <Sqlite as Database>::TypeInfo {
        <String as Type<Sqlite>>::type_info()
    }
    fn compatible(ty: &<Sqlite as Database>::TypeInfo) -> bool {
        <String as Type<Sqlite>>::compatible(ty)
    }
}

impl Encode<'_, Sqlite> for Exact {
    fn encode_by_ref(&self, buf: &mut <Sqlite as Database>::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        Encode::<Sqlite>::encode(self.0.to_string(), buf)
    }
}

impl<'r> Decode<'r, Sqlite> for Exact {
    fn decode(value: <Sqlite as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let text = <&str as Decode<Sqlite>>::decode(value)?;
        Ok(Exact(text.parse::<Decimal>()?))
    }
}

/// PostgreSQL and MySQL have a native exact type: delegate to sqlx's own codec.
macro_rules! native_decimal {
    ($db:ty) => {
        impl Type<$db> for Exact {
            fn type_info() -> <$db as Database>::TypeInfo {
                <Decimal as Type<$db>>::type_info()
            }
            fn compatible(ty: &<$db as Database>::TypeInfo) -> bool {
                <Decimal as Type<$db>>::compatible(ty)
            }
        }

        impl Encode<'_, $db> for Exact {
            fn encode_by_ref(
                &self,
                buf: &mut <$db as Database>::ArgumentBuffer,
            ) -> Result<IsNull, BoxDynError> {
                <Decimal as Encode<$db>>::encode_by_ref(&self.0, buf)
            }
        }

        impl<'r> Decode<'r, $db> for Exact {
            fn decode(value: <$db as Database>::ValueRef<'r>) -> Result<Self, BoxDynError> {
                Ok(Exact(<Decimal as Decode<$db>>::decode(value)?))
            }
        }
    };
}

native_decimal!(Postgres);
native_decimal!(MySql);

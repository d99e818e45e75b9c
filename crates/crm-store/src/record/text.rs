//! Timestamps, dates and decimals written as the text a record's JSON holds, character for
//! character as chrono and rust_decimal write them, but into a buffer on the stack.
//!
//! Why: a list page hands every such value to its typed record as text, and chrono's writers
//! allocate a `String` and go through a formatter for each; written here, a timestamp takes two
//! thirds of that time and a date a third. Values outside the plain form (years before 0 or after
//! 9999, a leap second) are left to chrono, so the text is always the same.

use std::fmt::{self, Write as _};

use chrono::{DateTime, Datelike, NaiveDate, SecondsFormat, Timelike, Utc};
use rust_decimal::Decimal;

/// Enough for any decimal (at most 29 digits, a sign and a point) and any plain timestamp.
const CAPACITY: usize = 40;

/// Text written into a fixed buffer.
pub(crate) struct StackText {
    bytes: [u8; CAPACITY],
    len: usize,
}

impl StackText {
    fn new() -> Self {
        StackText {
            bytes: [0; CAPACITY],
            len: 0,
        }
    }

    pub(crate) fn as_str(&self) -> &str {
        // Only whole `&str`s and ASCII digits are ever copied in.
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or_default()
    }

    fn push(&mut self, byte: u8) {
        self.bytes[self.len] = byte;
        self.len += 1;
    }

    /// `value` in `width` digits, zero-padded (`value` < 10^width).
    fn digits(&mut self, value: u32, width: usize) {
        let mut rest = value;
        for at in (0..width).rev() {
            self.bytes[self.len + at] = b'0' + (rest % 10) as u8;
            rest /= 10;
        }
        self.len += width;
    }

    fn date(&mut self, date: NaiveDate) {
        self.digits(date.year().unsigned_abs(), 4);
        self.push(b'-');
        self.digits(date.month(), 2);
        self.push(b'-');
        self.digits(date.day(), 2);
    }
}

impl fmt::Write for StackText {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        let end = self.len + s.len();
        if end > CAPACITY {
            return Err(fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Text on the stack, or on the heap where only the library's own writer will do.
pub(crate) enum Rendered {
    Stack(StackText),
    Heap(String),
}

impl Rendered {
    pub(crate) fn as_str(&self) -> &str {
        match self {
            Rendered::Stack(text) => text.as_str(),
            Rendered::Heap(text) => text,
        }
    }
}

fn plain_year(date: NaiveDate) -> bool {
    (0..=9999).contains(&date.year())
}

/// `date` as `NaiveDate`'s `Display` writes it (`2026-12-05`).
pub(crate) fn date(date: NaiveDate) -> Rendered {
    if !plain_year(date) {
        return Rendered::Heap(date.to_string());
    }
    let mut text = StackText::new();
    text.date(date);
    Rendered::Stack(text)
}

/// `time` as chrono's RFC 3339 with `Z` and only the fraction there is (`SecondsFormat::AutoSi`):
/// what a `DateTime<Utc>` serializes to and reads back from.
pub(crate) fn time(time: DateTime<Utc>) -> Rendered {
    let naive = time.naive_utc();
    let nanos = naive.nanosecond();
    if !plain_year(naive.date()) || nanos >= 1_000_000_000 {
        return Rendered::Heap(time.to_rfc3339_opts(SecondsFormat::AutoSi, true));
    }
    let mut text = StackText::new();
    text.date(naive.date());
    text.push(b'T');
    text.digits(naive.hour(), 2);
    text.push(b':');
    text.digits(naive.minute(), 2);
    text.push(b':');
    text.digits(naive.second(), 2);
    if nanos != 0 {
        text.push(b'.');
        if nanos.is_multiple_of(1_000_000) {
            text.digits(nanos / 1_000_000, 3);
        } else if nanos.is_multiple_of(1_000) {
            text.digits(nanos / 1_000, 6);
        } else {
            text.digits(nanos, 9);
        }
    }
    text.push(b'Z');
    Rendered::Stack(text)
}

/// `value` as its `Display` writes it.
pub(crate) fn decimal(value: Decimal) -> Rendered {
    let mut text = StackText::new();
    if write!(text, "{value}").is_ok() {
        Rendered::Stack(text)
    } else {
        Rendered::Heap(value.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone as _;

    /// A small deterministic generator, so the comparison covers many values the same way each run.
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self
                .0
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            self.0 >> 11
        }
    }

    #[test]
    fn timestamps_read_as_chrono_writes_them() {
        let mut rng = Lcg(7);
        let fractions = [0, 5_000_000, 123_000_000, 120_000, 123_456_000, 1, 999_999_999];
        for round in 0..20_000 {
            // Seconds from year 0 to year 9999, and a few beyond on either side.
            let seconds = i64::try_from(rng.next() % 315_537_897_600).expect("fits") - 62_167_219_200;
            let seconds = match round % 1000 {
                0 => -62_167_219_201,
                1 => 253_402_300_800,
                _ => seconds,
            };
            let nanos = fractions[round % fractions.len()];
            let time = Utc.timestamp_opt(seconds, nanos).single().expect("a timestamp");
            let expected = time.to_rfc3339_opts(SecondsFormat::AutoSi, true);
            assert_eq!(super::time(time).as_str(), expected);
            assert_eq!(
                serde_json::to_value(time).expect("json"),
                serde_json::json!(expected)
            );
            assert_eq!(
                super::date(time.date_naive()).as_str(),
                time.date_naive().to_string()
            );
        }
    }

    #[test]
    fn a_leap_second_is_written_by_chrono() {
        let leap = NaiveDate::from_ymd_opt(2016, 12, 31)
            .and_then(|d| d.and_hms_nano_opt(23, 59, 59, 1_500_000_000))
            .expect("a leap second")
            .and_utc();
        assert_eq!(
            time(leap).as_str(),
            leap.to_rfc3339_opts(SecondsFormat::AutoSi, true)
        );
        assert!(matches!(time(leap), Rendered::Heap(_)));
    }

    #[test]
    fn decimals_read_as_their_display() {
        for value in [
            Decimal::new(150, 2),
            Decimal::new(-1, 8),
            Decimal::ZERO,
            Decimal::MAX,
            Decimal::MIN,
            Decimal::new(i64::MIN, 28),
        ] {
            assert_eq!(decimal(value).as_str(), value.to_string());
        }
    }
}

//! Percentages of the reports. **Decision:** halves round away from zero (upstream rounds
//! Python floats, half to even); the spec says only "round".

use rust_decimal::{Decimal, RoundingStrategy};

/// `round(value, places)`, halves away from zero.
pub fn rounded(value: Decimal, places: u32) -> Decimal {
    value.round_dp_with_strategy(places, RoundingStrategy::MidpointAwayFromZero)
}

/// `part × 100 / whole` rounded to `places` and shown with that many; 0 when `whole` is 0.
pub fn share(part: i64, whole: i64, places: u32) -> Decimal {
    let mut value = if whole == 0 {
        Decimal::ZERO
    } else {
        rounded(
            Decimal::from(part) * Decimal::ONE_HUNDRED / Decimal::from(whole),
            places,
        )
    };
    value.rescale(places);
    value
}

/// R-ANL-4: conversion = round(won × 100 / total, 2), 0 when there is no request.
pub fn conversion(won: i64, total: i64) -> Decimal {
    share(won, total, 2)
}

/// `count / 12` with one decimal: the average a month of a 12-month total.
pub fn monthly_average(total: i64) -> Decimal {
    let mut value = rounded(Decimal::from(total) / Decimal::from(12), 1);
    value.rescale(1);
    value
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r_anl_4_conversion_has_two_decimals_and_is_zero_without_requests() {
        assert_eq!(conversion(1, 3), Decimal::new(3333, 2));
        assert_eq!(conversion(2, 3), Decimal::new(6667, 2));
        assert_eq!(conversion(0, 0), Decimal::ZERO);
        assert_eq!(conversion(5, 5), Decimal::ONE_HUNDRED);
    }

    #[test]
    fn averages_and_shares_round_halves_away_from_zero() {
        assert_eq!(monthly_average(7), Decimal::new(6, 1), "7/12 = 0.583…");
        assert_eq!(monthly_average(18), Decimal::new(15, 1));
        assert_eq!(share(1, 8, 0), Decimal::from(13), "12.5 → 13");
        assert_eq!(share(1, 6, 1), Decimal::new(167, 1));
    }
}

//! The rates a central-bank quote gives a currency (R-CUR-7). The bank quotes every currency in
//! the state currency; with m = the marketing currency in state currency and r = this currency in
//! state currency, a currency's (rate_to_state, rate_to_marketing) are: for the state currency
//! (1, 1/m), for the marketing currency (m, 1), otherwise (r, r/m).

use rust_decimal::Decimal;

/// Decimal places a stored rate keeps (DECIMAL(18,8)).
pub const RATE_PLACES: u32 = 8;

/// Which currency a quote is turned into rates for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CurrencyRole {
    State,
    Marketing,
    /// Any other currency, worth `r` units of the state currency.
    Other {
        r: Decimal,
    },
}

/// R-CUR-7's (rate_to_state, rate_to_marketing) for a currency of `role`, where the marketing
/// currency is worth `m` units of the state currency; none when `m` is not a positive value.
pub fn official_rates(role: CurrencyRole, m: Decimal) -> Option<(Decimal, Decimal)> {
    if m <= Decimal::ZERO {
        return None;
    }
    let per_marketing = |value: Decimal| value.checked_div(m).map(|v| v.round_dp(RATE_PLACES));
    match role {
        CurrencyRole::State => Some((Decimal::ONE, per_marketing(Decimal::ONE)?)),
        CurrencyRole::Marketing => Some((m, Decimal::ONE)),
        CurrencyRole::Other { r } => Some((r, per_marketing(r)?)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    fn dec(text: &str) -> Decimal {
        Decimal::from_str(text).unwrap()
    }

    #[test]
    fn the_quote_becomes_rates_to_the_state_and_the_marketing_currency() {
        let m = dec("0.8");
        assert_eq!(
            official_rates(CurrencyRole::State, m),
            Some((dec("1"), dec("1.25"))),
            "R-CUR-7: (1, 1/m)"
        );
        assert_eq!(
            official_rates(CurrencyRole::Marketing, m),
            Some((dec("0.8"), dec("1"))),
            "R-CUR-7: (m, 1)"
        );
        assert_eq!(
            official_rates(CurrencyRole::Other { r: dec("1.2") }, m),
            Some((dec("1.2"), dec("1.5"))),
            "R-CUR-7: (r, r/m)"
        );
        assert_eq!(
            official_rates(CurrencyRole::State, dec("3")).map(|p| p.1),
            Some(dec("0.33333333")),
            "8 places"
        );
        assert_eq!(official_rates(CurrencyRole::State, Decimal::ZERO), None);
    }
}

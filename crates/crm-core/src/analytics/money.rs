//! Amounts in a report's currency (§10, common part): R-CUR-5 into the marketing currency by
//! default, or into the state currency.

use std::collections::HashMap;

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::Id;
use crate::currency::Currency;
use crate::rate::Rate;

/// §10: the currency a report shows its amounts in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum ReportCurrency {
    #[default]
    Marketing,
    State,
}

/// R-CUR-5 for a whole report: the currencies and the dated rates, read once.
#[derive(Debug, Clone, Default)]
pub struct Converter {
    target: ReportCurrency,
    /// currency → (to state, to marketing)
    current: HashMap<Id, (Decimal, Decimal)>,
    dated: HashMap<(Id, NaiveDate), (Decimal, Decimal)>,
}

impl Converter {
    pub fn new(target: ReportCurrency, currencies: &[Currency], rates: &[Rate]) -> Converter {
        Converter {
            target,
            current: currencies
                .iter()
                .map(|c| (c.id, (c.rate_to_state_currency, c.rate_to_marketing_currency)))
                .collect(),
            dated: rates
                .iter()
                .map(|r| {
                    (
                        (r.currency_id, r.payment_date),
                        (r.rate_to_state_currency, r.rate_to_marketing_currency),
                    )
                })
                .collect(),
        }
    }

    fn pick(&self, rates: (Decimal, Decimal)) -> Decimal {
        match self.target {
            ReportCurrency::State => rates.0,
            ReportCurrency::Marketing => rates.1,
        }
    }

    /// R-CUR-5: `amount` of `currency` dated `day`: at the Rate of that day when there is one,
    /// else at the currency's own rate. An amount without a currency counts as it is.
    pub fn dated(&self, amount: Decimal, currency: Option<Id>, day: NaiveDate) -> Decimal {
        let Some(currency) = currency else {
            return amount;
        };
        match self.dated.get(&(currency, day)) {
            Some(rates) => amount * self.pick(*rates),
            None => self.current(amount, Some(currency)),
        }
    }

    /// `amount` of `currency` at the currency's current rate (R-ANL-2 forecasts of coming months).
    pub fn current(&self, amount: Decimal, currency: Option<Id>) -> Decimal {
        match currency.and_then(|c| self.current.get(&c)) {
            Some(rates) => amount * self.pick(*rates),
            None => amount,
        }
    }
}

/// Money as a report shows it: two decimals, also for whole amounts.
pub fn money(value: Decimal) -> Decimal {
    let mut value = super::percent::rounded(value, 2);
    value.rescale(2);
    value
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use super::*;
    use crate::rate::RateType;

    fn currency(id: i64, state: i64, marketing: i64) -> Currency {
        Currency {
            id: Id(id),
            name: "EUR".into(),
            rate_to_state_currency: Decimal::from(state),
            rate_to_marketing_currency: Decimal::from(marketing),
            is_state_currency: false,
            is_marketing_currency: false,
            auto_update: false,
            created_at: Utc.timestamp_opt(0, 0).single().expect("t"),
            updated_at: Utc.timestamp_opt(0, 0).single().expect("t"),
            version: 1,
        }
    }

    #[test]
    fn r_cur_5_a_dated_rate_wins_over_the_currencys_own() {
        let day = NaiveDate::from_ymd_opt(2026, 3, 1).expect("d");
        let rate = Rate {
            id: Id(1),
            currency_id: Id(7),
            payment_date: day,
            rate_to_state_currency: Decimal::from(3),
            rate_to_marketing_currency: Decimal::from(5),
            rate_type: RateType::Official,
            created_at: Utc.timestamp_opt(0, 0).single().expect("t"),
            updated_at: Utc.timestamp_opt(0, 0).single().expect("t"),
            version: 1,
        };
        let currencies = [currency(7, 2, 4)];
        let marketing = Converter::new(
            ReportCurrency::Marketing,
            &currencies,
            std::slice::from_ref(&rate),
        );
        assert_eq!(marketing.dated(Decimal::TEN, Some(Id(7)), day), Decimal::from(50));
        let other_day = NaiveDate::from_ymd_opt(2026, 3, 2).expect("d");
        assert_eq!(
            marketing.dated(Decimal::TEN, Some(Id(7)), other_day),
            Decimal::from(40)
        );
        assert_eq!(marketing.current(Decimal::TEN, Some(Id(7))), Decimal::from(40));
        let state = Converter::new(ReportCurrency::State, &currencies, &[rate]);
        assert_eq!(state.dated(Decimal::TEN, Some(Id(7)), day), Decimal::from(30));
    }
}

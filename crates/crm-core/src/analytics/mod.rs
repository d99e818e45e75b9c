//! The analytics reports (DOMAIN.md §10): their inputs and outputs, and the pure computations
//! behind them — monthly buckets and 12-month windows, the sales funnel, conversion percentages,
//! currency conversion for reports and the date-range presets. The command layer reads the rows a
//! user may see and hands them here.

pub mod funnel;
pub mod money;
pub mod months;
pub mod percent;
pub mod ranges;
pub mod reports;
pub mod scope;

pub use funnel::{FunnelRow, SalesFunnel, sales_funnel};
pub use money::{Converter, ReportCurrency};
pub use months::{
    MonthCount, MonthValue, count_by_month, month_start, months_window, sum_by_month, year_ago,
};
pub use percent::{conversion, share};
pub use ranges::{DatePreset, DateRange, date_range, date_ranges};
pub use scope::{OwnerChoice, ReportQuery};

//! The pure parts of the deal workflow (§1.6, R-DEAL-5, R-DEAL-6, R-DEAL-8): dates and the two
//! logs a deal keeps.

use chrono::{Datelike, Duration, NaiveDate};

/// Most characters of a deal's next step (§4.7).
pub const NEXT_STEP_MAX: usize = 250;

/// §1.6: `n` days after `today`, skipping the weekend: from a Friday or Saturday the count starts
/// again on Monday (with n = 1: Mon→Tue, Thu→Fri, Fri→Mon, Sat→Mon, Sun→Mon).
pub fn next_working_day(today: NaiveDate, n: i64) -> NaiveDate {
    let weekday = i64::from(today.weekday().num_days_from_monday());
    let days = if (4..=5).contains(&weekday) {
        n + 6 - weekday
    } else {
        n
    };
    today + Duration::days(days)
}

/// R-DEAL-6: the workflow with `message` logged on `today`, newest first.
pub fn with_workflow_line(workflow: &str, today: NaiveDate, message: &str) -> String {
    format!("{today} - {message}\n{workflow}")
}

/// R-DEAL-8: the stage log with `stage` reached on `today`, oldest first.
pub fn with_stage_line(stages_dates: &str, today: NaiveDate, stage: &str) -> String {
    format!("{stages_dates}{today} - {stage}\n")
}

/// R-DEAL-5: a next step written by someone who is not the deal's owner carries their name,
/// `" (<editor>)"`; the text is shortened (ending with "…") so the whole fits
/// [`NEXT_STEP_MAX`] characters.
pub fn signed_next_step(next_step: &str, editor: &str) -> String {
    let suffix = format!(" ({editor})");
    let room = NEXT_STEP_MAX.saturating_sub(suffix.chars().count());
    let text = if next_step.chars().count() > room {
        let kept: String = next_step.chars().take(room.saturating_sub(1)).collect();
        format!("{kept}…")
    } else {
        next_step.to_owned()
    };
    format!("{text}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("date")
    }

    #[test]
    fn the_next_working_day_skips_the_weekend() {
        // 2026-11-30 is a Monday.
        let expected = [
            (day(2026, 11, 30), day(2026, 12, 1)),
            (day(2026, 12, 3), day(2026, 12, 4)),
            (day(2026, 12, 4), day(2026, 12, 7)),
            (day(2026, 12, 5), day(2026, 12, 7)),
            (day(2026, 12, 6), day(2026, 12, 7)),
        ];
        for (today, next) in expected {
            assert_eq!(next_working_day(today, 1), next, "{today}");
        }
        assert_eq!(next_working_day(day(2026, 12, 4), 3), day(2026, 12, 9));
    }

    #[test]
    fn logs_grow_in_their_own_direction() {
        let today = day(2026, 12, 1);
        let workflow = with_workflow_line("2026-11-30 - Request\n", today, "Call back");
        assert_eq!(workflow, "2026-12-01 - Call back\n2026-11-30 - Request\n");
        let stages = with_stage_line("2026-11-30 - request\n", today, "invoice");
        assert_eq!(stages, "2026-11-30 - request\n2026-12-01 - invoice\n");
    }

    #[test]
    fn a_signed_next_step_fits_the_column() {
        assert_eq!(signed_next_step("Call back", "anna"), "Call back (anna)");
        let long = "x".repeat(300);
        let signed = signed_next_step(&long, "anna");
        assert_eq!(signed.chars().count(), NEXT_STEP_MAX);
        assert!(signed.ends_with("x… (anna)"));
    }
}

/// R-DEAL-12: when a deal's reminder fires: on `next_step_date`, ten minutes after the business
/// day starts (`business_start`, default 08:30), in the user's zone (`offset_minutes` from UTC).
pub fn reminder_moment(
    next_step_date: NaiveDate,
    business_start: chrono::NaiveTime,
    offset_minutes: i32,
) -> chrono::DateTime<chrono::Utc> {
    let local = next_step_date.and_time(business_start) + Duration::minutes(10);
    (local - Duration::minutes(i64::from(offset_minutes))).and_utc()
}

#[cfg(test)]
mod reminder_tests {
    use super::*;

    #[test]
    fn a_reminder_fires_at_the_start_of_the_users_business_day() {
        let day = NaiveDate::from_ymd_opt(2026, 12, 3).expect("date");
        let start = chrono::NaiveTime::from_hms_opt(8, 30, 0).expect("time");
        assert_eq!(
            reminder_moment(day, start, 0).to_rfc3339(),
            "2026-12-03T08:40:00+00:00"
        );
        assert_eq!(
            reminder_moment(day, start, 60).to_rfc3339(),
            "2026-12-03T07:40:00+00:00"
        );
        assert_eq!(
            reminder_moment(day, start, -570).to_rfc3339(),
            "2026-12-03T18:10:00+00:00"
        );
    }
}

/// Most characters of a reminder's subject (§4.12).
pub const REMINDER_SUBJECT_MAX: usize = 250;

/// R-DEAL-12: a reminder's subject is the next step, cut to fit its column.
pub fn reminder_subject(next_step: &str) -> String {
    next_step.chars().take(REMINDER_SUBJECT_MAX).collect()
}

//! Which request assignments (R-NOTIF-4) this computer has already announced, so that each one is
//! announced exactly once across reconnects and restarts.
//!
//! Event ids grow, but two transactions can commit out of id order (PostgreSQL and MariaDB hand
//! out ids at insert time): remembering only "the highest id shown" would lose the event whose
//! transaction committed last with the lower id. The log therefore keeps every id announced within
//! the last [`SETTLE`] and a floor below which every event has long been committed; a catch-up
//! reads everything above the floor and skips what the log holds.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// Longer than any transaction that records an assignment stays open: an event older than this is
/// committed or gone, so the floor may pass it.
pub const SETTLE: Duration = Duration::minutes(10);

/// What has been announced, as kept between runs.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeliveryLog {
    /// Every event at or below this id has been announced (or was there before the first run).
    pub floor: i64,
    /// The events above the floor already announced, with the time they were recorded.
    pub recent: Vec<(i64, DateTime<Utc>)>,
}

impl DeliveryLog {
    /// A log that starts after event `newest`: what happened before the first run is not news.
    pub fn starting_after(newest: i64) -> DeliveryLog {
        DeliveryLog {
            floor: newest,
            recent: Vec::new(),
        }
    }

    /// Whether event `id` is still to be announced.
    pub fn is_new(&self, id: i64) -> bool {
        id > self.floor && !self.recent.iter().any(|(seen, _)| *seen == id)
    }

    /// Notes event `id`, recorded at `at`, as announced (or deliberately passed over).
    pub fn note(&mut self, id: i64, at: DateTime<Utc>) {
        if self.is_new(id) {
            self.recent.push((id, at));
        }
    }

    /// Raises the floor over the events recorded before `now - SETTLE`: no transaction can still
    /// add an event below them, so the ids themselves need not be kept.
    pub fn settle(&mut self, now: DateTime<Utc>) {
        let settled_before = now - SETTLE;
        // The floor may only pass an id when every unsettled one above the floor is higher.
        let lowest_unsettled = self
            .recent
            .iter()
            .filter(|(_, at)| *at >= settled_before)
            .map(|(id, _)| *id)
            .min();
        let highest_settled = self
            .recent
            .iter()
            .filter(|(id, at)| *at < settled_before && lowest_unsettled.is_none_or(|low| *id < low))
            .map(|(id, _)| *id)
            .max();
        if let Some(highest) = highest_settled {
            self.floor = self.floor.max(highest);
            let floor = self.floor;
            self.recent.retain(|(id, _)| *id > floor);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(minutes_ago: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_800_000_000, 0).unwrap_or_default() - Duration::minutes(minutes_ago)
    }

    #[test]
    fn an_event_committed_after_a_higher_one_is_still_new() {
        let mut log = DeliveryLog::starting_after(10);
        assert!(!log.is_new(10), "what was there before the first run is not news");
        log.note(12, at(1));
        assert!(log.is_new(11), "11 committed after 12: not announced yet");
        assert!(!log.is_new(12));
        log.note(11, at(1));
        assert!(!log.is_new(11));
    }

    #[test]
    fn settled_events_move_under_the_floor_and_unsettled_ones_stay_listed() {
        let mut log = DeliveryLog::starting_after(0);
        log.note(3, at(30));
        log.note(5, at(20));
        log.note(9, at(1));
        log.settle(at(0));
        assert_eq!(log.floor, 5);
        assert_eq!(log.recent, vec![(9, at(1))]);
        assert!(!log.is_new(4), "below the floor");
        assert!(log.is_new(7), "above the floor and never announced");
        assert!(!log.is_new(9));
    }

    #[test]
    fn the_floor_never_passes_an_unsettled_event() {
        let mut log = DeliveryLog::starting_after(0);
        log.note(8, at(1));
        // A lower id recorded long ago but announced only now (its transaction was slow).
        log.note(6, at(60));
        log.note(9, at(60));
        log.settle(at(0));
        assert_eq!(
            log.floor, 6,
            "9 is settled but 8 is not, so the floor stops below 8"
        );
        assert!(!log.is_new(8) && !log.is_new(9));
        assert!(log.is_new(7));
    }
}

//! Newly assigned requests as the signed-in user's computer announces them (R-NOTIF-4): each
//! assignment by someone else exactly once, within a second or two, also after reconnects and
//! restarts, and what was assigned while the app was closed as "while you were away".
//!
//! PostgreSQL tells the watcher when an assignment commits (LISTEN/NOTIFY); because a listener
//! that was disconnected hears nothing of what it missed, every (re)connect is followed by a
//! catch-up read of the events after the [`DeliveryLog`]. MySQL/MariaDB and SQLite have no such
//! announcements, so the watcher runs the same catch-up every [`POLL_EVERY`].

use std::time::Duration;

use chrono::{DateTime, Utc};
use crm_core::Id;
use crm_core::delivery::DeliveryLog;
use crm_store::assignments::{self, Announceable, AssignmentListener};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::{AppError, Localizer, Session};

/// How often a backend without announcements is asked for new assignments.
pub const POLL_EVERY: Duration = Duration::from_secs(1);
/// How often PostgreSQL is asked anyway, in case an announcement was lost without the connection
/// being seen to drop.
pub const CHECK_EVERY: Duration = Duration::from_secs(30);
/// The pause before trying again after the server could not be reached.
pub const RETRY_AFTER: Duration = Duration::from_secs(2);
/// Events read per query of a catch-up.
const BATCH: i64 = 200;
/// More assignments than this from while the app was closed become one summary notification.
pub const AWAY_SUMMARY_OVER: usize = 5;

/// One newly assigned request, as the notification and the in-app list tell of it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Announcement {
    pub assignment_id: Id,
    pub request_id: Id,
    pub request_for: String,
    pub as_co_owner: bool,
    /// Who assigned it; empty when a web form or an e-mail did.
    pub assigned_by: String,
    pub assigned_at: DateTime<Utc>,
    /// Assigned before this run of the app began: it was closed or signed out.
    pub while_away: bool,
    /// The notification's title and text in the user's language.
    pub title: String,
    pub body: String,
}

/// One native notification: a single assignment (opening its request on a click) or a summary
/// of many from while the app was closed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Popup {
    pub title: String,
    pub body: String,
    pub request_id: Option<Id>,
}

/// What the watcher needs to know besides the session.
#[derive(Debug, Clone)]
pub struct WatchOptions {
    /// The language of the notifications.
    pub locale: String,
    /// Also announce assignments the user made to themselves.
    pub include_own: bool,
}

/// The log to start from when this computer has none for the user: assignments made before the
/// first run are not news.
pub async fn first_log(session: &Session) -> Result<DeliveryLog, AppError> {
    Ok(DeliveryLog::starting_after(
        assignments::newest(session.db(), session.user_id()).await?,
    ))
}

/// Reads the assignments to the user not yet in `log`, notes them there and returns the ones to
/// announce (all but the user's own, unless asked for). `while_away` marks the first catch-up of
/// a run, which brings what happened while the app was closed.
pub async fn catch_up(
    session: &Session,
    log: &mut DeliveryLog,
    options: &WatchOptions,
    while_away: bool,
) -> Result<Vec<Announcement>, AppError> {
    let user = session.user_id();
    // Noted on a copy, kept only when the whole catch-up succeeded: an event noted but not
    // returned would never be announced.
    let mut next = log.clone();
    // Settling counts from when this computer saw an event, not from the assigning computer's
    // clock: a slow clock there must not let the floor pass events still being committed.
    let seen_at = crm_store::now();
    let mut after = next.floor;
    let mut fresh = Vec::new();
    loop {
        let rows = assignments::announceable(session.db(), user, after, BATCH).await?;
        let complete = rows.len() < usize::try_from(BATCH).unwrap_or(usize::MAX);
        for row in rows {
            after = row.id;
            if !next.is_new(row.id) {
                continue;
            }
            next.note(row.id, seen_at);
            let own = row.assigned_by_id == Some(user.0);
            if !own || options.include_own {
                fresh.push(announcement(row, &options.locale, while_away));
            }
        }
        if complete {
            break;
        }
    }
    next.settle(seen_at);
    *log = next;
    Ok(fresh)
}

fn announcement(row: Announceable, locale: &str, while_away: bool) -> Announcement {
    let i18n = Localizer::embedded();
    let key = if row.as_co_owner {
        "announce-request-co-owner"
    } else {
        "announce-request-assigned"
    };
    let mut title = i18n.message(locale, key, None);
    if while_away {
        let mut args = FluentArgs::new();
        args.set("title", title);
        title = i18n.message(locale, "announce-while-away-title", Some(&args));
    }
    let request_for = crm_core::notice::one_line(&row.request_for);
    let body = if row.assigned_by.is_empty() {
        request_for.clone()
    } else {
        let mut args = FluentArgs::new();
        args.set("request", request_for.clone());
        args.set("by", row.assigned_by.clone());
        i18n.message(locale, "announce-request-body", Some(&args))
    };
    Announcement {
        assignment_id: Id(row.id),
        request_id: Id(row.request_id),
        request_for,
        as_co_owner: row.as_co_owner,
        assigned_by: row.assigned_by,
        assigned_at: row.assigned_at,
        while_away,
        title,
        body,
    }
}

/// The native notifications for `batch`: one per assignment, except that more than
/// [`AWAY_SUMMARY_OVER`] from while the app was closed are summed up in one.
pub fn popups(batch: &[Announcement], locale: &str) -> Vec<Popup> {
    let away = batch.iter().filter(|a| a.while_away).count();
    let single = |a: &Announcement| Popup {
        title: a.title.clone(),
        body: a.body.clone(),
        request_id: Some(a.request_id),
    };
    if away <= AWAY_SUMMARY_OVER {
        return batch.iter().map(single).collect();
    }
    let i18n = Localizer::embedded();
    let mut args = FluentArgs::new();
    args.set("count", away);
    let summary = Popup {
        title: i18n.message(locale, "announce-while-away", None),
        body: i18n.message(locale, "announce-while-away-count", Some(&args)),
        request_id: None,
    };
    std::iter::once(summary)
        .chain(batch.iter().filter(|a| !a.while_away).map(single))
        .collect()
}

/// Watches for assignments to the session's user until the task running it is dropped. Each
/// catch-up that changed `log` calls `deliver` with what to announce (possibly nothing, when only
/// the user's own assignments came in) and the log to keep: keep it before showing anything, so
/// that a crash can cost a popup but never repeat one. `away_first`: the first catch-up brings
/// what was assigned while the app was closed (false when the watcher only replaces one of the
/// same run, because the language or a setting changed).
pub async fn watch(
    session: Session,
    mut log: DeliveryLog,
    options: WatchOptions,
    away_first: bool,
    mut deliver: impl FnMut(Vec<Announcement>, &DeliveryLog) + Send,
) {
    let mut listener: Option<AssignmentListener> = None;
    let mut first = away_first;
    loop {
        // Listening starts before the catch-up, so an assignment committed in between is heard.
        if listener.is_none() {
            listener = match AssignmentListener::start(session.db(), session.user_id()).await {
                Ok(listener) => listener,
                Err(err) => {
                    eprintln!("assignments: not listening, asking every {CHECK_EVERY:?}: {err}");
                    None
                }
            };
        }
        let before = log.clone();
        match catch_up(&session, &mut log, &options, first).await {
            Ok(batch) => {
                first = false;
                if !batch.is_empty() || log != before {
                    deliver(batch, &log);
                }
            }
            Err(err) => {
                eprintln!("assignments: catch-up failed, trying again: {err}");
                tokio::time::sleep(RETRY_AFTER).await;
                continue;
            }
        }
        match listener.as_mut() {
            Some(heard) => {
                tokio::select! {
                    result = heard.next() => if let Err(err) = result {
                        eprintln!("assignments: listening failed, trying again: {err}");
                        listener = None;
                        tokio::time::sleep(RETRY_AFTER).await;
                    },
                    () = tokio::time::sleep(CHECK_EVERY) => {}
                }
            }
            None if session.db().backend() == crm_store::Backend::Postgres => {
                tokio::time::sleep(RETRY_AFTER).await;
            }
            None => tokio::time::sleep(POLL_EVERY).await,
        }
    }
}

//! The Tasks integration (DOMAIN.md §11): the reminder checker, tasks, projects and office memos,
//! on every backend.

mod support;
use support::*;

use crm_app::Session;
use serde_json::{Value, json};

/// A staff user with an e-mail address, signed in.
async fn person(admin: &Session, username: &str, department: i64, roles: &[&str]) -> Session {
    let fields = json!({ "username": username, "email": format!("{username}@oriel.example"), "department_ids": [department] });
    staff(admin, fields, roles).await
}

/// The acting user's notices, newest first.
async fn notices_of(session: &Session) -> Vec<Value> {
    let page = ok(session, "notice_list", json!({ "page": { "limit": 100 } })).await;
    page["items"].as_array().cloned().unwrap_or_default()
}

/// The notification e-mails waiting to be sent, oldest first.
async fn outbox(admin: &Session) -> Vec<Value> {
    ok(admin, "notice_email_list", json!({}))
        .await
        .as_array()
        .cloned()
        .unwrap_or_default()
}

/// A deal of `manager`'s, made from a new request.
async fn deal_of(manager: &Session, name: &str) -> Value {
    let request = ok(
        manager,
        "request_create",
        json!({ "request_for": name, "first_name": "Jörg" }),
    )
    .await;
    ok(
        manager,
        "request_to_deal",
        json!({ "id": id(&request), "version": request["version"] }),
    )
    .await
}

crm_store::db_test!(async fn a_due_reminder_tells_its_owner_once_and_switches_remind_me_off(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &["managers"]).await;
    let deal = deal_of(&anna, "Lamps").await;
    let mut input = deal.clone();
    input["amount"] = json!("");
    input["remind_me"] = json!(true);
    input["next_step"] = json!("Call Jörg about the offer");
    let deal = ok(&anna, "deal_update", json!({ "id": id(&deal), "version": deal["version"], "input": input })).await;
    let reminders = ok(&anna, "reminder_list", json!({ "filter": { "target_id": id(&deal), "target_type": "deal" } })).await;
    let reminder = reminders["items"][0].clone();
    let due: chrono::DateTime<chrono::Utc> = reminder["reminder_date"].as_str().expect("date").parse().expect("moment");
    let emails_before = outbox(&admin).await.len();
    let notices_before = notices_of(&anna).await.len();

    // Not yet due: nothing happens.
    let fired = ok(&anna, "reminders_due", json!({ "now": due - chrono::Duration::minutes(1) })).await;
    assert_eq!(fired["reminder_ids"], json!([]));

    // Due: the owner is told in-app about the deal (R-TASK-2) …
    let fired = ok(&anna, "reminders_due", json!({ "now": due })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&reminder)]));
    let notices = notices_of(&anna).await;
    assert_eq!(notices.len(), notices_before + 1);
    assert_eq!(notices[0]["text"], "CRM Reminder: Call Jörg about the offer", "R-TASK-2");
    assert_eq!(notices[0]["target_type"], "deal");
    assert_eq!(notices[0]["target_id"], json!(id(&deal)));
    assert_eq!(notices[0]["object_name"], "Lamps");
    // … and by e-mail, with that subject and the description as body, although she runs the checker.
    let emails = outbox(&admin).await;
    assert_eq!(emails.len(), emails_before + 1);
    let email = &emails[emails_before];
    assert_eq!(email["recipients"], "anna@oriel.example");
    assert_eq!(email["subject"], "CRM Reminder: Call Jörg about the offer");
    assert_eq!(email["body"], "Call Jörg about the offer");
    // R-TASK-2: remind_me off on the deal, the reminder inactive and no longer mailing.
    let deal = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    assert_eq!(deal["remind_me"], json!(false), "R-TASK-2: the object's remind_me becomes false");
    let reminder = ok(&anna, "reminder_get", json!({ "id": id(&reminder) })).await;
    assert_eq!(reminder["active"], json!(false));
    assert_eq!(reminder["send_notification_email"], json!(false));

    // Fired once only.
    let fired = ok(&admin, "reminders_due", json!({ "now": due + chrono::Duration::days(1) })).await;
    assert_eq!(fired["reminder_ids"], json!([]));
    assert_eq!(notices_of(&anna).await.len(), notices_before + 1);
});

crm_store::db_test!(async fn a_reminder_without_email_is_an_in_app_notice_only(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &["managers"]).await;
    let carl = person(&admin, "carl", local, &["managers"]).await;
    let deal = deal_of(&anna, "Tables").await;
    let moment = "2026-12-03T08:40:00Z";
    let quiet = ok(&anna, "reminder_create", json!({ "target_type": "deal", "target_id": id(&deal),
        "subject": "Quiet one", "description": "Only on screen", "reminder_date": moment,
        "send_notification_email": false })).await;
    let carls = ok(&carl, "reminder_create", json!({ "target_type": "deal", "target_id": id(&deal),
        "subject": "Carl's", "reminder_date": moment })).await;
    let emails_before = outbox(&admin).await.len();

    // A user's checker run fires their own reminders only.
    let fired = ok(&anna, "reminders_due", json!({ "now": "2026-12-03T09:00:00Z" })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&quiet)]));
    assert_eq!(notices_of(&anna).await[0]["text"], "CRM Reminder: Quiet one");
    assert_eq!(outbox(&admin).await.len(), emails_before, "R-TASK-2: no e-mail unless send_notification_email");

    // The installation's run (an administrator's) fires everybody's; no description: the subject is the body.
    let fired = ok(&admin, "reminders_due", json!({ "now": "2026-12-03T09:00:00Z" })).await;
    assert_eq!(fired["reminder_ids"], json!([id(&carls)]));
    let emails = outbox(&admin).await;
    assert_eq!(emails[emails_before]["body"], "Carl's");
    assert_eq!(emails[emails_before]["recipients"], "carl@oriel.example");
});

fn today() -> chrono::NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The id of the seeded task stage called `name`.
async fn task_stage(admin: &Session, name: &str) -> i64 {
    id(&named(admin, "task_stage_list", json!({}), name).await)
}

/// Saves `task` with `change` over what it holds.
async fn edit_task(session: &Session, task: &Value, change: Value) -> Result<Value, crm_app::AppError> {
    let mut input = task.clone();
    for (field, value) in change.as_object().cloned().unwrap_or_default() {
        input[field] = value;
    }
    call(
        session,
        "task_update",
        json!({ "id": id(task), "version": task["version"], "input": input }),
    )
    .await
}

crm_store::db_test!(async fn tasks_are_seen_by_their_people_and_by_chiefs_and_task_operators(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let global = department(&admin, "Global sales").await;
    let anna = person(&admin, "anna", local, &[]).await;
    let bob = person(&admin, "bob", local, &[]).await;
    let dana = person(&admin, "dana", local, &["department heads"]).await;
    let chief = person(&admin, "chief", local, &["chiefs"]).await;
    let tina = person(&admin, "tina", local, &["task_operators"]).await;
    let otto = person(&admin, "otto", global, &[]).await;

    let own = ok(&anna, "task_create", json!({ "name": "Inventory", "next_step": "Count the lamps" })).await;
    assert_eq!(own["responsible_ids"], json!([anna.user_id().0]), "a new task is its creator's");
    assert_eq!(own["co_owner_id"], json!(dana.user_id().0), "R-TASK-4: the department head co-owns it");
    let watched = ok(&anna, "task_create", json!({ "name": "Fair", "next_step": "Book the stand",
        "subscriber_ids": [bob.user_id().0] })).await;
    let sub = ok(&anna, "task_create", json!({ "name": "Fair: posters", "next_step": "Print", "task_id": id(&watched) })).await;

    // R-TASK-4: bob sees what he subscribes to and its sub-tasks, nothing else.
    let seen = ok(&bob, "task_list", json!({ "sort": "created_at" })).await;
    assert_eq!(ids(&seen), [id(&watched), id(&sub)], "R-TASK-4: subscribed and their sub-tasks");
    let err = refused(&bob, "task_get", json!({ "id": id(&own) })).await;
    assert!(matches!(err, crm_app::AppError::NotFound { .. }), "{err:?}");
    assert_eq!(edit_task(&bob, &own, json!({ "name": "Mine now" })).await.map_err(|e| e.code()).err(),
        Some(crm_app::ErrorCode::NotFound));
    // … chiefs and task operators see (and edit) them all.
    for session in [&chief, &tina] {
        let all = ok(session, "task_list", json!({ "sort": "created_at" })).await;
        assert_eq!(ids(&all), [id(&own), id(&watched), id(&sub)], "R-TASK-4");
    }
    let edited = edit_task(&tina, &own, json!({ "name": "Inventory 2026", "owner_id": null })).await.expect("R-TASK-4: task operators edit all");
    assert_eq!(edited["name"], "Inventory 2026");
    assert_eq!(edited["owner_id"], json!(anna.user_id().0), "an edit without an owner keeps the owner");

    // R-TASK-4: only a department head assigns others, and within the department.
    refused_on(
        call(&anna, "task_create", json!({ "name": "For bob", "next_step": "Go", "responsible_ids": [bob.user_id().0] })).await,
        "responsible_ids",
        &crm_core::validation::Rule::NotAChoice,
    );
    let assigned = ok(&dana, "task_create", json!({ "name": "For bob", "next_step": "Go", "responsible_ids": [bob.user_id().0] })).await;
    assert_eq!(assigned["responsible_ids"], json!([bob.user_id().0]));
    assert_eq!(assigned["co_owner_id"], json!(null), "the head does not co-own her own task");
    refused_on(
        call(&dana, "task_create", json!({ "name": "For otto", "next_step": "Go", "responsible_ids": [otto.user_id().0] })).await,
        "responsible_ids",
        &crm_core::validation::Rule::NotAChoice,
    );
    let bobs = ok(&bob, "task_get", json!({ "id": id(&assigned) })).await;
    assert_eq!(bobs["name"], "For bob", "R-TASK-4: the responsible person sees it");

    // R-NOTIF-3, Tasks events: the responsible person and the subscriber are told, once.
    let told = notices_of(&bob).await;
    let texts: Vec<(&str, i64)> = told.iter().map(|n| (n["text"].as_str().unwrap_or_default(), n["target_id"].as_i64().unwrap_or_default())).collect();
    assert_eq!(texts, [("You are responsible for it", id(&assigned)), ("You are subscribed to it", id(&watched))]);
    assert_eq!(assigned["notified_responsible_ids"], json!([bob.user_id().0]));
    assert!(notices_of(&anna).await.is_empty(), "nobody is told of their own task");
});

crm_store::db_test!(async fn the_next_step_its_date_and_the_stage_shape_a_task(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let bob = person(&admin, "bob", local, &[]).await;
    let dana = person(&admin, "dana", local, &["department heads"]).await;
    let day = today();

    // R-TASK-3: the next step's date defaults to the next working day and the step is logged.
    let own = ok(&bob, "task_create", json!({ "name": "Inventory", "next_step": "Count the lamps" })).await;
    let next = crm_core::deal_flow::next_working_day(day, 1);
    assert_eq!(own["next_step_date"], json!(next), "R-TASK-3: next_working_day(1)");
    assert_eq!(own["next_step"], "Count the lamps", "the single responsible person writes unsigned");
    assert_eq!(own["workflow"], format!("{day} - Count the lamps\n"));
    assert_eq!(own["active"], json!(true));

    // R-TASK-3: an editor who is not the single responsible person signs the step.
    let given = ok(&dana, "task_create", json!({ "name": "Offer", "next_step": "Write it",
        "responsible_ids": [bob.user_id().0] })).await;
    assert_eq!(given["next_step"], "Write it (dana)", "R-TASK-3 as R-DEAL-5");
    let given = edit_task(&dana, &given, json!({ "next_step": "Send it" })).await.expect("saved");
    assert_eq!(given["workflow"], format!("{day} - Send it (dana)\n{day} - Write it (dana)\n"), "R-TASK-3 as R-DEAL-6");

    // R-TASK-3: no next-step date and no due date in the past.
    let yesterday = day - chrono::Duration::days(1);
    refused_on(edit_task(&bob, &own, json!({ "next_step_date": yesterday })).await, "next_step_date",
        &crm_core::validation::Rule::DateInPast);
    refused_on(edit_task(&bob, &own, json!({ "due_date": yesterday })).await, "due_date",
        &crm_core::validation::Rule::DateInPast);

    // R-TASK-3: active follows the stage; a done stage dates the closing.
    let completed = task_stage(&admin, "completed").await;
    let closed = edit_task(&bob, &own, json!({ "stage_id": completed })).await.expect("closed");
    assert_eq!(closed["active"], json!(false), "R-TASK-3: active ← the stage's active flag");
    assert_eq!(closed["closing_date"], json!(day));
    let reopened = edit_task(&bob, &closed, json!({ "stage_id": task_stage(&admin, "postponed").await })).await.expect("reopened");
    assert_eq!(reopened["active"], json!(true));
    assert_eq!(reopened["closing_date"], json!(null));

    // R-TASK-3: remind_me as R-DEAL-12: a reminder follows the next step, and goes with it.
    let reminded = edit_task(&bob, &reopened, json!({ "remind_me": true })).await.expect("saved");
    let reminders = ok(&bob, "reminder_list", json!({ "filter": { "target_type": "task", "target_id": id(&reminded) } })).await;
    assert_eq!(reminders["items"][0]["subject"], "Count the lamps");
    assert!(reminders["items"][0]["reminder_date"].as_str().is_some_and(|d| d.starts_with(&next.to_string())));
    edit_task(&bob, &reminded, json!({ "remind_me": false })).await.expect("saved");
    let reminders = ok(&bob, "reminder_list", json!({ "filter": { "target_type": "task", "target_id": id(&reminded) } })).await;
    assert_eq!(ids(&reminders), Vec::<i64>::new());
    // A deleted task takes its reminders along (§1.3).
    let again = ok(&bob, "task_create", json!({ "name": "Call", "next_step": "Dial", "remind_me": true })).await;
    let reminders = ok(&bob, "reminder_list", json!({ "filter": { "target_type": "task", "target_id": id(&again) } })).await;
    assert_eq!(ids(&reminders).len(), 1, "a new task with remind_me has its reminder");
    ok(&bob, "task_delete", json!({ "id": id(&again), "version": again["version"] })).await;
    let reminders = ok(&bob, "reminder_list", json!({ "filter": { "target_type": "task", "target_id": id(&again) } })).await;
    assert_eq!(ids(&reminders), Vec::<i64>::new());

    // Projects follow the same next-step rules.
    let project = ok(&bob, "project_create", json!({ "name": "Fair 2027", "next_step": "Plan" })).await;
    assert_eq!(project["workflow"], format!("{day} - Plan\n"));
    assert_eq!(project["next_step_date"], json!(next));
});

crm_store::db_test!(async fn a_main_task_closes_when_every_responsible_person_is_done(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &[]).await;
    let bob = person(&admin, "bob", local, &[]).await;
    let dana = person(&admin, "dana", local, &["department heads"]).await;
    let completed = task_stage(&admin, "completed").await;
    let main = ok(&dana, "task_create", json!({ "name": "Fair", "next_step": "Prepare",
        "responsible_ids": [anna.user_id().0, bob.user_id().0] })).await;

    // R-TASK-6: a sub-task has one responsible person.
    refused_on(
        call(&dana, "task_create", json!({ "name": "Stand", "next_step": "Build", "task_id": id(&main),
            "responsible_ids": [anna.user_id().0, bob.user_id().0] })).await,
        "responsible_ids",
        &crm_core::validation::Rule::SubtaskOneResponsible,
    );
    let annas = ok(&dana, "task_create", json!({ "name": "Stand", "next_step": "Build", "task_id": id(&main),
        "responsible_ids": [anna.user_id().0], "hide_main_task": true })).await;
    // R-TASK-5's counters: anna's active tasks, overdue once their next step has passed.
    let counters = ok(&anna, "task_counters", json!({})).await;
    assert_eq!((counters["overdue_tasks"].clone(), counters["current_tasks"].clone()), (json!(0), json!(2)));
    let later = today() + chrono::Duration::days(30);
    let counters = ok(&anna, "task_counters", json!({ "today": later })).await;
    assert_eq!((counters["overdue_tasks"].clone(), counters["current_tasks"].clone()), (json!(2), json!(0)));
    let bobs = ok(&dana, "task_create", json!({ "name": "Posters", "next_step": "Print", "task_id": id(&main),
        "responsible_ids": [bob.user_id().0] })).await;

    // R-TASK-6: not closed while a sub-task is active.
    refused_on(edit_task(&dana, &main, json!({ "stage_id": completed })).await, "stage_id",
        &crm_core::validation::Rule::ActiveSubtask);

    edit_task(&anna, &annas, json!({ "stage_id": completed })).await.expect("anna is done");
    let still = ok(&dana, "task_get", json!({ "id": id(&main) })).await;
    assert_eq!(still["active"], json!(true), "bob is not done yet");
    let counters = ok(&anna, "task_counters", json!({})).await;
    assert_eq!(counters["current_tasks"], json!(0), "her closed sub-task hides the main task from her counter");

    edit_task(&bob, &bobs, json!({ "stage_id": completed })).await.expect("bob is done");
    let closed = ok(&dana, "task_get", json!({ "id": id(&main) })).await;
    assert_eq!(closed["stage_id"], json!(completed), "R-TASK-6: closed automatically");
    assert_eq!(closed["active"], json!(false));
    assert_eq!(closed["next_step"], "Done");
    assert_eq!(closed["closing_date"], json!(today()));
    assert!(closed["workflow"].as_str().is_some_and(|w| w.starts_with(&format!("{} - The main task is closed automatically.\n", today()))), "{closed}");
    assert_eq!(notices_of(&dana).await[0]["text"], "The main task is closed automatically.");
});

crm_store::db_test!(async fn memos_reach_their_readers_and_drafts_stay_with_the_writer(db) {
    let admin = admin(db).await;
    let local = department(&admin, "Local sales").await;
    let anna = person(&admin, "anna", local, &["managers"]).await;
    let bob = person(&admin, "bob", local, &[]).await;
    let dana = person(&admin, "dana", local, &["department heads"]).await;
    let chief = person(&admin, "chief", local, &["chiefs"]).await;
    let deal = deal_of(&anna, "Lamps").await;

    // R-TASK-1: a memo about a deal is logged in the deal's workflow.
    let memo = ok(&anna, "memo_create", json!({ "name": "Discount for Nordlicht", "to_id": dana.user_id().0,
        "deal_id": id(&deal), "subscriber_ids": [bob.user_id().0], "description": "10 % off?" })).await;
    let deal = ok(&anna, "deal_get", json!({ "id": id(&deal) })).await;
    assert!(deal["workflow"].as_str().is_some_and(|w| w.starts_with(&format!("{} - The office memo was written - Discount for Nordlicht\n", today()))), "R-TASK-1: {deal}");
    // R-TASK-5: recipient and subscribers are told.
    assert_eq!(memo["notified"], json!(true));
    assert_eq!(notices_of(&dana).await[0]["text"], "You received the office memo");
    assert_eq!(notices_of(&bob).await[0]["text"], "You are subscribed to the office memo");
    assert_eq!(notices_of(&bob).await[0]["target_id"], json!(id(&memo)));

    // R-TASK-5: a draft is the writer's alone, and tells nobody.
    let draft = ok(&anna, "memo_create", json!({ "name": "Half a thought", "to_id": dana.user_id().0, "draft": true })).await;
    assert_eq!(draft["notified"], json!(false));
    let danas = notices_of(&dana).await.len();
    for session in [&dana, &chief] {
        let seen = ok(session, "memo_list", json!({})).await;
        assert_eq!(ids(&seen), [id(&memo)], "R-TASK-5: drafts are visible only to the owner");
        assert!(matches!(refused(session, "memo_get", json!({ "id": id(&draft) })).await, crm_app::AppError::NotFound { .. }));
    }
    assert_eq!(ids(&ok(&anna, "memo_list", json!({})).await), [id(&memo), id(&draft)]);
    let mut input = draft.clone();
    input["draft"] = json!(false);
    let sent = ok(&anna, "memo_update", json!({ "id": id(&draft), "version": draft["version"], "input": input })).await;
    assert_eq!(sent["notified"], json!(true));
    assert_eq!(notices_of(&dana).await.len(), danas + 1, "R-TASK-5: told once it is no draft");
    assert_eq!(ok(&dana, "memo_count", json!({ "to_id": dana.user_id().0, "stage": "pen" })).await, json!(2));
    assert_eq!(ok(&dana, "task_counters", json!({})).await["pending_memos"], json!(2), "R-TASK-5: pending memos to her");

    // R-TASK-5: reviewing dates it and tells the writer and the subscribers.
    assert!(matches!(refused(&bob, "memo_review", json!({ "id": id(&memo), "version": memo["version"] })).await, crm_app::AppError::Forbidden));
    let reviewed = ok(&dana, "memo_review", json!({ "id": id(&memo), "version": memo["version"] })).await;
    assert_eq!(reviewed["stage"], "rev");
    assert_eq!(reviewed["review_date"], json!(today()));
    assert_eq!(notices_of(&anna).await[0]["text"], "The office memo has been reviewed");
    assert_eq!(notices_of(&bob).await[0]["text"], "The office memo has been reviewed");

    // R-TASK-5: a task made of a memo reviews the memo and links it.
    let task = ok(&dana, "memo_create_task", json!({ "memo": { "id": id(&sent), "version": sent["version"] },
        "input": { "name": "Half a thought, worked out", "next_step": "Think", "responsible_ids": [anna.user_id().0] } })).await;
    let linked = ok(&anna, "memo_get", json!({ "id": id(&sent) })).await;
    assert_eq!(linked["task_id"], json!(id(&task)), "R-TASK-5: linked to its task");
    assert_eq!(linked["stage"], "rev", "R-TASK-5: and reviewed");
    assert_eq!(ok(&dana, "memo_count", json!({ "to_id": dana.user_id().0, "stage": "pen" })).await, json!(0));
    let project = ok(&chief, "memo_create_project", json!({ "memo": { "id": id(&reviewed), "version": reviewed["version"] },
        "input": { "name": "Discounts", "next_step": "Collect the cases" } })).await;
    assert_eq!(ok(&anna, "memo_get", json!({ "id": id(&memo) })).await["project_id"], json!(id(&project)));
});

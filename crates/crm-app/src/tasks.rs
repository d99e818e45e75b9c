//! Tasks, projects and office memos (DOMAIN.md §6.2, §11): who sees and edits them (R-TASK-4),
//! the next step and its log, dates and the active flag (R-TASK-3), sub-tasks and the main task
//! that closes itself (R-TASK-6), memos about deals (R-TASK-1), memo drafts, notices and review
//! (R-TASK-5).

use chrono::{NaiveDate, Utc};
use crm_core::Id;
use crm_core::access::{Actor, Perm, Resource};
use crm_core::deal_flow::{next_working_day, signed_next_step, with_workflow_line};
use crm_core::list::{Count, Page};
use crm_core::role::FixedRole;
use crm_core::task::{
    self, Memo, MemoFilter, MemoInput, MemoSort, Project, Task, TaskFilter, TaskInput, TaskSort, TaskStage,
    TaskStageInput,
};
use crm_core::validation::{Rule, Violations};
use crm_store::record::{self, Entity, Fields};
use crm_store::tasks::{MEMO, PROJECT, PROJECT_STAGE, TASK, TASK_STAGE};
use crm_store::{Tx, users};
use fluent_bundle::FluentArgs;
use serde_json::{Value, json};

use crate::entities::{Edit, ListQuery, RecordRef, Validate, fields_of, sort_name, typed};
use crate::fields::{all_rows, flag_of, id_of, object, text_of, version_of};
use crate::notices::{self, About, Notification};
use crate::records::{self, Spec, permitted};
use crate::{AppError, Localizer, Session};

impl Validate for TaskStageInput {
    type Valid = TaskStageInput;
    fn check(self) -> Result<TaskStageInput, Violations> {
        self.validate()
    }
}

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// A task or a project: the two share the task block (§6.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Work {
    Task,
    Project,
}

impl Work {
    fn entity(self) -> &'static Entity {
        match self {
            Work::Task => &TASK,
            Work::Project => &PROJECT,
        }
    }

    fn stages(self) -> &'static Entity {
        match self {
            Work::Task => &TASK_STAGE,
            Work::Project => &PROJECT_STAGE,
        }
    }

    fn resource(self) -> Resource {
        match self {
            Work::Task => Resource::Task,
            Work::Project => Resource::Project,
        }
    }

    fn key(self) -> &'static str {
        match self {
            Work::Task => "task",
            Work::Project => "project",
        }
    }

    fn spec(self) -> Spec {
        Spec::own(self.entity(), self.resource())
    }
}

fn require(actor: &Actor, resource: Resource, perm: Perm) -> Result<(), AppError> {
    if permitted(actor, resource, perm) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// R-TASK-4: chiefs and task operators (and administrators) see and edit every task, project
/// and memo.
fn sees_all(actor: &Actor) -> bool {
    actor.is_superuser || actor.is_chief() || actor.is_task_operator()
}

fn ids_in(record: &Fields, field: &str) -> Vec<Id> {
    record
        .get(field)
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_i64).map(Id).collect())
        .unwrap_or_default()
}

/// R-TASK-4: whether `user` owns, co-owns or is responsible for the task or project.
fn works_on(record: &Fields, user: Id) -> bool {
    id_of(record, "owner_id") == Some(user)
        || id_of(record, "co_owner_id") == Some(user)
        || ids_in(record, "responsible_ids").contains(&user)
}

/// R-TASK-4: whether the acting user sees this task or project (`main`: a sub-task's main task).
fn may_see(actor: &Actor, record: &Fields, main: Option<&Fields>) -> bool {
    let user = actor.user_id;
    sees_all(actor)
        || works_on(record, user)
        || ids_in(record, "subscriber_ids").contains(&user)
        || main.is_some_and(|m| ids_in(m, "subscriber_ids").contains(&user))
}

/// The stored task or project `id`, when the acting user may see it.
async fn visible_in(tx: &mut Tx, session: &Session, work: Work, id: i64) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, work.resource(), Perm::View)?;
    let stored = record::get_in(tx, work.entity(), id).await?;
    let main = match id_of(&stored, "task_id").filter(|_| work == Work::Task) {
        Some(main) => Some(record::get_in(tx, &TASK, main.0).await?),
        None => None,
    };
    if may_see(actor, &stored, main.as_ref()) {
        Ok(stored)
    } else {
        Err(AppError::NotFound {
            entity: work.entity().key,
            id,
        })
    }
}

/// The stages of `work`, in their order.
async fn stages(session: &Session, work: Work) -> Result<Vec<TaskStage>, AppError> {
    all_rows(session, work.stages(), &Fields::new())
        .await?
        .into_iter()
        .map(typed)
        .collect()
}

/// R-TASK-4: the people the acting user may make responsible: anyone for chiefs, task operators
/// and administrators; the members of their department for a department head; themselves
/// otherwise. `None` = anyone.
async fn assignable(session: &Session) -> Result<Option<Vec<Id>>, AppError> {
    let actor = session.actor();
    if sees_all(actor) {
        return Ok(None);
    }
    let mut people = vec![actor.user_id];
    if actor.has_role(FixedRole::DepartmentHeads) {
        for department in &actor.department_ids {
            let members = all_rows(
                session,
                &crm_store::users::USER,
                &object(json!({ "department_id": department.0 })),
            )
            .await?;
            people.extend(members.iter().filter_map(|m| id_of(m, "id")));
        }
    }
    Ok(Some(people))
}

/// R-TASK-4: a new task of a department member is co-owned by the department head.
async fn default_co_owner(session: &Session) -> Result<Option<Id>, AppError> {
    let actor = session.actor();
    let Some(department) = actor.department_of() else {
        return Ok(None);
    };
    let head = crm_store::tasks::department_head(session.db(), department.0).await?;
    Ok(head.map(Id).filter(|h| *h != actor.user_id))
}

/// The fields of a task or project write: everything the form gives, plus what the rules
/// computed (stage, active, closing date, next step and its log).
#[allow(
    clippy::too_many_lines,
    reason = "R-TASK-3 and R-TASK-6 in the order a save applies them"
)]
async fn work_fields(
    tx: &mut Tx,
    session: &Session,
    work: Work,
    mut input: TaskInput,
    before: Option<&Fields>,
    day: NaiveDate,
) -> Result<Fields, AppError> {
    let actor = session.actor();
    let mut violations = Violations::default();
    let stages = stages(session, work).await?;
    let was = |field: &str| before.and_then(|b| b.get(field)).cloned().unwrap_or(Value::Null);

    // The stage and what it implies: active ← the stage's flag (R-TASK-3), a closing date.
    if input.stage_id.is_none() {
        input.stage_id = match before {
            Some(b) => id_of(b, "stage_id"),
            None => stages.iter().find(|s| s.default).map(|s| s.id),
        };
    }
    let stage = input.stage_id.and_then(|id| stages.iter().find(|s| s.id == id));
    if input.stage_id.is_some() && stage.is_none() {
        violations.push("stage_id", Rule::NotAChoice);
    }
    if work == Work::Task && stage.is_none() && input.stage_id.is_none() {
        violations.push("stage_id", Rule::Required);
    }
    // R-TASK-3: the next step's date defaults to the next working day; no date in the past.
    let next_step_date = *input
        .next_step_date
        .get_or_insert_with(|| next_working_day(day, 1));
    if json!(next_step_date) != was("next_step_date") && next_step_date < day {
        violations.push("next_step_date", Rule::DateInPast);
    }
    if let Some(due) = input.due_date
        && json!(due) != was("due_date")
        && due < day
    {
        violations.push("due_date", Rule::DateInPast);
    }
    // R-TASK-4: whom the user may make responsible; a new task is their own by default.
    if input.responsible_ids.is_empty() && before.is_none() {
        input.responsible_ids = vec![actor.user_id];
    }
    let responsible_changed = before.is_none_or(|b| ids_in(b, "responsible_ids") != input.responsible_ids);
    if responsible_changed && let Some(allowed) = assignable(session).await? {
        let before_ids = before.map(|b| ids_in(b, "responsible_ids")).unwrap_or_default();
        if input
            .responsible_ids
            .iter()
            .any(|r| !allowed.contains(r) && !before_ids.contains(r))
        {
            violations.push("responsible_ids", Rule::NotAChoice);
        }
    }
    if before.is_none() && input.co_owner_id.is_none() && work == Work::Task {
        input.co_owner_id = default_co_owner(session).await?;
    }
    // R-TASK-6: a main task is not closed while a sub-task is active.
    let closing = stage.is_some_and(|s| s.done || !s.active);
    if work == Work::Task
        && closing
        && let Some(id) = before.and_then(|b| id_of(b, "id"))
    {
        for (sub, _) in crm_store::matching::referencing(tx, "tasks", "task_id", id).await? {
            if flag_of(&record::get_in(tx, &TASK, sub).await?, "active") {
                violations.push("stage_id", Rule::ActiveSubtask);
                break;
            }
        }
    }
    if work == Work::Task
        && let Some(main) = input.task_id
    {
        // The main task must be one the user sees.
        if visible_in(tx, session, Work::Task, main.0).await.is_err()
            || before.and_then(|b| id_of(b, "id")) == Some(main)
        {
            violations.push("task_id", Rule::NotAChoice);
        }
    }
    if !violations.0.is_empty() {
        return Err(AppError::Validation(violations));
    }

    // R-TASK-3 (as R-DEAL-5/6): a changed next step is signed by an editor who is not the single
    // responsible person, and logged.
    let mut workflow = before
        .map(|b| text_of(b, "workflow").to_owned())
        .unwrap_or_default();
    if before.is_none_or(|b| text_of(b, "next_step") != input.next_step) {
        if input.responsible_ids != [actor.user_id] {
            let editor = users::facts(session.db(), actor.user_id.0)
                .await?
                .map(|f| f.username)
                .unwrap_or_default();
            input.next_step = signed_next_step(&input.next_step, &editor);
        }
        workflow = with_workflow_line(&workflow, day, &input.next_step);
    }
    let closing_date = match stage {
        Some(s) if s.done => was("closing_date")
            .as_str()
            .and_then(|d| d.parse::<NaiveDate>().ok())
            .or(Some(day)),
        _ => None,
    };
    let mut fields = fields_of(&input)?;
    if work == Work::Project {
        for field in ["task_id", "project_id", "hide_main_task", "lead_time"] {
            fields.remove(field);
        }
    }
    fields.insert("active".into(), json!(stage.is_none_or(|s| s.active)));
    fields.insert("closing_date".into(), json!(closing_date));
    fields.insert("workflow".into(), json!(workflow));
    Ok(fields)
}

/// Creates a task or project from `input` on `day`.
async fn create_work(
    session: &Session,
    work: Work,
    input: TaskInput,
    day: NaiveDate,
) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    let created = create_work_in(&mut tx, session, work, input, day).await?;
    tx.commit().await?;
    Ok(created)
}

/// [`create_work`] as one step of `tx`.
async fn create_work_in(
    tx: &mut Tx,
    session: &Session,
    work: Work,
    input: TaskInput,
    day: NaiveDate,
) -> Result<Fields, AppError> {
    require(session.actor(), work.resource(), Perm::Add)?;
    let input = input.validate()?;
    let fields = work_fields(tx, session, work, input, None, day).await?;
    let created = records::create_in(tx, session, &work.spec(), fields).await?;
    crate::remind::keep(tx, session, work.key(), &Fields::new(), &created).await?;
    close_main_task(tx, session, &created, day).await?;
    announce_work(tx, session, work, &created).await
}

/// Saves an edit of a task or project made on the version read, on `day`.
async fn update_work(
    session: &Session,
    work: Work,
    edit: Edit<TaskInput>,
    day: NaiveDate,
) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, work.resource(), Perm::Change)?;
    let input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let before = visible_in(&mut tx, session, work, edit.id.0).await?;
    if !(sees_all(actor) || works_on(&before, actor.user_id)) {
        return Err(AppError::Forbidden);
    }
    let mut fields = work_fields(&mut tx, session, work, input, Some(&before), day).await?;
    // A form without an owner keeps the one the record has.
    if fields.get("owner_id").is_none_or(Value::is_null) {
        fields.insert(
            "owner_id".into(),
            before.get("owner_id").cloned().unwrap_or(Value::Null),
        );
    }
    let saved = record::patch_in(
        &mut tx,
        work.entity(),
        Some(actor.user_id.0),
        edit.id.0,
        edit.version,
        &fields,
    )
    .await?;
    crate::remind::keep(&mut tx, session, work.key(), &before, &saved).await?;
    close_main_task(&mut tx, session, &saved, day).await?;
    let saved = announce_work(&mut tx, session, work, &saved).await?;
    tx.commit().await?;
    Ok(saved)
}

/// R-NOTIF-3 (the Tasks module's events): responsible people and subscribers not told yet hear
/// of the task or project; who has been told is kept in its `notified_*` sets.
async fn announce_work(
    tx: &mut Tx,
    session: &Session,
    work: Work,
    saved: &Fields,
) -> Result<Fields, AppError> {
    let Some(id) = id_of(saved, "id") else {
        return Ok(saved.clone());
    };
    let about = About {
        target_type: work.key(),
        target_id: id,
        name: text_of(saved, "name").to_owned(),
    };
    let by = session.user_id();
    let mut changes = Fields::new();
    for (people, told, message) in [
        (
            "responsible_ids",
            "notified_responsible_ids",
            "notice-work-responsible",
        ),
        (
            "subscriber_ids",
            "notified_subscriber_ids",
            "notice-work-subscribed",
        ),
    ] {
        let already = ids_in(saved, told);
        let new: Vec<Id> = ids_in(saved, people)
            .into_iter()
            .filter(|p| !already.contains(p))
            .collect();
        if new.is_empty() {
            continue;
        }
        // Nobody is told of what they did for themselves.
        let others: Vec<Id> = new.iter().copied().filter(|p| *p != by).collect();
        notices::notify(
            tx,
            Some(by),
            &others,
            &Notification::new(message, Some(about.clone())),
        )
        .await?;
        let mut all = already;
        all.extend(new);
        changes.insert(told.into(), json!(all.iter().map(|i| i.0).collect::<Vec<_>>()));
    }
    if changes.is_empty() {
        return Ok(saved.clone());
    }
    Ok(record::patch_in(tx, work.entity(), Some(by.0), id.0, version_of(saved), &changes).await?)
}

/// R-TASK-6: when the sub-task `saved` leaves its main task (in a default or in-progress stage)
/// with a done sub-task for each responsible person and none active, the main task is closed:
/// done stage, next step "Done", "The main task is closed automatically." logged and told to its
/// owner.
async fn close_main_task(
    tx: &mut Tx,
    session: &Session,
    saved: &Fields,
    day: NaiveDate,
) -> Result<(), AppError> {
    let Some(main_id) = id_of(saved, "task_id") else {
        return Ok(());
    };
    let stages = stages(session, Work::Task).await?;
    let main = record::get_in(tx, &TASK, main_id.0).await?;
    let open = stages
        .iter()
        .find(|s| Some(s.id) == id_of(&main, "stage_id"))
        .is_some_and(|s| s.default || s.in_progress);
    let Some(done) = stages.iter().find(|s| s.done) else {
        return Ok(());
    };
    if !open {
        return Ok(());
    }
    let mut subtasks = Vec::new();
    for (sub, _) in crm_store::matching::referencing(tx, "tasks", "task_id", main_id).await? {
        let sub = record::get_in(tx, &TASK, sub).await?;
        let sub_done = stages
            .iter()
            .any(|s| s.done && Some(s.id) == id_of(&sub, "stage_id"));
        subtasks.push((ids_in(&sub, "responsible_ids"), sub_done, flag_of(&sub, "active")));
    }
    if !task::main_task_complete(&ids_in(&main, "responsible_ids"), &subtasks) {
        return Ok(());
    }
    let language = crate::workflows::language_of(session, id_of(&main, "owner_id")).await?;
    let i18n = Localizer::embedded();
    let closed = i18n.message(&language, "task-closed-automatically", None);
    let changes = object(json!({
        "stage_id": done.id.0,
        "active": done.active,
        "closing_date": day,
        "next_step": i18n.message(&language, "task-next-step-done", None),
        "workflow": with_workflow_line(text_of(&main, "workflow"), day, &closed),
    }));
    record::patch_in(
        tx,
        &TASK,
        Some(session.user_id().0),
        main_id.0,
        version_of(&main),
        &changes,
    )
    .await?;
    if let Some(owner) = id_of(&main, "owner_id").filter(|o| *o != session.user_id()) {
        let about = About {
            target_type: "task",
            target_id: main_id,
            name: text_of(&main, "name").to_owned(),
        };
        notices::notify(
            tx,
            Some(session.user_id()),
            &[owner],
            &Notification::new("task-closed-automatically", Some(about)),
        )
        .await?;
    }
    Ok(())
}

/// A page of the tasks or projects the acting user may see that match `filter`.
async fn list_work<R: serde::de::DeserializeOwned>(
    session: &Session,
    work: Work,
    mut filter: Fields,
    sort: &str,
    page: &crm_core::list::PageRequest,
) -> Result<Page<R>, AppError> {
    let actor = session.actor();
    require(actor, work.resource(), Perm::View)?;
    if !sees_all(actor) {
        let ids = match work {
            Work::Task => crm_store::tasks::tasks_of(session.db(), actor.user_id.0).await?,
            Work::Project => crm_store::tasks::projects_of(session.db(), actor.user_id.0).await?,
        };
        filter.insert("id_in".into(), json!(ids));
    }
    Ok(record::list_as(session.db(), work.entity(), &filter, sort, page).await?)
}

/// Deletes a task or project: its owner, or whoever sees them all (R-TASK-4).
async fn delete_work(session: &Session, work: Work, input: RecordRef) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, work.resource(), Perm::Delete)?;
    let mut tx = session.db().begin().await?;
    let before = visible_in(&mut tx, session, work, input.id.0).await?;
    if !(sees_all(actor) || id_of(&before, "owner_id") == Some(actor.user_id)) {
        return Err(AppError::Forbidden);
    }
    // §1.3: a record's generic children go with it.
    let reminders = all_rows(
        session,
        &crm_store::reminders::REMINDER,
        &object(json!({ "target_type": work.key(), "target_id": input.id.0 })),
    )
    .await?;
    for reminder in &reminders {
        if let Some(id) = id_of(reminder, "id") {
            record::purge_in(
                &mut tx,
                &crm_store::reminders::REMINDER,
                Some(actor.user_id.0),
                id.0,
                version_of(reminder),
            )
            .await?;
        }
    }
    let gone = record::purge_in(
        &mut tx,
        work.entity(),
        Some(actor.user_id.0),
        input.id.0,
        input.version,
    )
    .await?;
    tx.commit().await?;
    Ok(gone)
}

/// `task_create`: a new task (R-TASK-3, R-TASK-4, R-TASK-6).
pub async fn task_create(session: &Session, input: TaskInput) -> Result<Task, AppError> {
    typed(create_work(session, Work::Task, input, today()).await?)
}

/// `task_update`: saves an edit of a task made on the version read.
pub async fn task_update(session: &Session, edit: Edit<TaskInput>) -> Result<Task, AppError> {
    typed(update_work(session, Work::Task, edit, today()).await?)
}

/// `task_get`: one task the user may see (R-TASK-4).
pub async fn task_get(session: &Session, input: RecordRef) -> Result<Task, AppError> {
    let mut tx = session.db().begin().await?;
    let task = visible_in(&mut tx, session, Work::Task, input.id.0).await?;
    typed(task)
}

/// `task_list`: the tasks the user may see (R-TASK-4).
pub async fn task_list(
    session: &Session,
    query: ListQuery<TaskFilter, TaskSort>,
) -> Result<Page<Task>, AppError> {
    list_work(
        session,
        Work::Task,
        fields_of(&query.filter)?,
        &sort_name(&query.sort),
        &query.page,
    )
    .await
}

/// `task_delete`: deletes a task, and its sub-tasks with it.
pub async fn task_delete(session: &Session, input: RecordRef) -> Result<Task, AppError> {
    typed(delete_work(session, Work::Task, input).await?)
}

/// `project_create`: a new project (R-TASK-3, R-TASK-4).
pub async fn project_create(session: &Session, input: TaskInput) -> Result<Project, AppError> {
    typed(create_work(session, Work::Project, input, today()).await?)
}

/// `project_update`: saves an edit of a project made on the version read.
pub async fn project_update(session: &Session, edit: Edit<TaskInput>) -> Result<Project, AppError> {
    typed(update_work(session, Work::Project, edit, today()).await?)
}

/// `project_get`: one project the user may see (R-TASK-4).
pub async fn project_get(session: &Session, input: RecordRef) -> Result<Project, AppError> {
    let mut tx = session.db().begin().await?;
    let project = visible_in(&mut tx, session, Work::Project, input.id.0).await?;
    typed(project)
}

/// `project_list`: the projects the user may see (R-TASK-4).
pub async fn project_list(
    session: &Session,
    query: ListQuery<TaskFilter, TaskSort>,
) -> Result<Page<Project>, AppError> {
    let mut filter = fields_of(&query.filter)?;
    filter.remove("project_id");
    filter.remove("task_id");
    list_work(
        session,
        Work::Project,
        filter,
        &sort_name(&query.sort),
        &query.page,
    )
    .await
}

/// `project_delete`: deletes a project, and its tasks with it.
pub async fn project_delete(session: &Session, input: RecordRef) -> Result<Project, AppError> {
    typed(delete_work(session, Work::Project, input).await?)
}

// ---------------------------------------------------------------------------------------------
// Office memos

/// R-TASK-5: drafts are the owner's alone; the rest is seen by the owner, the recipient, the
/// subscribers and whoever sees everything (R-TASK-4).
fn may_see_memo(actor: &Actor, memo: &Fields) -> bool {
    let user = actor.user_id;
    id_of(memo, "owner_id") == Some(user)
        || (!flag_of(memo, "draft")
            && (sees_all(actor)
                || id_of(memo, "to_id") == Some(user)
                || ids_in(memo, "subscriber_ids").contains(&user)))
}

async fn memo_in(tx: &mut Tx, session: &Session, id: i64) -> Result<Fields, AppError> {
    require(session.actor(), Resource::Memo, Perm::View)?;
    let memo = record::get_in(tx, &MEMO, id).await?;
    if may_see_memo(session.actor(), &memo) {
        Ok(memo)
    } else {
        Err(AppError::NotFound { entity: "memo", id })
    }
}

fn memo_about(memo: &Fields) -> Option<About> {
    id_of(memo, "id").map(|id| About {
        target_type: "memo",
        target_id: id,
        name: text_of(memo, "name").to_owned(),
    })
}

/// R-TASK-5: a memo that is not a draft reaches its recipient and the subscribers not told yet.
async fn announce_memo(tx: &mut Tx, session: &Session, memo: &Fields) -> Result<Fields, AppError> {
    if flag_of(memo, "draft") {
        return Ok(memo.clone());
    }
    let by = Some(session.user_id());
    let mut changes = Fields::new();
    if !flag_of(memo, "notified")
        && let Some(to) = id_of(memo, "to_id")
    {
        notices::notify(
            tx,
            by,
            &[to],
            &Notification::new("notice-memo-received", memo_about(memo)),
        )
        .await?;
        changes.insert("notified".into(), json!(true));
    }
    let told = ids_in(memo, "notified_subscriber_ids");
    let new: Vec<Id> = ids_in(memo, "subscriber_ids")
        .into_iter()
        .filter(|s| !told.contains(s))
        .collect();
    if !new.is_empty() {
        notices::notify(
            tx,
            by,
            &new,
            &Notification::new("notice-memo-subscribed", memo_about(memo)),
        )
        .await?;
        let mut all = told;
        all.extend(new);
        changes.insert(
            "notified_subscriber_ids".into(),
            json!(all.iter().map(|i| i.0).collect::<Vec<_>>()),
        );
    }
    if changes.is_empty() {
        return Ok(memo.clone());
    }
    let id = id_of(memo, "id").ok_or_else(|| AppError::Internal("a memo without an id".into()))?;
    Ok(record::patch_in(tx, &MEMO, by.map(|b| b.0), id.0, version_of(memo), &changes).await?)
}

/// R-TASK-1: a memo about a deal is logged in the deal's workflow, in its owner's language.
async fn log_memo_on_deal(
    tx: &mut Tx,
    session: &Session,
    deal: Id,
    name: &str,
    day: NaiveDate,
) -> Result<(), AppError> {
    // Only a deal the writer may see can be written about.
    records::get(session, &crate::entities::DEAL, deal.0)
        .await
        .map_err(|_| invalid("deal_id", Rule::NotAChoice))?;
    let stored = record::get_in(tx, &crm_store::deals::DEAL, deal.0).await?;
    let language = crate::workflows::language_of(session, id_of(&stored, "owner_id")).await?;
    let i18n = Localizer::embedded();
    let mut args = FluentArgs::new();
    args.set("name", name.to_owned());
    let line = i18n.message(&language, "deal-workflow-memo", Some(&args));
    record::patch_in(
        tx,
        &crm_store::deals::DEAL,
        Some(session.user_id().0),
        deal.0,
        version_of(&stored),
        &object(json!({ "workflow": with_workflow_line(text_of(&stored, "workflow"), day, &line) })),
    )
    .await?;
    Ok(())
}

/// `memo_create`: a new office memo (R-TASK-1, R-TASK-5).
pub async fn memo_create(session: &Session, input: MemoInput) -> Result<Memo, AppError> {
    require(session.actor(), Resource::Memo, Perm::Add)?;
    let input = input.validate()?;
    let day = today();
    let mut tx = session.db().begin().await?;
    let mut fields = fields_of(&input)?;
    fields.insert("stage".into(), json!("pen"));
    fields.insert("notified".into(), json!(false));
    let created = records::create_in(&mut tx, session, &Spec::own(&MEMO, Resource::Memo), fields).await?;
    if let Some(deal) = input.deal_id {
        log_memo_on_deal(&mut tx, session, deal, &input.name, day).await?;
    }
    let created = announce_memo(&mut tx, session, &created).await?;
    tx.commit().await?;
    typed(created)
}

/// `memo_update`: saves an edit of a memo made on the version read: by its owner, or by a chief
/// or task operator (R-TASK-4); a draft only by its owner.
pub async fn memo_update(session: &Session, edit: Edit<MemoInput>) -> Result<Memo, AppError> {
    let actor = session.actor();
    require(actor, Resource::Memo, Perm::Change)?;
    let input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let before = memo_in(&mut tx, session, edit.id.0).await?;
    if !(id_of(&before, "owner_id") == Some(actor.user_id) || sees_all(actor)) {
        return Err(AppError::Forbidden);
    }
    let mut fields = fields_of(&input)?;
    if fields.get("owner_id").is_none_or(Value::is_null) {
        fields.insert(
            "owner_id".into(),
            before.get("owner_id").cloned().unwrap_or(Value::Null),
        );
    }
    let saved = record::patch_in(
        &mut tx,
        &MEMO,
        Some(actor.user_id.0),
        edit.id.0,
        edit.version,
        &fields,
    )
    .await?;
    if input.deal_id.is_some()
        && input.deal_id != id_of(&before, "deal_id")
        && let Some(deal) = input.deal_id
    {
        log_memo_on_deal(&mut tx, session, deal, &input.name, today()).await?;
    }
    let saved = announce_memo(&mut tx, session, &saved).await?;
    tx.commit().await?;
    typed(saved)
}

/// `memo_review`: the recipient (or a chief or task operator) has reviewed the memo: reviewed,
/// dated today, and its owner and subscribers are told (R-TASK-5).
pub async fn memo_review(session: &Session, input: RecordRef) -> Result<Memo, AppError> {
    let mut tx = session.db().begin().await?;
    let saved = review_in(&mut tx, session, input, Fields::new()).await?;
    tx.commit().await?;
    typed(saved)
}

/// Reviews memo `input` as one step of `tx`, writing `changes` with it: by its recipient or a
/// chief or task operator, never a draft; the owner and subscribers are told (R-TASK-5).
async fn review_in(
    tx: &mut Tx,
    session: &Session,
    input: RecordRef,
    mut changes: Fields,
) -> Result<Fields, AppError> {
    let actor = session.actor();
    require(actor, Resource::Memo, Perm::Change)?;
    let memo = memo_in(tx, session, input.id.0).await?;
    if !(id_of(&memo, "to_id") == Some(actor.user_id) || sees_all(actor)) || flag_of(&memo, "draft") {
        return Err(AppError::Forbidden);
    }
    changes.insert("stage".into(), json!("rev"));
    changes.insert("review_date".into(), json!(today()));
    let saved = record::patch_in(
        tx,
        &MEMO,
        Some(actor.user_id.0),
        input.id.0,
        input.version,
        &changes,
    )
    .await?;
    let mut told: Vec<Id> = id_of(&saved, "owner_id").into_iter().collect();
    told.extend(ids_in(&saved, "subscriber_ids"));
    told.retain(|u| *u != actor.user_id);
    notices::notify(
        tx,
        Some(actor.user_id),
        &told,
        &Notification::new("notice-memo-reviewed", memo_about(&saved)),
    )
    .await?;
    Ok(saved)
}

/// `memo_create_task` / `memo_create_project`: the memo read at `memo.version`, and the task or
/// project its reader makes of it (the form pre-filled from the memo).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
pub struct MemoWork {
    pub memo: RecordRef,
    pub input: TaskInput,
}

/// Makes a task or project of a memo: the memo is reviewed and linked to it (R-TASK-5).
async fn work_from_memo(session: &Session, work: Work, input: MemoWork) -> Result<Fields, AppError> {
    let mut tx = session.db().begin().await?;
    // The memo first: only its reader (or whoever sees everything) turns it into work.
    memo_in(&mut tx, session, input.memo.id.0).await?;
    let created = create_work_in(&mut tx, session, work, input.input, today()).await?;
    let id = id_of(&created, "id").ok_or_else(|| AppError::Internal("new work without an id".into()))?;
    let link = match work {
        Work::Task => "task_id",
        Work::Project => "project_id",
    };
    review_in(&mut tx, session, input.memo, object(json!({ link: id.0 }))).await?;
    tx.commit().await?;
    Ok(created)
}

/// `memo_create_task`: a task made of a memo, which is then reviewed and linked to it (R-TASK-5).
pub async fn memo_create_task(session: &Session, input: MemoWork) -> Result<Task, AppError> {
    typed(work_from_memo(session, Work::Task, input).await?)
}

/// `memo_create_project`: a project made of a memo, which is then reviewed and linked to it
/// (R-TASK-5).
pub async fn memo_create_project(session: &Session, input: MemoWork) -> Result<Project, AppError> {
    typed(work_from_memo(session, Work::Project, input).await?)
}

/// `memo_get`: one memo the user may see (R-TASK-5).
pub async fn memo_get(session: &Session, input: RecordRef) -> Result<Memo, AppError> {
    let mut tx = session.db().begin().await?;
    let memo = memo_in(&mut tx, session, input.id.0).await?;
    typed(memo)
}

/// `memo_list`: the memos the user may see, drafts of others never (R-TASK-5).
pub async fn memo_list(
    session: &Session,
    query: ListQuery<MemoFilter, MemoSort>,
) -> Result<Page<Memo>, AppError> {
    let actor = session.actor();
    require(actor, Resource::Memo, Perm::View)?;
    let mut filter = fields_of(&query.filter)?;
    let ids = crm_store::tasks::memos_of(session.db(), actor.user_id.0, sees_all(actor)).await?;
    filter.insert("id_in".into(), json!(ids));
    Ok(record::list_as(session.db(), &MEMO, &filter, &sort_name(&query.sort), &query.page).await?)
}

/// `memo_count`: how many memos the user may see match (e.g. pending memos to them, R-TASK-5).
pub async fn memo_count(session: &Session, filter: MemoFilter) -> Result<Count, AppError> {
    let actor = session.actor();
    require(actor, Resource::Memo, Perm::View)?;
    let mut filter = fields_of(&filter)?;
    let ids = crm_store::tasks::memos_of(session.db(), actor.user_id.0, sees_all(actor)).await?;
    filter.insert("id_in".into(), json!(ids));
    Ok(Count(record::count(session.db(), &MEMO, &filter).await?))
}

/// `memo_delete`: its owner, or a chief or task operator, deletes a memo.
pub async fn memo_delete(session: &Session, input: RecordRef) -> Result<Memo, AppError> {
    let actor = session.actor();
    require(actor, Resource::Memo, Perm::Delete)?;
    let mut tx = session.db().begin().await?;
    let memo = memo_in(&mut tx, session, input.id.0).await?;
    if !(id_of(&memo, "owner_id") == Some(actor.user_id) || sees_all(actor)) {
        return Err(AppError::Forbidden);
    }
    let gone = record::purge_in(&mut tx, &MEMO, Some(actor.user_id.0), input.id.0, input.version).await?;
    tx.commit().await?;
    typed(gone)
}

/// `task_counters`: for which day; default today.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(default)]
pub struct CountersDay {
    pub today: Option<NaiveDate>,
}

/// `task_counters`: the menu counters of the Tasks module (R-TASK-5).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize, specta::Type)]
pub struct TaskCounters {
    /// Active tasks the user is responsible for, next step before today.
    pub overdue_tasks: Count,
    /// The other active tasks they are responsible for.
    pub current_tasks: Count,
    /// Pending memos addressed to them.
    pub pending_memos: Count,
}

/// `task_counters`: the acting user's active tasks (overdue and not) and pending memos.
pub async fn task_counters(session: &Session, input: CountersDay) -> Result<TaskCounters, AppError> {
    let day = input.today.unwrap_or_else(today);
    let (overdue, current, memos) =
        crm_store::tasks::counters(session.db(), session.user_id().0, day).await?;
    Ok(TaskCounters {
        overdue_tasks: Count(overdue),
        current_tasks: Count(current),
        pending_memos: Count(memos),
    })
}

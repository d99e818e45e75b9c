//! The request and deal workflows (§8.8–8.10): a request entered by hand or received from a form
//! or an e-mail is matched to the people and companies already known; a request becomes a deal;
//! a deal moves through its stages and is closed. Each runs in one transaction: all or nothing.

use chrono::{NaiveDate, Utc};
use crm_core::access::{Perm, Resource};
use crm_core::closing_reason::ClosingReason;
use crm_core::deal::{Deal, DealInput};
use crm_core::deal_flow::{next_working_day, signed_next_step, with_stage_line, with_workflow_line};
use crm_core::matching::{self, CompanyKeys, PersonKeys, PersonLink};
use crm_core::output::OutputInput;
use crm_core::person_name::PersonName;
use crm_core::request::{Request, RequestInput};
use crm_core::stage::Stage;
use crm_core::validation::{Rule, Violations};
use crm_core::{Id, department::Department};
use crm_store::matching::{People, companies_for, contacts_reached_by, people_named, public_domains};
use crm_store::record::{self, Fields};
use crm_store::{Tx, assignments, closing_reasons, currencies, departments, lead_sources, stages, users};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{DEAL, Edit, OUTPUT, PAYMENT, REQUEST, RecordRef, fields_of, typed};
use crate::fields::{all_rows, flag_of, id_of, object, text_of, version_of};
use crate::records::{self, permitted};
use crate::{AppError, Localizer, Session};

fn today() -> NaiveDate {
    Utc::now().date_naive()
}

fn invalid(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

// ---------------------------------------------------------------------------------------------
// Requests

/// R-REQ-3: a linked contact must belong to the linked company.
async fn check_contact_company(tx: &mut Tx, input: &RequestInput) -> Result<(), AppError> {
    if let (Some(contact), Some(company)) = (input.contact_id, input.company_id) {
        let contact = record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?;
        if id_of(&contact, "company_id") != Some(company) {
            return Err(invalid("contact_id", Rule::ContactNotOfCompany));
        }
    }
    Ok(())
}

/// R-REQ-6 on a pending request: R-MATCH-5 when no person is linked, the contact's company, then
/// R-MATCH-6 when there is still no company (and no lead, which excludes one, R-REQ-3).
pub(crate) async fn auto_link(tx: &mut Tx, input: &mut RequestInput) -> Result<(), AppError> {
    if input.contact_id.is_none() && input.lead_id.is_none() {
        let keys = PersonKeys::new(&input.first_name, &input.last_name, &input.email, &input.phone);
        let contacts = people_named(tx, People::Contacts, &input.first_name).await?;
        let leads = people_named(tx, People::Leads, &input.first_name).await?;
        match matching::find_contact_or_lead(&keys, &input.company_name, input.company_id, &contacts, &leads)
        {
            PersonLink::Contact {
                contact_id,
                company_id,
            } => {
                input.contact_id = Some(contact_id);
                input.company_id = company_id;
                input.verification_required = true;
            }
            PersonLink::ContactOfAnotherCompany(_) => input.verification_required = true,
            PersonLink::Lead(lead_id) => {
                input.lead_id = Some(lead_id);
                input.verification_required = true;
            }
            PersonLink::Unlinked => {}
        }
    }
    if let (Some(contact), None) = (input.contact_id, input.company_id) {
        let contact = record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?;
        input.company_id = id_of(&contact, "company_id");
    }
    if input.company_id.is_none() && input.lead_id.is_none() {
        let domains = public_domains(tx).await?;
        let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
        let keys = CompanyKeys::new(
            &input.email,
            &input.phone,
            &input.company_name,
            input.country_id,
            &input.website,
            &domains,
        );
        let phone_pattern = matching::phone_like_pattern(&input.phone);
        let contacts = contacts_reached_by(tx, keys.email.as_deref(), phone_pattern.as_deref()).await?;
        let ids: Vec<Id> = contacts.iter().filter_map(|c| c.company_id).collect();
        let companies = companies_for(tx, &ids, &input.company_name, keys.email_domain.as_deref()).await?;
        if let Some(company) = matching::find_company(&keys, &contacts, &companies) {
            input.company_id = Some(company);
            input.verification_required = true;
        }
    }
    Ok(())
}

/// R-NOTIF-4: an assignment event for each owner and co-owner `after` has that `before` did not,
/// and an in-app notice for each of them other than the acting user.
pub(crate) async fn record_assignments(
    tx: &mut Tx,
    session: &Session,
    before: Option<&Fields>,
    after: &Fields,
) -> Result<(), AppError> {
    let Some(request) = id_of(after, "id") else {
        return Ok(());
    };
    for (field, as_co_owner) in [("owner_id", false), ("co_owner_id", true)] {
        let now = id_of(after, field);
        if let Some(user) = now.filter(|_| before.and_then(|b| id_of(b, field)) != now) {
            assignments::record(tx, request, user, as_co_owner, Some(session.user_id())).await?;
            crate::notices::assignment_in_app(tx, session, after, user, as_co_owner).await?;
        }
    }
    Ok(())
}

/// Writes `changes` over record `id` of `entity` as it is now inside `tx`.
pub(crate) async fn patch_current(
    tx: &mut Tx,
    session: &Session,
    entity: &'static crm_store::record::Entity,
    id: Id,
    changes: &Fields,
) -> Result<Fields, AppError> {
    let stored = record::get_in(tx, entity, id.0).await?;
    Ok(record::patch_in(
        tx,
        entity,
        Some(session.user_id().0),
        id.0,
        version_of(&stored),
        changes,
    )
    .await?)
}

/// R-REQ-10 and R-REQ-19 after a request is saved: a new department, or a new owner who is a sales
/// manager, reaches the request's lead, deal, contact and the contact's company; a new contact,
/// lead or company of a request with a deal becomes the deal's too.
async fn propagate_request(
    tx: &mut Tx,
    session: &Session,
    before: &Fields,
    after: &Fields,
) -> Result<(), AppError> {
    let changed = |field: &str| before.get(field) != after.get(field);
    let mut people = Fields::new();
    if changed("department_id") {
        people.insert(
            "department_id".into(),
            after.get("department_id").cloned().unwrap_or(Value::Null),
        );
    }
    if let Some(owner) = id_of(after, "owner_id").filter(|_| changed("owner_id")) {
        let manager = crate::actor::load(session.db(), owner, None).await?.is_manager();
        if manager {
            people.insert("owner_id".into(), json!(owner.0));
        }
    }
    if !people.is_empty() {
        if let Some(lead) = id_of(after, "lead_id") {
            patch_current(tx, session, &crm_store::leads::LEAD, lead, &people).await?;
        }
        if let Some(contact) = id_of(after, "contact_id") {
            let contact = patch_current(tx, session, &crm_store::contacts::CONTACT, contact, &people).await?;
            if let Some(company) = id_of(&contact, "company_id") {
                patch_current(tx, session, &crm_store::companies::COMPANY, company, &people).await?;
            }
        }
    }
    if let Some(deal) = id_of(after, "deal_id") {
        let mut to_deal = people;
        for field in ["contact_id", "lead_id", "company_id"] {
            if changed(field) {
                to_deal.insert(field.into(), after.get(field).cloned().unwrap_or(Value::Null));
            }
        }
        if !to_deal.is_empty() {
            patch_current(tx, session, DEAL.entity, deal, &to_deal).await?;
        }
    }
    Ok(())
}

/// R-REQ-8: a newly linked contact (or lead) fills the request's empty person fields, and the
/// contact's company its empty company name, country and website.
async fn fill_from_links(
    tx: &mut Tx,
    input: &mut RequestInput,
    was_contact: Option<Id>,
    was_lead: Option<Id>,
) -> Result<(), AppError> {
    fn fill(field: &mut String, from: &Fields, key: &str) {
        if field.is_empty() {
            text_of(from, key).clone_into(field);
        }
    }
    if let Some(contact) = input.contact_id.filter(|c| Some(*c) != was_contact) {
        let contact = record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?;
        fill(&mut input.first_name, &contact, "first_name");
        fill(&mut input.last_name, &contact, "last_name");
        fill(&mut input.email, &contact, "email");
        fill(&mut input.phone, &contact, "phone");
        if let Some(company) = id_of(&contact, "company_id") {
            let company = record::get_in(tx, &crm_store::companies::COMPANY, company.0).await?;
            fill(&mut input.company_name, &company, "full_name");
            fill(&mut input.website, &company, "website");
            if input.country_id.is_none() {
                input.country_id = id_of(&company, "country_id");
            }
        }
    }
    if let Some(lead) = input.lead_id.filter(|l| Some(*l) != was_lead) {
        let lead = record::get_in(tx, &crm_store::leads::LEAD, lead.0).await?;
        fill(&mut input.first_name, &lead, "first_name");
        fill(&mut input.last_name, &lead, "last_name");
        fill(&mut input.email, &lead, "email");
        fill(&mut input.phone, &lead, "phone");
        fill(&mut input.company_name, &lead, "company_name");
        if input.country_id.is_none() {
            input.country_id = id_of(&lead, "country_id");
        }
    }
    Ok(())
}

/// Validates, links and files a new request inside `tx`.
pub(crate) async fn file_request(
    tx: &mut Tx,
    session: &Session,
    mut input: RequestInput,
) -> Result<Fields, AppError> {
    check_contact_company(tx, &input).await?;
    fill_from_links(tx, &mut input, None, None).await?;
    if input.pending.unwrap_or(true) {
        auto_link(tx, &mut input).await?;
    }
    input.receipt_date.get_or_insert_with(today);
    crate::cities::place(
        tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        None,
    )
    .await?;
    let created = records::create_in(tx, session, &REQUEST, fields_of(&input)?).await?;
    record_assignments(tx, session, None, &created).await?;
    Ok(created)
}

/// `request_create`: a request entered by hand (R-REQ-1, R-REQ-4): the owner defaults to the
/// user, a sales manager's request is marked subsequent, and a pending one is matched to the
/// known contacts, leads and companies (R-REQ-6).
pub async fn request_create(session: &Session, input: RequestInput) -> Result<Request, AppError> {
    let mut input = input.validate()?;
    if session.actor().is_manager() {
        input.subsequent = true;
    }
    let mut tx = session.db().begin().await?;
    let created = file_request(&mut tx, session, input).await?;
    // R-REQ-20: a sales manager's new request is announced to its owner and co-owner.
    if session.actor().is_manager() {
        crate::notices::request_assigned(&mut tx, session, &created).await?;
    }
    tx.commit().await?;
    typed(created)
}

/// `request_update`: saves an edit made on the version read. A new owner or co-owner is told
/// (R-NOTIF-4).
pub async fn request_update(session: &Session, edit: Edit<RequestInput>) -> Result<Request, AppError> {
    let mut input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    check_contact_company(&mut tx, &input).await?;
    let before = records::editable_in(&mut tx, session, &REQUEST, edit.id.0, Perm::Change).await?;
    fill_from_links(
        &mut tx,
        &mut input,
        id_of(&before, "contact_id"),
        id_of(&before, "lead_id"),
    )
    .await?;
    let was = text_of(&before, "city_name").to_owned();
    crate::cities::place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        Some(&was),
    )
    .await?;
    let after = records::update_in(
        &mut tx,
        session,
        &REQUEST,
        edit.id.0,
        edit.version,
        fields_of(&input)?,
    )
    .await?;
    record_assignments(&mut tx, session, Some(&before), &after).await?;
    propagate_request(&mut tx, session, &before, &after).await?;
    // R-REQ-20 for a pending request, R-REQ-19 for one with a deal: a new owner is told.
    if id_of(&after, "owner_id") != id_of(&before, "owner_id") {
        if flag_of(&after, "pending") {
            crate::notices::request_assigned(&mut tx, session, &after).await?;
        }
        if let Some(deal) = id_of(&after, "deal_id") {
            crate::notices::deal_received(&mut tx, session, deal).await?;
        }
    }
    crate::inquiries::process_inquiry_email(&mut tx, session, &after).await?;
    tx.commit().await?;
    typed(after)
}

/// `request_receive`: an inquiry as a web form or an e-mail delivers it (R-REQ-13 steps 3–5,
/// R-REQ-15).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ReceivedRequest {
    /// The sender's name as written; split into first, middle and last name (R-GEN-4).
    pub name: String,
    pub email: String,
    pub phone: String,
    /// Becomes the request's subject (`request_for`).
    pub subject: String,
    /// Becomes the description.
    pub message: String,
    /// The company name as typed.
    pub company: String,
    pub website: String,
    /// The lead source's web-form token (§1.4); its department receives the request.
    pub lead_source_token: Option<String>,
    /// The day it arrived (an e-mail's date); default today.
    pub receipt_date: Option<NaiveDate>,
}

/// `request_receive`: files a received inquiry. It is matched to a known contact or lead by
/// e-mail and phone (R-MATCH-5) and takes over what the CRM knows of them (R-MATCH-8): the
/// contact's phone and company and its owner, or the lead's owner.
pub async fn request_receive(session: &Session, input: ReceivedRequest) -> Result<Request, AppError> {
    let PersonName { first, middle, last } = PersonName::parse(&input.name);
    let mut request = RequestInput {
        request_for: input.subject,
        first_name: first,
        middle_name: middle,
        last_name: last,
        email: input.email,
        phone: input.phone,
        website: input.website,
        company_name: input.company,
        description: input.message,
        receipt_date: Some(input.receipt_date.unwrap_or_else(today)),
        pending: Some(true),
        ..RequestInput::default()
    }
    .validate()?;
    if let Some(token) = input.lead_source_token.filter(|t| !t.trim().is_empty()) {
        let Some(source) = lead_sources::by_token(session.db(), token.trim()).await? else {
            // R-NOTIF-5: an unauthorised web-form post is the administrators' business.
            let detail = format!("{}: {}", token.trim(), request.request_for);
            crate::notices::notify_admins(session.db(), crate::notices::AdminEvent::InvalidWebForm, &detail)
                .await?;
            return Err(invalid("lead_source_token", Rule::NotAChoice));
        };
        request.lead_source_id = Some(Id(source.id));
        request.department_id = source.department_id.map(Id);
    }
    let mut tx = session.db().begin().await?;
    auto_link(&mut tx, &mut request).await?;
    adopt_counterparty(&mut tx, &mut request).await?;
    if let Some(department) = request.department_id {
        let department: Department =
            typed(record::get_in(&mut tx, &departments::DEPARTMENT, department.0).await?)?;
        if request.country_id.is_none() {
            request.country_id = department.default_country_id;
        }
    }
    let created = file_request(&mut tx, session, request).await?;
    // R-NOTIF-3: a request from a form or an e-mail is announced like one entered by hand.
    crate::notices::request_assigned(&mut tx, session, &created).await?;
    tx.commit().await?;
    typed(created)
}

/// R-MATCH-8: what a matched contact or lead hands to a received request.
pub(crate) async fn adopt_counterparty(tx: &mut Tx, request: &mut RequestInput) -> Result<(), AppError> {
    if let Some(contact) = request.contact_id {
        let contact = record::get_in(tx, &crm_store::contacts::CONTACT, contact.0).await?;
        text_of(&contact, "phone").clone_into(&mut request.phone);
        request.owner_id = id_of(&contact, "owner_id");
        if let Some(company_id) = id_of(&contact, "company_id") {
            let company = record::get_in(tx, &crm_store::companies::COMPANY, company_id.0).await?;
            request.company_id = Some(company_id);
            text_of(&company, "full_name").clone_into(&mut request.company_name);
            request.country_id = id_of(&company, "country_id");
            request.city_id = id_of(&company, "city_id");
            text_of(&company, "website").clone_into(&mut request.website);
        }
    } else if let Some(lead) = request.lead_id {
        let lead = record::get_in(tx, &crm_store::leads::LEAD, lead.0).await?;
        request.owner_id = id_of(&lead, "owner_id");
        if request.phone.is_empty() {
            text_of(&lead, "phone").clone_into(&mut request.phone);
        }
    }
    // A request attributed to a department its new owner does not work in goes to the owner's.
    if request.owner_id.is_some() {
        request.department_id = None;
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Request → deal

/// The stages of `department`, in pipeline order.
async fn stages_of(session: &Session, department: Option<Id>) -> Result<Vec<Stage>, AppError> {
    let Some(department) = department else {
        return Ok(Vec::new());
    };
    let stages = all_rows(
        session,
        &stages::STAGE,
        &object(json!({ "department_id": department.0 })),
    )
    .await?;
    stages.into_iter().map(typed).collect()
}

/// The department with the lowest id that has deal stages.
async fn first_pipeline_department(session: &Session) -> Result<Option<Id>, AppError> {
    let stages: Vec<Stage> = all_rows(session, &stages::STAGE, &object(json!({})))
        .await?
        .into_iter()
        .map(typed)
        .collect::<Result<_, _>>()?;
    Ok(stages.iter().map(|s| s.department_id).min())
}

/// The currency of a deal made by `session`'s user (R-REQ-18 step 1): their department's default,
/// else the state currency.
async fn deal_currency(session: &Session, department: Option<&Department>) -> Result<Option<Id>, AppError> {
    if let Some(currency) = department.and_then(|d| d.default_currency_id) {
        return Ok(Some(currency));
    }
    Ok(currencies::state_currency(session.db()).await?.map(Id))
}

/// The language a user reads in (their profile's), for texts written on their behalf.
pub(crate) async fn language_of(session: &Session, user: Option<Id>) -> Result<String, AppError> {
    let code = match user {
        Some(user) => users::language(session.db(), user.0).await?,
        None => None,
    };
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

/// `request_to_deal`: turns request `id`, read at `version`, into a deal (R-REQ-18).
#[allow(
    clippy::too_many_lines,
    reason = "one transaction, its steps in the order R-REQ-18 gives them"
)]
pub async fn request_to_deal(session: &Session, input: RecordRef) -> Result<Deal, AppError> {
    let actor = session.actor();
    if !permitted(actor, Resource::Deal, Perm::Change) {
        return Err(AppError::Forbidden);
    }
    let acting_department = match actor.current_department() {
        Some(id) => Some(typed::<Department>(
            record::get(session.db(), &departments::DEPARTMENT, id.0).await?,
        )?),
        None => None,
    };
    let mut tx = session.db().begin().await?;
    let request = records::editable_in(&mut tx, session, &REQUEST, input.id.0, Perm::Change).await?;
    if version_of(&request) != input.version {
        return Err(crm_store::StoreError::Conflict {
            entity: "request",
            id: input.id.0,
            version: version_of(&request),
            current: Value::Object(request),
        }
        .into());
    }
    if id_of(&request, "deal_id").is_some() || flag_of(&request, "duplicate") || flag_of(&request, "case") {
        return Err(invalid("id", Rule::NoDealFromRequest));
    }
    let product_ids: Vec<i64> = request
        .get("product_ids")
        .and_then(Value::as_array)
        .map(|ids| ids.iter().filter_map(Value::as_i64).collect())
        .unwrap_or_default();
    let mut violations = Violations::default();
    if let Some(department) = &acting_department {
        if department.works_globally && id_of(&request, "country_id").is_none() {
            violations.push("country_id", Rule::CountryRequired);
        }
        let products = record::count(
            session.db(),
            &crm_store::products::PRODUCT,
            &object(json!({ "department_id": department.id.0 })),
        )
        .await?;
        if products > 0 && product_ids.is_empty() {
            violations.push("product_ids", Rule::ProductsRequired);
        }
    }
    if !violations.0.is_empty() {
        return Err(AppError::Validation(violations));
    }

    // R-REQ-5 and R-REQ-7: processed, owned, linked to a person, and filled from its company.
    let mut changes = Fields::new();
    changes.insert("pending".into(), json!(false));
    let owner = id_of(&request, "owner_id").unwrap_or(actor.user_id);
    changes.insert("owner_id".into(), json!(owner.0));
    let mut request = request;
    if id_of(&request, "contact_id").is_none() && id_of(&request, "lead_id").is_none() {
        let mut linked = input_from(typed(request.clone())?);
        linked.owner_id = Some(owner);
        get_or_create(&mut tx, session, &mut linked).await?;
        for (field, value) in [
            ("contact_id", json!(linked.contact_id.map(|i| i.0))),
            ("lead_id", json!(linked.lead_id.map(|i| i.0))),
            ("company_id", json!(linked.company_id.map(|i| i.0))),
            ("verification_required", json!(linked.verification_required)),
        ] {
            changes.insert(field.into(), value.clone());
            request.insert(field.into(), value);
        }
    }
    let contact = match id_of(&request, "contact_id") {
        Some(id) => Some(record::get_in(&mut tx, &crm_store::contacts::CONTACT, id.0).await?),
        None => None,
    };
    let company_id = contact
        .as_ref()
        .and_then(|c| id_of(c, "company_id"))
        .or_else(|| id_of(&request, "company_id"));
    let company = match company_id {
        Some(id) => Some(record::get_in(&mut tx, &crm_store::companies::COMPANY, id.0).await?),
        None => None,
    };
    if let Some(company) = &company {
        changes.insert("company_id".into(), json!(id_of(company, "id").map(|i| i.0)));
        if text_of(&request, "company_name").is_empty() {
            changes.insert("company_name".into(), json!(text_of(company, "full_name")));
        }
        if id_of(&request, "country_id").is_none() {
            changes.insert(
                "country_id".into(),
                json!(id_of(company, "country_id").map(|i| i.0)),
            );
        }
        if id_of(&request, "city_id").is_none() {
            changes.insert("city_id".into(), json!(id_of(company, "city_id").map(|i| i.0)));
        }
    }

    // R-REQ-18 step 1: the deal.
    let owner_departments = users::facts(session.db(), owner.0)
        .await?
        .map(|f| f.department_ids)
        .unwrap_or_default();
    let department =
        crm_core::access::department_of(&owner_departments.into_iter().map(Id).collect::<Vec<_>>());
    // R-DEAL-4: a deal always stands at a stage. An owner without a department (the first-run
    // administrator) files it in the request's department, else in the first one with a pipeline.
    let department = match department.or_else(|| id_of(&request, "department_id")) {
        Some(department) => Some(department),
        None => first_pipeline_department(session).await?,
    };
    let stages = stages_of(session, department).await?;
    let stage = stages.iter().find(|s| s.default);
    let day = today();
    let language = language_of(session, Some(owner)).await?;
    let i18n = Localizer::embedded();
    let change = DealInput {
        name: text_of(&request, "request_for").to_owned(),
        request_id: Some(input.id),
        department_id: department,
        description: text_of(&request, "remark").to_owned(),
        next_step: i18n.message(&language, "deal-first-next-step", None),
        next_step_date: Some(next_working_day(day, 1)),
        stage_id: stage.map(|s| s.id),
        owner_id: Some(owner),
        co_owner_id: id_of(&request, "co_owner_id"),
        currency_id: deal_currency(session, acting_department.as_ref()).await?,
        ..DealInput::default()
    }
    .validate()?;
    let mut deal = fields_of(&change)?;
    deal.insert("ticket".into(), json!(text_of(&request, "ticket")));
    deal.insert("is_new".into(), json!(true));
    deal.insert(
        "stages_dates".into(),
        json!(
            stage
                .map(|s| with_stage_line("", day, &s.name))
                .unwrap_or_default()
        ),
    );
    deal.insert(
        "workflow".into(),
        json!(with_workflow_line(
            "",
            day,
            &i18n.message(&language, "deal-workflow-request", None)
        )),
    );
    if let Some(contact) = &contact {
        deal.insert("contact_id".into(), json!(id_of(contact, "id").map(|i| i.0)));
        if let Some(company) = &company {
            deal.insert("company_id".into(), json!(id_of(company, "id").map(|i| i.0)));
            deal.insert(
                "country_id".into(),
                json!(id_of(company, "country_id").map(|i| i.0)),
            );
            deal.insert("city_id".into(), json!(id_of(company, "city_id").map(|i| i.0)));
        }
    } else if let Some(lead) = id_of(&request, "lead_id") {
        let lead = record::get_in(&mut tx, &crm_store::leads::LEAD, lead.0).await?;
        deal.insert("lead_id".into(), json!(id_of(&lead, "id").map(|i| i.0)));
        deal.insert(
            "country_id".into(),
            json!(id_of(&lead, "country_id").map(|i| i.0)),
        );
        deal.insert("city_id".into(), json!(id_of(&lead, "city_id").map(|i| i.0)));
    }
    // Deals are never added directly (§9.1): this workflow is their only origin (R-DEAL-1).
    let deal = record::create_in(&mut tx, DEAL.entity, Some(actor.user_id.0), &deal).await?;
    let deal_id = id_of(&deal, "id").ok_or_else(|| AppError::Internal("a new deal without an id".into()))?;

    // Step 2: one output per requested product.
    for product in product_ids {
        let output = OutputInput {
            deal_id: Some(deal_id),
            product_id: Some(Id(product)),
            quantity: Some(1),
            ..OutputInput::default()
        }
        .validate()?;
        record::create_in(
            &mut tx,
            OUTPUT.entity,
            Some(actor.user_id.0),
            &fields_of(&output)?,
        )
        .await?;
    }

    // Step 3: the request points at its deal, and so do the e-mails of its ticket.
    changes.insert("deal_id".into(), json!(deal_id.0));
    let ticket = text_of(&request, "ticket").to_owned();
    if !ticket.is_empty() {
        let to_deal = object(json!({ "deal_id": deal_id.0 }));
        for (email, version) in crm_store::crm_emails::without_deal_of_ticket(&mut tx, &ticket).await? {
            record::patch_in(
                &mut tx,
                &crm_store::crm_emails::CRM_EMAIL,
                Some(actor.user_id.0),
                email,
                version,
                &to_deal,
            )
            .await?;
        }
    }
    let after = record::patch_in(
        &mut tx,
        REQUEST.entity,
        Some(actor.user_id.0),
        input.id.0,
        input.version,
        &changes,
    )
    .await?;
    record_assignments(&mut tx, session, Some(&request), &after).await?;
    // Step 4.
    crate::notices::deal_received(&mut tx, session, deal_id).await?;
    crate::inquiries::process_inquiry_email(&mut tx, session, &after).await?;
    tx.commit().await?;
    typed(deal)
}

// ---------------------------------------------------------------------------------------------
// Deals

/// `deal_update`: saves an edit of a deal made on the version read, applying the deal rules in the
/// spec's order (R-DEAL-3): the default stage (R-DEAL-4), the signed next step and the workflow
/// log (R-DEAL-5/6), closing (R-DEAL-7), the stage log (R-DEAL-8), leaving the default stage
/// (R-DEAL-9), active and relevant (R-DEAL-10), the new-deal mark (R-DEAL-11), and after saving,
/// the unreceived payments of a lost deal (R-DEAL-13). For chiefs, the fields they may not touch
/// keep their stored values (R-DEAL-15).
#[allow(
    clippy::too_many_lines,
    reason = "one transaction, the rules in the order R-DEAL-3 gives them"
)]
pub async fn deal_update(session: &Session, edit: Edit<DealInput>) -> Result<Deal, AppError> {
    let actor = session.actor();
    let valid = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(&mut tx, session, &DEAL, edit.id.0, Perm::Change).await?;
    if version_of(&before) != edit.version {
        return Err(crm_store::StoreError::Conflict {
            entity: "deal",
            id: edit.id.0,
            version: version_of(&before),
            current: Value::Object(before),
        }
        .into());
    }
    let mut after = fields_of(&valid)?;
    // R-DEAL-15: a chief's edit keeps the stored value of every locked field.
    for field in crm_core::access::deal_fields_locked_for(actor) {
        if let Some(stored) = before.get(*field) {
            after.insert((*field).to_owned(), stored.clone());
        }
    }
    let day = today();
    let department = id_of(&before, "department_id");
    let stages = stages_of(session, department).await?;
    let stage_named = |id: Option<Id>| stages.iter().find(|s| Some(s.id) == id);

    // R-DEAL-2: a changed next-step date may not lie in the past.
    let date_changed = after.get("next_step_date") != before.get("next_step_date");
    if date_changed && valid.next_step_date < day {
        return Err(invalid("next_step_date", Rule::DateInPast));
    }
    let mut workflow = text_of(&before, "workflow").to_owned();
    let mut stages_dates = text_of(&before, "stages_dates").to_owned();
    let mut win_closing_date = before.get("win_closing_date").cloned().unwrap_or(Value::Null);

    // R-DEAL-4.
    if id_of(&after, "stage_id").is_none() {
        let default = stages.iter().find(|s| s.default).map(|s| s.id.0);
        after.insert("stage_id".into(), json!(default));
    }
    // R-DEAL-5 and R-DEAL-6.
    if text_of(&after, "next_step") != text_of(&before, "next_step") {
        let mut next_step = text_of(&after, "next_step").to_owned();
        if id_of(&before, "owner_id") != Some(actor.user_id) {
            let editor = users::facts(session.db(), actor.user_id.0)
                .await?
                .map(|f| f.username)
                .unwrap_or_default();
            next_step = signed_next_step(&next_step, &editor);
        }
        workflow = with_workflow_line(&workflow, day, &next_step);
        after.insert("next_step".into(), json!(next_step));
    }
    // R-DEAL-7.
    let reason = id_of(&after, "closing_reason_id");
    let mut lost = false;
    if reason != id_of(&before, "closing_reason_id") {
        after.insert("active".into(), json!(reason.is_none()));
        match reason {
            Some(reason) => {
                let reason: ClosingReason =
                    typed(record::get_in(&mut tx, &closing_reasons::CLOSING_REASON, reason.0).await?)?;
                after.insert("closing_date".into(), json!(day));
                if reason.success_reason {
                    if valid.amount.is_none_or(|a| a.is_zero()) {
                        return Err(invalid("amount", Rule::AmountRequired));
                    }
                    if let Some(success) = stages.iter().find(|s| s.success_stage) {
                        after.insert("stage_id".into(), json!(success.id.0));
                    }
                } else {
                    lost = true;
                }
            }
            None => {
                after.insert("closing_date".into(), Value::Null);
            }
        }
    }
    // R-DEAL-8, then R-DEAL-9 for a deal saved while still in its default stage.
    let mut stage = id_of(&after, "stage_id");
    if stage == id_of(&before, "stage_id")
        && stage_named(stage).is_some_and(|s| s.default)
        && let Some(second) = stages.iter().find(|s| s.second_default)
    {
        stage = Some(second.id);
        after.insert("stage_id".into(), json!(second.id.0));
    }
    if stage != id_of(&before, "stage_id")
        && let Some(reached) = stage_named(stage)
    {
        stages_dates = with_stage_line(&stages_dates, day, &reached.name);
        if reached.success_stage || reached.conditional_success_stage {
            win_closing_date = json!(crm_store::now());
        }
    }
    // R-DEAL-10.
    let was_active = flag_of(&before, "active");
    let active = flag_of(&after, "active");
    if active && !was_active {
        after.insert("relevant".into(), json!(true));
    }
    if !active && was_active && after.get("closing_date").is_none_or(Value::is_null) {
        after.insert("closing_date".into(), json!(day));
    }
    if !flag_of(&after, "relevant") && flag_of(&before, "relevant") {
        after.insert("active".into(), json!(false));
        after.insert("closing_date".into(), json!(day));
    }
    // R-DEAL-11.
    let is_new = flag_of(&before, "is_new") && id_of(&before, "owner_id") != Some(actor.user_id);
    after.insert("is_new".into(), json!(is_new));
    after.insert("workflow".into(), json!(workflow));
    after.insert("stages_dates".into(), json!(stages_dates));
    after.insert("win_closing_date".into(), win_closing_date);
    // R-REF-4: the stage, closing reason and tags are the deal's department's.
    let department_now = id_of(&after, "department_id").or(department);
    crate::reference_scope::check_in(&mut tx, DEAL.entity, &after, department_now).await?;

    let saved = record::patch_in(
        &mut tx,
        DEAL.entity,
        Some(actor.user_id.0),
        edit.id.0,
        edit.version,
        &after,
    )
    .await?;
    // R-DEAL-11 (R-LEAD-6): the deal's lead follows its new owner.
    if let Some(lead) = id_of(&saved, "lead_id").filter(|_| saved.get("owner_id") != before.get("owner_id")) {
        let owner = object(json!({ "owner_id": saved.get("owner_id").cloned().unwrap_or(Value::Null) }));
        patch_current(&mut tx, session, &crm_store::leads::LEAD, lead, &owner).await?;
    }
    products_back_to_request(&mut tx, session, &saved).await?;
    keep_reminder(&mut tx, session, &before, &saved).await?;
    // R-DEAL-13.
    if lost {
        delete_unreceived_payments(&mut tx, session, edit.id).await?;
    }
    tx.commit().await?;
    typed(saved)
}

/// R-DEAL-14: a request without products takes the products of its deal's outputs.
async fn products_back_to_request(tx: &mut Tx, session: &Session, deal: &Fields) -> Result<(), AppError> {
    let (Some(deal_id), Some(request)) = (id_of(deal, "id"), id_of(deal, "request_id")) else {
        return Ok(());
    };
    let stored = record::get_in(tx, REQUEST.entity, request.0).await?;
    let has_products = stored
        .get("product_ids")
        .and_then(Value::as_array)
        .is_some_and(|ids| !ids.is_empty());
    if has_products {
        return Ok(());
    }
    let mut product_ids = Vec::new();
    for (output, _) in crm_store::matching::referencing(tx, "outputs", "deal_id", deal_id).await? {
        let output = record::get_in(tx, OUTPUT.entity, output).await?;
        product_ids.extend(id_of(&output, "product_id").map(|p| p.0));
    }
    if product_ids.is_empty() {
        return Ok(());
    }
    product_ids.sort_unstable();
    product_ids.dedup();
    patch_current(
        tx,
        session,
        REQUEST.entity,
        request,
        &object(json!({ "product_ids": product_ids })),
    )
    .await?;
    Ok(())
}

/// R-DEAL-12: a deal with `remind_me` has one reminder for the acting user, due at the start of
/// the next step's day; it follows the next step and its date, and goes when `remind_me` is
/// switched off.
async fn keep_reminder(
    tx: &mut Tx,
    session: &Session,
    before: &Fields,
    after: &Fields,
) -> Result<(), AppError> {
    crate::remind::keep(tx, session, "deal", before, after).await
}

/// R-DEAL-13: a deal lost drops the payments it was still expecting.
async fn delete_unreceived_payments(tx: &mut Tx, session: &Session, deal: Id) -> Result<(), AppError> {
    let payments = all_rows(session, PAYMENT.entity, &object(json!({ "deal_id": deal.0 }))).await?;
    for payment in payments.iter().filter(|p| text_of(p, "status") != "r") {
        if let Some(id) = id_of(payment, "id") {
            record::purge_in(
                tx,
                PAYMENT.entity,
                Some(session.user_id().0),
                id.0,
                version_of(payment),
            )
            .await?;
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Request status

/// Writes `changes` over request `input.id`, read at `input.version`, when the user may change it
/// and it has no deal yet (R-REQ-16: the flags are hidden once a deal exists).
async fn set_request_flags(session: &Session, input: RecordRef, changes: Value) -> Result<Request, AppError> {
    let mut tx = session.db().begin().await?;
    let stored = records::editable_in(&mut tx, session, &REQUEST, input.id.0, Perm::Change).await?;
    if id_of(&stored, "deal_id").is_some() {
        return Err(invalid("id", Rule::NoDealFromRequest));
    }
    let saved = record::patch_in(
        &mut tx,
        REQUEST.entity,
        Some(session.user_id().0),
        input.id.0,
        input.version,
        &object(changes),
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}

/// `request_mark_duplicate`: a duplicate is processed and never gets a deal (R-REQ-5, R-REQ-16).
pub async fn request_mark_duplicate(session: &Session, input: RecordRef) -> Result<Request, AppError> {
    set_request_flags(session, input, json!({ "duplicate": true, "pending": false })).await
}

/// `request_close_case`: a support case, closed: processed, and never a deal (R-REQ-17).
pub async fn request_close_case(session: &Session, input: RecordRef) -> Result<Request, AppError> {
    set_request_flags(session, input, json!({ "case": true, "pending": false })).await
}

/// `request_activate_case`: a case worked on again is pending again (R-REQ-5, R-REQ-17).
pub async fn request_activate_case(session: &Session, input: RecordRef) -> Result<Request, AppError> {
    set_request_flags(session, input, json!({ "case": true, "pending": true })).await
}

/// `request_copy`: the form of a new request pre-filled from request `id` (R-REQ-2); it gets its
/// own ticket when it is saved.
pub async fn request_copy(session: &Session, input: RecordRef) -> Result<RequestInput, AppError> {
    let source: Request = typed(records::get(session, &REQUEST, input.id.0).await?)?;
    Ok(RequestInput {
        receipt_date: Some(today()),
        pending: Some(true),
        ..input_from(source)
    })
}

/// The editable fields of a stored request.
fn input_from(source: Request) -> RequestInput {
    RequestInput {
        request_for: source.request_for,
        first_name: source.first_name,
        middle_name: source.middle_name,
        last_name: source.last_name,
        email: source.email,
        phone: source.phone,
        website: source.website,
        lead_source_id: source.lead_source_id,
        company_name: source.company_name,
        lead_id: source.lead_id,
        contact_id: source.contact_id,
        company_id: source.company_id,
        country_id: source.country_id,
        city_id: source.city_id,
        city_name: source.city_name,
        description: source.description,
        translation: source.translation,
        remark: source.remark,
        subsequent: source.subsequent,
        department_id: source.department_id,
        owner_id: source.owner_id,
        co_owner_id: source.co_owner_id,
        verification_required: source.verification_required,
        product_ids: source.product_ids,
        receipt_date: source.receipt_date,
        pending: Some(source.pending),
        duplicate: source.duplicate,
        r#case: source.r#case,
    }
}

/// R-MATCH-7, for a request processed without a person: a known contact or lead (R-MATCH-5), else
/// a new contact of the company found (R-MATCH-6) when the request has a first name and an
/// e-mail, else a new lead. Any link marks the request for verification.
async fn get_or_create(tx: &mut Tx, session: &Session, request: &mut RequestInput) -> Result<(), AppError> {
    auto_link(tx, request).await?;
    if request.contact_id.is_some() || request.lead_id.is_some() {
        request.verification_required = true;
        return Ok(());
    }
    let company = match request.company_id {
        Some(id) => Some(record::get_in(tx, &crm_store::companies::COMPANY, id.0).await?),
        None => None,
    };
    let department_of = |owner: Option<Id>| async move {
        Ok::<_, AppError>(match owner {
            Some(owner) => crate::actor::load(session.db(), owner, None)
                .await?
                .department_of(),
            None => None,
        })
    };
    if let (Some(company), false, false) = (&company, request.first_name.is_empty(), request.email.is_empty())
    {
        let owner = id_of(company, "owner_id");
        let contact = crm_core::contact::ContactInput {
            first_name: request.first_name.clone(),
            last_name: request.last_name.clone(),
            email: request.email.clone(),
            country_id: id_of(company, "country_id"),
            company_id: id_of(company, "id"),
            owner_id: owner,
            department_id: department_of(owner).await?,
            ..crm_core::contact::ContactInput::default()
        }
        .validate()?;
        let contact =
            records::create_in(tx, session, &crate::entities::CONTACT, fields_of(&contact)?).await?;
        request.contact_id = id_of(&contact, "id");
    } else {
        let mut lead = crm_core::lead::LeadInput {
            first_name: request.first_name.clone(),
            last_name: request.last_name.clone(),
            email: request.email.clone(),
            phone: request.phone.clone(),
            company_name: request.company_name.clone(),
            lead_source_id: request.lead_source_id,
            country_id: request.country_id,
            city_name: request.city_name.clone(),
            city_id: request.city_id,
            owner_id: request.owner_id,
            department_id: department_of(request.owner_id).await?,
            ..crm_core::lead::LeadInput::default()
        };
        if let Some(company) = &company {
            let company: crm_core::company::Company = typed(company.clone())?;
            lead.company_id = Some(company.id);
            lead.company_name = company.full_name;
            lead.website = company.website;
            lead.company_email = company.email;
            lead.type_id = company.type_id;
            lead.industry_ids = company.industry_ids;
            // A request links a company or a lead, never both (R-REQ-3).
            request.company_id = None;
        }
        let lead =
            records::create_in(tx, session, &crate::entities::LEAD, fields_of(&lead.validate()?)?).await?;
        request.lead_id = id_of(&lead, "id");
    }
    request.verification_required = true;
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Shipments

/// `output_update`: saves an edit of a deal's product line made on the version read. Setting
/// the actual shipping date marks the product shipped, and a first shipment moves the deal to
/// its department's goods-shipped stage with the next step "The product has been shipped."
/// (R-SHIP-2).
pub async fn output_update(
    session: &Session,
    edit: Edit<crm_core::output::OutputInput>,
) -> Result<crm_core::output::Output, AppError> {
    use crate::entities::Validate;
    let mut valid = edit.input.check()?;
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(&mut tx, session, &OUTPUT, edit.id.0, Perm::Change).await?;
    let shipped_before = flag_of(&before, "product_is_shipped");
    if json!(valid.actual_shipping_date) != before.get("actual_shipping_date").cloned().unwrap_or(Value::Null)
    {
        valid.product_is_shipped = valid.actual_shipping_date.is_some();
    }
    let after = records::update_in(
        &mut tx,
        session,
        &OUTPUT,
        edit.id.0,
        edit.version,
        fields_of(&valid)?,
    )
    .await?;
    if valid.product_is_shipped && !shipped_before {
        ship_deal(&mut tx, session, valid.deal_id).await?;
        crate::notices::product_shipped(&mut tx, session, valid.deal_id).await?;
    }
    tx.commit().await?;
    typed(after)
}

/// R-SHIP-2: the deal of a shipped product reaches the goods-shipped stage, once.
async fn ship_deal(tx: &mut Tx, session: &Session, deal: Id) -> Result<(), AppError> {
    let stored = record::get_in(tx, DEAL.entity, deal.0).await?;
    let stages = stages_of(session, id_of(&stored, "department_id")).await?;
    let Some(shipped) = stages.iter().find(|s| s.goods_shipped) else {
        return Ok(());
    };
    if id_of(&stored, "stage_id") == Some(shipped.id) {
        return Ok(());
    }
    let day = today();
    let language = language_of(session, id_of(&stored, "owner_id")).await?;
    let editor = users::facts(session.db(), session.user_id().0)
        .await?
        .map(|f| f.username)
        .unwrap_or_default();
    let next_step = signed_next_step(
        &Localizer::embedded().message(&language, "deal-product-shipped", None),
        &editor,
    );
    let changes = object(json!({
        "stage_id": shipped.id.0,
        "stages_dates": with_stage_line(text_of(&stored, "stages_dates"), day, &shipped.name),
        "workflow": with_workflow_line(text_of(&stored, "workflow"), day, &next_step),
        "next_step": next_step,
        "next_step_date": day,
    }));
    record::patch_in(
        tx,
        DEAL.entity,
        Some(session.user_id().0),
        deal.0,
        version_of(&stored),
        &changes,
    )
    .await?;
    Ok(())
}

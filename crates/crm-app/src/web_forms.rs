//! Requests posted through a lead source's public web form (R-REQ-13, R-REQ-14): the endpoint
//! hands the posted fields to [`web_form_submit`] and answers with the HTTP status it returns.
//! Spam is dropped silently (banned company names, stop phrases, §5); a real inquiry becomes an
//! incoming inquiry e-mail and a pending request, matched to the known contacts and leads.
//!
//! Administrators are told of invalid posts, unknown tokens and unknown country names through the
//! [`AdminNotice`]s of the outcome, which the endpoint mails (R-NOTIF-5).

use chrono::{NaiveDate, Utc};
use crm_core::Id;
use crm_core::city::answers_to;
use crm_core::department::Department;
use crm_core::person_name::PersonName;
use crm_core::request::{Request, RequestInput};
use crm_core::validation::{self, Rule, Violations};
use crm_store::countries::COUNTRY;
use crm_store::record::{self, Fields};
use crm_store::settings_lists::{BANNED_COMPANY_NAME, STOP_PHRASE};
use crm_store::users::USER;
use crm_store::{Tx, departments, lead_sources, users};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{CRM_EMAIL, REQUEST, fields_of, typed};
use crate::fields::{all_rows, id_of, object, text_of, version_of};
use crate::massmail::{AdminNotice, language_of};
use crate::{AppError, FieldMessage, Localizer, Session, actor};

/// Longest name, subject, phone and company of a post.
const FIELD_MAX: usize = 200;
/// Longest hidden country and city.
const PLACE_MAX: usize = 40;
/// What a form posts when the visitor's country is unknown.
const COUNTRY_NOT_SET: &str = "not _set";

/// `web_form_submit`: the fields a web form posts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct WebFormPost {
    pub name: String,
    pub email: String,
    pub subject: String,
    pub phone: String,
    pub company: String,
    pub message: String,
    /// Hidden; filled by the page.
    pub country: String,
    /// Hidden; filled by the page.
    pub city: String,
    /// The lead source's uuid.
    pub leadsource_token: String,
    /// The day of the post; default today.
    pub today: Option<NaiveDate>,
}

/// How the endpoint answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum WebFormResult {
    /// 200: a request was filed.
    Accepted,
    /// 200: spam, nothing (but a stop phrase's date) was stored.
    Dropped,
    /// 409: the data were invalid.
    Invalid,
    /// 401: the token names no lead source.
    Unauthorized,
}

/// What became of a post.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, specta::Type)]
pub struct WebFormOutcome {
    pub result: WebFormResult,
    pub http_status: u16,
    pub request_id: Option<Id>,
    pub email_id: Option<Id>,
    /// The refused fields of an invalid post.
    pub fields: Vec<FieldMessage>,
    /// R-REQ-14: "Dear <name>, thanks for your request!" for the success page.
    pub thanks: Option<String>,
    /// The success page template of the lead source (R-REQ-14).
    pub success_template: String,
    pub admin_notices: Vec<AdminNotice>,
}

impl WebFormOutcome {
    fn new(result: WebFormResult) -> WebFormOutcome {
        let http_status = match result {
            WebFormResult::Accepted | WebFormResult::Dropped => 200,
            WebFormResult::Invalid => 409,
            WebFormResult::Unauthorized => 401,
        };
        WebFormOutcome {
            result,
            http_status,
            request_id: None,
            email_id: None,
            fields: Vec::new(),
            thanks: None,
            success_template: String::new(),
            admin_notices: Vec::new(),
        }
    }
}

/// R-REQ-13: the checks of a post; the trimmed post when it passes.
fn checked(mut post: WebFormPost) -> Result<WebFormPost, Violations> {
    let mut v = Violations::default();
    post.name = validation::text(&mut v, "name", &post.name, FIELD_MAX, true);
    post.email = validation::email(&mut v, "email", &post.email, FIELD_MAX);
    if post.email.is_empty() {
        v.push("email", Rule::Required);
    }
    post.subject = validation::text(&mut v, "subject", &post.subject, FIELD_MAX, true);
    post.phone = validation::text(&mut v, "phone", &post.phone, FIELD_MAX, false);
    post.company = validation::text(&mut v, "company", &post.company, FIELD_MAX, false);
    post.message = validation::trimmed(&post.message);
    post.country = validation::text(&mut v, "country", &post.country, PLACE_MAX, false);
    post.city = validation::text(&mut v, "city", &post.city, PLACE_MAX, false);
    post.leadsource_token = post.leadsource_token.trim().to_lowercase();
    if !is_uuid(&post.leadsource_token) {
        v.push("leadsource_token", Rule::Malformed);
    }
    v.into_result(post)
}

/// A canonical UUID text: 8-4-4-4-12 hexadecimal digits.
fn is_uuid(text: &str) -> bool {
    let groups: Vec<&str> = text.split('-').collect();
    groups.len() == 5
        && groups
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(g, len)| g.len() == len && g.chars().all(|c| c.is_ascii_hexdigit()))
}

/// The posted data, one line per field, for the administrators.
fn posted_lines(post: &WebFormPost) -> Vec<String> {
    [
        ("name", &post.name),
        ("email", &post.email),
        ("subject", &post.subject),
        ("phone", &post.phone),
        ("company", &post.company),
        ("message", &post.message),
        ("country", &post.country),
        ("city", &post.city),
        ("leadsource_token", &post.leadsource_token),
    ]
    .iter()
    .map(|(field, value)| format!("{field}: {value}"))
    .collect()
}

/// `web_form_submit`: a post of a lead source's public web form (R-REQ-13, R-REQ-14), as the
/// endpoint (which accepts only POST) hands it over. Run by the intake's service session.
pub async fn web_form_submit(session: &Session, post: WebFormPost) -> Result<WebFormOutcome, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let today = post.today.unwrap_or_else(|| Utc::now().date_naive());
    let raw_lines = posted_lines(&post);
    let post = match checked(post) {
        Ok(post) => post,
        Err(violations) => {
            let fields = AppError::Validation(violations)
                .localize(Localizer::embedded(), crate::i18n::FALLBACK_LOCALE)
                .fields;
            let mut notice = AdminNotice::new("webform-invalid-subject", "webform-invalid-text", &[]);
            notice.details = raw_lines;
            notice
                .details
                .extend(fields.iter().map(|f| format!("{}: {}", f.field, f.message)));
            let mut outcome = WebFormOutcome::new(WebFormResult::Invalid);
            outcome.fields = fields;
            outcome.admin_notices.push(notice);
            return Ok(outcome);
        }
    };
    if is_banned(session, &post.company).await? {
        return Ok(WebFormOutcome::new(WebFormResult::Dropped));
    }
    let Some(source) = lead_sources::by_token(session.db(), &post.leadsource_token).await? else {
        let mut outcome = WebFormOutcome::new(WebFormResult::Unauthorized);
        let mut notice = AdminNotice::new(
            "webform-unknown-source-subject",
            "webform-unknown-source-text",
            &[],
        );
        notice.details = raw_lines;
        outcome.admin_notices.push(notice);
        return Ok(outcome);
    };
    let mut tx = session.db().begin().await?;
    if stop_phrase_fired(&mut tx, session, &post, today).await? {
        tx.commit().await?;
        return Ok(WebFormOutcome::new(WebFormResult::Dropped));
    }
    let source_row = record::get_in(&mut tx, &lead_sources::LEAD_SOURCE, source.id).await?;
    let mut outcome = WebFormOutcome::new(WebFormResult::Accepted);
    let department = source.department_id.map(Id);
    let request = file_request(
        &mut tx,
        session,
        &post,
        source.id,
        department,
        today,
        &mut outcome,
    )
    .await?;
    let email = file_inquiry_email(&mut tx, session, &post, &source_row, &request).await?;
    tx.commit().await?;
    let mut args = FluentArgs::new();
    args.set("name", post.name.clone());
    outcome.request_id = Some(request.id);
    outcome.email_id = id_of(&email, "id");
    // The visitor's language is unknown: the page speaks the installation's default language.
    let language = crate::settings::settings_get(session).await?.default_language;
    let locale = Localizer::embedded().negotiate(&language);
    outcome.thanks = Some(Localizer::embedded().message(&locale, "webform-thanks", Some(&args)));
    text_of(&source_row, "success_template").clone_into(&mut outcome.success_template);
    Ok(outcome)
}

/// §5: whether the company name contains a banned name (case ignored).
async fn is_banned(session: &Session, company: &str) -> Result<bool, AppError> {
    let company = company.to_lowercase();
    if company.is_empty() {
        return Ok(false);
    }
    Ok(all_rows(session, &BANNED_COMPANY_NAME, &Fields::new())
        .await?
        .iter()
        .map(|row| text_of(row, "name").trim().to_lowercase())
        .any(|banned| !banned.is_empty() && company.contains(&banned)))
}

/// R-REQ-13 step 1: a stop phrase in the subject or message takes `today` as its last occurrence
/// and drops the post.
async fn stop_phrase_fired(
    tx: &mut Tx,
    session: &Session,
    post: &WebFormPost,
    today: NaiveDate,
) -> Result<bool, AppError> {
    let text = format!("{}\n{}", post.subject, post.message).to_lowercase();
    for phrase in all_rows(session, &STOP_PHRASE, &Fields::new()).await? {
        let wanted = text_of(&phrase, "phrase").trim().to_lowercase();
        if wanted.is_empty() || !text.contains(&wanted) {
            continue;
        }
        let id = id_of(&phrase, "id").map_or(0, |id| id.0);
        let stored = record::get_in(tx, &STOP_PHRASE, id).await?;
        record::patch_in(
            tx,
            &STOP_PHRASE,
            Some(session.user_id().0),
            id,
            version_of(&stored),
            &object(json!({ "last_occurrence_date": today })),
        )
        .await?;
        return Ok(true);
    }
    Ok(false)
}

/// R-REQ-13 step 4: the country whose name or alternative names answer to `typed`.
async fn country_named(session: &Session, typed: &str) -> Result<Option<Id>, AppError> {
    Ok(all_rows(session, &COUNTRY, &Fields::new())
        .await?
        .iter()
        .find(|c| answers_to(typed, text_of(c, "name"), text_of(c, "alternative_names")))
        .and_then(|c| id_of(c, "id")))
}

/// R-REQ-13 steps 3–5: the request, attributed to the lead source's department, with the
/// department's default country unless a known country was posted, matched to a known contact or
/// lead (R-MATCH-5) whose data it adopts (R-MATCH-8). It has no owner unless the match gives one;
/// the owner and co-owner are told (R-NOTIF-4).
async fn file_request(
    tx: &mut Tx,
    session: &Session,
    post: &WebFormPost,
    source: i64,
    department: Option<Id>,
    today: NaiveDate,
    outcome: &mut WebFormOutcome,
) -> Result<Request, AppError> {
    let PersonName { first, middle, last } = PersonName::parse(&post.name);
    let mut request = RequestInput {
        request_for: post.subject.clone(),
        first_name: first,
        middle_name: middle,
        last_name: last,
        email: post.email.clone(),
        phone: post.phone.clone(),
        company_name: post.company.clone(),
        description: post.message.clone(),
        receipt_date: Some(today),
        lead_source_id: Some(Id(source)),
        city_name: post.city.clone(),
        department_id: department,
        pending: Some(true),
        ..RequestInput::default()
    }
    .validate()?;
    if let Some(department) = department {
        let department: Department =
            typed(record::get_in(tx, &departments::DEPARTMENT, department.0).await?)?;
        request.country_id = department.default_country_id;
    }
    if !post.country.is_empty() && post.country != COUNTRY_NOT_SET {
        match country_named(session, &post.country).await? {
            Some(country) => request.country_id = Some(country),
            None => outcome.admin_notices.push(AdminNotice::new(
                "webform-country-error-subject",
                "webform-country-error-text",
                &[("country", post.country.clone())],
            )),
        }
    }
    let country = request.country_id;
    crate::workflows::auto_link(tx, &mut request).await?;
    crate::workflows::adopt_counterparty(tx, &mut request).await?;
    // R-MATCH-8 gives the matched contact's company's country; a company without one keeps the
    // country found so far (as §16 decides for inquiry e-mails).
    if request.country_id.is_none() {
        request.country_id = country;
    }
    if request.department_id.is_none()
        && let Some(owner) = request.owner_id
    {
        request.department_id = actor::load(session.db(), owner, None).await?.department_of();
    }
    crate::cities::place(
        tx,
        session,
        request.country_id,
        &mut request.city_id,
        &mut request.city_name,
        None,
    )
    .await?;
    // Filed on nobody's behalf: a request nobody was matched to stays unassigned (no R-GEN-1).
    let created = record::create_in(
        tx,
        REQUEST.entity,
        Some(session.user_id().0),
        &fields_of(&request)?,
    )
    .await?;
    crate::workflows::record_assignments(tx, session, None, &created).await?;
    typed(created)
}

/// The e-mail of the first active operator, where inquiries go when the lead source has no
/// mailbox.
async fn first_operator_email(tx: &mut Tx, session: &Session) -> Result<String, AppError> {
    let Some(role) = users::role_id(tx, crm_core::role::FixedRole::Operators.name()).await? else {
        return Ok(String::new());
    };
    let operators = all_rows(
        session,
        &USER,
        &object(json!({ "role_id": role, "is_active": true })),
    )
    .await?;
    Ok(operators
        .iter()
        .map(|u| text_of(u, "email"))
        .find(|e| !e.is_empty())
        .unwrap_or_default()
        .to_owned())
}

/// R-REQ-13 steps 2 and 5: the incoming inquiry e-mail, with the request's ticket, linked to the
/// request and owned by its owner.
async fn file_inquiry_email(
    tx: &mut Tx,
    session: &Session,
    post: &WebFormPost,
    source: &Fields,
    request: &Request,
) -> Result<Fields, AppError> {
    let to = match text_of(source, "email") {
        "" => first_operator_email(tx, session).await?,
        email => email.to_owned(),
    };
    let locale = language_of(session.db(), request.owner_id).await?;
    let mut args = FluentArgs::new();
    for (key, value) in [
        ("name", &post.name),
        ("phone", &post.phone),
        ("email", &post.email),
        ("company", &post.company),
        ("message", &post.message),
    ] {
        args.set(key, value.clone());
    }
    let content = Localizer::embedded().message(&locale, "webform-inquiry-content", Some(&args));
    let email = crm_core::crm_email::CrmEmailInput {
        subject: post.subject.clone(),
        content,
        is_html: Some(false),
        to: (!to.is_empty()).then_some(to),
        from_field: Some(post.email.clone()),
        incoming: true,
        inquiry: true,
        ticket: request.ticket.clone(),
        request_id: Some(request.id),
        contact_id: request.contact_id,
        company_id: request.company_id,
        lead_id: request.lead_id,
        owner_id: request.owner_id,
        department_id: request.department_id,
        ..crm_core::crm_email::CrmEmailInput::default()
    };
    let fields = fields_of(&email)?;
    Ok(record::create_in(tx, CRM_EMAIL.entity, Some(session.user_id().0), &fields).await?)
}

/// `web_form_open`: the token of a lead source's hosted form.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct WebFormToken {
    pub leadsource_token: String,
}

/// The hosted form of a lead source, as the endpoint renders it for a GET (R-REQ-14).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct HostedForm {
    /// The uuid the form posts back as `leadsource_token`.
    pub leadsource_token: String,
    pub form_template: String,
    pub success_template: String,
}

/// `web_form_open`: the hosted form of the lead source with this token (R-REQ-14); a source
/// without a form template has no hosted form (`not_found`). Run by the intake's service session.
pub async fn web_form_open(session: &Session, input: WebFormToken) -> Result<HostedForm, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let not_found = AppError::NotFound {
        entity: "lead_source",
        id: 0,
    };
    let token = input.leadsource_token.trim().to_lowercase();
    let Some(source) = lead_sources::by_token(session.db(), &token).await? else {
        return Err(not_found);
    };
    let source = record::get(session.db(), &lead_sources::LEAD_SOURCE, source.id).await?;
    if text_of(&source, "form_template").is_empty() {
        return Err(not_found);
    }
    Ok(HostedForm {
        leadsource_token: token,
        form_template: text_of(&source, "form_template").to_owned(),
        success_template: text_of(&source, "success_template").to_owned(),
    })
}

//! R-IMP-2: companies, contacts and leads from an XLSX sheet whose header row names the export's
//! columns (R-IMP-1) in any case.
//!
//! Each row is saved on its own through the same command a form uses (`company_create`, …), so a
//! row gets every rule a form gets (R-GEN-1/2 owner and department, R-CONT-1, R-CITY-2, …) and a
//! failing row changes nothing but leaves the rows before it saved. The run reports the rows
//! found, created, skipped and failed, with one translated message per skipped or failed row.
//!
//! The desktop shell runs [`import_file`] as a background job: it passes a progress callback
//! (called after every row) and a cancellation flag (checked before every row); a cancelled
//! import stops at once and keeps the rows already saved. `records_import` is the same import
//! without progress, for `crm call`.

use std::sync::atomic::{AtomicBool, Ordering};

use base64::Engine;
use crm_core::Id;
use crm_core::access::Perm;
use crm_core::company::CompanyInput;
use crm_core::contact::{ContactInput, Sex};
use crm_core::lead::LeadInput;
use crm_core::validation::{self, Rule, Violations};
use crm_store::imports::{self, People};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};

use crate::export::TransferEntity;
use crate::names::References;
use crate::spreadsheet::{self, Sheet, SheetRow};
use crate::{AppError, Localizer, Session, counterparties, records};

/// `records_import`: what to import, and the file: its bytes (base64) or its path on this
/// computer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportRequest {
    /// Companies, contacts or leads.
    pub entity: TransferEntity,
    #[serde(default)]
    pub content_base64: Option<String>,
    #[serde(default)]
    pub path: Option<String>,
}

/// What became of a row that was not created.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum RowOutcome {
    /// Its record exists already.
    Skipped,
    /// It could not be saved.
    Failed,
}

/// One result message: a skipped or failed row.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RowMessage {
    /// The row's number in the sheet (the header row is 1).
    pub row: u32,
    pub outcome: RowOutcome,
    /// Why, in the user's language.
    pub message: String,
}

/// The result of an import.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportReport {
    /// Data rows in the sheet.
    pub found: u32,
    pub created: u32,
    pub skipped: u32,
    pub failed: u32,
    /// The user stopped the import; rows after the last one counted were not looked at.
    pub cancelled: bool,
    pub messages: Vec<RowMessage>,
}

/// How far an import is, after each row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct ImportProgress {
    pub done: u32,
    pub total: u32,
}

enum Outcome {
    Created,
    Skipped(String),
    Failed(String),
}

/// Everything a row is read with.
struct Context<'a> {
    session: &'a Session,
    sheet: &'a Sheet,
    refs: References,
    locale: String,
}

impl Context<'_> {
    fn text(&self, id: &str, args: &FluentArgs<'_>) -> String {
        Localizer::embedded().message(&self.locale, id, Some(args))
    }

    fn already_exists(&self, name: &str, country: &str) -> Outcome {
        let mut args = FluentArgs::new();
        args.set("name", name.to_owned());
        args.set("country", country.to_owned());
        let id = if country.is_empty() {
            "import-already-exists-nowhere"
        } else {
            "import-already-exists"
        };
        Outcome::Skipped(self.text(id, &args))
    }

    fn failed(&self, id: &str, name: &str) -> Outcome {
        let mut args = FluentArgs::new();
        args.set("name", name.to_owned());
        Outcome::Failed(self.text(id, &args))
    }

    /// A refused save as one line: each refused field under its column's name, or the error's
    /// message.
    fn refused(&self, err: &AppError) -> Outcome {
        let shown = err.localize(Localizer::embedded(), &self.locale);
        if shown.fields.is_empty() {
            return Outcome::Failed(shown.message);
        }
        let lines: Vec<String> = shown
            .fields
            .iter()
            .map(|field| {
                let mut args = FluentArgs::new();
                args.set("column", column_of(&field.field).to_owned());
                args.set("message", field.message.clone());
                self.text("import-row-refused", &args)
            })
            .collect();
        Outcome::Failed(lines.join(" "))
    }
}

/// The sheet column an input field is read from.
fn column_of(field: &str) -> &str {
    match field {
        "company_id" => "company",
        "owner_id" => "owner",
        "department_id" => "department",
        "country_id" => "country",
        "city_id" => "city_name",
        "type_id" => "type",
        "lead_source_id" => "lead_source",
        "industry_ids" => "industry",
        other => other,
    }
}

/// R-IMP-2 (R-GEN-5): at least one address, every one of them valid.
fn has_valid_email(value: &str) -> bool {
    let mut violations = Violations::default();
    let kept = validation::email_list(&mut violations, "email", value, crm_core::contact::EMAIL_MAX);
    violations.0.is_empty() && !kept.is_empty()
}

fn sex(value: &str) -> Option<Sex> {
    match value.to_uppercase().as_str() {
        "M" => Some(Sex::Male),
        "F" => Some(Sex::Female),
        "O" => Some(Sex::Other),
        _ => None,
    }
}

/// The fields every row kind shares, looked up once.
struct Common {
    owner_id: Option<Id>,
    department_id: Option<Id>,
    /// The department the per-department names are looked up in.
    lookup_department: Option<Id>,
    country_id: Option<Id>,
    country: String,
    lead_source_id: Option<Id>,
    was_in_touch: Option<chrono::NaiveDate>,
    disqualified: bool,
    massmail: Option<bool>,
}

async fn common(cx: &Context<'_>, row: &SheetRow) -> Result<Common, AppError> {
    let value = |column: &str| cx.sheet.value(row, column);
    // An unknown or empty owner leaves the row to R-GEN-1: the importing user owns it.
    let owner_id = cx.refs.users.find(value("owner"), None);
    let department_id = cx.refs.departments.find(value("department"), None);
    let owner_department = match owner_id {
        Some(owner) => crm_store::users::facts(cx.session.db(), owner.0)
            .await?
            .and_then(|facts| facts.department_ids.into_iter().min().map(Id)),
        None => crm_core::access::department_of(&cx.session.actor().department_ids),
    };
    let lookup_department = department_id
        .or(owner_department)
        .or(cx.session.actor().current_department());
    let country_id = cx.refs.countries.find(value("country"), None);
    Ok(Common {
        owner_id,
        department_id,
        lookup_department,
        country_id,
        country: if country_id.is_some() {
            value("country").to_owned()
        } else {
            String::new()
        },
        lead_source_id: cx.refs.lead_sources.find(value("lead_source"), lookup_department),
        was_in_touch: spreadsheet::date(value("was_in_touch")),
        disqualified: spreadsheet::flag(value("disqualified")).unwrap_or(false),
        massmail: spreadsheet::flag(value("massmail")),
    })
}

fn industries(cx: &Context<'_>, row: &SheetRow, department: Option<Id>) -> Vec<Id> {
    cx.sheet
        .value(row, "industry")
        .split(',')
        .filter_map(|name| cx.refs.industries.find(name.trim(), department))
        .collect()
}

async fn company_row(cx: &Context<'_>, row: &SheetRow) -> Result<Outcome, AppError> {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    let full_name = value("full_name");
    if !has_valid_email(&value("email")) {
        return Ok(cx.failed("import-invalid-email", &full_name));
    }
    let c = common(cx, row).await?;
    let same = imports::companies_named(cx.session.db(), &full_name).await?;
    if same
        .iter()
        .any(|company| company.country_id == c.country_id.map(|id| id.0))
    {
        return Ok(cx.already_exists(&full_name, &c.country));
    }
    let input = CompanyInput {
        full_name,
        website: value("website"),
        phone: value("phone"),
        city_name: value("city_name"),
        address: value("address"),
        email: value("email"),
        description: value("description"),
        lead_source_id: c.lead_source_id,
        was_in_touch: c.was_in_touch,
        country_id: c.country_id,
        owner_id: c.owner_id,
        type_id: cx.refs.types.find(&value("type"), c.lookup_department),
        industry_ids: industries(cx, row, c.lookup_department),
        department_id: c.department_id,
        disqualified: c.disqualified,
        massmail: c.massmail,
        ..CompanyInput::default()
    };
    Ok(match counterparties::company_create(cx.session, input).await {
        Ok(_) => Outcome::Created,
        Err(err) => cx.refused(&err),
    })
}

/// R-IMP-2: a contact's company by name, among the companies of the row's owner (the importing
/// user when none) first, else in the row's country.
async fn company_of_contact(cx: &Context<'_>, name: &str, c: &Common) -> Result<Option<Id>, AppError> {
    if name.is_empty() {
        return Ok(None);
    }
    let owner = c.owner_id.unwrap_or(cx.session.user_id()).0;
    let named = imports::companies_named(cx.session.db(), name).await?;
    let found = named
        .iter()
        .find(|company| company.owner_id == Some(owner))
        .or_else(|| {
            named
                .iter()
                .find(|company| company.country_id == c.country_id.map(|id| id.0))
        });
    Ok(found.map(|company| Id(company.id)))
}

/// The checks a contact or lead row passes before it is saved (R-IMP-2): a valid address, and no
/// person of `people` with the same first name and address. The row's e-mail and common fields,
/// or the outcome that ends it.
async fn new_person(
    cx: &Context<'_>,
    row: &SheetRow,
    people: People,
) -> Result<Result<(String, Common), Outcome>, AppError> {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    let name = [value("first_name"), value("last_name")]
        .join(" ")
        .trim()
        .to_owned();
    let email = value("email");
    if !has_valid_email(&email) {
        return Ok(Err(cx.failed("import-invalid-email", &name)));
    }
    let c = common(cx, row).await?;
    if imports::person_with_email(cx.session.db(), people, &value("first_name"), &email)
        .await?
        .is_some()
    {
        return Ok(Err(cx.already_exists(&name, &c.country)));
    }
    Ok(Ok((email, c)))
}

async fn contact_row(cx: &Context<'_>, row: &SheetRow) -> Result<Outcome, AppError> {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    let (email, c) = match new_person(cx, row, People::Contacts).await? {
        Ok(person) => person,
        Err(outcome) => return Ok(outcome),
    };
    let Some(company_id) = company_of_contact(cx, &value("company"), &c).await? else {
        return Ok(cx.failed("import-company-not-found", &value("company")));
    };
    let input = ContactInput {
        first_name: value("first_name"),
        last_name: value("last_name"),
        title: Some(value("title")).filter(|t| !t.is_empty()),
        sex: sex(&value("sex")),
        birth_date: spreadsheet::date(&value("birth_date")),
        was_in_touch: c.was_in_touch,
        phone: value("phone"),
        other_phone: value("other_phone"),
        mobile: value("mobile"),
        email,
        secondary_email: value("secondary_email"),
        city_name: value("city_name"),
        address: value("address"),
        country_id: c.country_id,
        description: value("description"),
        owner_id: c.owner_id,
        company_id: Some(company_id),
        department_id: c.department_id,
        lead_source_id: c.lead_source_id,
        disqualified: c.disqualified,
        massmail: c.massmail,
        ..ContactInput::default()
    };
    Ok(match counterparties::contact_create(cx.session, input).await {
        Ok(_) => Outcome::Created,
        Err(err) => cx.refused(&err),
    })
}

async fn lead_row(cx: &Context<'_>, row: &SheetRow) -> Result<Outcome, AppError> {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    let (email, c) = match new_person(cx, row, People::Leads).await? {
        Ok(person) => person,
        Err(outcome) => return Ok(outcome),
    };
    let input = LeadInput {
        first_name: value("first_name"),
        last_name: value("last_name"),
        title: Some(value("title")).filter(|t| !t.is_empty()),
        sex: sex(&value("sex")),
        birth_date: spreadsheet::date(&value("birth_date")),
        was_in_touch: c.was_in_touch,
        email,
        secondary_email: value("secondary_email"),
        phone: value("phone"),
        other_phone: value("other_phone"),
        mobile: value("mobile"),
        city_name: value("city_name"),
        country_id: c.country_id,
        address: value("address"),
        description: value("description"),
        lead_source_id: c.lead_source_id,
        website: value("website"),
        company_phone: value("company_phone"),
        company_address: value("company_address"),
        company_email: value("company_email"),
        owner_id: c.owner_id,
        company_name: value("company_name"),
        department_id: c.department_id,
        disqualified: c.disqualified,
        massmail: c.massmail,
        ..LeadInput::default()
    };
    Ok(match counterparties::lead_create(cx.session, input).await {
        Ok(_) => Outcome::Created,
        Err(err) => cx.refused(&err),
    })
}

async fn import_row(cx: &Context<'_>, entity: TransferEntity, row: &SheetRow) -> Outcome {
    let outcome = match entity {
        TransferEntity::Company => company_row(cx, row).await,
        TransferEntity::Contact => contact_row(cx, row).await,
        // Deals are refused before the first row (export only).
        TransferEntity::Lead | TransferEntity::Deal => lead_row(cx, row).await,
    };
    outcome.unwrap_or_else(|err| cx.refused(&err))
}

/// The language the user reads the result in.
async fn locale_of(session: &Session) -> Result<String, AppError> {
    let code = crm_store::users::language(session.db(), session.user_id().0).await?;
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

/// R-IMP-2: imports the first sheet of the XLSX file `bytes` as `entity` rows, one saved row at a
/// time. `progress` hears after every row; setting `cancel` stops the import before the next row,
/// keeping the rows saved so far.
pub async fn import_file<F: FnMut(ImportProgress) + Send>(
    session: &Session,
    entity: TransferEntity,
    bytes: &[u8],
    mut progress: F,
    cancel: &AtomicBool,
) -> Result<ImportReport, AppError> {
    if entity == TransferEntity::Deal {
        return Err(AppError::Validation(Violations::one("entity", Rule::NotAChoice)));
    }
    if !records::permitted(session.actor(), entity.spec().resource, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let sheet = spreadsheet::read(bytes)?;
    let cx = Context {
        session,
        sheet: &sheet,
        refs: References::load(session).await?,
        locale: locale_of(session).await?,
    };
    let total = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
    let mut report = ImportReport {
        found: total,
        ..ImportReport::default()
    };
    for (done, row) in (1..).zip(&sheet.rows) {
        if cancel.load(Ordering::SeqCst) {
            report.cancelled = true;
            break;
        }
        match import_row(&cx, entity, row).await {
            Outcome::Created => report.created += 1,
            Outcome::Skipped(message) => {
                report.skipped += 1;
                report.messages.push(RowMessage {
                    row: row.number,
                    outcome: RowOutcome::Skipped,
                    message,
                });
            }
            Outcome::Failed(message) => {
                report.failed += 1;
                report.messages.push(RowMessage {
                    row: row.number,
                    outcome: RowOutcome::Failed,
                    message,
                });
            }
        }
        progress(ImportProgress { done, total });
    }
    Ok(report)
}

/// The uploaded file's bytes: given inline (base64) or read from a path.
pub fn file_bytes(input: &ImportRequest) -> Result<Vec<u8>, AppError> {
    let refuse = |field| AppError::Validation(Violations::one(field, Rule::Malformed));
    match (&input.content_base64, &input.path) {
        (Some(content), _) => base64::engine::general_purpose::STANDARD
            .decode(content.trim())
            .map_err(|_| refuse("content_base64")),
        (None, Some(path)) => std::fs::read(path).map_err(|_| refuse("path")),
        (None, None) => Err(AppError::Validation(Violations::one(
            "content_base64",
            Rule::Required,
        ))),
    }
}

/// `records_import`: companies, contacts or leads from an XLSX file (R-IMP-2), in one run with
/// no progress reports (the desktop window uses [`import_file`]).
pub async fn records_import(session: &Session, input: ImportRequest) -> Result<ImportReport, AppError> {
    let bytes = file_bytes(&input)?;
    import_file(session, input.entity, &bytes, |_| {}, &AtomicBool::new(false)).await
}

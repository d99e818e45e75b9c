//! R-IMP-2: companies, contacts and leads from an XLSX sheet whose header row names the export's
//! columns (R-IMP-1) in any case.
//!
//! Every row gets the rules a form gets through the command it would be saved with
//! (`company_create`, …: R-GEN-1/2 owner and department, R-CONT-1, R-CONT-2, R-CITY-2, R-REF-4),
//! and ends created, skipped (its record exists already, also when an earlier row of the sheet
//! made it) or failed. The run reports the rows found, created, skipped and failed, with one
//! translated message per skipped or failed row.
//!
//! Why chunks: saved one at a time through its command, a row costs its own look-ups, INSERT,
//! read-back, history row and commit, milliseconds each, some fifty times what the database
//! needs to store the same rows in bulk. So the rows are taken [`CHUNK_ROWS`] at a time: the
//! chunk is read and checked in memory first, in the order and with the outcomes the commands
//! would give, with one query per look-up for the whole chunk (the stored records its rows may
//! repeat, the companies its contacts belong to), matched to the rows as the database compares
//! text (MariaDB without case or accents, see `imports::Collation`), a row repeating an earlier
//! row of the chunk found in memory, and the users' facts and reference lists read once per
//! import. Then its valid rows are written by multi-row INSERTs (`record::create_many_in`: the
//! records, their link rows, search words and history rows, the same rows a one-row save
//! writes) under a savepoint, [`CHUNKS_PER_COMMIT`] chunks a transaction. A row the database
//! still refuses (another user saved the same name meanwhile, …) rolls its chunk back to the
//! savepoint; the chunks before it are committed, and the chunk is saved again row by row
//! through the commands, so the refused row fails alone with its message and the others are
//! saved, as before.
//!
//! The desktop shell runs [`import_file`] as a background job: it passes a progress callback
//! (called as each row is read and checked; the chunk is saved after its last row) and a
//! cancellation flag (checked before every row): a cancelled import saves the rows of the chunk
//! read so far, keeps the chunks saved before, and looks at no later row. `records_import` is the
//! same import without progress, for `crm call`.

use std::collections::{HashMap, HashSet};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use base64::Engine;
use crm_core::Id;
use crm_core::access::Perm;
use crm_core::company::CompanyInput;
use crm_core::contact::{ContactInput, Sex};
use crm_core::lead::LeadInput;
use crm_core::validation::{self, Rule, Violations};
use crm_store::imports::{self, Collation, People, PersonKey, StoredCompany, StoredPerson};
use crm_store::record::{self, Entity, Fields};
use crm_store::users::UserFacts;
use crm_store::{Tx, client_types, industries, lead_sources};
use fluent_bundle::FluentArgs;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::cities::{self, Found};
use crate::entities::{COMPANY, CONTACT, LEAD, fields_of};
use crate::export::TransferEntity;
use crate::fields::id_of;
use crate::names::References;
use crate::records::Spec;
use crate::spreadsheet::{self, Sheet, SheetRow};
use crate::{AppError, Localizer, Session, counterparties, records, reference_scope};

/// Rows read, checked and written together: large enough that the per-statement and per-commit
/// costs vanish, small enough that a chunk saved again row by row stays short.
pub const CHUNK_ROWS: usize = 1_000;

/// Chunks written in one transaction: a commit writes the index pages the chunks touched (and,
/// on SQLite, a segment of the full-text index that later has to be merged), so fewer commits
/// write less. Five chunks hold the write lock for well under a second.
const CHUNKS_PER_COMMIT: usize = 5;

/// How many stored records of one name the one-row look-ups read (`LIMIT 100`); the chunk's
/// checks look at the same ones.
const LOOKED_AT: usize = 100;
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

#[derive(Debug, Clone)]
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
    /// The facts of the users the rows name, read once per import.
    facts: Mutex<HashMap<i64, Option<UserFacts>>>,
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

    /// The facts of user `id`, read at most once per import.
    async fn facts(&self, id: Id) -> Result<Option<UserFacts>, AppError> {
        let known = self.known_facts().get(&id.0).cloned();
        if let Some(facts) = known {
            return Ok(facts);
        }
        let facts = crm_store::users::facts(self.session.db(), id.0).await?;
        self.known_facts().insert(id.0, facts.clone());
        Ok(facts)
    }

    fn known_facts(&self) -> std::sync::MutexGuard<'_, HashMap<i64, Option<UserFacts>>> {
        self.facts
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The department of the reference item `item` of `items`, from the lists read for the
    /// import; `None` for an item without one, or of no list the import names.
    fn department_of(&self, items: &Entity, item: Id) -> Option<Id> {
        let list = match items.key {
            key if key == client_types::CLIENT_TYPE.key => &self.refs.types,
            key if key == lead_sources::LEAD_SOURCE.key => &self.refs.lead_sources,
            key if key == industries::INDUSTRY.key => &self.refs.industries,
            _ => return None,
        };
        list.department_of(item)
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
#[derive(Debug, Clone)]
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
        Some(owner) => cx
            .facts(owner)
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

/// The name a contact or lead row is reported by.
fn person_name(cx: &Context<'_>, row: &SheetRow) -> String {
    [
        cx.sheet.value(row, "first_name"),
        cx.sheet.value(row, "last_name"),
    ]
    .join(" ")
    .trim()
    .to_owned()
}

/// The company a row describes, before `company_create` checks it.
fn company_input(cx: &Context<'_>, row: &SheetRow, c: &Common) -> CompanyInput {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    CompanyInput {
        full_name: value("full_name"),
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
    }
}

/// The contact a row describes, of company `company_id`, before `contact_create` checks it.
fn contact_input(cx: &Context<'_>, row: &SheetRow, c: &Common, company_id: Id) -> ContactInput {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    ContactInput {
        first_name: value("first_name"),
        last_name: value("last_name"),
        title: Some(value("title")).filter(|t| !t.is_empty()),
        sex: sex(&value("sex")),
        birth_date: spreadsheet::date(&value("birth_date")),
        was_in_touch: c.was_in_touch,
        phone: value("phone"),
        other_phone: value("other_phone"),
        mobile: value("mobile"),
        email: value("email"),
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
    }
}

/// The lead a row describes, before `lead_create` checks it.
fn lead_input(cx: &Context<'_>, row: &SheetRow, c: &Common) -> LeadInput {
    let value = |column: &str| cx.sheet.value(row, column).to_owned();
    LeadInput {
        first_name: value("first_name"),
        last_name: value("last_name"),
        title: Some(value("title")).filter(|t| !t.is_empty()),
        sex: sex(&value("sex")),
        birth_date: spreadsheet::date(&value("birth_date")),
        was_in_touch: c.was_in_touch,
        email: value("email"),
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
    }
}

// One row at a time, through the commands: how a chunk the database refused is saved again.

async fn company_row(cx: &Context<'_>, row: &SheetRow, c: &Common) -> Result<Outcome, AppError> {
    let full_name = cx.sheet.value(row, "full_name");
    let same = imports::companies_named(cx.session.db(), full_name).await?;
    if same
        .iter()
        .any(|company| company.country_id == c.country_id.map(|id| id.0))
    {
        return Ok(cx.already_exists(full_name, &c.country));
    }
    let input = company_input(cx, row, c);
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

/// R-IMP-2: whether a person of `people` with the row's first name and address is stored.
async fn person_exists(cx: &Context<'_>, row: &SheetRow, people: People) -> Result<bool, AppError> {
    let value = |column: &str| cx.sheet.value(row, column);
    Ok(
        imports::person_with_email(cx.session.db(), people, value("first_name"), value("email"))
            .await?
            .is_some(),
    )
}

async fn contact_row(cx: &Context<'_>, row: &SheetRow, c: &Common) -> Result<Outcome, AppError> {
    if person_exists(cx, row, People::Contacts).await? {
        return Ok(cx.already_exists(&person_name(cx, row), &c.country));
    }
    let company = cx.sheet.value(row, "company");
    let Some(company_id) = company_of_contact(cx, company, c).await? else {
        return Ok(cx.failed("import-company-not-found", company));
    };
    let input = contact_input(cx, row, c, company_id);
    Ok(match counterparties::contact_create(cx.session, input).await {
        Ok(_) => Outcome::Created,
        Err(err) => cx.refused(&err),
    })
}

async fn lead_row(cx: &Context<'_>, row: &SheetRow, c: &Common) -> Result<Outcome, AppError> {
    if person_exists(cx, row, People::Leads).await? {
        return Ok(cx.already_exists(&person_name(cx, row), &c.country));
    }
    let input = lead_input(cx, row, c);
    Ok(match counterparties::lead_create(cx.session, input).await {
        Ok(_) => Outcome::Created,
        Err(err) => cx.refused(&err),
    })
}

/// The rest of a read row, saved on its own.
async fn import_row(cx: &Context<'_>, entity: TransferEntity, row: &SheetRow, c: &Common) -> Outcome {
    let outcome = match entity {
        TransferEntity::Company => company_row(cx, row, c).await,
        TransferEntity::Contact => contact_row(cx, row, c).await,
        // Deals are refused before the first row (export only).
        TransferEntity::Lead | TransferEntity::Deal => lead_row(cx, row, c).await,
    };
    outcome.unwrap_or_else(|err| cx.refused(&err))
}

// A chunk at a time.

/// A row of a chunk after the checks that need no look-up of stored records.
struct Read<'s> {
    row: &'s SheetRow,
    /// The row's shared fields, or how it ended already (no valid address, …).
    state: Result<Common, Outcome>,
}

/// Reads `row`: R-IMP-2's address check, then the fields every row kind shares.
async fn read_row<'s>(cx: &Context<'_>, entity: TransferEntity, row: &'s SheetRow) -> Read<'s> {
    let name = match entity {
        TransferEntity::Company => cx.sheet.value(row, "full_name").to_owned(),
        _ => person_name(cx, row),
    };
    let state = if has_valid_email(cx.sheet.value(row, "email")) {
        common(cx, row).await.map_err(|err| cx.refused(&err))
    } else {
        Err(cx.failed("import-invalid-email", &name))
    };
    Read { row, state }
}

/// What the checks made of a row of a chunk: how it ended, or the record to create.
enum Decided {
    Ended(Outcome),
    Create(Fields),
}

/// Why a row of a chunk is not created: its own outcome, or a failure of the chunk's
/// transaction, which then is saved again row by row.
enum Stop {
    Row(Outcome),
    Chunk(AppError),
}

impl From<AppError> for Stop {
    fn from(err: AppError) -> Stop {
        Stop::Chunk(err)
    }
}

/// The contact points R-CONT-2 compares, of a stored or new person.
struct Points {
    email: String,
    phone: String,
    mobile: String,
    other_phone: String,
}

impl From<&StoredPerson> for Points {
    fn from(person: &StoredPerson) -> Points {
        Points {
            email: person.email.clone(),
            phone: person.phone.clone(),
            mobile: person.mobile.clone(),
            other_phone: person.other_phone.clone(),
        }
    }
}

/// A key of two collated texts.
type PairKey = (Vec<u8>, Vec<u8>);

/// The people a chunk of contact or lead rows is checked against (R-IMP-2, R-CONT-2): those
/// stored, then those the chunk creates, in the order the one-row look-ups would see them.
#[derive(Default)]
struct Persons {
    /// First name and e-mail of every one (R-IMP-2).
    by_email: HashSet<PairKey>,
    /// The contact points under each first and last name, oldest first (R-CONT-2).
    by_name: HashMap<PairKey, Vec<Points>>,
}

impl Persons {
    /// A person the chunk creates: first name, last name, e-mail and phones.
    fn add(&mut self, collation: &Collation, person: [&str; 6]) {
        let [first, last, email, phone, mobile, other_phone] = person;
        self.by_email
            .insert((collation.key(first).to_vec(), collation.key(email).to_vec()));
        self.by_name
            .entry((collation.key(first).to_vec(), collation.key(last).to_vec()))
            .or_default()
            .push(Points {
                email: email.to_owned(),
                phone: phone.to_owned(),
                mobile: mobile.to_owned(),
                other_phone: other_phone.to_owned(),
            });
    }

    /// R-CONT-2 as `counterparties::check_not_twice` applies it: both names given, and one of
    /// the e-mail or phones given equal to a same-named person's.
    fn twice(&self, collation: &Collation, person: [&str; 6]) -> bool {
        let [first_name, last_name, email, phone, mobile, other_phone] = person;
        if first_name.is_empty() || last_name.is_empty() {
            return false;
        }
        let key = (
            collation.key(first_name).to_vec(),
            collation.key(last_name).to_vec(),
        );
        let given = |mine: &str, theirs: &str| !mine.is_empty() && mine == theirs;
        self.by_name.get(&key).is_some_and(|same| {
            same.iter().take(LOOKED_AT).any(|other| {
                given(email, &other.email)
                    || given(phone, &other.phone)
                    || given(mobile, &other.mobile)
                    || given(other_phone, &other.other_phone)
            })
        })
    }
}

/// One chunk's part of the import's transaction and what it has looked up.
struct Writer<'c, 'a, 't> {
    cx: &'c Context<'a>,
    tx: &'t mut Tx,
    collation: Collation,
    /// R-CITY-2 look-ups by country and typed name; the transaction sees the cities it created.
    cities: HashMap<(i64, String), Found>,
}

impl Writer<'_, '_, '_> {
    fn row_error(&self, err: &AppError) -> Stop {
        Stop::Row(self.cx.refused(err))
    }

    /// R-CITY-2 as `cities::place` applies it to a new record with a country and a typed city
    /// name.
    async fn place(&mut self, country: Option<Id>, city_name: &str) -> Result<Found, Stop> {
        let name = crm_core::city::typed_city_name(city_name);
        let Some(country) = country.filter(|_| !name.is_empty()) else {
            return Ok(Found::Nothing);
        };
        let key = (country.0, name.to_owned());
        if let Some(found) = self.cities.get(&key) {
            return Ok(found.clone());
        }
        let found = match cities::look_up(self.tx, Some(country), name).await {
            Ok(found) => found,
            Err(err @ AppError::Validation(_)) => return Err(self.row_error(&err)),
            Err(err) => return Err(Stop::Chunk(err)),
        };
        self.cities.insert(key, found.clone());
        Ok(found)
    }

    /// Files the new city `found` leads to, if any, once the row that names it is sure to be
    /// created, and links `fields` to it.
    async fn file_city(&mut self, found: Found, fields: &mut Fields) -> Result<(), Stop> {
        let Found::New(city) = found else {
            return Ok(());
        };
        let id = cities::file(self.tx, self.cx.session, &city).await?;
        if let Some(country) = city.country_id {
            self.cities
                .insert((country.0, city.name.clone()), Found::City(id));
        }
        fields.insert("city_id".into(), json!(id.0));
        Ok(())
    }

    /// What `records::create_in` checks before it writes: R-GEN-1, R-GEN-2, R-PERM-1 and
    /// R-REF-4, with the owner's facts and the reference items read once per import.
    async fn may_create(&self, spec: &Spec, fields: &mut Fields) -> Result<(), Stop> {
        let cx = self.cx;
        let actor = cx.session.actor();
        let checked = async {
            let owner_departments = match records::default_owner(actor, spec, fields, true) {
                Some(owner) => Some(records::owner_departments(cx.facts(owner).await?)?),
                None => None,
            };
            records::check_new_own(actor, spec, fields, owner_departments.as_deref())?;
            reference_scope::check_known(
                spec.entity,
                fields,
                id_of(fields, "department_id"),
                |items, item| cx.department_of(items, item),
            )
        };
        checked.await.map_err(|err| self.row_error(&err))
    }

    /// The rows of a chunk of companies.
    async fn companies(&mut self, rows: &[(&SheetRow, &Common)]) -> Result<Vec<Decided>, AppError> {
        let cx = self.cx;
        let typed: Vec<&str> = rows
            .iter()
            .map(|(row, _)| cx.sheet.value(row, "full_name"))
            .collect();
        let inputs: Vec<Result<CompanyInput, Violations>> = rows
            .iter()
            .map(|(row, c)| company_input(cx, row, c).validate())
            .collect();
        let mut names: Vec<&str> = typed.clone();
        names.extend(inputs.iter().flatten().map(|input| input.full_name.as_str()));
        names.sort_unstable();
        names.dedup();
        let stored = imports::companies_named_any(self.tx, &names).await?;
        let texts = names
            .iter()
            .copied()
            .chain(stored.iter().map(|company| company.full_name.as_str()));
        self.collation.learn(self.tx, texts).await?;
        // The countries of the live companies of each name, oldest first (the duplicate check),
        // and every name and country the unique index holds, trashed companies' too.
        let mut live: HashMap<Vec<u8>, Vec<Option<i64>>> = HashMap::new();
        let mut taken: HashSet<(Vec<u8>, i64)> = HashSet::new();
        for company in &stored {
            let key = self.collation.key(&company.full_name).to_vec();
            if let Some(country) = company.country_id {
                taken.insert((key.clone(), country));
            }
            if company.deleted_at.is_none() {
                live.entry(key).or_default().push(company.country_id);
            }
        }
        let mut decided = Vec::with_capacity(rows.len());
        for (((_, c), typed), input) in rows.iter().zip(typed).zip(inputs) {
            let country = c.country_id.map(|id| id.0);
            let exists = live
                .get(self.collation.key(typed))
                .is_some_and(|countries| countries.iter().take(LOOKED_AT).any(|other| *other == country));
            if exists {
                decided.push(Decided::Ended(cx.already_exists(typed, &c.country)));
                continue;
            }
            match self.company(input, &taken).await {
                Ok((fields, key)) => {
                    if let Some(country) = country {
                        taken.insert((key.clone(), country));
                    }
                    live.entry(key).or_default().push(country);
                    decided.push(Decided::Create(fields));
                }
                Err(Stop::Row(outcome)) => decided.push(Decided::Ended(outcome)),
                Err(Stop::Chunk(err)) => return Err(err),
            }
        }
        Ok(decided)
    }

    /// `company_create` on a row that is no duplicate: the record to create and its name's key.
    async fn company(
        &mut self,
        input: Result<CompanyInput, Violations>,
        taken: &HashSet<(Vec<u8>, i64)>,
    ) -> Result<(Fields, Vec<u8>), Stop> {
        let mut input = input.map_err(|v| self.row_error(&AppError::Validation(v)))?;
        let found = self.place(input.country_id, &input.city_name).await?;
        if let Found::City(city) = found {
            input.city_id = Some(city);
        }
        let mut fields = fields_of(&input).map_err(|err| self.row_error(&err))?;
        self.may_create(&COMPANY, &mut fields).await?;
        let key = self.collation.key(&input.full_name).to_vec();
        // The unique index on name and country refuses it, as the one-row INSERT would be.
        if let Some(country) = input.country_id
            && taken.contains(&(key.clone(), country.0))
        {
            let err = AppError::Validation(Violations::one("full_name", Rule::AlreadyExists));
            return Err(self.row_error(&err));
        }
        self.file_city(found, &mut fields).await?;
        Ok((fields, key))
    }

    /// The contacts and leads a chunk checks its rows against: the stored people with the rows'
    /// first names and e-mails, and, for `inputs` (the rows' valid inputs: first name, last name,
    /// e-mail), those with the same first and last names.
    async fn persons(
        &mut self,
        people: People,
        typed: &[(&str, &str)],
        inputs: &[[&str; 3]],
    ) -> Result<Persons, AppError> {
        let with_email = imports::people_named_any(self.tx, people, PersonKey::Email, typed).await?;
        let names: Vec<(&str, &str)> = inputs
            .iter()
            .filter(|[first, last, _]| !first.is_empty() && !last.is_empty())
            .map(|[first, last, _]| (*first, *last))
            .collect();
        let same_named = imports::people_named_any(self.tx, people, PersonKey::LastName, &names).await?;
        let texts = typed
            .iter()
            .flat_map(|(first, email)| [*first, *email])
            .chain(inputs.iter().flatten().copied())
            .chain(
                with_email
                    .iter()
                    .chain(&same_named)
                    .flat_map(|p| [p.first_name.as_str(), p.last_name.as_str(), p.email.as_str()]),
            );
        self.collation.learn(self.tx, texts).await?;
        let mut persons = Persons::default();
        for person in &with_email {
            persons.by_email.insert((
                self.collation.key(&person.first_name).to_vec(),
                self.collation.key(&person.email).to_vec(),
            ));
        }
        for person in &same_named {
            persons
                .by_name
                .entry((
                    self.collation.key(&person.first_name).to_vec(),
                    self.collation.key(&person.last_name).to_vec(),
                ))
                .or_default()
                .push(Points::from(person));
        }
        Ok(persons)
    }

    /// R-IMP-2: the company of each contact row by name, among the companies of the row's owner
    /// (the importing user when none) first, else in the row's country; as `company_of_contact`
    /// finds it.
    async fn contact_companies(
        &mut self,
        rows: &[(&SheetRow, &Common)],
    ) -> Result<Vec<Option<StoredCompany>>, AppError> {
        let cx = self.cx;
        let company_names: Vec<&str> = rows
            .iter()
            .map(|(row, _)| cx.sheet.value(row, "company"))
            .filter(|name| !name.is_empty())
            .collect();
        let stored = if company_names.is_empty() {
            Vec::new()
        } else {
            imports::companies_named_any(self.tx, &company_names).await?
        };
        let texts = company_names
            .iter()
            .copied()
            .chain(stored.iter().map(|company| company.full_name.as_str()));
        self.collation.learn(self.tx, texts).await?;
        // The live companies of each name, oldest first, as `companies_named` reads them.
        let mut named: HashMap<Vec<u8>, Vec<&StoredCompany>> = HashMap::new();
        for company in stored.iter().filter(|company| company.deleted_at.is_none()) {
            let same = named
                .entry(self.collation.key(&company.full_name).to_vec())
                .or_default();
            if same.len() < LOOKED_AT {
                same.push(company);
            }
        }
        Ok(rows
            .iter()
            .map(|(row, c)| {
                let same = named.get(self.collation.key(cx.sheet.value(row, "company")))?;
                let owner = c.owner_id.unwrap_or(cx.session.user_id()).0;
                same.iter()
                    .find(|company| company.owner_id == Some(owner))
                    .or_else(|| {
                        same.iter()
                            .find(|company| company.country_id == c.country_id.map(|id| id.0))
                    })
                    .map(|company| (*company).clone())
            })
            .collect())
    }

    /// The rows of a chunk of contacts.
    async fn contacts(&mut self, rows: &[(&SheetRow, &Common)]) -> Result<Vec<Decided>, AppError> {
        let cx = self.cx;
        let companies = self.contact_companies(rows).await?;
        let inputs: Vec<Option<Result<ContactInput, Violations>>> = rows
            .iter()
            .zip(&companies)
            .map(|((row, c), company)| {
                company
                    .as_ref()
                    .map(|company| contact_input(cx, row, c, Id(company.id)).validate())
            })
            .collect();
        let typed: Vec<(&str, &str)> = rows
            .iter()
            .map(|(row, _)| (cx.sheet.value(row, "first_name"), cx.sheet.value(row, "email")))
            .collect();
        let valid: Vec<[&str; 3]> = inputs
            .iter()
            .flatten()
            .flatten()
            .map(|input| {
                [
                    input.first_name.as_str(),
                    input.last_name.as_str(),
                    input.email.as_str(),
                ]
            })
            .collect();
        let mut persons = self.persons(People::Contacts, &typed, &valid).await?;
        let mut decided = Vec::with_capacity(rows.len());
        for ((((row, c), (first_name, email)), company), input) in
            rows.iter().zip(&typed).zip(companies).zip(inputs)
        {
            let key = (
                self.collation.key(first_name).to_vec(),
                self.collation.key(email).to_vec(),
            );
            if persons.by_email.contains(&key) {
                decided.push(Decided::Ended(
                    cx.already_exists(&person_name(cx, row), &c.country),
                ));
                continue;
            }
            let (Some(company), Some(input)) = (company, input) else {
                decided.push(Decided::Ended(
                    cx.failed("import-company-not-found", cx.sheet.value(row, "company")),
                ));
                continue;
            };
            match self.contact(input, &company, &persons).await {
                Ok((fields, input)) => {
                    persons.add(
                        &self.collation,
                        [
                            &input.first_name,
                            &input.last_name,
                            &input.email,
                            &input.phone,
                            &input.mobile,
                            &input.other_phone,
                        ],
                    );
                    decided.push(Decided::Create(fields));
                }
                Err(Stop::Row(outcome)) => decided.push(Decided::Ended(outcome)),
                Err(Stop::Chunk(err)) => return Err(err),
            }
        }
        Ok(decided)
    }

    /// `contact_create` on a row that is no duplicate, of a company found.
    async fn contact(
        &mut self,
        input: Result<ContactInput, Violations>,
        company: &StoredCompany,
        persons: &Persons,
    ) -> Result<(Fields, ContactInput), Stop> {
        let mut input = input.map_err(|v| self.row_error(&AppError::Validation(v)))?;
        let found = self.place(input.country_id, &input.city_name).await?;
        if let Found::City(city) = found {
            input.city_id = Some(city);
        }
        // R-CONT-1: owned as its company is; only administrators choose another owner.
        if !(self.cx.session.actor().is_superuser && input.owner_id.is_some()) {
            input.owner_id = company.owner_id.map(Id);
        }
        input.department_id = company.department_id.map(Id);
        let person = [
            input.first_name.as_str(),
            &input.last_name,
            &input.email,
            &input.phone,
            &input.mobile,
            &input.other_phone,
        ];
        if persons.twice(&self.collation, person) {
            let err = AppError::Validation(Violations::one("first_name", Rule::AlreadyExists));
            return Err(self.row_error(&err));
        }
        let mut fields = fields_of(&input).map_err(|err| self.row_error(&err))?;
        self.may_create(&CONTACT, &mut fields).await?;
        self.file_city(found, &mut fields).await?;
        Ok((fields, input))
    }

    /// The rows of a chunk of leads.
    async fn leads(&mut self, rows: &[(&SheetRow, &Common)]) -> Result<Vec<Decided>, AppError> {
        let cx = self.cx;
        let inputs: Vec<Result<LeadInput, Violations>> = rows
            .iter()
            .map(|(row, c)| lead_input(cx, row, c).validate())
            .collect();
        let typed: Vec<(&str, &str)> = rows
            .iter()
            .map(|(row, _)| (cx.sheet.value(row, "first_name"), cx.sheet.value(row, "email")))
            .collect();
        let valid: Vec<[&str; 3]> = inputs
            .iter()
            .flatten()
            .map(|input| {
                [
                    input.first_name.as_str(),
                    input.last_name.as_str(),
                    input.email.as_str(),
                ]
            })
            .collect();
        let mut persons = self.persons(People::Leads, &typed, &valid).await?;
        let mut decided = Vec::with_capacity(rows.len());
        for (((row, c), (first_name, email)), input) in rows.iter().zip(&typed).zip(inputs) {
            let key = (
                self.collation.key(first_name).to_vec(),
                self.collation.key(email).to_vec(),
            );
            if persons.by_email.contains(&key) {
                decided.push(Decided::Ended(
                    cx.already_exists(&person_name(cx, row), &c.country),
                ));
                continue;
            }
            match self.lead(input, &persons).await {
                Ok((fields, input)) => {
                    persons.add(
                        &self.collation,
                        [
                            &input.first_name,
                            &input.last_name,
                            &input.email,
                            &input.phone,
                            &input.mobile,
                            &input.other_phone,
                        ],
                    );
                    decided.push(Decided::Create(fields));
                }
                Err(Stop::Row(outcome)) => decided.push(Decided::Ended(outcome)),
                Err(Stop::Chunk(err)) => return Err(err),
            }
        }
        Ok(decided)
    }

    /// `lead_create` on a row that is no duplicate.
    async fn lead(
        &mut self,
        input: Result<LeadInput, Violations>,
        persons: &Persons,
    ) -> Result<(Fields, LeadInput), Stop> {
        let mut input = input.map_err(|v| self.row_error(&AppError::Validation(v)))?;
        let found = self.place(input.country_id, &input.city_name).await?;
        if let Found::City(city) = found {
            input.city_id = Some(city);
        }
        let person = [
            input.first_name.as_str(),
            &input.last_name,
            &input.email,
            &input.phone,
            &input.mobile,
            &input.other_phone,
        ];
        if persons.twice(&self.collation, person) {
            let err = AppError::Validation(Violations::one("first_name", Rule::AlreadyExists));
            return Err(self.row_error(&err));
        }
        let mut fields = fields_of(&input).map_err(|err| self.row_error(&err))?;
        self.may_create(&LEAD, &mut fields).await?;
        self.file_city(found, &mut fields).await?;
        Ok((fields, input))
    }
}

/// Checks and writes the rows of a chunk in `tx`; the outcome of each row, in order. An error
/// means the chunk's rows were not all written: the caller rolls its part back.
async fn write_chunk(
    cx: &Context<'_>,
    entity: TransferEntity,
    chunk: &[Read<'_>],
    tx: &mut Tx,
) -> Result<Vec<Outcome>, AppError> {
    let open: Vec<(&SheetRow, &Common)> = chunk
        .iter()
        .filter_map(|read| read.state.as_ref().ok().map(|c| (read.row, c)))
        .collect();
    let mut decided = Vec::new();
    if !open.is_empty() {
        let mut writer = Writer {
            cx,
            collation: Collation::new(tx.backend()),
            tx,
            cities: HashMap::new(),
        };
        decided = match entity {
            TransferEntity::Company => writer.companies(&open).await?,
            TransferEntity::Contact => writer.contacts(&open).await?,
            TransferEntity::Lead | TransferEntity::Deal => writer.leads(&open).await?,
        };
        let created: Vec<Fields> = decided
            .iter_mut()
            .filter_map(|decided| match decided {
                Decided::Create(fields) => Some(std::mem::take(fields)),
                Decided::Ended(_) => None,
            })
            .collect();
        let user = Some(cx.session.user_id().0);
        record::create_many_in(writer.tx, entity.spec().entity, user, &created).await?;
    }
    let mut decided = decided.into_iter();
    Ok(chunk
        .iter()
        .map(|read| match &read.state {
            Err(outcome) => outcome.clone(),
            Ok(_) => match decided.next() {
                Some(Decided::Ended(outcome)) => outcome,
                Some(Decided::Create(_)) | None => Outcome::Created,
            },
        })
        .collect())
}

/// The savepoint each chunk is written under.
const CHUNK_SAVEPOINT: &str = "import_chunk";

/// The import's open transaction and the chunks written in it, whose outcomes count once it
/// commits. A chunk the database refuses is rolled back to its savepoint alone; the chunks
/// before it are committed and it is saved again row by row. Written chunks without a
/// transaction were lost with it (its rollback to a savepoint failed).
struct Batch<'s> {
    tx: Option<Tx>,
    written: Vec<(Vec<Read<'s>>, Vec<Outcome>)>,
}

impl<'s> Batch<'s> {
    fn new() -> Self {
        Batch {
            tx: None,
            written: Vec::new(),
        }
    }

    /// Writes `chunk` in the open transaction, committing it once it holds
    /// [`CHUNKS_PER_COMMIT`] chunks; a refused chunk is saved row by row.
    async fn save(
        &mut self,
        cx: &Context<'_>,
        entity: TransferEntity,
        chunk: Vec<Read<'s>>,
        report: &mut ImportReport,
    ) {
        if chunk.is_empty() {
            return;
        }
        if let Ok(outcomes) = self.write(cx, entity, &chunk).await {
            self.written.push((chunk, outcomes));
            if self.written.len() >= CHUNKS_PER_COMMIT {
                self.commit(cx, entity, report).await;
            }
        } else {
            self.commit(cx, entity, report).await;
            let outcomes = row_by_row(cx, entity, &chunk).await;
            count_all(report, &chunk, outcomes);
        }
    }

    async fn begin(cx: &Context<'_>) -> Result<Tx, AppError> {
        let mut tx = cx.session.db().begin().await?;
        // The chunks' look-ups would otherwise plan with statistics of tables a fraction of the
        // size the import has made them.
        tx.refresh_statistics().await?;
        Ok(tx)
    }

    async fn write(
        &mut self,
        cx: &Context<'_>,
        entity: TransferEntity,
        chunk: &[Read<'_>],
    ) -> Result<Vec<Outcome>, AppError> {
        let tx = match &mut self.tx {
            Some(tx) => tx,
            None => self.tx.insert(Self::begin(cx).await?),
        };
        tx.savepoint(CHUNK_SAVEPOINT).await?;
        let written = match write_chunk(cx, entity, chunk, tx).await {
            Ok(outcomes) => tx
                .release(CHUNK_SAVEPOINT)
                .await
                .map(|()| outcomes)
                .map_err(AppError::from),
            Err(err) => Err(err),
        };
        if written.is_err() && tx.rollback_to(CHUNK_SAVEPOINT).await.is_err() {
            self.tx = None;
        }
        written
    }

    /// Commits the open transaction and counts the outcomes of its chunks; when it cannot be
    /// committed, they are saved again row by row.
    async fn commit(&mut self, cx: &Context<'_>, entity: TransferEntity, report: &mut ImportReport) {
        let committed = match self.tx.take() {
            Some(tx) => tx.commit().await.is_ok(),
            // Chunks are only written in a transaction: without one, it was lost.
            None => false,
        };
        for (chunk, outcomes) in std::mem::take(&mut self.written) {
            let outcomes = if committed {
                outcomes
            } else {
                row_by_row(cx, entity, &chunk).await
            };
            count_all(report, &chunk, outcomes);
        }
    }
}

/// The rows of a chunk whose transaction failed, saved one at a time through the commands.
async fn row_by_row(cx: &Context<'_>, entity: TransferEntity, chunk: &[Read<'_>]) -> Vec<Outcome> {
    let mut outcomes = Vec::with_capacity(chunk.len());
    for read in chunk {
        outcomes.push(match &read.state {
            Err(outcome) => outcome.clone(),
            Ok(c) => import_row(cx, entity, read.row, c).await,
        });
    }
    outcomes
}

/// The language the user reads the result in.
async fn locale_of(session: &Session) -> Result<String, AppError> {
    let code = crm_store::users::language(session.db(), session.user_id().0).await?;
    Ok(Localizer::embedded().negotiate(code.as_deref().unwrap_or("en")))
}

fn count(report: &mut ImportReport, row: &SheetRow, outcome: Outcome) {
    let (outcome, message) = match outcome {
        Outcome::Created => {
            report.created += 1;
            return;
        }
        Outcome::Skipped(message) => {
            report.skipped += 1;
            (RowOutcome::Skipped, message)
        }
        Outcome::Failed(message) => {
            report.failed += 1;
            (RowOutcome::Failed, message)
        }
    };
    report.messages.push(RowMessage {
        row: row.number,
        outcome,
        message,
    });
}

/// R-IMP-2: imports the first sheet of the XLSX file `bytes` as `entity` rows, [`CHUNK_ROWS`]
/// at a time. `progress` hears after every row read; setting `cancel` stops the import before
/// the next row: the rows of the chunk read so far are saved, no later row is looked at.
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
        facts: Mutex::new(HashMap::new()),
    };
    let total = u32::try_from(sheet.rows.len()).unwrap_or(u32::MAX);
    let mut report = ImportReport {
        found: total,
        ..ImportReport::default()
    };
    let mut batch = Batch::new();
    let mut chunk = Vec::with_capacity(CHUNK_ROWS.min(sheet.rows.len()));
    for (done, row) in (1..).zip(&sheet.rows) {
        if cancel.load(Ordering::SeqCst) {
            report.cancelled = true;
            break;
        }
        chunk.push(read_row(&cx, entity, row).await);
        progress(ImportProgress { done, total });
        if chunk.len() == CHUNK_ROWS {
            let full = std::mem::replace(&mut chunk, Vec::with_capacity(CHUNK_ROWS));
            batch.save(&cx, entity, full, &mut report).await;
        }
    }
    batch.save(&cx, entity, chunk, &mut report).await;
    batch.commit(&cx, entity, &mut report).await;
    Ok(report)
}

fn count_all(report: &mut ImportReport, chunk: &[Read<'_>], outcomes: Vec<Outcome>) {
    for (read, outcome) in chunk.iter().zip(outcomes) {
        count(report, read.row, outcome);
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The desktop shell runs the import on its async runtime's worker threads.
    #[allow(dead_code)]
    fn the_import_may_move_between_threads(session: &Session, bytes: &[u8], cancel: &AtomicBool) {
        fn sendable<T: Send>(_: &T) {}
        sendable(&import_file(
            session,
            TransferEntity::Company,
            bytes,
            |_| {},
            cancel,
        ));
    }
}

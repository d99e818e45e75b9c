//! Demo data at scale (`crm demo --rows N`): a sales organisation with N deals and everything
//! around them — companies and their contacts, leads, the requests the deals came from, product
//! lines, payments, tags and e-mails — for trying the app on a large database and for the
//! benchmarks (`cargo xtask bench`).
//!
//! The small demo ([`crate::demo`]) goes through the commands staff use; a million deals that way
//! would take hours. Here only the few dozen users, products, tags and the extra department are
//! made by commands; the rows are written in bulk ([`crm_store::bulk`]): multi-row INSERTs with
//! explicit ids, a transaction per few thousand rows, with the search text and (on MySQL) the
//! trigram words the record layer would have written.
//!
//! The data are skewed as real ones are: a few big customers with many requests and many small
//! ones, some managers busier than others, most deals in the early stages, a fifth of them lost,
//! names in the scripts of seventeen markets. Everything follows from the seed and the anchor day,
//! so two runs give the same rows.

mod words;

use std::collections::HashSet;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use chrono::{DateTime, Days, NaiveDate, NaiveTime, Utc};
use crm_core::deal_flow::{with_stage_line, with_workflow_line};
use crm_core::list::PageRequest;
use crm_core::validation::{Rule, Violations};
use crm_store::bulk::{self, Rows, Val};
use crm_store::record::{self, Entity, Fields};
use crm_store::{Backend, Tx, search};
use rust_decimal::Decimal;
use serde::Serialize;
use serde_json::{Value, json};

use crate::{AppError, Localizer, Session, registry};
use words::{EMAIL_LINES, MANAGERS, MARKETS, Market, PRODUCTS, TAGS};

/// The day the generated history leads up to when none is given: fixed, so that a seed alone
/// decides the data.
pub fn default_anchor() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 6, 30).unwrap_or_default()
}

/// The free-text term the benchmarks use as a common one: part of the English request subjects.
pub const COMMON_TERM: &str = "quote";

/// How much to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleInput {
    /// Deals; the other tables are sized from it.
    pub deals: u64,
    pub seed: u64,
    /// The last day of the generated history; open deals have their next steps around it.
    pub anchor: NaiveDate,
}

/// How far the generation is: `done` of `total` rows of `step`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScaleProgress {
    pub step: &'static str,
    pub done: u64,
    pub total: u64,
}

/// What was made, per table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ScaleReport {
    pub users: u64,
    pub products: u64,
    pub companies: u64,
    pub contacts: u64,
    pub leads: u64,
    pub requests: u64,
    pub deals: u64,
    pub outputs: u64,
    pub payments: u64,
    pub emails: u64,
    /// Rows of the link tables: tags, industries and products of records.
    pub links: u64,
}

impl ScaleReport {
    /// Every row written.
    pub fn rows(&self) -> u64 {
        self.users
            + self.products
            + self.companies
            + self.contacts
            + self.leads
            + self.requests
            + self.deals
            + self.outputs
            + self.payments
            + self.emails
            + self.links
    }
}

/// The reference text of request `index` (0-based): a number nobody else's subject carries, the
/// rare term of the benchmarks' searches.
pub fn reference_of(index: u64) -> String {
    format!("RFQ-{index:07}")
}

/// How many rows of each table `deals` deals come with.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    deals: u64,
    /// Every deal came from a request; a tenth of the requests did not (yet) become one.
    requests: u64,
    companies: u64,
    leads: u64,
}

impl Sizes {
    fn of(deals: u64) -> Sizes {
        Sizes {
            deals,
            requests: deals + deals / 10,
            companies: (deals / 10).max(20),
            leads: (deals / 10).max(10),
        }
    }
}

/// Rows per transaction.
const CHUNK: u64 = 5_000;

/// `demo_scale`: fills a database without companies with demo data around `input.deals` deals.
/// Only an administrator may. `progress` hears after every transaction.
///
/// # Errors
/// `forbidden` for other users; a validation error on `companies` when the database already has
/// companies; any error of the commands or statements it runs.
pub async fn generate(
    session: &Session,
    input: ScaleInput,
    progress: &mut (dyn FnMut(ScaleProgress) + Send),
) -> Result<ScaleReport, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let existing = registry::call(session, "company_count", json!({})).await?;
    if existing.as_i64().unwrap_or_default() > 0 {
        return Err(AppError::Validation(Violations::one(
            "companies",
            Rule::AlreadyExists,
        )));
    }
    let mut report = ScaleReport::default();
    let scene = Scene::make(session, &mut report).await?;
    let mut generator = Generator::new(session, scene, input).await?;
    generator.companies(progress, &mut report).await?;
    generator.leads(progress, &mut report).await?;
    generator.requests_and_deals(progress, &mut report).await?;
    progress(ScaleProgress {
        step: "statistics",
        done: 0,
        total: 1,
    });
    let db = session.db();
    bulk::sync_ids(db, &TABLES_WITH_IDS).await?;
    bulk::analyze(db, &ANALYZED).await?;
    progress(ScaleProgress {
        step: "statistics",
        done: 1,
        total: 1,
    });
    Ok(report)
}

/// The tables written with explicit ids.
const TABLES_WITH_IDS: [&str; 6] = [
    "companies",
    "contacts",
    "leads",
    "requests",
    "deals",
    "crm_emails",
];
const ANALYZED: [&str; 13] = [
    "companies",
    "company_tags",
    "company_industries",
    "contacts",
    "leads",
    "requests",
    "request_products",
    "deals",
    "deal_tags",
    "outputs",
    "payments",
    "crm_emails",
    "change_log",
];

/// A progress bar on standard error for [`generate`]: redrawn in place on a terminal (at most ten
/// times a second), a line per step and tenth otherwise, so a log stays short.
pub fn stderr_progress() -> impl FnMut(ScaleProgress) + Send {
    use std::io::{IsTerminal as _, Write as _};
    let terminal = std::io::stderr().is_terminal();
    let started = std::time::Instant::now();
    let mut drawn = std::time::Instant::now();
    let mut last_tenth = (String::new(), u64::MAX);
    move |p: ScaleProgress| {
        let finished = p.done >= p.total;
        let tenth = p.done.saturating_mul(10) / p.total.max(1);
        let due = if terminal {
            finished || drawn.elapsed() >= std::time::Duration::from_millis(100)
        } else {
            (p.step.to_owned(), tenth) != last_tenth
        };
        if !due {
            return;
        }
        drawn = std::time::Instant::now();
        last_tenth = (p.step.to_owned(), tenth);
        let width = 30;
        let filled = usize::try_from(p.done.saturating_mul(width) / p.total.max(1)).unwrap_or(0);
        let bar = format!(
            "{}{}",
            "#".repeat(filled),
            " ".repeat(30_usize.saturating_sub(filled))
        );
        let line = format!(
            "{:<20} [{bar}] {:>3}% {}/{} {:.1} s",
            p.step,
            p.done.saturating_mul(100) / p.total.max(1),
            p.done,
            p.total,
            started.elapsed().as_secs_f64()
        );
        let mut err = std::io::stderr().lock();
        let _ = if terminal {
            write!(err, "\r{line}{}", if finished { "\n" } else { "" })
        } else {
            writeln!(err, "{line}")
        };
        let _ = err.flush();
    }
}

// ---------------------------------------------------------------------------------------------
// Chance

/// SplitMix64's finaliser: a bijection of u64 that scatters neighbouring inputs.
fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// The choices about one record: a stream of numbers that depends only on the seed, the table
/// and the record's index, so any record can be made again without the ones before it.
#[derive(Debug, Clone, Copy)]
struct Dice(u64);

impl Dice {
    fn of(seed: u64, table: Table, index: u64) -> Dice {
        Dice(mix(mix(seed ^ mix(table as u64)) ^ index))
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: u64) -> u64 {
        u64::try_from((u128::from(self.next()) * u128::from(n)) >> 64).unwrap_or(0)
    }

    fn index(&mut self, n: usize) -> usize {
        usize::try_from(self.below(n as u64)).unwrap_or(0)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.index(items.len())]
    }

    fn one_of<T: Copy>(&mut self, items: &[T]) -> T {
        *self.pick(items)
    }

    fn percent(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }

    /// In `0..n`, low values far more often: `n · u^power` for a uniform `u`. With power 3 the
    /// first 1% of `n` get a fifth of the picks.
    fn skewed(&mut self, n: u64, power: u32) -> u64 {
        let uniform = u128::from(self.next());
        let mut fraction = uniform;
        for _ in 1..power {
            fraction = (fraction * uniform) >> 64;
        }
        u64::try_from((fraction * u128::from(n)) >> 64).unwrap_or(0)
    }

    /// An index by weight.
    fn weighted(&mut self, weights: &[u64]) -> usize {
        let mut roll = self.below(weights.iter().sum());
        for (i, weight) in weights.iter().enumerate() {
            if roll < *weight {
                return i;
            }
            roll -= weight;
        }
        weights.len().saturating_sub(1)
    }
}

/// The streams of [`Dice`] and of tokens, one per table.
#[derive(Debug, Clone, Copy)]
enum Table {
    Company = 1,
    Contact,
    Lead,
    Request,
    Deal,
}

/// A create-once token (`companies.token`, a request's ticket): 11 base64url characters, like
/// the store's random ones, different for every index of a table because [`mix`] is a bijection.
fn token(seed: u64, table: Table, index: u64) -> String {
    let bits = mix(mix(seed) ^ ((table as u64) << 56) ^ index);
    URL_SAFE_NO_PAD.encode(bits.to_be_bytes())
}

fn day_before(anchor: NaiveDate, days: u64) -> NaiveDate {
    anchor.checked_sub_days(Days::new(days)).unwrap_or(anchor)
}

fn day_after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

/// A moment of `day` in office hours.
fn moment(day: NaiveDate, dice: &mut Dice) -> DateTime<Utc> {
    let seconds = u32::try_from(7 * 3600 + dice.below(11 * 3600)).unwrap_or(0);
    let micros = u32::try_from(dice.below(1_000_000)).unwrap_or(0);
    let time = NaiveTime::from_num_seconds_from_midnight_opt(seconds, micros * 1000).unwrap_or_default();
    day.and_time(time).and_utc()
}

/// The folded search text of a record of `entity` whose field values `value` gives, as the
/// record layer computes it.
fn folded<'a>(entity: &Entity, value: impl Fn(&str) -> &'a str) -> String {
    let texts: Vec<&str> = entity.search.iter().map(|field| value(field)).collect();
    search::search_text(&texts)
}

/// A money value with two decimals from cents.
fn money(cents: u64) -> Decimal {
    Decimal::new(i64::try_from(cents).unwrap_or(i64::MAX), 2)
}

// ---------------------------------------------------------------------------------------------
// The scene: departments, managers, products and tags, made by commands

#[derive(Debug, Clone)]
struct Stage {
    id: i64,
    name: String,
    index: i64,
    success: bool,
}

/// What a sales department offers the generated rows.
#[derive(Debug, Clone, Default)]
struct Department {
    id: i64,
    stages: Vec<Stage>,
    won_reason: i64,
    lost_reasons: Vec<i64>,
    industries: Vec<i64>,
    lead_sources: Vec<i64>,
    types: Vec<i64>,
    products: Vec<(i64, Decimal, String)>,
    tags: Vec<i64>,
}

#[derive(Debug, Clone, Copy)]
struct Manager {
    id: i64,
    /// Index into [`Scene::departments`].
    department: usize,
}

struct Scene {
    departments: Vec<Department>,
    managers: Vec<Manager>,
}

fn id_in(value: &Value) -> i64 {
    value["id"].as_i64().unwrap_or_default()
}

/// Every row of a reference list of `department`, in its default order.
async fn reference_rows(
    session: &Session,
    entity: &Entity,
    department: i64,
) -> Result<Vec<Fields>, AppError> {
    let mut filter = Fields::new();
    filter.insert("department_id".into(), json!(department));
    let page = PageRequest {
        after: None,
        limit: Some(crm_core::list::MAX_PAGE_SIZE),
        descending: false,
    };
    Ok(record::list(session.db(), entity, &filter, "", &page)
        .await?
        .items)
}

fn ids_of(rows: &[Fields]) -> Vec<i64> {
    rows.iter()
        .filter_map(|r| r.get("id").and_then(Value::as_i64))
        .collect()
}

impl Department {
    /// The stages, closing reasons and lists of department `id`.
    async fn read(admin: &Session, id: i64) -> Result<Department, AppError> {
        let mut department = Department {
            id,
            ..Department::default()
        };
        for stage in reference_rows(admin, &crm_store::stages::STAGE, id).await? {
            department.stages.push(Stage {
                id: stage.get("id").and_then(Value::as_i64).unwrap_or_default(),
                name: stage
                    .get("name")
                    .and_then(Value::as_str)
                    .unwrap_or_default()
                    .to_owned(),
                index: stage
                    .get("index_number")
                    .and_then(Value::as_i64)
                    .unwrap_or_default(),
                success: stage
                    .get("success_stage")
                    .and_then(Value::as_bool)
                    .unwrap_or(false),
            });
        }
        for reason in reference_rows(admin, &crm_store::closing_reasons::CLOSING_REASON, id).await? {
            let reason_id = reason.get("id").and_then(Value::as_i64).unwrap_or_default();
            if reason.get("success_reason").and_then(Value::as_bool) == Some(true) {
                department.won_reason = reason_id;
            } else {
                department.lost_reasons.push(reason_id);
            }
        }
        department.industries = ids_of(&reference_rows(admin, &crm_store::industries::INDUSTRY, id).await?);
        department.lead_sources =
            ids_of(&reference_rows(admin, &crm_store::lead_sources::LEAD_SOURCE, id).await?);
        department.types = ids_of(&reference_rows(admin, &crm_store::client_types::CLIENT_TYPE, id).await?);
        if department.stages.is_empty() || department.lost_reasons.is_empty() {
            return Err(AppError::Internal(format!(
                "department {id} has no stages or closing reasons to give deals"
            )));
        }
        Ok(department)
    }
}

impl Scene {
    async fn make(admin: &Session, report: &mut ScaleReport) -> Result<Scene, AppError> {
        // A third sales department next to the two seeded ones, with the stages, reasons and
        // lists of Local sales.
        let copy = registry::call(admin, "department_copy", json!({ "id": 2 })).await?;
        registry::call(
            admin,
            "department_update",
            json!({ "id": id_in(&copy), "version": copy["version"],
                    "input": { "name": "Export sales", "default_currency_id": 2, "works_globally": false } }),
        )
        .await?;
        let department_ids = [1, 2, id_in(&copy)];
        let mut managers = Vec::new();
        for (n, (first, last)) in MANAGERS.iter().enumerate() {
            let department = n % department_ids.len();
            let username = format!("sales{:02}", n + 1);
            let user = registry::call(
                admin,
                "user_create",
                json!({ "username": username, "first_name": first, "last_name": last,
                        "email": format!("{username}@oriel.example"), "is_staff": true,
                        "role_ids": [1], "department_ids": [department_ids[department]] }),
            )
            .await?;
            managers.push(Manager {
                id: id_in(&user),
                department,
            });
            report.users += 1;
        }
        let mut departments = Vec::new();
        for (n, &id) in department_ids.iter().enumerate() {
            let mut department = Department::read(admin, id).await?;
            for (name, price) in PRODUCTS {
                let product = registry::call(
                    admin,
                    "product_create",
                    json!({ "name": name, "price": price, "currency_id": 1, "department_id": id }),
                )
                .await?;
                let price: Decimal = price.parse().unwrap_or_default();
                department
                    .products
                    .push((id_in(&product), price, (*name).to_owned()));
                report.products += 1;
            }
            let owner = managers
                .iter()
                .find(|m| m.department == n)
                .map_or(admin.user_id().0, |m| m.id);
            for name in TAGS {
                let tag = registry::call(
                    admin,
                    "tag_create",
                    json!({ "name": name, "owner_id": owner, "department_id": id }),
                )
                .await?;
                department.tags.push(id_in(&tag));
            }
            departments.push(department);
        }
        Ok(Scene {
            departments,
            managers,
        })
    }
}

// ---------------------------------------------------------------------------------------------
// The rows

/// A company as the rows pointing at it need it.
#[derive(Debug, Clone)]
struct CompanyPlan {
    id: i64,
    market: usize,
    manager: usize,
    name: String,
    first_contact: u64,
    contacts: u64,
}

/// A contact or lead as a request from them needs it.
#[derive(Debug, Clone)]
struct Person {
    id: i64,
    market: usize,
    manager: usize,
    first_name: &'static str,
    last_name: &'static str,
    email: String,
    phone: String,
    company_name: String,
}

struct Generator<'s> {
    session: &'s Session,
    backend: Backend,
    scene: Scene,
    input: ScaleInput,
    sizes: Sizes,
    market_weights: Vec<u64>,
    /// The first id of each table's generated rows.
    company_base: i64,
    contact_base: i64,
    lead_base: i64,
    request_base: i64,
    deal_base: i64,
    email_base: i64,
    companies: Vec<CompanyPlan>,
    contacts: Vec<Person>,
    leads: Vec<Person>,
    workflow_request: String,
    first_next_step: String,
}

const COMPANY_COLUMNS: &[&str] = &[
    "id",
    "full_name",
    "email",
    "website",
    "phone",
    "city_name",
    "address",
    "description",
    "country_id",
    "type_id",
    "lead_source_id",
    "token",
    "search_text",
    "owner_id",
    "modified_by_id",
    "department_id",
    "created_at",
    "updated_at",
];
const PERSON_COLUMNS: &[&str] = &[
    "id",
    "first_name",
    "last_name",
    "sex",
    "email",
    "phone",
    "city_name",
    "country_id",
    "lead_source_id",
    "token",
    "search_text",
    "owner_id",
    "modified_by_id",
    "department_id",
    "created_at",
    "updated_at",
];
const REQUEST_COLUMNS: &[&str] = &[
    "id",
    "request_for",
    "first_name",
    "last_name",
    "email",
    "phone",
    "company_name",
    "receipt_date",
    "lead_source_id",
    "lead_id",
    "contact_id",
    "company_id",
    "country_id",
    "description",
    "pending",
    "ticket",
    "search_text",
    "owner_id",
    "modified_by_id",
    "department_id",
    "created_at",
    "updated_at",
    "deleted_at",
];
const DEAL_COLUMNS: &[&str] = &[
    "id",
    "name",
    "next_step",
    "next_step_date",
    "description",
    "workflow",
    "stage_id",
    "stages_dates",
    "closing_date",
    "win_closing_date",
    "amount",
    "currency_id",
    "closing_reason_id",
    "ticket",
    "country_id",
    "lead_id",
    "contact_id",
    "request_id",
    "company_id",
    "relevant",
    "active",
    "important",
    "is_new",
    "co_owner_id",
    "owner_id",
    "modified_by_id",
    "department_id",
    "search_text",
    "created_at",
    "updated_at",
    "deleted_at",
];
const OUTPUT_COLUMNS: &[&str] = &[
    "deal_id",
    "product_id",
    "quantity",
    "amount",
    "currency_id",
    "shipping_date",
    "product_is_shipped",
    "created_at",
    "updated_at",
];
const PAYMENT_COLUMNS: &[&str] = &[
    "deal_id",
    "amount",
    "currency_id",
    "payment_date",
    "status",
    "invoice_number",
    "created_at",
    "updated_at",
];
const EMAIL_COLUMNS: &[&str] = &[
    "id",
    "subject",
    "content",
    "is_html",
    "from_field",
    "to_field",
    "incoming",
    "inquiry",
    "deal_id",
    "request_id",
    "contact_id",
    "company_id",
    "ticket",
    "owner_id",
    "modified_by_id",
    "department_id",
    "search_text",
    "created_at",
    "updated_at",
];

/// The ASCII letters of a name, lower-cased, for a plausible domain.
fn ascii(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// The rows of one transaction, per table.
struct Batch {
    tables: Vec<Rows>,
}

impl Batch {
    fn new(tables: Vec<Rows>) -> Batch {
        Batch { tables }
    }

    fn table(&mut self, name: &str) -> Option<&mut Rows> {
        self.tables.iter_mut().find(|t| t.table() == name)
    }

    fn push(&mut self, name: &str, row: Vec<Val>) {
        if let Some(rows) = self.table(name) {
            rows.push(row);
        }
    }

    fn push_grams(&mut self, table: &str, id: i64, text: &str) {
        if let Some(rows) = self.table(&format!("{table}_fts")) {
            rows.push_grams(id, text);
        }
    }

    async fn write_in(&mut self, tx: &mut Tx) -> Result<(), AppError> {
        for rows in &mut self.tables {
            rows.write_in(tx).await?;
        }
        Ok(())
    }

    fn written(&self, name: &str) -> u64 {
        self.tables
            .iter()
            .find(|t| t.table() == name)
            .map_or(0, Rows::written)
    }

    fn links(&self) -> u64 {
        self.tables
            .iter()
            .filter(|t| {
                t.table().ends_with("_tags")
                    || t.table().ends_with("_industries")
                    || t.table() == "request_products"
            })
            .map(Rows::written)
            .sum()
    }
}

impl<'s> Generator<'s> {
    async fn new(session: &'s Session, scene: Scene, input: ScaleInput) -> Result<Generator<'s>, AppError> {
        let db = session.db();
        let i18n = Localizer::embedded();
        Ok(Generator {
            session,
            backend: db.backend(),
            scene,
            input,
            sizes: Sizes::of(input.deals),
            market_weights: MARKETS.iter().map(|m| m.weight).collect(),
            company_base: bulk::next_id(db, "companies").await?,
            contact_base: bulk::next_id(db, "contacts").await?,
            lead_base: bulk::next_id(db, "leads").await?,
            request_base: bulk::next_id(db, "requests").await?,
            deal_base: bulk::next_id(db, "deals").await?,
            email_base: bulk::next_id(db, "crm_emails").await?,
            companies: Vec::new(),
            contacts: Vec::new(),
            leads: Vec::new(),
            workflow_request: i18n.message("en", "deal-workflow-request", None),
            first_next_step: i18n.message("en", "deal-first-next-step", None),
        })
    }

    /// The tables of a batch, with the MySQL trigram tables of the searchable ones.
    fn batch(&self, tables: &[(&str, &[&'static str])], searchable: &[&str]) -> Batch {
        let mut rows: Vec<Rows> = tables.iter().map(|(t, c)| Rows::new(*t, c)).collect();
        if self.backend == Backend::Mysql {
            rows.extend(searchable.iter().map(|t| Rows::grams_of(t)));
        }
        Batch::new(rows)
    }

    fn manager(&self, index: usize) -> (Manager, &Department) {
        let manager = self.scene.managers[index];
        (manager, &self.scene.departments[manager.department])
    }

    fn int(value: u64) -> i64 {
        i64::try_from(value).unwrap_or(i64::MAX)
    }

    async fn commit(&self, batch: &mut Batch) -> Result<(), AppError> {
        let mut tx = self.session.db().begin().await?;
        batch.write_in(&mut tx).await?;
        tx.commit().await?;
        Ok(())
    }

    // Companies and their contacts --------------------------------------------------------------

    async fn companies(
        &mut self,
        progress: &mut (dyn FnMut(ScaleProgress) + Send),
        report: &mut ScaleReport,
    ) -> Result<(), AppError> {
        let total = self.sizes.companies;
        let mut batch = self.batch(
            &[
                ("companies", COMPANY_COLUMNS),
                ("company_industries", &["company_id", "industry_id"]),
                ("company_tags", &["company_id", "tag_id"]),
                ("contacts", &[PERSON_COLUMNS, &["company_id"]].concat()),
            ],
            &["companies", "contacts"],
        );
        let mut names = HashSet::new();
        let mut next_contact = 0;
        for k in 0..total {
            let company = self.company(k, &mut names, &mut batch, next_contact);
            next_contact += company.contacts;
            self.companies.push(company);
            if (k + 1) % CHUNK == 0 || k + 1 == total {
                self.commit(&mut batch).await?;
                progress(ScaleProgress {
                    step: "companies",
                    done: k + 1,
                    total,
                });
            }
        }
        report.companies = batch.written("companies");
        report.contacts = batch.written("contacts");
        report.links += batch.links();
        Ok(())
    }

    #[allow(
        clippy::too_many_lines,
        reason = "one company with its links and contacts, in the order of the columns"
    )]
    fn company(
        &mut self,
        k: u64,
        names: &mut HashSet<String>,
        batch: &mut Batch,
        first_contact: u64,
    ) -> CompanyPlan {
        let mut dice = Dice::of(self.input.seed, Table::Company, k);
        let market_index = dice.weighted(&self.market_weights);
        let market: &Market = &MARKETS[market_index];
        let manager_index =
            usize::try_from(dice.skewed(self.scene.managers.len() as u64, 2)).unwrap_or_default();
        let (manager, department) = self.manager(manager_index);
        let core = *dice.pick(market.cores);
        let trade = *dice.pick(market.trades);
        let form = *dice.pick(market.forms);
        let base = if market.form_first {
            format!("{form} {core} {trade}")
        } else {
            format!("{core} {trade} {form}")
        };
        let name = if names.insert(base.clone()) {
            base
        } else {
            format!("{base} {}", k + 1)
        };
        let id = self.company_base + Self::int(k);
        let slug = ascii(core);
        let domain = if slug.is_empty() {
            format!("co{}.example", k + 1)
        } else {
            format!("{slug}{}.example", k + 1)
        };
        let email = format!("info@{domain}");
        let website = format!("https://www.{domain}");
        let phone = format!("{} {:04}", market.phone_prefix, dice.below(10_000));
        let city = *dice.pick(market.cities);
        let address = format!("{city}, {}", 1 + dice.below(250));
        let description = if dice.percent(15) {
            format!("{trade}; {}", dice.pick(PRODUCTS).0)
        } else {
            String::new()
        };
        let text = folded(&crm_store::companies::COMPANY, |field| match field {
            "full_name" => name.as_str(),
            "website" => website.as_str(),
            "phone" => phone.as_str(),
            "city_name" => city,
            "address" => address.as_str(),
            "email" => email.as_str(),
            "description" => description.as_str(),
            _ => "",
        });
        let created = moment(day_before(self.input.anchor, 400 + dice.below(1500)), &mut dice);
        let updated = moment(day_before(self.input.anchor, dice.below(400)), &mut dice);
        batch.push_grams("companies", id, &text);
        batch.push(
            "companies",
            vec![
                id.into(),
                name.clone().into(),
                email.into(),
                website.into(),
                phone.into(),
                city.into(),
                address.into(),
                description.into(),
                market.country.into(),
                Val::Int(dice.percent(70).then(|| *dice.pick(&department.types))),
                Val::Int(dice.percent(60).then(|| *dice.pick(&department.lead_sources))),
                token(self.input.seed, Table::Company, k).into(),
                text.into(),
                manager.id.into(),
                manager.id.into(),
                department.id.into(),
                created.into(),
                updated.into(),
            ],
        );
        if dice.percent(60) {
            let industry = *dice.pick(&department.industries);
            batch.push("company_industries", vec![id.into(), industry.into()]);
        }
        if dice.percent(15) {
            let tag = *dice.pick(&department.tags);
            batch.push("company_tags", vec![id.into(), tag.into()]);
        }
        // The big customers (the first percent, which the skewed picks favour) have more people.
        let contacts = if k < (self.sizes.companies / 100).max(1) {
            3 + dice.below(6)
        } else {
            1 + dice.below(3)
        };
        for c in 0..contacts {
            let index = first_contact + c;
            let person = self.person(Table::Contact, index, market_index, manager_index, &domain);
            let person = Person {
                company_name: name.clone(),
                ..person
            };
            self.push_person(batch, "contacts", &person, created, Some(id));
            self.contacts.push(person);
        }
        CompanyPlan {
            id,
            market: market_index,
            manager: manager_index,
            name,
            first_contact,
            contacts,
        }
    }

    fn person(&self, table: Table, index: u64, market: usize, manager: usize, domain: &str) -> Person {
        let mut dice = Dice::of(self.input.seed, table, index);
        let market_words = &MARKETS[market];
        let base = if matches!(table, Table::Contact) {
            self.contact_base
        } else {
            self.lead_base
        };
        let id = base + Self::int(index);
        let local = if matches!(table, Table::Contact) { "c" } else { "l" };
        Person {
            id,
            market,
            manager,
            first_name: dice.one_of(market_words.first_names),
            last_name: dice.one_of(market_words.last_names),
            email: format!("{local}{id}@{domain}"),
            phone: format!("{} {:04}", market_words.phone_prefix, dice.below(10_000)),
            company_name: String::new(),
        }
    }

    fn push_person(
        &self,
        batch: &mut Batch,
        table: &str,
        person: &Person,
        created: DateTime<Utc>,
        company: Option<i64>,
    ) {
        let market = &MARKETS[person.market];
        let (manager, department) = self.manager(person.manager);
        let mut dice = Dice::of(
            self.input.seed,
            Table::Contact,
            u64::try_from(person.id).unwrap_or_default(),
        );
        let city = *dice.pick(market.cities);
        let entity = if company.is_some() {
            &crm_store::contacts::CONTACT
        } else {
            &crm_store::leads::LEAD
        };
        let text = folded(entity, |field| match field {
            "first_name" => person.first_name,
            "last_name" => person.last_name,
            "email" => person.email.as_str(),
            "phone" => person.phone.as_str(),
            "city_name" => city,
            "company_name" => person.company_name.as_str(),
            _ => "",
        });
        let index = u64::try_from(person.id).unwrap_or_default();
        let token_table = if company.is_some() {
            Table::Contact
        } else {
            Table::Lead
        };
        batch.push_grams(table, person.id, &text);
        let mut row: Vec<Val> = vec![
            person.id.into(),
            person.first_name.into(),
            person.last_name.into(),
            if dice.percent(50) { "F" } else { "M" }.into(),
            person.email.clone().into(),
            person.phone.clone().into(),
            city.into(),
            market.country.into(),
            Val::Int(dice.percent(40).then(|| *dice.pick(&department.lead_sources))),
            token(self.input.seed, token_table, index).into(),
            text.into(),
            manager.id.into(),
            manager.id.into(),
            department.id.into(),
            created.into(),
            created.into(),
        ];
        match company {
            Some(company) => row.push(company.into()),
            None => row.push(person.company_name.clone().into()),
        }
        batch.push(table, row);
    }

    // Leads -------------------------------------------------------------------------------------

    async fn leads(
        &mut self,
        progress: &mut (dyn FnMut(ScaleProgress) + Send),
        report: &mut ScaleReport,
    ) -> Result<(), AppError> {
        let total = self.sizes.leads;
        let mut batch = self.batch(
            &[("leads", &[PERSON_COLUMNS, &["company_name"]].concat())],
            &["leads"],
        );
        for l in 0..total {
            let mut dice = Dice::of(self.input.seed, Table::Lead, l);
            let market_index = dice.weighted(&self.market_weights);
            let market = &MARKETS[market_index];
            let manager =
                usize::try_from(dice.skewed(self.scene.managers.len() as u64, 2)).unwrap_or_default();
            let company_name = format!("{} {}", dice.pick(market.cores), dice.pick(market.trades));
            let person = Person {
                company_name,
                ..self.person(Table::Lead, l, market_index, manager, "mail.example")
            };
            let created = moment(day_before(self.input.anchor, dice.skewed(900, 2)), &mut dice);
            self.push_person(&mut batch, "leads", &person, created, None);
            self.leads.push(person);
            if (l + 1) % CHUNK == 0 || l + 1 == total {
                self.commit(&mut batch).await?;
                progress(ScaleProgress {
                    step: "leads",
                    done: l + 1,
                    total,
                });
            }
        }
        report.leads = batch.written("leads");
        Ok(())
    }

    // Requests and the deals made from them -----------------------------------------------------

    async fn requests_and_deals(
        &mut self,
        progress: &mut (dyn FnMut(ScaleProgress) + Send),
        report: &mut ScaleReport,
    ) -> Result<(), AppError> {
        let total = self.sizes.requests;
        let mut batch = self.batch(
            &[
                ("requests", REQUEST_COLUMNS),
                ("request_products", &["request_id", "product_id"]),
                ("deals", DEAL_COLUMNS),
                ("deal_tags", &["deal_id", "tag_id"]),
                ("outputs", OUTPUT_COLUMNS),
                ("payments", PAYMENT_COLUMNS),
                ("crm_emails", EMAIL_COLUMNS),
            ],
            &["requests", "deals", "crm_emails"],
        );
        let mut emails = 0;
        let mut start = 0;
        for r in 0..total {
            self.request(r, &mut batch, &mut emails);
            if (r + 1) % CHUNK == 0 || r + 1 == total {
                let mut tx = self.session.db().begin().await?;
                batch.write_in(&mut tx).await?;
                // A request and its deal point at each other; the request's side is written once
                // the deal exists.
                let converted_end = (r + 1).min(self.sizes.deals);
                if start < converted_end {
                    self.link_requests(&mut tx, start, converted_end).await?;
                }
                tx.commit().await?;
                start = r + 1;
                progress(ScaleProgress {
                    step: "requests and deals",
                    done: r + 1,
                    total,
                });
            }
        }
        report.requests = batch.written("requests");
        report.deals = batch.written("deals");
        report.outputs = batch.written("outputs");
        report.payments = batch.written("payments");
        report.emails = batch.written("crm_emails");
        report.links += batch.links();
        Ok(())
    }

    async fn link_requests(&self, tx: &mut Tx, from: u64, to: u64) -> Result<(), AppError> {
        let offset = self.deal_base - self.request_base;
        let first = self.request_base + Self::int(from);
        let last = self.request_base + Self::int(to) - 1;
        bulk::point_requests_at_deals(tx, offset, first, last).await?;
        Ok(())
    }

    #[allow(
        clippy::too_many_lines,
        reason = "one request and its deal with everything that hangs on it, in the order of the tables"
    )]
    fn request(&self, r: u64, batch: &mut Batch, emails: &mut u64) {
        let seed = self.input.seed;
        let anchor = self.input.anchor;
        let mut dice = Dice::of(seed, Table::Request, r);
        let from_lead = dice.percent(15);
        let (person, company): (&Person, Option<&CompanyPlan>) = if from_lead {
            let lead = dice.skewed(self.leads.len() as u64, 2);
            (&self.leads[usize::try_from(lead).unwrap_or_default()], None)
        } else {
            let company = &self.companies
                [usize::try_from(dice.skewed(self.companies.len() as u64, 3)).unwrap_or_default()];
            let contact = company.first_contact + dice.below(company.contacts);
            (
                &self.contacts[usize::try_from(contact).unwrap_or_default()],
                Some(company),
            )
        };
        let market = &MARKETS[company.map_or(person.market, |c| c.market)];
        let manager_index = company.map_or(person.manager, |c| c.manager);
        let (manager, department) = self.manager(manager_index);
        let age = dice.skewed(1000, 2);
        let created_day = day_before(anchor, age);
        let created = moment(created_day, &mut dice);
        let mut products: Vec<&(i64, Decimal, String)> = Vec::new();
        if dice.percent(45) {
            products.push(dice.pick(&department.products));
            if dice.percent(20) {
                let second = dice.pick(&department.products);
                if second.0 != products[0].0 {
                    products.push(second);
                }
            }
        }
        let subject_product = products
            .first()
            .map_or_else(|| dice.pick(PRODUCTS).0.to_owned(), |p| p.2.clone());
        let subject = if dice.percent(10) {
            MARKETS[0].subjects[0]
        } else {
            *dice.pick(market.subjects)
        };
        let request_for = format!(
            "{} ({})",
            subject.replace("{p}", &subject_product),
            reference_of(r)
        );
        let converted = r < self.sizes.deals;
        let request_id = self.request_base + Self::int(r);
        let ticket = token(seed, Table::Request, r);
        let description = if dice.percent(20) {
            (*dice.pick(EMAIL_LINES)).to_owned()
        } else {
            String::new()
        };
        let company_name = company.map_or(person.company_name.as_str(), |c| c.name.as_str());
        let text = folded(&crm_store::requests::REQUEST, |field| match field {
            "request_for" => request_for.as_str(),
            "first_name" => person.first_name,
            "last_name" => person.last_name,
            "email" => person.email.as_str(),
            "company_name" => company_name,
            "description" => description.as_str(),
            "phone" => person.phone.as_str(),
            "ticket" => ticket.as_str(),
            _ => "",
        });
        let deleted = dice
            .percent(1)
            .then(|| moment(day_after(created_day, 3).min(anchor), &mut dice));
        batch.push_grams("requests", request_id, &text);
        batch.push(
            "requests",
            vec![
                request_id.into(),
                request_for.clone().into(),
                person.first_name.into(),
                person.last_name.into(),
                person.email.clone().into(),
                person.phone.clone().into(),
                company_name.into(),
                created_day.into(),
                Val::Int(dice.percent(50).then(|| *dice.pick(&department.lead_sources))),
                Val::Int(from_lead.then_some(person.id)),
                Val::Int((!from_lead).then_some(person.id)),
                Val::Int(company.map(|c| c.id)),
                market.country.into(),
                description.into(),
                (!converted && dice.percent(60)).into(),
                ticket.clone().into(),
                text.into(),
                manager.id.into(),
                manager.id.into(),
                department.id.into(),
                created.into(),
                created.into(),
                Val::Time(deleted),
            ],
        );
        for product in &products {
            batch.push("request_products", vec![request_id.into(), product.0.into()]);
        }
        if !converted {
            return;
        }

        // The deal, made from the request the day it came.
        let deal_id = self.deal_base + Self::int(r);
        let mut dice = Dice::of(seed, Table::Deal, r);
        let outcome = dice.below(100);
        let (won, lost) = (outcome < 12, (12..30).contains(&outcome));
        let open_stages: Vec<&Stage> = department.stages.iter().filter(|s| !s.success).collect();
        let stage = if won {
            department
                .stages
                .iter()
                .find(|s| s.success)
                .unwrap_or(&department.stages[0])
        } else if lost {
            open_stages[dice.index(open_stages.len().min(6))]
        } else {
            let weights: Vec<u64> = [30, 16, 12, 10, 8, 7, 6, 5, 4, 2]
                .into_iter()
                .take(open_stages.len())
                .collect();
            open_stages[dice.weighted(&weights)]
        };
        let mut stages_dates = String::new();
        let mut day = created_day;
        for reached in department.stages.iter().filter(|s| s.index <= stage.index) {
            stages_dates = with_stage_line(&stages_dates, day, &reached.name);
            day = day_after(day, dice.below(20)).min(anchor);
        }
        let closed_day = day;
        let next_step_date = if won || lost {
            closed_day
        } else {
            day_after(day_before(anchor, 30), dice.below(150))
        };
        let scale =
            if company.is_some_and(|c| c.id - self.company_base < Self::int(self.sizes.companies / 100)) {
                10
            } else {
                1
            };
        let amount = money((1 + dice.below(999)) * [100, 1_000, 10_000][dice.index(3)] * scale);
        let next_step = if won || lost {
            String::new()
        } else if stage.index == 1 {
            self.first_next_step.clone()
        } else {
            (*dice.pick(market.next_steps)).to_owned()
        };
        let deal_description = if dice.percent(10) {
            (*dice.pick(EMAIL_LINES)).to_owned()
        } else {
            String::new()
        };
        let text = folded(&crm_store::deals::DEAL, |field| match field {
            "name" => request_for.as_str(),
            "next_step" => next_step.as_str(),
            "description" => deal_description.as_str(),
            "ticket" => ticket.as_str(),
            _ => "",
        });
        let updated = moment(closed_day.max(day_before(anchor, dice.below(age + 1))), &mut dice);
        let reason = if won {
            Some(department.won_reason)
        } else if lost {
            Some(*dice.pick(&department.lost_reasons))
        } else {
            None
        };
        let co_owner = dice
            .percent(5)
            .then(|| self.scene.managers[dice.index(self.scene.managers.len())].id)
            .filter(|id| *id != manager.id);
        let deal_deleted = dice.percent(1).then_some(updated);
        batch.push_grams("deals", deal_id, &text);
        batch.push(
            "deals",
            vec![
                deal_id.into(),
                request_for.clone().into(),
                next_step.into(),
                next_step_date.into(),
                deal_description.into(),
                with_workflow_line("", created_day, &self.workflow_request).into(),
                stage.id.into(),
                stages_dates.into(),
                Val::Date((won || lost).then_some(closed_day)),
                Val::Time(won.then(|| moment(closed_day, &mut dice))),
                amount.into(),
                market.currency.into(),
                Val::Int(reason),
                ticket.clone().into(),
                market.country.into(),
                Val::Int(from_lead.then_some(person.id)),
                Val::Int((!from_lead).then_some(person.id)),
                request_id.into(),
                Val::Int(company.map(|c| c.id)),
                (!lost).into(),
                (!won && !lost).into(),
                dice.percent(5).into(),
                (!won && !lost && age < 3).into(),
                Val::Int(co_owner),
                manager.id.into(),
                manager.id.into(),
                department.id.into(),
                text.into(),
                created.into(),
                updated.into(),
                Val::Time(deal_deleted),
            ],
        );
        if dice.percent(30) {
            batch.push(
                "deal_tags",
                vec![deal_id.into(), (*dice.pick(&department.tags)).into()],
            );
        }
        for product in &products {
            let quantity = 1 + dice.below(20);
            let shipped = won && dice.percent(70);
            batch.push(
                "outputs",
                vec![
                    deal_id.into(),
                    product.0.into(),
                    Self::int(quantity).into(),
                    (product.1 * Decimal::from(quantity)).into(),
                    market.currency.into(),
                    Val::Date(shipped.then_some(closed_day)),
                    shipped.into(),
                    created.into(),
                    created.into(),
                ],
            );
        }
        // Won deals are paid in one to three parts; open ones from the agreement on expect one.
        let payments: u64 = if won {
            1 + dice.below(3)
        } else {
            u64::from(!lost && stage.index >= 7)
        };
        for p in 0..payments {
            let status = if won { "r" } else { *dice.pick(&["g", "h", "l"]) };
            let share = amount / Decimal::from(payments);
            batch.push(
                "payments",
                vec![
                    deal_id.into(),
                    share.round_dp(2).into(),
                    market.currency.into(),
                    day_after(closed_day, p * 30).into(),
                    status.into(),
                    format!("INV-{}-{}", r + 1, p + 1).into(),
                    updated.into(),
                    updated.into(),
                ],
            );
        }
        if dice.percent(12) {
            let email_id = self.email_base + Self::int(*emails);
            *emails += 1;
            let subject = format!("Re: {request_for} [ticket:{ticket}]");
            let content = (*dice.pick(EMAIL_LINES)).to_owned();
            let to = "sales@oriel.example";
            let text = folded(&crm_store::crm_emails::CRM_EMAIL, |field| match field {
                "to" => to,
                "from_field" => person.email.as_str(),
                "subject" => subject.as_str(),
                "content" => content.as_str(),
                _ => "",
            });
            batch.push_grams("crm_emails", email_id, &text);
            batch.push(
                "crm_emails",
                vec![
                    email_id.into(),
                    subject.into(),
                    content.into(),
                    false.into(),
                    person.email.clone().into(),
                    to.into(),
                    true.into(),
                    true.into(),
                    deal_id.into(),
                    request_id.into(),
                    Val::Int((!from_lead).then_some(person.id)),
                    Val::Int(company.map(|c| c.id)),
                    ticket.into(),
                    manager.id.into(),
                    manager.id.into(),
                    department.id.into(),
                    text.into(),
                    updated.into(),
                    updated.into(),
                ],
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dice_are_the_same_for_the_same_seed_and_record() {
        let mut first = Dice::of(7, Table::Deal, 42);
        let mut again = Dice::of(7, Table::Deal, 42);
        let mut other_seed = Dice::of(8, Table::Deal, 42);
        let roll = first.next();
        assert_eq!(roll, again.next());
        assert_ne!(roll, other_seed.next());
    }

    #[test]
    fn skewed_picks_favour_the_first_items() {
        let mut dice = Dice::of(1, Table::Company, 0);
        let first_percent = (0..10_000).filter(|_| dice.skewed(1000, 3) < 10).count();
        // u^3 < 0.01 for a fifth of the uniform u.
        assert!((1500..2800).contains(&first_percent), "{first_percent}");
    }

    #[test]
    fn tokens_differ_per_index_and_fit_the_column() {
        let tokens: HashSet<String> = (0..10_000).map(|i| token(3, Table::Request, i)).collect();
        assert_eq!(tokens.len(), 10_000);
        assert!(tokens.iter().all(|t| t.len() == 11));
    }
}

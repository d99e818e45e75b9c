//! The operations measured on one generated database: each through the command layer (the JSON
//! registry, as `crm call` and the desktop shell's IPC reach it) and as its ceiling (see
//! [`crate::ceiling`]), in the same run.

use std::cell::Cell;
use std::sync::atomic::AtomicBool;
use std::time::{Duration, Instant};

use anyhow::{Context as _, Result, bail, ensure};
use chrono::{DateTime, Days, NaiveDate, Utc};
use crm_app::demo_scale::{self, COMMON_TERM};
use crm_app::export::TransferEntity;
use crm_app::spreadsheet::{self, Cell as SheetCell};
use crm_app::{Session, registry};
use crm_core::list::PageRequest;
use crm_store::bulk::{self, Rows, Val};
use crm_store::keyset::{Cursor, SortValue};
use crm_store::record::{self, Entity};
use crm_store::{Backend, Db, Moment, dispatch, dispatch_tx, search};
use serde_json::{Value, json};
use sqlx::QueryBuilder;

use crate::ceiling::{self, Bind, Page};
use crate::timing::{self, Plan, Stats};

/// The key of the store-layer share of the default list's first page.
pub const STORE_LAYER: &str = "list/first/store";
/// Rows per list page: what the desktop list asks for (`ui/src/lib/list-loader.svelte.ts`).
pub const PAGE: i64 = 100;
/// Records per entity in the command palette's global search (`ui/src/lib/palette.ts`).
const PALETTE_ROWS: i64 = 5;
/// Companies moved by one owner transfer.
const TRANSFERRED: usize = 1_000;
/// The rows an import is timed with, at every size (issue 7: "import of 10^5 rows").
pub const IMPORT_ROWS: u64 = 100_000;
/// The rows the CI smoke run imports: it proves the import runs, and 10^5 rows would take it
/// minutes.
pub const SMOKE_IMPORT_ROWS: u64 = 1_000;
/// The operations a run measures, as `--only` names them.
pub const OPERATIONS: &[&str] = &[
    "lists", "count", "get", "search", "create", "update", "transfer", "import",
];

/// `column = value` conditions of a list.
type Conditions = Vec<(&'static str, Bind)>;

/// A request waiting to become a deal, with what its deal copies.
#[derive(Debug, Clone, sqlx::FromRow)]
struct WaitingRequest {
    id: i64,
    version: i32,
    request_for: String,
    contact_id: Option<i64>,
    company_id: Option<i64>,
    country_id: Option<i64>,
    owner_id: Option<i64>,
    department_id: Option<i64>,
    ticket: String,
}

/// What a measurement is held to (ISSUE 7's targets).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Target {
    /// Command p50 at most this many times the ceiling's p50.
    AtMost(f64),
    /// Command rate at least this share of the ceiling's rate.
    AtLeast(f64),
}

/// One measured operation.
#[derive(Debug, Clone)]
pub struct Measured {
    /// Stable key: the deep-page check pairs `…/deep` with `…/first`.
    pub key: String,
    pub label: String,
    pub command: Stats,
    pub ceiling: Stats,
    /// Rows per second, command and ceiling, for the import.
    pub rates: Option<(f64, f64)>,
    pub target: Option<Target>,
}

impl Measured {
    /// Command over ceiling: times for the timed operations, rates for the import.
    pub fn ratio(&self) -> f64 {
        match self.rates {
            Some((command, ceiling)) => command / ceiling.max(f64::MIN_POSITIVE),
            None => Stats::ms(self.command.p50) / Stats::ms(self.ceiling.p50).max(f64::MIN_POSITIVE),
        }
    }

    pub fn holds(&self) -> Option<bool> {
        match self.target? {
            Target::AtMost(limit) => Some(self.ratio() <= limit),
            Target::AtLeast(share) => Some(self.ratio() >= share),
        }
    }
}

pub struct Bench<'s> {
    pub session: &'s Session,
    pub db: Db,
    pub backend: Backend,
    pub deals: u64,
    pub seed: u64,
    pub plan: Plan,
    pub measured: Vec<Measured>,
    /// Companies imported ([`IMPORT_ROWS`], fewer in a smoke run).
    pub import_rows: u64,
    /// The operations to measure (see [`OPERATIONS`]); all when empty.
    pub only: Vec<String>,
}

/// The first column of every row of `sql`, an integer. For untimed look-ups whose only values are
/// the bench's own numbers.
async fn ints(db: &Db, sql: &str) -> Result<Vec<i64>> {
    let sql = sql.to_owned();
    let values = dispatch!(db, |pool, _backend| {
        sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(pool)
            .await
            .with_context(|| format!("`{sql}`"))?
    });
    Ok(values)
}

async fn int(db: &Db, sql: &str) -> Result<i64> {
    ints(db, sql)
        .await?
        .first()
        .copied()
        .with_context(|| format!("`{sql}` found nothing"))
}

fn id_list(ids: &[i64]) -> String {
    ids.iter().map(ToString::to_string).collect::<Vec<_>>().join(", ")
}

fn ids_in(page: &Value) -> Vec<i64> {
    page["items"]
        .as_array()
        .map(|items| items.iter().filter_map(|i| i["id"].as_i64()).collect())
        .unwrap_or_default()
}

/// `condition` as SQL, for the untimed look-ups.
fn sql_of(equal: &[(&'static str, Bind)]) -> String {
    equal
        .iter()
        .map(|(column, value)| match value {
            Bind::Int(v) => format!(" AND {column} = {v}"),
            Bind::Bool(v) => format!(" AND {column} = {}", if *v { "TRUE" } else { "FALSE" }),
        })
        .collect()
}

impl Bench<'_> {
    fn record(
        &mut self,
        key: &str,
        label: String,
        (command, ceiling): (Stats, Stats),
        target: Option<Target>,
    ) {
        let measured = Measured {
            key: key.to_owned(),
            label,
            command,
            ceiling,
            rates: None,
            target,
        };
        println!(
            "  {:<58} command {:>9.2} ms (p95 {:>9.2})  ceiling {:>9.2} ms (p95 {:>9.2})  ×{:.2}  [{} runs]",
            measured.label,
            Stats::ms(command.p50),
            Stats::ms(command.p95),
            Stats::ms(ceiling.p50),
            Stats::ms(ceiling.p95),
            measured.ratio(),
            command.runs
        );
        self.measured.push(measured);
    }

    /// A command's answer as JSON text, as the desktop shell's IPC hands it to the window: what
    /// the timed runs measure.
    async fn answer(&self, command: &str, input: Value) -> Result<String> {
        registry::call_text(self.session, command, input)
            .await
            .map_err(|e| anyhow::anyhow!("{command}: {e}"))
    }

    async fn call(&self, command: &str, input: Value) -> Result<Value> {
        registry::call(self.session, command, input)
            .await
            .map_err(|e| anyhow::anyhow!("{command}: {e}"))
    }

    /// Whether the run measures `operation` (one of [`OPERATIONS`]).
    fn wants(&self, operation: &str) -> bool {
        self.only.is_empty() || self.only.iter().any(|op| op == operation)
    }

    /// Every operation asked for, reads before writes (the writes change what the reads would
    /// find).
    pub async fn run_all(&mut self) -> Result<()> {
        if self.wants("lists") {
            self.lists().await?;
        }
        if self.wants("count") {
            self.count().await?;
        }
        if self.wants("get") {
            self.get_with_relations().await?;
        }
        if self.wants("search") {
            self.search().await?;
        }
        if self.wants("create") {
            self.create().await?;
        }
        if self.wants("update") {
            self.update().await?;
        }
        if self.wants("transfer") {
            self.transfer().await?;
        }
        if self.wants("import") {
            self.import().await?;
        }
        Ok(())
    }

    // Lists -------------------------------------------------------------------------------------

    /// The deal list in its default order (newest first, R-DEAL-18) with its default filter
    /// (active deals), by the busiest owner, and by the most common stage (where R-DEAL-18 drops
    /// the active filter): the first page, and the page at 90% of the list, reached by a keyset
    /// cursor as scrolling reaches it.
    async fn lists(&mut self) -> Result<()> {
        for (key, label, equal) in self.list_variants().await? {
            self.list(key, label, equal).await?;
        }
        Ok(())
    }

    /// The three lists: default, by owner, by stage, each with its conditions.
    async fn list_variants(&self) -> Result<[(&'static str, &'static str, Conditions); 3]> {
        let owner = int(
            &self.db,
            "SELECT owner_id FROM deals WHERE deleted_at IS NULL AND active = TRUE \
             GROUP BY owner_id ORDER BY COUNT(*) DESC, owner_id LIMIT 1",
        )
        .await?;
        let stage = int(
            &self.db,
            "SELECT stage_id FROM deals WHERE deleted_at IS NULL AND stage_id IS NOT NULL \
             GROUP BY stage_id ORDER BY COUNT(*) DESC, stage_id LIMIT 1",
        )
        .await?;
        let variants: [(&'static str, &'static str, Conditions); 3] = [
            ("list", "deal list", vec![("active", Bind::Bool(true))]),
            (
                "owner",
                "deal list by owner",
                vec![("active", Bind::Bool(true)), ("owner_id", Bind::Int(owner))],
            ),
            (
                "stage",
                "deal list by stage",
                vec![("stage_id", Bind::Int(stage))],
            ),
        ];
        Ok(variants)
    }

    /// The first page and the page at 90% depth of one list.
    async fn list(&mut self, key: &str, label: &str, equal: Conditions) -> Result<()> {
        let mut filter = serde_json::Map::new();
        for (column, value) in &equal {
            filter.insert(
                (*column).to_owned(),
                match value {
                    Bind::Int(v) => json!(v),
                    Bind::Bool(v) => json!(v),
                },
            );
        }
        let conditions = sql_of(&equal);
        let total = int(
            &self.db,
            &format!("SELECT COUNT(*) FROM deals WHERE deleted_at IS NULL{conditions}"),
        )
        .await?;
        let deep = self.cursor_at(&conditions, total * 9 / 10).await?;
        for (depth, after) in [("first", None), ("deep", Some(deep))] {
            let cursor = after.as_ref().map(|(at, id)| {
                Cursor {
                    value: SortValue::Time(*at),
                    id: *id,
                }
                .encode()
            });
            let input = json!({ "filter": filter, "sort": "created_at",
                                "page": { "limit": PAGE, "after": cursor, "descending": true } });
            let page = Page {
                entity: &crm_store::deals::DEAL,
                equal: equal.clone(),
                text: None,
                sort: "created_at",
                descending: true,
                after: after.map(|(at, id)| (SortValue::Time(at), id)),
                limit: PAGE + 1,
            };
            let listed = ids_in(&self.call("deal_list", input.clone()).await?);
            let read = ceiling::page(&self.db, &page).await?;
            ensure!(
                !listed.is_empty() && read.starts_with(&listed),
                "{label}: the ceiling reads other rows than the command lists"
            );
            let stats = timing::compare(
                self.plan,
                async |_| {
                    self.answer("deal_list", input.clone()).await?;
                    Ok(())
                },
                async |_| {
                    ceiling::page(&self.db, &page).await?;
                    Ok(())
                },
            )
            .await?;
            let (key, where_) = if depth == "first" {
                (format!("{key}/first"), "first page".to_owned())
            } else {
                (
                    format!("{key}/deep"),
                    format!("page at depth 90% (row {})", total * 9 / 10),
                )
            };
            self.record(
                &key,
                format!("{label}, {where_} of {total}"),
                stats,
                Some(Target::AtMost(2.0)),
            );
            if key == "list/first" {
                self.store_layer(&filter, &page).await?;
            }
        }
        Ok(())
    }

    /// Where a list command's time goes: the default list's first page through the store layer
    /// alone (`record::list_as`: the same SQL, each row read into a typed deal, as the command
    /// reads it), without the command layer's permission check and the answer's JSON.
    async fn store_layer(&mut self, filter: &serde_json::Map<String, Value>, page: &Page<'_>) -> Result<()> {
        let request = PageRequest {
            after: None,
            limit: Some(u32::try_from(PAGE).unwrap_or(50)),
            descending: true,
        };
        let stats = timing::compare(
            self.plan,
            async |_| {
                record::list_as::<crm_core::deal::Deal>(
                    &self.db,
                    &crm_store::deals::DEAL,
                    filter,
                    "created_at",
                    &request,
                )
                .await?;
                Ok(())
            },
            async |_| {
                ceiling::page(&self.db, page).await?;
                Ok(())
            },
        )
        .await?;
        self.record(
            STORE_LAYER,
            "deal list, first page: the store layer alone (record::list_as)".into(),
            stats,
            None,
        );
        Ok(())
    }

    /// The (created_at, id) of the row at `offset` of the newest-first deal list under
    /// `conditions` (found once, not timed).
    async fn cursor_at(&self, conditions: &str, offset: i64) -> Result<(DateTime<Utc>, i64)> {
        let sql = format!(
            "SELECT created_at, id FROM deals WHERE deleted_at IS NULL{conditions} \
             ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET {}",
            (offset - 1).max(0)
        );
        let row: (DateTime<Utc>, i64) = dispatch!(&self.db, |pool, _backend| {
            sqlx::query_as(sqlx::AssertSqlSafe(sql.clone()))
                .fetch_one(pool)
                .await
                .with_context(|| format!("`{sql}`"))?
        });
        Ok(row)
    }

    /// The total the list shows above its rows: a separate query (`deal_count`).
    async fn count(&mut self) -> Result<()> {
        let stats = timing::compare(
            self.plan,
            async |_| {
                self.answer("deal_count", json!({ "active": true })).await?;
                Ok(())
            },
            async |_| {
                dispatch!(&self.db, |pool, _backend| {
                    let mut qb = QueryBuilder::new(
                        "SELECT COUNT(*) FROM deals WHERE 1 = 1 AND deleted_at IS NULL AND active = ",
                    );
                    qb.push_bind(true);
                    qb.build_query_scalar::<i64>().fetch_one(pool).await?;
                });
                Ok(())
            },
        )
        .await?;
        self.record("count", "deal count of the default list".into(), stats, None);
        Ok(())
    }

    // One deal ----------------------------------------------------------------------------------

    /// A deal as its page opens: the record, then its payments, product lines and e-mails, each a
    /// list page of its own (the related lists of the deal form).
    async fn get_with_relations(&mut self) -> Result<()> {
        let deals = ints(
            &self.db,
            "SELECT d.id FROM deals d WHERE d.deleted_at IS NULL \
             AND EXISTS (SELECT 1 FROM payments p WHERE p.deal_id = d.id) \
             AND EXISTS (SELECT 1 FROM outputs o WHERE o.deal_id = d.id) ORDER BY d.id LIMIT 40",
        )
        .await?;
        ensure!(!deals.is_empty(), "no deal with payments and product lines");
        let related: [(&str, &'static Entity, &'static str); 3] = [
            ("payment", &crm_store::payments::PAYMENT, "payment_date"),
            ("output", &crm_store::outputs::OUTPUT, "updated_at"),
            ("crm_email", &crm_store::crm_emails::CRM_EMAIL, "created_at"),
        ];
        let stats = timing::compare(
            self.plan,
            async |i| {
                let id = deals[i % deals.len()];
                self.answer("deal_get", json!({ "id": id })).await?;
                for (key, _, sort) in related {
                    self.answer(
                        &format!("{key}_list"),
                        json!({ "filter": { "deal_id": id }, "sort": sort, "page": { "limit": PAGE } }),
                    )
                    .await?;
                }
                Ok(())
            },
            async |i| {
                let id = deals[i % deals.len()];
                ceiling::record(&self.db, &crm_store::deals::DEAL, id).await?;
                for (_, entity, sort) in related {
                    let page = Page {
                        entity,
                        equal: vec![("deal_id", Bind::Int(id))],
                        text: None,
                        sort,
                        descending: false,
                        after: None,
                        limit: PAGE + 1,
                    };
                    ceiling::page(&self.db, &page).await?;
                }
                Ok(())
            },
        )
        .await?;
        self.record(
            "get",
            "open a deal: the deal, its payments, product lines, e-mails".into(),
            stats,
            None,
        );
        Ok(())
    }

    // Search ------------------------------------------------------------------------------------

    /// The command palette's global search: every searchable list asked for its first five
    /// matches in its default order (`ui/src/lib/palette.ts`), one after the other.
    async fn search(&mut self) -> Result<()> {
        let lists: [(&str, &'static Entity, &'static str); 7] = [
            ("company", &crm_store::companies::COMPANY, "full_name"),
            ("contact", &crm_store::contacts::CONTACT, "last_name"),
            ("lead", &crm_store::leads::LEAD, "updated_at"),
            ("request", &crm_store::requests::REQUEST, "created_at"),
            ("deal", &crm_store::deals::DEAL, "next_step_date"),
            ("product", &crm_store::products::PRODUCT, "name"),
            ("crm_email", &crm_store::crm_emails::CRM_EMAIL, "created_at"),
        ];
        let rare = demo_scale::reference_of(self.deals / 3);
        for (key, kind, term) in [
            ("search/rare", "rare", rare.as_str()),
            ("search/common", "common", COMMON_TERM),
        ] {
            let pattern = search::like_pattern(term);
            let matching = dispatch!(&self.db, |pool, _backend| {
                let mut qb = QueryBuilder::new(
                    "SELECT COUNT(*) FROM deals WHERE deleted_at IS NULL AND search_text LIKE ",
                );
                qb.push_bind(pattern.clone());
                qb.push(format!(" ESCAPE '{}'", search::LIKE_ESCAPE));
                qb.build_query_scalar::<i64>().fetch_one(pool).await?
            });
            for (list, entity, sort) in lists {
                let listed = ids_in(&serde_json::from_str(
                    &self.palette_list(list, sort, term).await?,
                )?);
                let read = ceiling::page(&self.db, &Self::palette_page(entity, sort, term)).await?;
                ensure!(
                    read.starts_with(&listed) && listed.len() == read.len().min(5),
                    "search `{term}` in {list}: the ceiling reads other rows than the command lists"
                );
            }
            let stats = timing::compare(
                self.plan,
                async |_| {
                    for (list, _, sort) in lists {
                        self.palette_list(list, sort, term).await?;
                    }
                    Ok(())
                },
                async |_| {
                    for (_, entity, sort) in lists {
                        ceiling::page(&self.db, &Self::palette_page(entity, sort, term)).await?;
                    }
                    Ok(())
                },
            )
            .await?;
            self.record(
                key,
                format!("global search, {kind} term `{term}` ({matching} deals match)"),
                stats,
                Some(Target::AtMost(3.0)),
            );
        }
        Ok(())
    }

    async fn palette_list(&self, list: &str, sort: &str, term: &str) -> Result<String> {
        self.answer(
            &format!("{list}_list"),
            json!({ "filter": { "text": term }, "sort": sort, "page": { "limit": PALETTE_ROWS } }),
        )
        .await
    }

    fn palette_page<'t>(entity: &'static Entity, sort: &'static str, term: &'t str) -> Page<'t> {
        Page {
            entity,
            equal: Vec::new(),
            text: Some(term),
            sort,
            descending: false,
            after: None,
            limit: PALETTE_ROWS + 1,
        }
    }

    // Writes ------------------------------------------------------------------------------------

    /// A new deal, made the one way deals are made (R-DEAL-1): from a waiting request, with
    /// `request_to_deal`. Ceiling: the deal's INSERT and the request's UPDATE in a transaction.
    async fn create(&mut self) -> Result<()> {
        let wanted = 2 * self.plan.most_runs();
        let rows: Vec<WaitingRequest> = dispatch!(&self.db, |pool, _backend| {
            let mut qb = QueryBuilder::new(
                "SELECT id, version, request_for, contact_id, company_id, country_id, owner_id, department_id, ticket \
                     FROM requests WHERE deal_id IS NULL AND deleted_at IS NULL AND duplicate = FALSE \
                     AND is_case = FALSE AND contact_id IS NOT NULL ORDER BY id LIMIT ",
            );
            qb.push_bind(i64::try_from(wanted).unwrap_or(i64::MAX));
            qb.build_query_as().fetch_all(pool).await?
        });
        ensure!(
            rows.len() == wanted,
            "{} waiting requests, {wanted} needed",
            rows.len()
        );
        let (for_command, for_ceiling): (Vec<_>, Vec<_>) =
            rows.into_iter().enumerate().partition(|(i, _)| i % 2 == 0);
        let stages = ints(
            &self.db,
            "SELECT department_id FROM stages WHERE is_default = TRUE ORDER BY department_id",
        )
        .await?;
        let stage_ids = ints(
            &self.db,
            "SELECT id FROM stages WHERE is_default = TRUE ORDER BY department_id",
        )
        .await?;
        let stats = timing::compare(
            self.plan,
            async |i| {
                let (_, request) = &for_command[i];
                self.answer(
                    "request_to_deal",
                    json!({ "id": request.id, "version": request.version }),
                )
                .await?;
                Ok(())
            },
            async |i| {
                let (_, request) = &for_ceiling[i];
                let stage = request
                    .department_id
                    .and_then(|d| stages.iter().position(|s| *s == d))
                    .map(|at| stage_ids[at]);
                self.insert_deal(request, stage).await
            },
        )
        .await?;
        self.record(
            "create",
            "create a deal from a request (request_to_deal)".into(),
            stats,
            None,
        );
        Ok(())
    }

    /// The ceiling of a deal made from `request`: its INSERT, the request's UPDATE (and the gram
    /// words on MySQL) in one transaction.
    async fn insert_deal(&self, request: &WaitingRequest, stage: Option<i64>) -> Result<()> {
        let user = self.session.user_id().0;
        let WaitingRequest {
            id,
            version,
            request_for: name,
            contact_id: contact,
            company_id: company,
            country_id: country,
            owner_id: owner,
            department_id: department,
            ticket,
        } = request;
        let day = Utc::now().date_naive();
        let next_step = "Establish the first contact with the client.";
        let text = search::search_text(&[name, next_step, ticket]);
        let now = ceiling::now();
        let mut tx = self.db.begin().await?;
        dispatch_tx!(&mut tx, |conn, backend| {
            let mut qb = QueryBuilder::new(
                "INSERT INTO deals (name, next_step, next_step_date, stage_id, workflow, stages_dates, \
                 currency_id, ticket, country_id, contact_id, request_id, company_id, owner_id, \
                 modified_by_id, department_id, is_new, search_text, created_at, updated_at) VALUES (",
            );
            let mut values = qb.separated(", ");
            values
                .push_bind(name.clone())
                .push_bind(next_step)
                .push_bind(day_after(day, 1))
                .push_bind(stage)
                .push_bind(format!("{day} - Request\n"))
                .push_bind(format!("{day} - request\n"))
                .push_bind(Some(1_i64))
                .push_bind(ticket.clone())
                .push_bind(*country)
                .push_bind(*contact)
                .push_bind(*id)
                .push_bind(*company)
                .push_bind(*owner)
                .push_bind(Some(user))
                .push_bind(*department)
                .push_bind(true)
                .push_bind(text.clone())
                .push_bind(Moment(now))
                .push_bind(Moment(now));
            qb.push(") RETURNING id");
            let deal: i64 = qb.build_query_scalar().fetch_one(&mut *conn).await?;
            if backend == Backend::Mysql {
                let mut qb = QueryBuilder::new("INSERT INTO deals_fts (id, grams) VALUES (");
                qb.push_bind(deal)
                    .push(", ")
                    .push_bind(search::gram_words(&text))
                    .push(")");
                qb.build().execute(&mut *conn).await?;
            }
            let mut qb = QueryBuilder::new("UPDATE requests SET deal_id = ");
            qb.push_bind(deal)
                .push(", pending = ")
                .push_bind(false)
                .push(", modified_by_id = ")
                .push_bind(user)
                .push(", updated_at = ")
                .push_bind(Moment(now))
                .push(", version = version + 1 WHERE id = ")
                .push_bind(*id)
                .push(" AND version = ")
                .push_bind(*version);
            ensure!(
                qb.build().execute(&mut *conn).await?.rows_affected() == 1,
                "request {id} moved"
            );
        });
        tx.commit().await?;
        Ok(())
    }

    /// An edit of an open deal's next step, as the form saves it: `deal_update` with the whole
    /// record. Ceiling: the UPDATE of the changed columns (and, on MySQL, the trigram words) in a
    /// transaction.
    async fn update(&mut self) -> Result<()> {
        let wanted = 2 * self.plan.most_runs();
        let ids = ints(
            &self.db,
            &format!(
                "SELECT id FROM deals WHERE deleted_at IS NULL AND active = TRUE AND id % 97 = 0 ORDER BY id LIMIT {wanted}"
            ),
        )
        .await?;
        ensure!(ids.len() == wanted, "{} open deals, {wanted} needed", ids.len());
        let mut for_command = Vec::new();
        let mut for_ceiling = Vec::new();
        for (n, id) in ids.iter().enumerate() {
            let deal = self.call("deal_get", json!({ "id": id })).await?;
            if n % 2 == 0 {
                for_command.push(deal);
            } else {
                for_ceiling.push(deal);
            }
        }
        let user = self.session.user_id().0;
        let stats = timing::compare(
            self.plan,
            async |i| {
                let deal = &for_command[i];
                let mut input = deal.clone();
                if input["amount"].is_null() {
                    input["amount"] = json!("");
                }
                input["next_step"] = json!(format!("Call back about the offer ({i})"));
                input["next_step_date"] = json!(next_week());
                self.answer(
                    "deal_update",
                    json!({ "id": deal["id"], "version": deal["version"], "input": input }),
                )
                .await?;
                Ok(())
            },
            async |i| {
                let deal = &for_ceiling[i];
                let id = deal["id"].as_i64().unwrap_or_default();
                let version = deal["version"].as_i64().unwrap_or_default();
                let next_step = format!("Call back about the offer ({i})");
                let text = search::search_text(&[
                    deal["name"].as_str().unwrap_or_default(),
                    &next_step,
                    deal["description"].as_str().unwrap_or_default(),
                    deal["ticket"].as_str().unwrap_or_default(),
                ]);
                let now = ceiling::now();
                let mut tx = self.db.begin().await?;
                dispatch_tx!(&mut tx, |conn, backend| {
                    let mut qb = QueryBuilder::new("UPDATE deals SET next_step = ");
                    qb.push_bind(next_step.clone())
                        .push(", next_step_date = ")
                        .push_bind(next_week())
                        .push(", search_text = ")
                        .push_bind(text.clone())
                        .push(", modified_by_id = ")
                        .push_bind(user)
                        .push(", updated_at = ")
                        .push_bind(Moment(now))
                        .push(", version = version + 1 WHERE id = ")
                        .push_bind(id)
                        .push(" AND version = ")
                        .push_bind(version);
                    ensure!(
                        qb.build().execute(&mut *conn).await?.rows_affected() == 1,
                        "deal {id} moved"
                    );
                    if backend == Backend::Mysql {
                        let mut qb = QueryBuilder::new("INSERT INTO deals_fts (id, grams) VALUES (");
                        qb.push_bind(id)
                            .push(", ")
                            .push_bind(search::gram_words(&text))
                            .push(") ON DUPLICATE KEY UPDATE grams = VALUES(grams)");
                        qb.build().execute(&mut *conn).await?;
                    }
                });
                tx.commit().await?;
                Ok(())
            },
        )
        .await?;
        self.record(
            "update",
            "update a deal's next step (deal_update)".into(),
            stats,
            None,
        );
        Ok(())
    }

    /// R-COMP-6's owner transfer of 1,000 companies with their contacts, back and forth between
    /// two sales managers. Ceiling: one UPDATE of the companies and one of their contacts.
    async fn transfer(&mut self) -> Result<()> {
        let companies = ints(
            &self.db,
            &format!("SELECT id FROM companies WHERE deleted_at IS NULL ORDER BY id LIMIT {TRANSFERRED}"),
        )
        .await?;
        let contacts = int(
            &self.db,
            &format!(
                "SELECT COUNT(*) FROM contacts WHERE company_id IN ({})",
                id_list(&companies)
            ),
        )
        .await?;
        let managers = ints(
            &self.db,
            "SELECT id FROM users WHERE username IN ('sales01', 'sales02') ORDER BY username",
        )
        .await?;
        ensure!(
            managers.len() == 2,
            "the generated managers sales01 and sales02 are missing"
        );
        let mut departments = Vec::new();
        for manager in &managers {
            departments.push(
                int(
                    &self.db,
                    &format!("SELECT MIN(department_id) FROM user_departments WHERE user_id = {manager}"),
                )
                .await?,
            );
        }
        // Whoever holds the companies now; each run hands them to the other manager.
        let holder = Cell::new(0_usize);
        let next_owner = || {
            let next = 1 - holder.get();
            holder.set(next);
            next
        };
        let user = self.session.user_id().0;
        let plan = self.plan.heavy();
        let stats = timing::compare(
            plan,
            async |_| {
                let to = next_owner();
                self.answer(
                    "company_transfer_owner",
                    json!({ "company_ids": companies, "owner_id": managers[to] }),
                )
                .await?;
                Ok(())
            },
            async |_| {
                let to = next_owner();
                let now = ceiling::now();
                let mut tx = self.db.begin().await?;
                dispatch_tx!(&mut tx, |conn, _backend| {
                    for (table, key) in [("companies", "id"), ("contacts", "company_id")] {
                        let mut qb = QueryBuilder::new(format!("UPDATE {table} SET owner_id = "));
                        qb.push_bind(managers[to])
                            .push(", department_id = ")
                            .push_bind(departments[to])
                            .push(", modified_by_id = ")
                            .push_bind(user)
                            .push(", updated_at = ")
                            .push_bind(Moment(now))
                            .push(format!(", version = version + 1 WHERE {key} IN ("));
                        let mut list = qb.separated(", ");
                        for id in &companies {
                            list.push_bind(*id);
                        }
                        qb.push(")");
                        qb.build().execute(&mut *conn).await?;
                    }
                });
                tx.commit().await?;
                Ok(())
            },
        )
        .await?;
        self.record(
            "transfer",
            format!(
                "owner transfer of {} companies and their {contacts} contacts",
                companies.len()
            ),
            stats,
            None,
        );
        Ok(())
    }

    // Import ------------------------------------------------------------------------------------

    /// R-IMP-2's company import of an XLSX sheet through the command layer (`import_file`, what the
    /// desktop import runs), against the database's bulk insert rate: the same companies in
    /// multi-row INSERTs of 1,000 rows, 5,000 rows a transaction, with every index in place. Each
    /// run imports new companies (a company name is unique per country) and bulk-inserts others;
    /// which of the two goes first alternates, as for the other operations.
    async fn import(&mut self) -> Result<()> {
        let rows = self.import_rows;
        let owners = ints(
            &self.db,
            "SELECT id FROM users WHERE username IN ('sales03', 'sales04', 'sales05') ORDER BY username",
        )
        .await?;
        ensure!(
            owners.len() == 3,
            "the generated managers sales03 to sales05 are missing"
        );
        let (imports, bulk_inserts) = timing::compare_timed(
            self.plan.import(),
            async |run| {
                // The sheet is made before the clock starts, as the user's file exists.
                let bytes = self.sheet(rows, &format!("I{run}-"))?;
                self.import_once(rows, &bytes).await
            },
            async |run| self.bulk_insert(rows, &owners, &format!("B{run}-")).await,
        )
        .await?;
        // The import reports progress as it reads rows and saves them a chunk at a time, so only
        // its whole time says how fast it is: the figures are the time per row, as for the bulk
        // insert.
        let count = u32::try_from(rows.max(1)).unwrap_or(u32::MAX);
        let per_row = |whole: Stats| Stats {
            p50: whole.p50 / count,
            p95: whole.p95 / count,
            runs: whole.runs,
        };
        let (command, ceiling) = (per_row(imports), per_row(bulk_inserts));
        let rate = |stats: &Stats| 1.0 / stats.p50.as_secs_f64().max(f64::MIN_POSITIVE);
        let measured = Measured {
            key: "import".into(),
            label: format!("import of {rows} companies (XLSX), time per row"),
            command,
            ceiling,
            rates: Some((rate(&command), rate(&ceiling))),
            target: Some(Target::AtLeast(0.5)),
        };
        println!(
            "  {:<58} command {:>9.0} rows/s  bulk insert {:>9.0} rows/s  ×{:.3}  [{} runs]",
            measured.label,
            rate(&command),
            rate(&ceiling),
            measured.ratio(),
            command.runs
        );
        self.measured.push(measured);
        Ok(())
    }

    /// One import of the sheet `bytes` of `rows` new companies; the time it took.
    async fn import_once(&self, rows: u64, bytes: &[u8]) -> Result<Duration> {
        let started = Instant::now();
        let report = crm_app::import::import_file(
            self.session,
            TransferEntity::Company,
            bytes,
            |_| {},
            &AtomicBool::new(false),
        )
        .await
        .map_err(|e| anyhow::anyhow!("import: {e}"))?;
        let time = started.elapsed();
        if u64::from(report.created) != rows {
            let first = report
                .messages
                .first()
                .map(|m| m.message.clone())
                .unwrap_or_default();
            bail!(
                "the import created {} of {rows} companies ({} skipped, {} failed; {first})",
                report.created,
                report.skipped,
                report.failed
            );
        }
        Ok(time)
    }
}

impl Bench<'_> {
    /// Writes `rows` companies as the import would make them, in bulk, their names marked with
    /// `mark`; the time it took.
    async fn bulk_insert(&self, rows: u64, owners: &[i64], mark: &str) -> Result<Duration> {
        let mut owner_departments = Vec::new();
        for owner in owners {
            owner_departments.push(
                int(
                    &self.db,
                    &format!("SELECT MIN(department_id) FROM user_departments WHERE user_id = {owner}"),
                )
                .await?,
            );
        }
        let admin = self.session.user_id().0;
        let first_id = bulk::next_id(&self.db, "companies").await?;
        let started = Instant::now();
        let mut done = 0;
        while done < rows {
            let chunk = (rows - done).min(5_000);
            let mut companies = Rows::new("companies", IMPORT_COLUMNS);
            let mut grams = Rows::grams_of("companies");
            for k in done..done + chunk {
                let c = ImportedCompany::new(self.seed, k, mark);
                let id = first_id + i64::try_from(k).unwrap_or(i64::MAX);
                let owner = usize::try_from(k % 3).unwrap_or(0);
                let text = c.search_text();
                if self.backend == Backend::Mysql {
                    grams.push_grams(id, &text);
                }
                let now = ceiling::now();
                companies.push(vec![
                    id.into(),
                    c.name.into(),
                    c.email.into(),
                    c.website.into(),
                    c.phone.into(),
                    c.address.into(),
                    c.description.into(),
                    c.country_id.into(),
                    owners[owner].into(),
                    Val::Int(Some(admin)),
                    owner_departments[owner].into(),
                    crm_store::keyset::random_token()?.into(),
                    text.into(),
                    now.into(),
                    now.into(),
                ]);
            }
            let mut tx = self.db.begin().await?;
            companies.write_in(&mut tx).await?;
            grams.write_in(&mut tx).await?;
            tx.commit().await?;
            done += chunk;
        }
        let time = started.elapsed();
        bulk::sync_ids(&self.db, &["companies"]).await?;
        Ok(time)
    }

    /// The XLSX sheet of `rows` new companies, their names marked with `mark`, in the export's
    /// columns (R-IMP-1).
    fn sheet(&self, rows: u64, mark: &str) -> Result<Vec<u8>> {
        let headers = TransferEntity::Company.columns();
        let usernames = ["sales03", "sales04", "sales05"];
        let sheet_rows: Vec<Vec<SheetCell>> = (0..rows)
            .map(|k| {
                let c = ImportedCompany::new(self.seed, k, mark);
                headers
                    .iter()
                    .map(|header| {
                        SheetCell::text(match *header {
                            "full_name" => c.name.clone(),
                            "website" => c.website.clone(),
                            "phone" => c.phone.clone(),
                            "address" => c.address.clone(),
                            "email" => c.email.clone(),
                            "description" => c.description.clone(),
                            "country" => c.country.to_owned(),
                            "owner" => usernames[usize::try_from(k % 3).unwrap_or(0)].to_owned(),
                            _ => String::new(),
                        })
                    })
                    .collect()
            })
            .collect();
        spreadsheet::write(headers, &sheet_rows).map_err(|e| anyhow::anyhow!("xlsx: {e}"))
    }
}

fn day_after(day: NaiveDate, days: u64) -> NaiveDate {
    day.checked_add_days(Days::new(days)).unwrap_or(day)
}

/// A week from today: a form refuses a next step in the past.
fn next_week() -> NaiveDate {
    day_after(Utc::now().date_naive(), 7)
}

/// The columns the import's rows fill in the bulk insert.
const IMPORT_COLUMNS: &[&str] = &[
    "id",
    "full_name",
    "email",
    "website",
    "phone",
    "address",
    "description",
    "country_id",
    "owner_id",
    "modified_by_id",
    "department_id",
    "token",
    "search_text",
    "created_at",
    "updated_at",
];

/// One company of the import sheet.
struct ImportedCompany {
    name: String,
    email: String,
    website: String,
    phone: String,
    address: String,
    description: String,
    country: &'static str,
    country_id: i64,
}

/// Countries of the imported companies, by their seeded names and ids.
const IMPORT_COUNTRIES: [(&str, i64); 4] = [
    ("Germany", 66),
    ("France", 62),
    ("United States", 190),
    ("Japan", 87),
];

impl ImportedCompany {
    fn new(seed: u64, k: u64, mark: &str) -> ImportedCompany {
        let (country, country_id) = IMPORT_COUNTRIES[usize::try_from(k % 4).unwrap_or(0)];
        ImportedCompany {
            name: format!("Imported {mark}{seed}-{k:06} Trading"),
            email: format!("office@{mark}{k}.import.example").to_lowercase(),
            website: format!("https://{mark}{k}.import.example").to_lowercase(),
            phone: format!("+49 40 {:07}", k % 10_000_000),
            address: format!("Hafenstraße {}, Hamburg", 1 + k % 200),
            description: if k.is_multiple_of(5) {
                "Met at the trade fair".to_owned()
            } else {
                String::new()
            },
            country,
            country_id,
        }
    }

    fn search_text(&self) -> String {
        let entity = &crm_store::companies::COMPANY;
        let texts: Vec<&str> = entity
            .search
            .iter()
            .map(|field| match *field {
                "full_name" => self.name.as_str(),
                "website" => self.website.as_str(),
                "phone" => self.phone.as_str(),
                "address" => self.address.as_str(),
                "email" => self.email.as_str(),
                "description" => self.description.as_str(),
                _ => "",
            })
            .collect();
        search::search_text(&texts)
    }
}

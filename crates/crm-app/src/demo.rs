//! Demo data: a small sales team with a few weeks of work — companies and their people, inquiries
//! received by e-mail, deals at every stage, wins with payments and losses with their reasons — so
//! a first start shows a CRM in use rather than empty lists.
//!
//! Everything is made through the same commands staff use (`crm call`), so every rule applies:
//! matching, tickets, stage logs, owner and department defaults. The choices come from a fixed
//! seed: two runs on fresh databases give the same data.

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::{AppError, Session, registry};
use crm_core::Id;
use crm_core::validation::{Rule, Violations};

/// How much to make: companies (each with one to three contacts and their inquiries).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct DemoInput {
    pub companies: u32,
}

impl Default for DemoInput {
    fn default() -> Self {
        DemoInput { companies: 24 }
    }
}

/// What was made.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct DemoReport {
    pub users: u32,
    pub companies: u32,
    pub contacts: u32,
    pub requests: u32,
    pub deals: u32,
    pub payments: u32,
}

const COMPANIES: [&str; 12] = [
    "Nordlicht GmbH",
    "Kettle & Co",
    "Azure Harbour Ltd",
    "Brașov Textile SRL",
    "Café Lumière SARL",
    "Oakridge Hardware",
    "Sakura Logistics 株式会社",
    "Vértice Ingeniería SL",
    "Polar Bear Outfitters",
    "Øresund Marine ApS",
    "Mistral Foods",
    "Zenith Office Supplies",
];
const FIRST: [&str; 12] = [
    "Jörg", "Anna", "Liam", "Sofía", "Chloé", "Mateusz", "Yuki", "Oksana", "Ahmed", "Ingrid", "Priya",
    "Tomás",
];
const LAST: [&str; 12] = [
    "Weiß",
    "Kowalski",
    "O'Brien",
    "García",
    "Dubois",
    "Nowak",
    "Tanaka",
    "Kovalenko",
    "Haddad",
    "Larsen",
    "Sharma",
    "Ferreira",
];
const PRODUCTS: [(&str, &str); 5] = [
    ("Desk lamp L-200", "24.90"),
    ("Office chair Ergo", "189.00"),
    ("Standing desk S-1", "449.00"),
    ("Monitor arm", "59.50"),
    ("Installation service", "120.00"),
];
const SUBJECTS: [&str; 6] = [
    "Quote for {n} desk lamps",
    "Office chairs for the new floor",
    "Standing desks, {n} pieces",
    "Monitor arms and installation",
    "Price list request",
    "Follow-up on our last order",
];

/// A small fixed-seed generator: the demo needs repeatable variety, not randomness.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        usize::try_from(self.next() % (n.max(1) as u64)).unwrap_or(0)
    }
}

async fn run(session: &Session, command: &str, input: Value) -> Result<Value, AppError> {
    registry::call(session, command, input).await
}

fn id(value: &Value) -> i64 {
    value["id"].as_i64().unwrap_or_default()
}

async fn named(session: &Session, command: &str, filter: Value, name: &str) -> Result<i64, AppError> {
    let page = run(
        session,
        command,
        json!({ "filter": filter, "page": { "limit": 500 } }),
    )
    .await?;
    Ok(page["items"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["name"] == name))
        .map(id)
        .unwrap_or_default())
}

/// The team and the catalogue the demo works with.
struct Scene {
    team: Vec<Session>,
    products: Vec<i64>,
    success: i64,
    lost: i64,
}

/// `demo_populate`: fills an empty database with demo data. Only an administrator may, and only
/// while the database holds no company yet, so real data is never mixed with it.
///
/// # Errors
/// `forbidden` for other users; a validation error on `companies` when the database already has
/// companies; any error of the commands it runs.
pub async fn demo_populate(session: &Session, input: DemoInput) -> Result<DemoReport, AppError> {
    if !session.actor().is_superuser {
        return Err(AppError::Forbidden);
    }
    let existing = run(session, "company_count", json!({})).await?;
    if existing.as_i64().unwrap_or_default() > 0 {
        return Err(AppError::Validation(Violations::one(
            "companies",
            Rule::AlreadyExists,
        )));
    }
    let mut report = DemoReport::default();
    let scene = scene(session, &mut report).await?;
    let mut dice = Dice(0x05ee_d0f0_e1e1);
    for n in 0..input.companies {
        company_with_people(session, &scene, n, &mut dice, &mut report).await?;
    }
    Ok(report)
}

async fn scene(admin: &Session, report: &mut DemoReport) -> Result<Scene, AppError> {
    let local = named(admin, "department_list", json!({}), "Local sales").await?;
    let managers = named(admin, "role_list", json!({}), "managers").await?;
    let mut team = Vec::new();
    for (username, first, last) in [("anna", "Anna", "Berg"), ("ben", "Ben", "Okafor")] {
        let user = run(
            admin,
            "user_create",
            json!({ "username": username, "first_name": first, "last_name": last, "email": format!("{username}@oriel.example"),
                    "is_staff": true, "role_ids": [managers], "department_ids": [local] }),
        )
        .await?;
        team.push(Session::for_user(admin.db().clone(), Id(id(&user))).await?);
        report.users += 1;
    }
    let mut products = Vec::new();
    for (name, price) in PRODUCTS {
        let product = run(
            &team[0],
            "product_create",
            json!({ "name": name, "price": price }),
        )
        .await?;
        products.push(id(&product));
    }
    let reasons = json!({ "department_id": local });
    Ok(Scene {
        team,
        products,
        success: named(
            admin,
            "closing_reason_list",
            reasons.clone(),
            "The deal was closed successfully",
        )
        .await?,
        lost: named(admin, "closing_reason_list", reasons, "Purchase postponed").await?,
    })
}

/// Company `n` of the demo with one to three contacts, most of whom send an inquiry that most
/// often becomes a deal.
async fn company_with_people(
    admin: &Session,
    scene: &Scene,
    n: u32,
    dice: &mut Dice,
    report: &mut DemoReport,
) -> Result<(), AppError> {
    let at = usize::try_from(n).unwrap_or_default();
    let manager = &scene.team[at % scene.team.len()];
    let base = COMPANIES[at % COMPANIES.len()];
    let name = if at < COMPANIES.len() {
        base.to_owned()
    } else {
        format!("{base} {}", at / COMPANIES.len() + 1)
    };
    let domain = format!("c{n}.example");
    let company = run(
        manager,
        "company_create",
        json!({ "full_name": name, "email": format!("info@{domain}"), "phone": format!("+49 30 555{n:04}"), "website": format!("https://{domain}") }),
    )
    .await?;
    report.companies += 1;
    for c in 0..=dice.below(3) {
        let (given, family) = (FIRST[dice.below(FIRST.len())], LAST[dice.below(LAST.len())]);
        let email = format!("{}.{}{c}@{domain}", ascii(given), ascii(family));
        run(
            manager,
            "contact_create",
            json!({ "first_name": given, "last_name": family, "email": email, "company_id": id(&company) }),
        )
        .await?;
        report.contacts += 1;
        if dice.below(3) == 0 {
            continue;
        }
        let subject =
            SUBJECTS[dice.below(SUBJECTS.len())].replace("{n}", &(10 * (dice.below(20) + 1)).to_string());
        let request = run(
            admin,
            "request_receive",
            json!({ "name": format!("{given} {family}"), "email": email, "subject": subject, "message": "Could you send us an offer?" }),
        )
        .await?;
        report.requests += 1;
        if dice.below(4) == 0 {
            continue;
        }
        let mut input = request.clone();
        input["product_ids"] = json!([scene.products[dice.below(scene.products.len())]]);
        let request = run(
            manager,
            "request_update",
            json!({ "id": id(&request), "version": request["version"], "input": input }),
        )
        .await?;
        let deal = run(
            manager,
            "request_to_deal",
            json!({ "id": id(&request), "version": request["version"] }),
        )
        .await?;
        report.deals += 1;
        report.payments += advance(manager, &deal, dice.below(5), scene.success, scene.lost).await?;
    }
    Ok(())
}

/// Moves a fresh deal along: 0 leaves it new, 1–2 works on it, 3 wins it with a payment, 4 loses
/// it. The number of payments made.
async fn advance(
    manager: &Session,
    deal: &Value,
    step: usize,
    success: i64,
    lost: i64,
) -> Result<u32, AppError> {
    if step == 0 {
        return Ok(0);
    }
    let amount = format!("{}.00", 250 * (step + 1));
    let worked = save(
        manager,
        deal,
        json!({ "amount": amount, "next_step": "Send the offer" }),
    )
    .await?;
    match step {
        3 => {
            save(
                manager,
                &worked,
                json!({ "closing_reason_id": success, "next_step": "Send the invoice" }),
            )
            .await?;
            run(
                manager,
                "payment_create",
                json!({ "deal_id": id(deal), "amount": amount, "currency_id": deal["currency_id"], "payment_date": chrono::Utc::now().date_naive() }),
            )
            .await?;
            Ok(1)
        }
        4 => {
            save(
                manager,
                &worked,
                json!({ "closing_reason_id": lost, "next_step": "Call again in spring" }),
            )
            .await?;
            Ok(0)
        }
        _ => Ok(0),
    }
}

async fn save(session: &Session, deal: &Value, change: Value) -> Result<Value, AppError> {
    let mut input = deal.clone();
    if input["amount"].is_null() {
        input["amount"] = json!("");
    }
    if let Some(change) = change.as_object() {
        for (field, value) in change {
            input[field] = value.clone();
        }
    }
    run(
        session,
        "deal_update",
        json!({ "id": id(deal), "version": deal["version"], "input": input }),
    )
    .await
}

/// The ASCII letters of a name, lower-cased, for a plausible address.
fn ascii(name: &str) -> String {
    name.chars()
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

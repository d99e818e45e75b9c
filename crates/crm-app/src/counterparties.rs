//! Saving companies, contacts and leads with the rules that tie them together: a city lies in
//! the chosen country (R-GEN-7); a contact belongs to its company's owner and department
//! (R-CONT-1) and a company's new owner, department, country or city reaches its contacts, deals
//! and requests (R-COMP-2, R-COMP-3); the same person is not stored twice (R-CONT-2).

use crm_core::Id;
use crm_core::city::City;
use crm_core::company::{Company, CompanyInput};
use crm_core::contact::{Contact, ContactInput};
use crm_core::lead::{Lead, LeadInput};
use crm_core::validation::{Rule, Violations};
use crm_store::Tx;
use crm_store::matching::{People, referencing, same_named};
use crm_store::record::{self, Fields};
use serde_json::Value;

use crate::cities::place;
use crate::entities::{CITY, COMPANY, CONTACT, DEAL, Edit, LEAD, REQUEST, fields_of, typed};
use crate::fields::id_of;
use crate::records::{self, Spec};
use crate::{AppError, Session};

fn refuse(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// R-GEN-7: with both a city and a country, the city must lie in that country.
async fn check_city(tx: &mut Tx, city: Option<Id>, country: Option<Id>) -> Result<(), AppError> {
    if let (Some(city), Some(country)) = (city, country) {
        let city: City = typed(record::get_in(tx, CITY.entity, city.0).await?)?;
        if city.country_id != country {
            return Err(refuse("city_id", Rule::CityNotOfCountry));
        }
    }
    Ok(())
}

/// R-CONT-2: a contact or lead with both names given may not repeat another's names together with
/// one of its e-mail or phone numbers (exact, only the values given).
async fn check_not_twice(
    tx: &mut Tx,
    people: People,
    person: [&str; 6],
    except: Option<Id>,
) -> Result<(), AppError> {
    let [first_name, last_name, email, phone, mobile, other_phone] = person;
    if first_name.is_empty() || last_name.is_empty() {
        return Ok(());
    }
    let same = same_named(tx, people, first_name, last_name, except).await?;
    let given = |mine: &str, theirs: &str| !mine.is_empty() && mine == theirs;
    if same.iter().any(|other| {
        given(email, &other.email)
            || given(phone, &other.phone)
            || given(mobile, &other.mobile)
            || given(other_phone, &other.other_phone)
    }) {
        return Err(refuse("first_name", Rule::AlreadyExists));
    }
    Ok(())
}

/// Writes the same `changes` over every row of `spec` whose `column` points at `company`.
async fn cascade(
    tx: &mut Tx,
    session: &Session,
    spec: &Spec,
    column: &'static str,
    company: Id,
    changes: &Fields,
) -> Result<(), AppError> {
    if changes.is_empty() {
        return Ok(());
    }
    for (id, version) in referencing(tx, spec.entity.table, column, company).await? {
        record::patch_in(tx, spec.entity, Some(session.user_id().0), id, version, changes).await?;
    }
    Ok(())
}

/// The city name stored on record `id` of `spec`, for R-CITY-2's "changed" test.
async fn stored_city_name(tx: &mut Tx, spec: &Spec, id: Id) -> Result<Option<String>, AppError> {
    let stored = record::get_in(tx, spec.entity, id.0).await?;
    Ok(stored.get("city_name").and_then(Value::as_str).map(str::to_owned))
}

/// R-GEN-3: a create form submitted a second time is refused: its record exists.
async fn check_once(tx: &mut Tx, spec: &Spec, token: Option<&str>) -> Result<(), AppError> {
    match token {
        Some(token) if record::id_by_token_in(tx, spec.entity, token).await?.is_some() => {
            Err(refuse("token", Rule::AlreadyAdded))
        }
        _ => Ok(()),
    }
}

/// `company_create`: a new company (R-GEN-1, R-GEN-2, R-GEN-7, R-CITY-2).
pub async fn company_create(session: &Session, input: CompanyInput) -> Result<Company, AppError> {
    let mut input = input.validate()?;
    let mut tx = session.db().begin().await?;
    check_once(&mut tx, &COMPANY, input.token.as_deref()).await?;
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        None,
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    let created = records::create_in(&mut tx, session, &COMPANY, fields_of(&input)?).await?;
    tx.commit().await?;
    typed(created)
}

/// `company_update`: saves an edit of a company made on the version read. A new owner reaches
/// every contact of the company with the company's department, a new department alone the
/// contacts' department (R-COMP-2); a new country or city reaches the company's deals and
/// requests (R-COMP-3).
pub async fn company_update(session: &Session, edit: Edit<CompanyInput>) -> Result<Company, AppError> {
    let mut input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let before = records::editable_in(
        &mut tx,
        session,
        &COMPANY,
        edit.id.0,
        crm_core::access::Perm::Change,
    )
    .await?;
    let was = before.get("city_name").and_then(Value::as_str).map(str::to_owned);
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        was.as_deref(),
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    let after = records::update_in(
        &mut tx,
        session,
        &COMPANY,
        edit.id.0,
        edit.version,
        fields_of(&input)?,
    )
    .await?;
    let changed = |field: &str| before.get(field) != after.get(field);
    let mut to_contacts = Fields::new();
    if changed("owner_id") {
        to_contacts.insert(
            "owner_id".into(),
            after.get("owner_id").cloned().unwrap_or(Value::Null),
        );
    }
    if changed("owner_id") || changed("department_id") {
        to_contacts.insert(
            "department_id".into(),
            after.get("department_id").cloned().unwrap_or(Value::Null),
        );
    }
    cascade(&mut tx, session, &CONTACT, "company_id", edit.id, &to_contacts).await?;
    if changed("owner_id") {
        crate::massmail::recipients::owner_changed(
            &mut tx,
            edit.id,
            crate::fields::id_of(&after, "owner_id"),
            Some(session.user_id().0),
        )
        .await?;
    }
    let mut to_deals = Fields::new();
    for field in ["country_id", "city_id"] {
        if changed(field) {
            to_deals.insert(field.into(), after.get(field).cloned().unwrap_or(Value::Null));
        }
    }
    cascade(&mut tx, session, &DEAL, "company_id", edit.id, &to_deals).await?;
    cascade(&mut tx, session, &REQUEST, "company_id", edit.id, &to_deals).await?;
    tx.commit().await?;
    typed(after)
}

/// R-CONT-1: a contact has its company's owner and department; only administrators choose
/// another owner.
async fn follow_company(tx: &mut Tx, session: &Session, input: &mut ContactInput) -> Result<(), AppError> {
    let Some(company) = input.company_id else {
        return Ok(());
    };
    let company = record::get_in(tx, COMPANY.entity, company.0).await?;
    if !(session.actor().is_superuser && input.owner_id.is_some()) {
        input.owner_id = id_of(&company, "owner_id");
    }
    input.department_id = id_of(&company, "department_id");
    Ok(())
}

fn contact_keys(input: &ContactInput) -> [&str; 6] {
    [
        &input.first_name,
        &input.last_name,
        &input.email,
        &input.phone,
        &input.mobile,
        &input.other_phone,
    ]
}

/// `contact_create`: a new contact of a company, owned as its company is (R-CONT-1, R-COMP-7),
/// unless the same person is stored already (R-CONT-2).
pub async fn contact_create(session: &Session, input: ContactInput) -> Result<Contact, AppError> {
    let mut input = input.validate()?;
    let mut tx = session.db().begin().await?;
    check_once(&mut tx, &CONTACT, input.token.as_deref()).await?;
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        None,
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    follow_company(&mut tx, session, &mut input).await?;
    check_not_twice(&mut tx, People::Contacts, contact_keys(&input), None).await?;
    let created = records::create_in(&mut tx, session, &CONTACT, fields_of(&input)?).await?;
    tx.commit().await?;
    typed(created)
}

/// `contact_update`: saves an edit of a contact made on the version read, by the rules of
/// [`contact_create`].
pub async fn contact_update(session: &Session, edit: Edit<ContactInput>) -> Result<Contact, AppError> {
    let mut input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let was = stored_city_name(&mut tx, &CONTACT, edit.id).await?;
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        was.as_deref(),
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    follow_company(&mut tx, session, &mut input).await?;
    check_not_twice(&mut tx, People::Contacts, contact_keys(&input), Some(edit.id)).await?;
    let saved = records::update_in(
        &mut tx,
        session,
        &CONTACT,
        edit.id.0,
        edit.version,
        fields_of(&input)?,
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}

fn lead_keys(input: &LeadInput) -> [&str; 6] {
    [
        &input.first_name,
        &input.last_name,
        &input.email,
        &input.phone,
        &input.mobile,
        &input.other_phone,
    ]
}

/// `lead_create`: a new lead, unless the same person is a lead already (R-CONT-2, R-GEN-7).
pub async fn lead_create(session: &Session, input: LeadInput) -> Result<Lead, AppError> {
    let mut input = input.validate()?;
    let mut tx = session.db().begin().await?;
    check_once(&mut tx, &LEAD, input.token.as_deref()).await?;
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        None,
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    check_not_twice(&mut tx, People::Leads, lead_keys(&input), None).await?;
    let created = records::create_in(&mut tx, session, &LEAD, fields_of(&input)?).await?;
    tx.commit().await?;
    typed(created)
}

/// `lead_update`: saves an edit of a lead made on the version read, by the rules of
/// [`lead_create`].
pub async fn lead_update(session: &Session, edit: Edit<LeadInput>) -> Result<Lead, AppError> {
    let mut input = edit.input.validate()?;
    let mut tx = session.db().begin().await?;
    let was = stored_city_name(&mut tx, &LEAD, edit.id).await?;
    place(
        &mut tx,
        session,
        input.country_id,
        &mut input.city_id,
        &mut input.city_name,
        was.as_deref(),
    )
    .await?;
    check_city(&mut tx, input.city_id, input.country_id).await?;
    check_not_twice(&mut tx, People::Leads, lead_keys(&input), Some(edit.id)).await?;
    let saved = records::update_in(
        &mut tx,
        session,
        &LEAD,
        edit.id.0,
        edit.version,
        fields_of(&input)?,
    )
    .await?;
    tx.commit().await?;
    typed(saved)
}

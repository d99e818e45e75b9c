//! Converting a lead into a company and a contact (R-LEAD-2 … R-LEAD-5), in one transaction: on
//! any failure nothing changes and the lead stays.

use crm_core::access::{Perm, Resource};
use crm_core::company::{Company, CompanyInput};
use crm_core::contact::{Contact, ContactInput};
use crm_core::lead::Lead;
use crm_core::matching::{self, PersonCandidate};
use crm_core::validation::{Rule, Violations};
use crm_core::{Id, access};
use crm_store::matching::{companies_named, contacts_named, public_domains, referencing};
use crm_store::record::{self, Fields};
use crm_store::{StoreError, Tx};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::entities::{COMPANY, CONTACT, DEAL, LEAD, REQUEST, RecordRef, fields_of, typed};
use crate::fields::object;
use crate::records;
use crate::{AppError, Session};

/// What a conversion made of the lead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct Conversion {
    pub company: Company,
    pub contact: Contact,
    /// Whether the company was created (else an existing one was found or linked).
    pub company_created: bool,
    pub contact_created: bool,
}

fn refuse(field: &'static str, rule: Rule) -> AppError {
    AppError::Validation(Violations::one(field, rule))
}

/// R-LEAD-2: a lead linked to neither a contact nor a company needs what a company and a contact
/// are made of.
fn check_convertible(lead: &Lead) -> Result<(), AppError> {
    if lead.contact_id.is_some() || lead.company_id.is_some() {
        return Ok(());
    }
    let mut violations = Violations::default();
    for (field, value) in [
        ("first_name", &lead.first_name),
        ("email", &lead.email),
        ("company_name", &lead.company_name),
        ("company_email", &lead.company_email),
    ] {
        if value.trim().is_empty() {
            violations.push(field, Rule::Required);
        }
    }
    violations.into_result(()).map_err(AppError::Validation)
}

/// R-LEAD-3: the lead's company, an existing one of the same name (and e-mail domain), or a new
/// one made from the lead.
async fn company_for(tx: &mut Tx, session: &Session, lead: &Lead) -> Result<(Fields, bool), AppError> {
    if let Some(company) = lead.company_id {
        return Ok((record::get_in(tx, COMPANY.entity, company.0).await?, false));
    }
    let domains = public_domains(tx).await?;
    let domains: Vec<&str> = domains.iter().map(String::as_str).collect();
    let domain =
        matching::email_address(&lead.company_email).and_then(|a| matching::email_domain(&a, &domains));
    let found: Vec<Id> = companies_named(tx, &lead.company_name)
        .await?
        .into_iter()
        .filter(|c| {
            domain
                .as_ref()
                .is_none_or(|d| c.email.to_lowercase().contains(d.as_str()))
        })
        .map(|c| c.id)
        .collect();
    match found.as_slice() {
        [one] => Ok((record::get_in(tx, COMPANY.entity, one.0).await?, false)),
        [] => {
            let input = CompanyInput {
                full_name: lead.company_name.clone(),
                website: lead.website.clone(),
                phone: lead.company_phone.clone(),
                city_name: lead.city_name.clone(),
                city_id: lead.city_id,
                address: lead.company_address.clone(),
                email: lead.company_email.clone(),
                description: lead.description.clone(),
                lead_source_id: lead.lead_source_id,
                country_id: lead.country_id,
                type_id: lead.type_id,
                owner_id: lead.owner_id,
                department_id: lead.department_id,
                disqualified: lead.disqualified,
                massmail: Some(lead.massmail),
                region: lead.region.clone(),
                district: lead.district.clone(),
                industry_ids: lead.industry_ids.clone(),
                ..CompanyInput::default()
            }
            .validate()?;
            Ok((
                records::create_in(tx, session, &COMPANY, fields_of(&input)?).await?,
                true,
            ))
        }
        _ => Err(refuse("company_name", Rule::AmbiguousMatch)),
    }
}

/// R-LEAD-4: the lead's contact, the one existing contact of the same name reached by the lead's
/// e-mail or phone, or a new contact of `company` made from the lead.
async fn contact_for(
    tx: &mut Tx,
    session: &Session,
    lead: &Lead,
    company: Id,
) -> Result<(Fields, bool), AppError> {
    if let Some(contact) = lead.contact_id {
        return Ok((record::get_in(tx, CONTACT.entity, contact.0).await?, false));
    }
    let address = matching::email_address(&lead.email);
    let digits = matching::phone_digits(&lead.phone);
    let reached = |c: &PersonCandidate| {
        let by_email = address
            .as_deref()
            .is_some_and(|a| matching::email_matches(a, &c.email, &c.secondary_email));
        let by_phone = !lead.phone.is_empty()
            && (matching::phone_matches(&digits, &c.phone)
                || matching::phone_matches(&digits, &c.other_phone));
        (address.is_none() && lead.phone.is_empty()) || by_email || by_phone
    };
    let found: Vec<Id> = contacts_named(tx, &lead.first_name, &lead.last_name)
        .await?
        .into_iter()
        .filter(reached)
        .map(|c| c.id)
        .collect();
    match found.as_slice() {
        [one] => Ok((record::get_in(tx, CONTACT.entity, one.0).await?, false)),
        [] => {
            let input = ContactInput {
                first_name: lead.first_name.clone(),
                middle_name: lead.middle_name.clone(),
                last_name: lead.last_name.clone(),
                title: lead.title.clone(),
                sex: lead.sex,
                birth_date: lead.birth_date,
                was_in_touch: lead.was_in_touch,
                email: lead.email.clone(),
                secondary_email: lead.secondary_email.clone(),
                phone: lead.phone.clone(),
                other_phone: lead.other_phone.clone(),
                mobile: lead.mobile.clone(),
                country_id: lead.country_id,
                city_name: lead.city_name.clone(),
                city_id: lead.city_id,
                address: lead.address.clone(),
                description: lead.description.clone(),
                lead_source_id: lead.lead_source_id,
                owner_id: lead.owner_id,
                department_id: lead.department_id,
                disqualified: lead.disqualified,
                massmail: Some(lead.massmail),
                region: lead.region.clone(),
                district: lead.district.clone(),
                tag_ids: lead.tag_ids.clone(),
                company_id: Some(company),
                token: None,
            }
            .validate()?;
            Ok((
                records::create_in(tx, session, &CONTACT, fields_of(&input)?).await?,
                true,
            ))
        }
        _ => Err(refuse("last_name", Rule::AmbiguousMatch)),
    }
}

/// `lead_convert`: turns lead `id`, read at `version`, into a company and a contact (R-LEAD-2 …
/// R-LEAD-5). The deals, requests and e-mails of the lead move to the contact and its company, and
/// the lead goes to the trash, where the history keeps it.
pub async fn lead_convert(session: &Session, input: RecordRef) -> Result<Conversion, AppError> {
    let actor = session.actor();
    if !access::permitted(actor, Resource::Contact, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let mut tx = session.db().begin().await?;
    let stored = records::editable_in(&mut tx, session, &LEAD, input.id.0, Perm::Delete).await?;
    let lead: Lead = typed(stored.clone())?;
    if lead.version != input.version {
        return Err(StoreError::Conflict {
            entity: "lead",
            id: input.id.0,
            version: lead.version,
            current: Value::Object(stored),
        }
        .into());
    }
    check_convertible(&lead)?;
    let (company, company_created) = company_for(&mut tx, session, &lead).await?;
    let company: Company = typed(company)?;
    let (contact, contact_created) = contact_for(&mut tx, session, &lead, company.id).await?;
    let contact: Contact = typed(contact)?;
    let relinked = json!({ "lead_id": null, "contact_id": contact.id.0, "company_id": contact.company_id.0 });
    let relinked = object(relinked);
    let user = Some(actor.user_id.0);
    for (spec, table) in [(&DEAL, "deals"), (&REQUEST, "requests")] {
        for (id, version) in referencing(&mut tx, table, "lead_id", lead.id).await? {
            record::patch_in(&mut tx, spec.entity, user, id, version, &relinked).await?;
        }
    }
    for (id, version) in referencing(&mut tx, "crm_emails", "lead_id", lead.id).await? {
        record::patch_in(
            &mut tx,
            &crm_store::crm_emails::CRM_EMAIL,
            user,
            id,
            version,
            &relinked,
        )
        .await?;
    }
    record::set_deleted_in(&mut tx, LEAD.entity, user, lead.id.0, lead.version, true).await?;
    tx.commit().await?;
    Ok(Conversion {
        company,
        contact,
        company_created,
        contact_created,
    })
}

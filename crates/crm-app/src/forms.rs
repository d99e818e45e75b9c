//! What a new form starts with: the owner and country of a new counterparty or request (R-COMP-1)
//! and a new payment filled from the deal's latest one (R-DEAL-17).

use chrono::Utc;
use crm_core::company::CompanyInput;
use crm_core::contact::ContactInput;
use crm_core::deal::Deal;
use crm_core::department::Department;
use crm_core::lead::LeadInput;
use crm_core::payment::{Payment, PaymentInput};
use crm_core::request::RequestInput;
use crm_core::{Id, access::Perm, access::Resource};
use crm_store::record;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::entities::{DEAL, PAYMENT, typed};
use crate::fields::{all_rows, object};
use crate::registry::NoInput;
use crate::{AppError, Session, records};

/// The default country of the user's current department (R-COMP-1).
async fn department_country(session: &Session) -> Result<Option<Id>, AppError> {
    let Some(department) = session.actor().current_department() else {
        return Ok(None);
    };
    let department: Department =
        typed(record::get(session.db(), &crm_store::departments::DEPARTMENT, department.0).await?)?;
    Ok(department.default_country_id)
}

/// `company_new`: a new company's form: owned by the user, in their department's country
/// (R-COMP-1).
pub async fn company_new(session: &Session, _: NoInput) -> Result<CompanyInput, AppError> {
    Ok(CompanyInput {
        owner_id: Some(session.user_id()),
        country_id: department_country(session).await?,
        active: Some(true),
        massmail: Some(true),
        token: Some(crm_store::keyset::random_token()?),
        ..CompanyInput::default()
    })
}

/// `contact_new`: a new contact's form (R-COMP-1).
pub async fn contact_new(session: &Session, _: NoInput) -> Result<ContactInput, AppError> {
    Ok(ContactInput {
        owner_id: Some(session.user_id()),
        country_id: department_country(session).await?,
        massmail: Some(true),
        token: Some(crm_store::keyset::random_token()?),
        ..ContactInput::default()
    })
}

/// `lead_new`: a new lead's form (R-COMP-1).
pub async fn lead_new(session: &Session, _: NoInput) -> Result<LeadInput, AppError> {
    Ok(LeadInput {
        owner_id: Some(session.user_id()),
        country_id: department_country(session).await?,
        massmail: Some(true),
        token: Some(crm_store::keyset::random_token()?),
        ..LeadInput::default()
    })
}

/// `request_new`: a new request's form: the user's, received today, pending (R-COMP-1, R-REQ-1).
pub async fn request_new(session: &Session, _: NoInput) -> Result<RequestInput, AppError> {
    Ok(RequestInput {
        owner_id: Some(session.user_id()),
        country_id: department_country(session).await?,
        receipt_date: Some(Utc::now().date_naive()),
        pending: Some(true),
        subsequent: session.actor().is_manager(),
        ..RequestInput::default()
    })
}

/// `payment_new`: for which deal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewPayment {
    pub deal_id: Id,
}

/// `payment_new`: a new payment of a deal, with the amount, contract, invoice and order numbers and
/// the representation flag of the deal's latest payment; its currency is the deal's, else the
/// department's default, else the state currency; dated today, received (R-DEAL-17, R-PAY-1).
pub async fn payment_new(session: &Session, input: NewPayment) -> Result<PaymentInput, AppError> {
    if !crate::records::permitted(session.actor(), Resource::Payment, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let deal: Deal = typed(records::get(session, &DEAL, input.deal_id.0).await?)?;
    let payments = all_rows(session, PAYMENT.entity, &object(json!({ "deal_id": deal.id.0 }))).await?;
    let latest = payments
        .into_iter()
        .map(typed::<Payment>)
        .collect::<Result<Vec<_>, _>>()?
        .into_iter()
        .max_by_key(|p| (p.payment_date, p.id));
    let department_currency = match deal.department_id {
        Some(department) => {
            typed::<Department>(
                record::get(session.db(), &crm_store::departments::DEPARTMENT, department.0).await?,
            )?
            .default_currency_id
        }
        None => None,
    };
    let state_currency = crm_store::currencies::state_currency(session.db()).await?.map(Id);
    let mut form = PaymentInput {
        deal_id: Some(deal.id),
        currency_id: deal.currency_id.or(department_currency).or(state_currency),
        payment_date: Some(Utc::now().date_naive()),
        ..PaymentInput::default()
    };
    if let Some(latest) = latest {
        form.amount = latest.amount.to_string();
        form.contract_number = latest.contract_number;
        form.invoice_number = latest.invoice_number;
        form.order_number = latest.order_number;
        form.through_representation = latest.through_representation;
    }
    Ok(form)
}

/// `company_contact_new`: the company whose page the contact is added from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct NewContactOfCompany {
    pub company_id: Id,
}

/// `company_contact_new`: a new contact's form opened from a company's page: of that company,
/// with the company's owner and department (R-COMP-7) and its country (else the department's,
/// R-COMP-1). Saving it keeps them (R-CONT-1).
pub async fn company_contact_new(
    session: &Session,
    input: NewContactOfCompany,
) -> Result<ContactInput, AppError> {
    if !crate::records::permitted(session.actor(), Resource::Contact, Perm::Add) {
        return Err(AppError::Forbidden);
    }
    let company: crm_core::company::Company =
        typed(records::get(session, &crate::entities::COMPANY, input.company_id.0).await?)?;
    let country_id = match company.country_id {
        Some(country) => Some(country),
        None => department_country(session).await?,
    };
    Ok(ContactInput {
        company_id: Some(company.id),
        owner_id: company.owner_id,
        department_id: company.department_id,
        country_id,
        massmail: Some(true),
        token: Some(crm_store::keyset::random_token()?),
        ..ContactInput::default()
    })
}

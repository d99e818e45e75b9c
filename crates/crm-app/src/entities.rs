//! The plain record commands of every entity: `<entity>_get`, `_list`, `_count`, and where the
//! entity is edited through a form, `_create`, `_update`, `_delete` and `_restore`. Each is typed
//! (the entity's own input, record, filter and sort types from crm-core), validated at the
//! boundary and guarded by the permission rules in [`crate::records`].
//!
//! Entities whose writes are workflows (a deal is made from a request and moves through stages;
//! users get profiles and roles) get only the commands that are plain here; their workflows live
//! in their own modules.

use std::future::Future;
use std::pin::Pin;

use crm_core::access::Resource;
use crm_core::list::{Page, PageRequest};
use crm_core::validation::{Rule, Violations};
use crm_core::{Id, attachment, city, closing_reason, company, contact, country, crm_email, currency, deal};
use crm_core::{department, department_item, lead, lead_source, output, payment, product, product_category};
use crm_core::{rate, reminder, request, role, settings_lists, stage, tag, user};
use crm_store::record::{Fields, from_fields, to_fields};
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::records::{self, Spec};
use crate::{AppError, Session};

/// `<entity>_get`, `_delete`, `_restore`: which record, and (for writes) the version the user
/// read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, specta::Type)]
pub struct RecordRef {
    pub id: Id,
    /// The version the user read; a write on a record changed since fails with `conflict`.
    #[serde(default)]
    pub version: i32,
}

/// `<entity>_update`: the whole edited record as the user saw it at `version`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, specta::Type)]
pub struct Edit<T> {
    pub id: Id,
    pub version: i32,
    pub input: T,
}

/// `<entity>_list`: which rows, in which order, from where.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(default)]
pub struct ListQuery<F, S> {
    pub filter: F,
    pub sort: S,
    pub page: PageRequest,
}

/// An input form's checks: trims and bounds every field, fills the spec's defaults, and hands
/// back what is written.
pub trait Validate {
    type Valid: Serialize;
    fn check(self) -> Result<Self::Valid, Violations>;
}

macro_rules! validated_by_self {
    ($($input:ty => $valid:ty),* $(,)?) => {$(
        impl Validate for $input {
            type Valid = $valid;
            fn check(self) -> Result<$valid, Violations> {
                self.validate()
            }
        }
    )*};
}

validated_by_self! {
    attachment::AttachmentInput => attachment::AttachmentInput,
    city::CityInput => city::CityInput,
    closing_reason::ClosingReasonInput => closing_reason::ClosingReasonInput,
    company::CompanyInput => company::CompanyInput,
    contact::ContactInput => contact::ContactInput,
    country::CountryInput => country::CountryInput,
    crm_email::CrmEmailInput => crm_email::CrmEmailInput,
    currency::CurrencyInput => currency::CurrencyValid,
    department::DepartmentInput => department::DepartmentInput,
    department_item::DepartmentItemInput => department_item::DepartmentItemInput,
    lead::LeadInput => lead::LeadInput,
    lead_source::LeadSourceInput => lead_source::LeadSourceInput,
    output::OutputInput => output::OutputChange,
    payment::PaymentInput => payment::PaymentChange,
    product::ProductInput => product::ProductValid,
    product_category::ProductCategoryInput => product_category::ProductCategoryInput,
    reminder::ReminderInput => reminder::ReminderInput,
    settings_lists::PublicEmailDomainInput => settings_lists::PublicEmailDomainInput,
    settings_lists::BannedCompanyNameInput => settings_lists::BannedCompanyNameInput,
    settings_lists::StopPhraseInput => settings_lists::StopPhraseInput,
    stage::StageInput => stage::StageInput,
    tag::TagInput => tag::TagInput,
}

impl Validate for rate::RateInput {
    type Valid = rate::RateValid;
    fn check(self) -> Result<rate::RateValid, Violations> {
        self.validate(chrono::Utc::now().date_naive())
    }
}

pub(crate) fn fields_of<T: Serialize>(value: &T) -> Result<Fields, AppError> {
    Ok(to_fields(value)?)
}

pub(crate) fn typed<T: DeserializeOwned>(fields: Fields) -> Result<T, AppError> {
    Ok(from_fields(fields)?)
}

fn sort_name<S: Serialize>(sort: &S) -> String {
    serde_json::to_value(sort)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Typed reads over a spec: the bodies the generated commands share.
pub async fn get<R: DeserializeOwned>(
    session: &Session,
    spec: &Spec,
    input: RecordRef,
) -> Result<R, AppError> {
    typed(records::get(session, spec, input.id.0).await?)
}

pub async fn list<R: DeserializeOwned, F: Serialize, S: Serialize>(
    session: &Session,
    spec: &Spec,
    query: ListQuery<F, S>,
) -> Result<Page<R>, AppError> {
    let page = records::list(
        session,
        spec,
        fields_of(&query.filter)?,
        &sort_name(&query.sort),
        &query.page,
    )
    .await?;
    Ok(Page {
        items: page.items.into_iter().map(typed).collect::<Result<_, _>>()?,
        next_cursor: page.next_cursor,
    })
}

pub async fn count<F: Serialize>(session: &Session, spec: &Spec, filter: F) -> Result<i64, AppError> {
    records::count(session, spec, fields_of(&filter)?).await
}

pub async fn create<R: DeserializeOwned, I: Validate>(
    session: &Session,
    spec: &Spec,
    input: I,
) -> Result<R, AppError> {
    let valid = input.check()?;
    typed(records::create(session, spec, fields_of(&valid)?).await?)
}

pub async fn update<R: DeserializeOwned, I: Validate>(
    session: &Session,
    spec: &Spec,
    edit: Edit<I>,
) -> Result<R, AppError> {
    let valid = edit.input.check()?;
    typed(records::update(session, spec, edit.id.0, edit.version, fields_of(&valid)?).await?)
}

pub async fn delete<R: DeserializeOwned>(
    session: &Session,
    spec: &Spec,
    input: RecordRef,
) -> Result<R, AppError> {
    typed(records::delete(session, spec, input.id.0, input.version).await?)
}

pub async fn restore<R: DeserializeOwned>(
    session: &Session,
    spec: &Spec,
    input: RecordRef,
) -> Result<R, AppError> {
    typed(records::restore(session, spec, input.id.0, input.version).await?)
}

/// A command run from JSON, as the registry calls it.
pub type JsonFuture<'a> = Pin<Box<dyn Future<Output = Result<Value, AppError>> + Send + 'a>>;

pub(crate) fn from_json<T: DeserializeOwned>(input: Value) -> Result<T, AppError> {
    let input = if input.is_null() {
        Value::Object(serde_json::Map::new())
    } else {
        input
    };
    serde_json::from_value(input).map_err(|_| AppError::Validation(Violations::one("input", Rule::Malformed)))
}

pub(crate) fn to_json<T: Serialize>(output: &T) -> Result<Value, AppError> {
    serde_json::to_value(output).map_err(|e| AppError::Internal(e.to_string()))
}

/// One command of the JSON registry: its name, the TypeScript shapes of its input and output,
/// and how to run it.
pub struct JsonCommand {
    pub name: &'static str,
    pub input: fn() -> String,
    pub input_shape: fn() -> String,
    pub output: fn() -> String,
    pub output_shape: fn() -> String,
    pub run: for<'a> fn(&'a Session, Value) -> JsonFuture<'a>,
}

/// Declares the commands of one entity. `reads` gives get, list and count; `writes` create and
/// update; `trash` delete and restore (restore answers `validation` for entities without a trash).
macro_rules! entity_commands {
    (@op reads $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_get`: one ", stringify!($name), " the user may see.")]
            pub async fn [<$name _get>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                get(session, &$spec, input).await
            }
            #[doc = concat!("`", stringify!($name), "_list`: a page of the ", stringify!($name), " rows the user may see.")]
            pub async fn [<$name _list>](session: &Session, input: ListQuery<$filter, $sort>) -> Result<Page<$record>, AppError> {
                list(session, &$spec, input).await
            }
            #[doc = concat!("`", stringify!($name), "_count`: how many ", stringify!($name), " rows the user may see match.")]
            pub async fn [<$name _count>](session: &Session, input: $filter) -> Result<i64, AppError> {
                count(session, &$spec, input).await
            }
        }
    };
    (@op writes $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_create`: a new ", stringify!($name), ".")]
            pub async fn [<$name _create>](session: &Session, input: $input) -> Result<$record, AppError> {
                create(session, &$spec, input).await
            }
            #[doc = concat!("`", stringify!($name), "_update`: saves an edit made on the version read.")]
            pub async fn [<$name _update>](session: &Session, input: Edit<$input>) -> Result<$record, AppError> {
                update(session, &$spec, input).await
            }
        }
    };
    (@op trash $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_delete`: into the trash, or for good where there is none.")]
            pub async fn [<$name _delete>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                delete(session, &$spec, input).await
            }
            #[doc = concat!("`", stringify!($name), "_restore`: back from the trash.")]
            pub async fn [<$name _restore>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                restore(session, &$spec, input).await
            }
        }
    };
    (@json reads $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { [
            json_command!([<$name _get>], RecordRef, $record),
            json_command!([<$name _list>], ListQuery<$filter, $sort>, Page<$record>),
            json_command!([<$name _count>], $filter, i64),
        ] }
    };
    (@json writes $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { [
            json_command!([<$name _create>], $input, $record),
            json_command!([<$name _update>], Edit<$input>, $record),
        ] }
    };
    (@json trash $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { [
            json_command!([<$name _delete>], RecordRef, $record),
            json_command!([<$name _restore>], RecordRef, $record),
        ] }
    };
    ($($name:ident: $spec:ident = $ctor:ident($entity:path, $resource:expr), $record:ty, $input:ty, $filter:ty, $sort:ty, [$($op:ident)*];)*) => {
        pastey::paste! {
            $(
                pub static $spec: Spec = Spec::$ctor(&$entity, $resource);
                $( entity_commands!(@op $op $name $spec $record, $input, $filter, $sort); )*
            )*

            /// Every plain entity command, for the JSON registry.
            pub fn json_commands() -> Vec<JsonCommand> {
                let mut all = Vec::new();
                $( $( all.extend(entity_commands!(@json $op $name $record, $input, $filter, $sort)); )* )*
                all
            }
        }
    };
}

/// A [`JsonCommand`] for the typed command `$name`.
macro_rules! json_command {
    ($name:ident, $input:ty, $output:ty) => {
        JsonCommand {
            name: stringify!($name),
            input: crate::shapes::name::<$input>,
            input_shape: crate::shapes::shape::<$input>,
            output: crate::shapes::name::<$output>,
            output_shape: crate::shapes::shape::<$output>,
            run: |session, input| {
                Box::pin(async move { to_json(&$name(session, from_json::<$input>(input)?).await?) })
            },
        }
    };
}
pub(crate) use json_command;

use crm_store::{
    attachments, cities, client_types, closing_reasons, companies, contacts, countries, crm_emails,
    currencies, deals, departments, industries, lead_sources, leads, outputs, payments, product_categories,
    products, rates, reminders, requests, roles, settings_lists as store_lists, stages, tags, users,
};

entity_commands! {
    company: COMPANY = own(companies::COMPANY, Resource::Company),
        company::Company, company::CompanyInput, company::CompanyFilter, company::CompanySort, [reads writes trash];
    contact: CONTACT = own(contacts::CONTACT, Resource::Contact),
        contact::Contact, contact::ContactInput, contact::ContactFilter, contact::ContactSort, [reads writes trash];
    lead: LEAD = own(leads::LEAD, Resource::Lead),
        lead::Lead, lead::LeadInput, lead::LeadFilter, lead::LeadSort, [reads writes trash];
    request: REQUEST = own(requests::REQUEST, Resource::Request),
        request::Request, request::RequestInput, request::RequestFilter, request::RequestSort, [reads trash];
    deal: DEAL = own(deals::DEAL, Resource::Deal),
        deal::Deal, deal::DealInput, deal::DealFilter, deal::DealSort, [reads trash];
    payment: PAYMENT = of_deal(payments::PAYMENT, Resource::Payment),
        payment::Payment, payment::PaymentInput, payment::PaymentFilter, payment::PaymentSort, [reads writes trash];
    output: OUTPUT = of_deal(outputs::OUTPUT, Resource::Output),
        output::Output, output::OutputInput, output::OutputFilter, output::OutputSort, [reads writes trash];
    crm_email: CRM_EMAIL = own(crm_emails::CRM_EMAIL, Resource::CrmEmail),
        crm_email::CrmEmail, crm_email::CrmEmailInput, crm_email::CrmEmailFilter, crm_email::CrmEmailSort, [reads writes trash];
    product: PRODUCT = own(products::PRODUCT, Resource::Product),
        product::Product, product::ProductInput, product::ProductFilter, product::ProductSort, [reads writes trash];
    product_category: PRODUCT_CATEGORY = own(product_categories::PRODUCT_CATEGORY, Resource::Reference),
        product_category::ProductCategory, product_category::ProductCategoryInput,
        product_category::ProductCategoryFilter, product_category::ProductCategorySort, [reads writes trash];
    tag: TAG = own(tags::TAG, Resource::Tag),
        tag::Tag, tag::TagInput, tag::TagFilter, tag::TagSort, [reads writes trash];
    city: CITY = own(cities::CITY, Resource::City),
        city::City, city::CityInput, city::CityFilter, city::CitySort, [reads writes trash];
    country: COUNTRY = own(countries::COUNTRY, Resource::Reference),
        country::Country, country::CountryInput, country::CountryFilter, country::CountrySort, [reads writes trash];
    currency: CURRENCY = own(currencies::CURRENCY, Resource::Currency),
        currency::Currency, currency::CurrencyInput, currency::CurrencyFilter, currency::CurrencySort, [reads writes trash];
    rate: RATE = own(rates::RATE, Resource::Reference),
        rate::Rate, rate::RateInput, rate::RateFilter, rate::RateSort, [reads writes trash];
    stage: STAGE = own(stages::STAGE, Resource::Reference),
        stage::Stage, stage::StageInput, stage::StageFilter, stage::StageSort, [reads writes trash];
    closing_reason: CLOSING_REASON = own(closing_reasons::CLOSING_REASON, Resource::ClosingReason),
        closing_reason::ClosingReason, closing_reason::ClosingReasonInput,
        closing_reason::ClosingReasonFilter, closing_reason::ClosingReasonSort, [reads writes trash];
    lead_source: LEAD_SOURCE = own(lead_sources::LEAD_SOURCE, Resource::Reference),
        lead_source::LeadSource, lead_source::LeadSourceInput, lead_source::LeadSourceFilter,
        lead_source::LeadSourceSort, [reads writes trash];
    client_type: CLIENT_TYPE = own(client_types::CLIENT_TYPE, Resource::Reference),
        department_item::DepartmentItem, department_item::DepartmentItemInput,
        department_item::DepartmentItemFilter, department_item::DepartmentItemSort, [reads writes trash];
    industry: INDUSTRY = own(industries::INDUSTRY, Resource::Reference),
        department_item::DepartmentItem, department_item::DepartmentItemInput,
        department_item::DepartmentItemFilter, department_item::DepartmentItemSort, [reads writes trash];
    department: DEPARTMENT = own(departments::DEPARTMENT, Resource::Reference),
        department::Department, department::DepartmentInput, department::DepartmentFilter,
        department::DepartmentSort, [reads writes trash];
    role: ROLE = own(roles::ROLE, Resource::Reference),
        role::Role, role::RoleInput, role::RoleFilter, role::RoleSort, [reads];
    user: USER = own(users::USER, Resource::Reference),
        user::User, user::UserInput, user::UserFilter, user::UserSort, [reads];
    attachment: ATTACHMENT = own(attachments::ATTACHMENT, Resource::Attachment),
        attachment::Attachment, attachment::AttachmentInput, attachment::AttachmentFilter,
        attachment::AttachmentSort, [reads writes trash];
    reminder: REMINDER = own(reminders::REMINDER, Resource::Reminder),
        reminder::Reminder, reminder::ReminderInput, reminder::ReminderFilter, reminder::ReminderSort,
        [reads writes trash];
    public_email_domain: PUBLIC_EMAIL_DOMAIN = own(store_lists::PUBLIC_EMAIL_DOMAIN, Resource::PublicEmailDomain),
        settings_lists::PublicEmailDomain, settings_lists::PublicEmailDomainInput,
        settings_lists::PublicEmailDomainFilter, settings_lists::PublicEmailDomainSort, [reads writes trash];
    banned_company_name: BANNED_COMPANY_NAME = own(store_lists::BANNED_COMPANY_NAME, Resource::Reference),
        settings_lists::BannedCompanyName, settings_lists::BannedCompanyNameInput,
        settings_lists::BannedCompanyNameFilter, settings_lists::BannedCompanyNameSort, [reads writes trash];
    stop_phrase: STOP_PHRASE = own(store_lists::STOP_PHRASE, Resource::StopPhrase),
        settings_lists::StopPhrase, settings_lists::StopPhraseInput, settings_lists::StopPhraseFilter,
        settings_lists::StopPhraseSort, [reads writes trash];
}

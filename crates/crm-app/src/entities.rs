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

use crm_core::Id;
use crm_core::list::{Count, Page, PageRequest};
use crm_core::validation::{Rule, Violations};
use crm_core::{
    attachment, city, closing_reason, company, contact, country, crm_email, currency, department,
    department_item, lead, lead_source, output, payment, product, product_category, rate, reminder,
    settings_lists, stage, tag, translatable_name,
};
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
    settings_lists::NotAllowedEmailInput => settings_lists::NotAllowedEmailInput,
    translatable_name::TranslatableNameInput => translatable_name::TranslatableNameInput,
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

pub(crate) fn sort_name<S: Serialize>(sort: &S) -> String {
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
    records::list_as(
        session,
        spec,
        fields_of(&query.filter)?,
        &sort_name(&query.sort),
        &query.page,
    )
    .await
}

pub async fn count<F: Serialize>(session: &Session, spec: &Spec, filter: F) -> Result<Count, AppError> {
    Ok(Count(records::count(session, spec, fields_of(&filter)?).await?))
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

/// A command run from JSON, as the registry calls it: its answer as JSON text, written straight
/// from the typed result as the desktop shell's IPC writes it, without a JSON tree in between.
pub type JsonFuture<'a> = Pin<Box<dyn Future<Output = Result<String, AppError>> + Send + 'a>>;

pub(crate) fn from_json<T: DeserializeOwned>(input: Value) -> Result<T, AppError> {
    let input = if input.is_null() {
        Value::Object(serde_json::Map::new())
    } else {
        input
    };
    serde_json::from_value(input).map_err(|_| AppError::Validation(Violations::one("input", Rule::Malformed)))
}

pub(crate) fn to_json_text<T: Serialize>(output: &T) -> Result<String, AppError> {
    crate::answer::to_json_text(output).map_err(|e| AppError::Internal(e.to_string()))
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

/// Builds, from the [`crate::command_table`], each entity's spec and record command functions,
/// and [`json_commands`]: every command of the table for the JSON registry.
macro_rules! entity_commands {
    (@op get $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_get`: one ", stringify!($name), " the user may see.")]
            pub async fn [<$name _get>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                get(session, &$spec, input).await
            }
        }
    };
    (@op list $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_list`: a page of the ", stringify!($name), " rows the user may see.")]
            pub async fn [<$name _list>](session: &Session, input: ListQuery<$filter, $sort>) -> Result<Page<$record>, AppError> {
                list(session, &$spec, input).await
            }
        }
    };
    (@op count $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_count`: how many ", stringify!($name), " rows the user may see match.")]
            pub async fn [<$name _count>](session: &Session, input: $filter) -> Result<Count, AppError> {
                count(session, &$spec, input).await
            }
        }
    };
    (@op create $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_create`: a new ", stringify!($name), ".")]
            pub async fn [<$name _create>](session: &Session, input: $input) -> Result<$record, AppError> {
                create(session, &$spec, input).await
            }
        }
    };
    (@op update $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_update`: saves an edit made on the version read.")]
            pub async fn [<$name _update>](session: &Session, input: Edit<$input>) -> Result<$record, AppError> {
                update(session, &$spec, input).await
            }
        }
    };
    (@op delete $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_delete`: into the trash, or for good where there is none.")]
            pub async fn [<$name _delete>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                delete(session, &$spec, input).await
            }
        }
    };
    (@op restore $name:ident $spec:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! {
            #[doc = concat!("`", stringify!($name), "_restore`: back from the trash.")]
            pub async fn [<$name _restore>](session: &Session, input: RecordRef) -> Result<$record, AppError> {
                restore(session, &$spec, input).await
            }
        }
    };
    (@json get $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _get>], RecordRef, $record) }
    };
    (@json list $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _list>], ListQuery<$filter, $sort>, Page<$record>) }
    };
    (@json count $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _count>], $filter, Count) }
    };
    (@json create $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _create>], $input, $record) }
    };
    (@json update $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _update>], Edit<$input>, $record) }
    };
    (@json delete $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _delete>], RecordRef, $record) }
    };
    (@json restore $name:ident $record:ty, $input:ty, $filter:ty, $sort:ty) => {
        pastey::paste! { json_command!([<$name _restore>], RecordRef, $record) }
    };
    (
        entities {
            $($name:ident: $spec:ident = $ctor:ident($entity:path, $resource:expr),
                $record:ty, $input:ty, $filter:ty, $sort:ty, [$($op:ident)*];)*
        }
        commands {
            $($command:ident => $function:path, $command_input:ty, $command_output:ty;)*
        }
    ) => {
        $(
            pub static $spec: Spec = Spec::$ctor(&$entity, $resource);
            $( entity_commands!(@op $op $name $spec $record, $input, $filter, $sort); )*
        )*

        /// The spec of the entity called `key` (its store key, e.g. `company`).
        pub fn spec_of(key: &str) -> Option<&'static Spec> {
            [$(&$spec),*].into_iter().find(|spec| spec.entity.key == key)
        }

        /// Every command of the table, for the JSON registry.
        pub fn json_commands() -> Vec<JsonCommand> {
            vec![
                $( $( entity_commands!(@json $op $name $record, $input, $filter, $sort), )* )*
                $( {
                    use $function as $command;
                    json_command!($command, $command_input, $command_output)
                }, )*
            ]
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
                Box::pin(async move { to_json_text(&$name(session, from_json::<$input>(input)?).await?) })
            },
        }
    };
}
pub(crate) use json_command;

crate::command_table!(entity_commands);

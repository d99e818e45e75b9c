//! Every entity the generic record layer serves, in dependency order: each table comes after the
//! tables its foreign keys point to, so creating one record of each in this order (an import, a
//! demo data set, a test) never needs a row that does not exist yet. The exceptions are
//! self-references (a parent task, a chat answer) and `requests.deal_id`, which is only set by
//! creating the deal from the request.

use crate::analytics::INCOME_STAT_SNAPSHOT;
use crate::attachments::ATTACHMENT;
use crate::chat::CHAT_MESSAGE;
use crate::cities::CITY;
use crate::client_types::CLIENT_TYPE;
use crate::closing_reasons::CLOSING_REASON;
use crate::companies::COMPANY;
use crate::contacts::CONTACT;
use crate::countries::COUNTRY;
use crate::crm_emails::CRM_EMAIL;
use crate::currencies::CURRENCY;
use crate::deals::DEAL;
use crate::departments::DEPARTMENT;
use crate::industries::INDUSTRY;
use crate::lead_sources::LEAD_SOURCE;
use crate::leads::LEAD;
use crate::massmail::{
    EMAIL_ACCOUNT, EMAIL_ACCOUNT_QUEUE, EML_MESSAGE, MAILING_OUT, MASS_CONTACT, SIGNATURE,
};
use crate::outputs::OUTPUT;
use crate::payments::PAYMENT;
use crate::product_categories::PRODUCT_CATEGORY;
use crate::products::PRODUCT;
use crate::quality::{QUALITY_EVENT, QUALITY_SIGNAL};
use crate::rates::RATE;
use crate::record::Entity;
use crate::reminders::REMINDER;
use crate::requests::REQUEST;
use crate::roles::ROLE;
use crate::settings_lists::{
    BANNED_COMPANY_NAME, NOT_ALLOWED_EMAIL, PUBLIC_EMAIL_DOMAIN, STOP_PHRASE, TRANSLATABLE_NAME,
};
use crate::stages::STAGE;
use crate::tags::TAG;
use crate::tasks::{MEMO, PROJECT, PROJECT_STAGE, RESOLUTION, TASK, TASK_STAGE, TASK_TAG};
use crate::users::USER;

pub static ALL: &[&Entity] = &[
    // People and reference data (§2, §3).
    &COUNTRY,
    &CURRENCY,
    &DEPARTMENT,
    &ROLE,
    &USER,
    &CITY,
    &RATE,
    &CLIENT_TYPE,
    &INDUSTRY,
    &LEAD_SOURCE,
    &STAGE,
    &CLOSING_REASON,
    &PRODUCT_CATEGORY,
    &PRODUCT,
    &TAG,
    // Core CRM (§4); e-mails refer to signatures.
    &SIGNATURE,
    &COMPANY,
    &CONTACT,
    &LEAD,
    &REQUEST,
    &DEAL,
    &PAYMENT,
    &OUTPUT,
    &CRM_EMAIL,
    &ATTACHMENT,
    &REMINDER,
    // Settings lists (§5).
    &PUBLIC_EMAIL_DOMAIN,
    &BANNED_COMPANY_NAME,
    &STOP_PHRASE,
    &NOT_ALLOWED_EMAIL,
    &TRANSLATABLE_NAME,
    // Modules (§6).
    &INCOME_STAT_SNAPSHOT,
    &TASK_STAGE,
    &PROJECT_STAGE,
    &RESOLUTION,
    &TASK_TAG,
    &PROJECT,
    &TASK,
    &MEMO,
    &EMAIL_ACCOUNT,
    &EML_MESSAGE,
    &MAILING_OUT,
    &MASS_CONTACT,
    &EMAIL_ACCOUNT_QUEUE,
    &CHAT_MESSAGE,
    &QUALITY_SIGNAL,
    &QUALITY_EVENT,
];

/// The entity with `key`: how history rows and generic links (`target_type`) name it.
pub fn by_key(key: &str) -> Option<&'static Entity> {
    ALL.iter().copied().find(|entity| entity.key == key)
}

//! The Oriel CRM domain: what the product stores and the rules it keeps, free of any I/O so that
//! every rule can be tested in isolation and reused by the store, the commands and the CLI.

pub mod access;
pub mod analytics;
pub mod attachment;
pub mod city;
pub mod client_type;
pub mod closing_reason;
pub mod company;
pub mod contact;
pub mod country;
pub mod crm_email;
pub mod currency;
pub mod deal;
pub mod deal_flow;
pub mod deal_list;
pub mod department;
pub mod department_item;
pub mod event;
mod id;
pub mod industry;
pub mod lead;
pub mod lead_source;
pub mod list;
pub mod list_marks;
pub mod matching;
pub mod output;
pub mod payment;
pub mod person_name;
pub mod product;
pub mod product_category;
pub mod rate;
pub mod rate_update;
pub mod reminder;
pub mod request;
pub mod request_list;
pub mod role;
pub mod settings;
pub mod settings_lists;
pub mod stage;
pub mod tag;
pub mod user;
pub mod validation;

pub use id::Id;

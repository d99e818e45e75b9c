//! The Oriel CRM domain: what the product stores and the rules it keeps, free of any I/O so that
//! every rule can be tested in isolation and reused by the store, the commands and the CLI.

pub mod company;
mod id;
pub mod list;
pub mod settings;
pub mod validation;

pub use id::Id;

//! spiegel: a local-first supervision reflection journal for practitioners
//! who work systemically.
//!
//! Layers, outermost first: [`cli`] (parsing, prompts, rendering) →
//! [`journal`] (domain types and rules) → [`store`] (SQL).

pub mod cli;
pub mod config;
pub mod demo;
pub mod error;
pub mod fsx;
pub mod i18n;
pub mod journal;
pub mod services;
pub mod store;

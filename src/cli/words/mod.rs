//! The words for what the lower layers return as typed values: each
//! `impl Display` here calls `t!` with the message's key and arguments, so
//! that the store and the domain never build a sentence.

mod config;
pub mod dates;
mod error;
pub mod journal;
pub mod lists;
mod store;
pub mod values;

pub use journal::step_title;

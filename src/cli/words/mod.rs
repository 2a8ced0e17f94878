//! The words for what the lower layers return as typed values: each
//! `impl Display` here calls `t!` with the message's key and arguments.

mod config;
mod error;
mod journal;
pub mod lists;
pub mod values;

//! Integration tests: the real binary on temporary journals.

mod cases;
mod catalogue;
mod config;
mod dates;
mod demo;
mod edit;
mod reflections;
mod shell;
mod store;
mod support;

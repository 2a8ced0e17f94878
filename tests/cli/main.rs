//! Integration tests: the real binary on temporary journals.

mod cases;
mod catalogue;
mod config;
mod dates;
mod demo;
mod edit;
mod guided;
mod honest;
mod hostile;
mod language;
mod patterns;
mod prep;
mod privacy;
mod reflections;
mod safe_crypt;
mod safe_files;
mod safe_rules;
mod safe_text;
mod scale;
mod shell;
mod store;
mod supervision;
mod support;
mod transfer;
mod undo;

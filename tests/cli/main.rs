//! Integration tests: the real binary on temporary journals.

mod cases;
mod catalogue;
mod demo;
mod hostile;
mod privacy;
mod reflections;
mod store;
mod support;
mod transfer;
mod undo;

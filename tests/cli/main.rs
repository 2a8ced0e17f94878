//! Integration tests: the real binary on temporary journals.

mod cases;
mod catalogue;
mod demo;
mod patterns;
mod prep;
mod reflections;
mod scale;
mod store;
mod supervision;
mod support;

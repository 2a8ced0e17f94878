//! The words for the lower layers' typed values: each `impl Display`
//! calls `t!`, so that the store and the domain never build a sentence.

mod store;

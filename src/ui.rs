//! The user interface: pages (one per screen) and the components they share.
//!
//! The words a page shows come from the message catalogues (`crate::i18n`), in the reader's
//! language; what users typed is shown as typed.

pub mod components;
pub mod enhance;
pub mod history;
pub mod pages;

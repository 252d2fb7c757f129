//! The user interface: pages (one per screen) and the components they share.
//!
//! User-visible strings live in these views, close to where they are shown.

pub mod components;
pub mod enhance;
pub mod format;
pub mod history;
pub mod pages;

//! Pieces shared by several pages.

pub mod errors;
pub mod layout;
pub mod meeting_table;

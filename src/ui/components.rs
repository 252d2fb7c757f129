//! Pieces shared by several pages.

pub mod conflict;
pub mod deadline_moves;
pub mod downloads;
pub mod errors;
pub mod form;
pub mod initiative_table;
pub mod layout;
pub mod meeting_table;

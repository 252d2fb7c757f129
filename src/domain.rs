//! Pure domain types and rules, shared by the server and the browser.
//!
//! Raw form input is parsed into these types ("parse, don't validate"); a value of a domain
//! type is valid by construction.

pub mod audit;
pub mod changes;
pub mod dashboard;
pub mod deletion;
pub mod download;
pub mod export;
mod from_readout;
pub mod health;
pub mod import;
pub mod initiative;
pub mod language;
pub mod listing;
pub mod meeting;
pub mod partner;
pub mod password;
pub mod permission;
pub mod sector;
pub mod spreadsheet;
pub mod status;
pub mod summary;
pub mod text_enum;
pub mod throttle;
pub mod user;
pub mod validation;

pub use health::{Health, HealthBounds};
pub use initiative::{
    AuditEvent, Confidentiality, Cursor, DeadlineMove, DeadlineMoveEntry, Initiative,
    InitiativeFields, InitiativeFilter, InitiativeInput, InitiativeSort, InitiativeSummary,
    NewInitiative, Obligor, Page, ShownNames, StatusChange, StatusChangeInput, Strength, Update,
};
pub use language::Language;
pub use meeting::{Meeting, MeetingInput, MeetingSummary, NewMeeting, Participant, Side};
pub use partner::{NewPartner, Partner, PartnerKind, PartnerTree, WorldRegion};
pub use sector::Sector;
pub use status::Status;
pub use user::{NewUser, Role, User};

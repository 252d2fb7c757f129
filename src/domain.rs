//! Pure domain types and rules, shared by the server and the browser.
//!
//! Raw form input is parsed into these types ("parse, don't validate"); a value of a domain
//! type is valid by construction.

pub mod meeting;
pub mod partner;
pub mod validation;

pub use meeting::{Meeting, MeetingInput, MeetingSummary, NewMeeting, Participant, Side};
pub use partner::{NewPartner, Partner, PartnerKind, WorldRegion};

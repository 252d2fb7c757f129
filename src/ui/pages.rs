//! One module per screen.

mod account;
mod admin_audit;
mod admin_users;
mod changes;
mod dashboard;
mod home;
mod import_readout;
mod initiative;
mod initiative_form;
mod initiatives;
mod login;
mod meeting;
mod meeting_edit;
mod meeting_form;
mod meetings;
mod not_found;
mod partner;
mod set_password;

pub use account::AccountPage;
pub use admin_audit::AdminAuditPage;
pub use admin_users::AdminUsersPage;
pub use changes::ChangesPage;
pub use dashboard::DashboardPage;
pub use home::HomePage;
pub use import_readout::{ImportReadoutPage, ReviewImportPage};
pub use initiative::InitiativePage;
pub use initiative_form::{EditInitiativePage, NewInitiativePage};
pub use initiatives::InitiativesPage;
pub use login::LoginPage;
pub use meeting::MeetingPage;
pub use meeting_edit::EditMeetingPage;
pub use meeting_form::NewMeetingPage;
pub use meetings::MeetingsPage;
pub use not_found::NotFoundPage;
pub use partner::PartnerPage;
pub use set_password::SetPasswordPage;

//! One module per screen.

mod home;
mod login;
mod meeting;
mod meetings;
mod not_found;

pub use home::HomePage;
pub use login::LoginPage;
pub use meeting::MeetingPage;
pub use meetings::MeetingsPage;
pub use not_found::NotFoundPage;

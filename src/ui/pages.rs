//! One module per screen.

mod home;
mod meeting;
mod meetings;
mod not_found;

pub use home::HomePage;
pub use meeting::MeetingPage;
pub use meetings::MeetingsPage;
pub use not_found::NotFoundPage;

//! A user's own preferences: the interface language and the time zone they work in.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::error::AppError;

/// The form name the account page's refusals are kept under.
pub const PREFERENCES_FORM: &str = "preferences";

/// The preferences form as typed: empty strings mean "follow the browser" and "follow the
/// office".
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct PreferencesInput {
    pub language: String,
    pub time_zone: String,
}

/// Saves the signed-in user's language and time zone; the account page then shows in the
/// chosen language, and their "today" and every time shown follow the zone.
#[server(endpoint = "save_preferences")]
pub async fn save_preferences(input: PreferencesInput) -> Result<(), AppError> {
    match save(&input).await {
        Ok(()) => {
            crate::api::forms::redirect_plain_form("/account?preferences_saved=1");
            Ok(())
        }
        Err(error) => Err(crate::api::forms::reject(PREFERENCES_FORM, error, &input).await),
    }
}

#[cfg(feature = "ssr")]
async fn save(input: &PreferencesInput) -> Result<(), AppError> {
    use crate::domain::Language;
    let user = crate::server::auth::require_user().await?;
    let language = match input.language.trim() {
        "" => None,
        code => Some(
            Language::parse(code)
                .ok_or_else(|| AppError::field("language", "Choose a language from the list."))?,
        ),
    };
    let time_zone = match input.time_zone.trim() {
        "" => None,
        zone => Some(
            zone.parse::<chrono_tz::Tz>()
                .map_err(|_| AppError::field("time_zone", "Choose a time zone from the list."))?
                .name(),
        ),
    };
    let store = crate::server::state::store()?;
    store
        .set_user_preferences(user.id, language, time_zone)
        .await
        .map_err(|error| error.into_app_error())
}

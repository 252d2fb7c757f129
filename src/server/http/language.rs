//! Which language a request is answered in, and the language switcher's route.

use axum::Form;
use axum::extract::{FromRequest, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::domain::Language;
use crate::i18n::DisplayZone;
use crate::server::auth::SignedIn;
use crate::server::state::AppState;

/// Remembers the language chosen with the switcher in this browser, for pages seen signed out
/// (the sign-in page) and until a signed-in user's own choice is saved.
pub const LANGUAGE_COOKIE: &str = "accord_language";

/// A year: the choice outlives sessions.
const COOKIE_MAX_AGE_SECONDS: u32 = 365 * 24 * 3600;

/// Puts the request's [`Language`] (and [`DisplayZone`]) into its extensions, where pages read
/// them. The language: the signed-in
/// user's saved choice, else this browser's cookie, else `Accept-Language`, else the
/// installation's default. Runs after the sign-in guard has resolved the user.
pub async fn choose_language(
    State(state): State<AppState>,
    mut request: Request,
    next: Next,
) -> Response {
    let user = request
        .extensions()
        .get::<SignedIn>()
        .map(|signed_in| &signed_in.0);
    let saved = user.and_then(|user| user.language);
    // Times are shown in the reader's zone, else the installation's.
    let office = state
        .store
        .zone_name()
        .parse::<chrono_tz::Tz>()
        .unwrap_or(chrono_tz::Tz::UTC);
    let reader = user
        .and_then(|user| user.time_zone.as_deref())
        .and_then(|zone| zone.parse::<chrono_tz::Tz>().ok())
        .unwrap_or(office);
    let headers = request.headers();
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    let language = Language::choose(
        saved,
        cookie_language(headers),
        accept_language,
        state.default_language,
    );
    request.extensions_mut().insert(language);
    request
        .extensions_mut()
        .insert(DisplayZone { reader, office });
    next.run(request).await
}

/// The language of a request whose user is not known (the database is away): this browser's
/// cookie, else `Accept-Language`, else the installation's default.
pub fn browser_language(headers: &HeaderMap, default: Language) -> Language {
    let accept_language = headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|value| value.to_str().ok());
    Language::choose(None, cookie_language(headers), accept_language, default)
}

/// The language this browser's cookie names, if it names one of ours.
fn cookie_language(headers: &HeaderMap) -> Option<Language> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .find_map(|pair| {
            let (name, value) = pair.trim().split_once('=')?;
            (name == LANGUAGE_COOKIE).then(|| Language::parse(value))?
        })
}

#[derive(Deserialize)]
pub struct LanguageForm {
    language: String,
    /// The page the switcher was on, to go back to.
    #[serde(default)]
    return_to: String,
}

/// `POST /language`: saves the choice (for a signed-in user, on their account; always in a
/// cookie) and goes back to the page it came from, now in that language.
pub async fn switch_language(State(state): State<AppState>, request: Request) -> Response {
    let signed_in = request.extensions().get::<SignedIn>().cloned();
    let Ok(Form(form)) = Form::<LanguageForm>::from_request(request, &state).await else {
        return (StatusCode::BAD_REQUEST, "The language form was incomplete.").into_response();
    };
    let Some(language) = Language::parse(&form.language) else {
        return (StatusCode::BAD_REQUEST, "Accord has no such language.").into_response();
    };
    if let Some(SignedIn(user)) = signed_in
        && let Err(error) = state.store.set_user_language(user.id, Some(language)).await
    {
        return crate::server::response::unavailable_page(
            &error.into_app_error(),
            language,
            &state.leptos_options,
        );
    }
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    let location = local_path(&form.return_to);
    if let Ok(value) = HeaderValue::from_str(location) {
        headers.insert(header::LOCATION, value);
    }
    let secure = if state.auth.secure_cookies {
        "; Secure"
    } else {
        ""
    };
    let cookie = format!(
        "{LANGUAGE_COOKIE}={}; Path=/; Max-Age={COOKIE_MAX_AGE_SECONDS}; SameSite=Lax; HttpOnly{secure}",
        language.as_str()
    );
    if let Ok(value) = HeaderValue::from_str(&cookie) {
        headers.insert(header::SET_COOKIE, value);
    }
    response
}

/// `path` when it is a path on this site, else `/`: the form's field is the page's own
/// address, but a forged one must not send the browser elsewhere (`//evil`, `/\evil`,
/// `https://evil`).
fn local_path(path: &str) -> &str {
    let on_this_site = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && path.len() <= 2048
        && path.chars().all(|c| c.is_ascii_graphic());
    if on_this_site { path } else { "/" }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn only_paths_on_this_site_are_returned_to() {
        assert_eq!(
            local_path("/initiatives/3?status=active"),
            "/initiatives/3?status=active"
        );
        for forged in [
            "//evil.example",
            "/\\evil.example",
            "https://evil.example",
            "",
            "javascript:alert(1)",
            "/a b",
            "/\r\nSet-Cookie:x",
        ] {
            assert_eq!(local_path(forged), "/", "{forged:?}");
        }
    }

    #[test]
    fn the_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("id=abc; accord_language=kk; x=1"),
        );
        assert_eq!(cookie_language(&headers), Some(Language::Kazakh));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("accord_language=de"),
        );
        assert_eq!(cookie_language(&headers), None);
    }

    proptest! {
        #[test]
        fn a_returned_to_path_never_leaves_the_site(path in "\\PC{0,40}") {
            let kept = local_path(&path);
            prop_assert!(kept.starts_with('/') && !kept.starts_with("//") && !kept.starts_with("/\\"));
        }
    }
}

//! How errors look on a page.

use leptos::prelude::*;

use crate::error::AppError;
use crate::i18n::Language;

/// A page-level message for an error, announced to screen readers.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let language = Language::current();
    let heading = language.t(match &error {
        AppError::NotFound(_) => "errors-heading-not-found",
        AppError::Forbidden => "errors-heading-forbidden",
        AppError::Unauthenticated => "errors-heading-unauthenticated",
        AppError::Unavailable => "errors-heading-unavailable",
        _ => "errors-heading-other",
    });
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{heading}</h2>
            <p>{language.error(&error)}</p>
        </div>
    }
}

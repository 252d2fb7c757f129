//! How errors look on a page.

use leptos::prelude::*;

use crate::error::AppError;

/// A page-level message for an error, announced to screen readers.
#[component]
pub fn ErrorMessage(error: AppError) -> impl IntoView {
    let heading = match &error {
        AppError::NotFound(_) => "Not found",
        AppError::Forbidden => "Not allowed",
        AppError::Unauthenticated => "Sign-in needed",
        AppError::Unavailable => "Temporarily unavailable",
        _ => "Something went wrong",
    };
    view! {
        <div class="notice notice--error" role="alert">
            <h2 class="notice__title">{heading}</h2>
            <p>{error.to_string()}</p>
        </div>
    }
}

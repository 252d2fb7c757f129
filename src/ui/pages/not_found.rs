//! The page for an address that matches no route; answers 404.

use leptos::prelude::*;
use leptos_meta::Title;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    // The ui never reaches into `server`: the response's status is leptos_axum's.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }

    view! {
        <Title text="Page not found" />
        <h1>"Page not found"</h1>
        <p>"There is nothing at this address. It may have moved, or the link may be mistyped."</p>
        <p><a href="/">"Go to the start page"</a></p>
    }
}

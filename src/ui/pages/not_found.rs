//! The page for an address that matches no route; answers 404.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::Language;

#[component]
pub fn NotFoundPage() -> impl IntoView {
    // The ui never reaches into `server`: the response's status is leptos_axum's.
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(axum::http::StatusCode::NOT_FOUND);
    }
    let language = Language::current();

    view! {
        <Title text=language.t("not-found-page-title") />
        <h1>{language.t("not-found-heading")}</h1>
        <p>{language.t("not-found-body")}</p>
        <p><a href="/">{language.t("not-found-home-link")}</a></p>
    }
}

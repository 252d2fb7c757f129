//! `/login`: a plain form that posts to the server, with or without JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::auth::{LOGIN_FORM, LoginInput};
use crate::i18n::Language;
use crate::ui::components::form::rejection;

#[component]
pub fn LoginPage() -> impl IntoView {
    let language = Language::current();
    let query = use_query_map();
    let param = move |name: &str| query.with_untracked(|q| q.get(name).unwrap_or_default());
    // The typed email comes back from the session (a refused sign-in keeps it there).
    let (_, typed) = rejection::<LoginInput>(LOGIN_FORM);
    let email = typed.unwrap_or_default().email;
    let next = param("next");
    let message = match param("error").as_str() {
        "invalid" => Some(language.t("login-error-invalid")),
        "missing" => Some(language.t("login-error-missing")),
        "throttled" => Some(language.t_with(
            "login-error-throttled",
            &[("seconds", param("retry").parse::<u64>().unwrap_or(1).into())],
        )),
        _ => None,
    };
    let signed_out = param("signed_out") == "1";
    let has_error = message.is_some();

    view! {
        <Title text=language.t("login-page-title") />
        <div class="login">
            <h1>{language.t("login-heading")}</h1>
            {signed_out.then(|| view! { <p class="notice" role="status">{language.t("login-signed-out")}</p> })}
            {message.map(|message| view! {
                <div class="notice notice--error" role="alert" id="login-error">
                    <p>{message}</p>
                </div>
            })}
            <form method="post" action="/login" class="form">
                <input type="hidden" name="next" value=next />
                <div class="field">
                    <label for="email">{language.t("login-email-label")}</label>
                    <input id="email" name="email" type="email" autocomplete="username" required value=email
                        aria-describedby=has_error.then_some("login-error") />
                </div>
                <div class="field">
                    <label for="password">{language.t("login-password-label")}</label>
                    <input id="password" name="password" type="password" autocomplete="current-password" required
                        aria-describedby=has_error.then_some("login-error") />
                </div>
                <button type="submit" class="button">{language.t("login-submit")}</button>
            </form>
        </div>
    }
}

//! `/set-password/:token`: a user opens the one-time link an admin gave them and chooses a
//! password only they know. No sign-in needed (the link is the proof); works without
//! JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::account::{LinkAccount, SET_PASSWORD_FORM, password_link};
use crate::domain::password::MIN_PASSWORD_CHARS;
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, PasswordInput, SubmitButton, rejection,
};

#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let token = use_params_map().with_untracked(|p| p.get("token").unwrap_or_default());
    let account = Resource::new_blocking(
        {
            let token = token.clone();
            move || token.clone()
        },
        password_link,
    );
    let (error, _) = rejection::<()>(SET_PASSWORD_FORM);
    let language = Language::current();

    view! {
        <Title text=language.t("set-password-page-title") />
        <div class="login">
            <h1>{language.t("set-password-heading")}</h1>
            <Suspense fallback=move || view! { <p>{language.t("set-password-checking")}</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match account.await {
                            Ok(Some(account)) => view! { <SetPasswordForm account token error /> }.into_any(),
                            Ok(None) => view! {
                                <div class="notice notice--error" role="alert">
                                    <p>{language.t("set-password-expired")}</p>
                                </div>
                                <p><a href="/login">{language.t("set-password-sign-in")}</a></p>
                            }
                            .into_any(),
                            Err(error) => view! { <ErrorMessage error /> }.into_any(),
                        }
                    })
                }}
            </Suspense>
        </div>
    }
}

#[component]
fn SetPasswordForm(account: LinkAccount, token: String, error: FormError) -> impl IntoView {
    let language = Language::current();
    let hint = language.t_with(
        "set-password-new-hint",
        &[("min", (MIN_PASSWORD_CHARS as i64).into())],
    );
    // The sentence is written around a mark where the name goes, so the name can be bold
    // wherever each language puts it.
    const NAME_MARK: &str = "\u{1}";
    let sentence = language.t_with(
        "set-password-for",
        &[
            ("name", NAME_MARK.into()),
            ("email", account.email.clone().into()),
        ],
    );
    let (before, after) = match sentence.split_once(NAME_MARK) {
        Some((before, after)) => (before.to_owned(), after.to_owned()),
        // A translation without the name: the sentence as it is, the name after it.
        None => (format!("{sentence} "), String::new()),
    };
    view! {
        <p>{before}<strong>{account.display_name}</strong>{after}</p>
        <form method="post" action="/api/set_password_with_link" class="form" novalidate>
            <ErrorSummary error />
            <input type="hidden" name="token" value=token />
            // For password managers: which account the new password belongs to.
            <input type="email" name="username" value=account.email autocomplete="username"
                hidden readonly />
            <PasswordInput id="password" label=language.t("set-password-new") error autocomplete="new-password" hint />
            <PasswordInput id="repeat" label=language.t("set-password-repeat") error autocomplete="new-password" />
            <SubmitButton label=language.t("set-password-submit") busy_label=language.t("busy-saving") />
        </form>
    }
}

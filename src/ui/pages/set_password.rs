//! `/set-password/:token`: a user opens the one-time link an admin gave them and chooses a
//! password only they know. No sign-in needed (the link is the proof); works without
//! JavaScript.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::account::{LinkAccount, SET_PASSWORD_FORM, password_link};
use crate::domain::password::MIN_PASSWORD_CHARS;
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

    view! {
        <Title text="Set your password" />
        <div class="login">
            <h1>"Set your password"</h1>
            <Suspense fallback=|| view! { <p>"Checking the link…"</p> }>
                {move || {
                    let token = token.clone();
                    Suspend::new(async move {
                        match account.await {
                            Ok(Some(account)) => view! { <SetPasswordForm account token error /> }.into_any(),
                            Ok(None) => view! {
                                <div class="notice notice--error" role="alert">
                                    <p>"This link has expired or was already used. Ask an administrator for a new one."</p>
                                </div>
                                <p><a href="/login">"Sign in"</a></p>
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
    let hint =
        format!("At least {MIN_PASSWORD_CHARS} characters; a sentence you remember works well.");
    view! {
        <p>"For "<strong>{account.display_name}</strong>" ("{account.email.clone()}")."</p>
        <form method="post" action="/api/set_password_with_link" class="form" novalidate>
            <ErrorSummary error />
            <input type="hidden" name="token" value=token />
            // For password managers: which account the new password belongs to.
            <input type="email" name="username" value=account.email autocomplete="username"
                hidden readonly />
            <PasswordInput id="password" label="New password" error autocomplete="new-password" hint />
            <PasswordInput id="repeat" label="The same password again" error autocomplete="new-password" />
            <SubmitButton label="Set my password" busy_label="Saving…" />
        </form>
    }
}

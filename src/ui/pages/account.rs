//! `/account`: who you are signed in as, and changing your own password.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::account::CHANGE_PASSWORD_FORM;
use crate::domain::password::MIN_PASSWORD_CHARS;
use crate::ui::components::form::{ErrorSummary, PasswordInput, SubmitButton, rejection};
use crate::ui::components::layout::CurrentUser;

#[component]
pub fn AccountPage() -> impl IntoView {
    let password_set =
        use_query_map().with_untracked(|q| q.get("password_set").as_deref() == Some("1"));
    let (error, _) = rejection::<()>(CHANGE_PASSWORD_FORM);
    let hint = format!("At least {MIN_PASSWORD_CHARS} characters.");

    view! {
        <Title text="Your account" />
        <h1>"Your account"</h1>
        {password_set.then(|| view! {
            <p class="notice notice--success" role="status">
                "Your password is set. Other browsers signed in to your account have been signed out."
            </p>
        })}
        <Suspense>
            {move || Suspend::new(async move {
                CurrentUser::get().await.map(|user| view! {
                    <dl class="facts">
                        <dt>"Name"</dt><dd>{user.display_name}</dd>
                        <dt>"Email"</dt><dd>{user.email.clone()}</dd>
                        <dt>"Role"</dt><dd>{user.role.label()}</dd>
                    </dl>
                })
            })}
        </Suspense>
        <section aria-labelledby="password-heading" class="panel">
            <h2 id="password-heading">"Change your password"</h2>
            <form method="post" action="/api/change_password" class="form" novalidate>
                <ErrorSummary error />
                <PasswordInput id="current" label="Current password" error autocomplete="current-password" />
                <PasswordInput id="password" label="New password" error autocomplete="new-password" hint />
                <PasswordInput id="repeat" label="The same new password again" error autocomplete="new-password" />
                <SubmitButton label="Change password" busy_label="Saving…" />
            </form>
        </section>
    }
}

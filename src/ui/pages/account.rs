//! `/account`: who you are signed in as, and changing your own password.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::api::account::CHANGE_PASSWORD_FORM;
use crate::domain::password::MIN_PASSWORD_CHARS;
use crate::i18n::Language;
use crate::ui::components::form::{ErrorSummary, PasswordInput, SubmitButton, rejection};
use crate::ui::components::layout::CurrentUser;

#[component]
pub fn AccountPage() -> impl IntoView {
    let language = Language::current();
    let password_set =
        use_query_map().with_untracked(|q| q.get("password_set").as_deref() == Some("1"));
    let (error, _) = rejection::<()>(CHANGE_PASSWORD_FORM);
    let hint = language.t_with(
        "account-new-password-hint",
        &[("min", (MIN_PASSWORD_CHARS as i64).into())],
    );

    view! {
        <Title text=language.t("account-page-title") />
        <h1>{language.t("account-heading")}</h1>
        {password_set.then(|| view! {
            <p class="notice notice--success" role="status">
                {language.t("account-password-set")}
            </p>
        })}
        <Suspense>
            {move || Suspend::new(async move {
                CurrentUser::get().await.map(|user| view! {
                    <dl class="facts">
                        <dt>{language.t("account-name")}</dt><dd>{user.display_name}</dd>
                        <dt>{language.t("account-email")}</dt><dd>{user.email.clone()}</dd>
                        <dt>{language.t("account-role")}</dt><dd>{language.name_of(user.role)}</dd>
                    </dl>
                })
            })}
        </Suspense>
        <section aria-labelledby="password-heading" class="panel">
            <h2 id="password-heading">{language.t("account-password-heading")}</h2>
            <form method="post" action="/api/change_password" class="form" novalidate>
                <ErrorSummary error />
                <PasswordInput id="current" label=language.t("account-current-password") error autocomplete="current-password" />
                <PasswordInput id="password" label=language.t("account-new-password") error autocomplete="new-password" hint />
                <PasswordInput id="repeat" label=language.t("account-repeat-password") error autocomplete="new-password" />
                <SubmitButton label=language.t("account-submit") busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}

//! `/admin/users`: admins list accounts, create them, change roles, deactivate them and
//! reset passwords. The server refuses all of it to anyone else.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::users::{AdminUsers, NewUserInput, list_users};
use crate::domain::{Role, User};
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextInput, rejection,
};

#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let language = Language::current();
    let users = Resource::new_blocking(|| (), |()| list_users());
    let (create_error, typed) = rejection::<NewUserInput>("new-user");
    let typed = typed.unwrap_or_default();
    let (update_error, _) = rejection::<()>("user");

    view! {
        <Title text=language.t("admin-users-page-title") />
        <h1>{language.t("admin-users-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("admin-users-loading")}</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                match users.await {
                    Ok(AdminUsers { users, issued }) => view! {
                        {issued.map(|issued| {
                            let expires = expiry(language, &issued.expires);
                            let body = language.t_with(
                                "admin-users-link-body",
                                &[("email", issued.email.clone().into()), ("expires", expires.into())],
                            );
                            view! {
                                <div class="notice notice--success" role="status">
                                    <h2 class="notice__title">{language.t("admin-users-link-heading")}</h2>
                                    <p>{with_bold(body, &issued.email)}</p>
                                    <p><code class="password-link">{issued.link}</code></p>
                                    <p class="field__hint">{language.t("admin-users-link-note")}</p>
                                </div>
                            }
                        })}
                        {update_error.get().map(|error| view! { <ErrorMessage error /> })}
                        <UserTable users />
                        <NewUserForm typed error=create_error />
                    }
                    .into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}}
        </Suspense>
    }
}

/// When a set-password link stops working, in the page's language. The server writes it
/// as "7 December 2026, 09:05 UTC"; anything else is shown as it came.
fn expiry(language: Language, expires: &str) -> String {
    chrono::NaiveDateTime::parse_from_str(expires, "%d %B %Y, %H:%M UTC")
        .map(|at| language.date_time(at.and_utc()))
        .unwrap_or_else(|_| expires.to_owned())
}

/// `text` with the first `part` in it in bold (an address inside a translated sentence).
fn with_bold(text: String, part: &str) -> AnyView {
    match text.find(part).filter(|_| !part.is_empty()) {
        Some(at) => {
            let before = text[..at].to_owned();
            let bold = part.to_owned();
            let after = text[at + part.len()..].to_owned();
            view! { {before}<strong>{bold}</strong>{after} }.into_any()
        }
        None => text.into_any(),
    }
}

#[component]
fn NewUserForm(typed: NewUserInput, error: FormError) -> impl IntoView {
    let language = Language::current();
    let roles: Vec<(String, String)> = Role::ALL
        .iter()
        .map(|role| (role.as_str().to_owned(), language.name_of(*role)))
        .collect();
    view! {
        <section aria-labelledby="new-user-heading" class="panel">
            <h2 id="new-user-heading">{language.t("admin-users-new-heading")}</h2>
            <form method="post" action="/api/admin_create_user" class="form" novalidate>
                <ErrorSummary error />
                <div class="form-grid">
                    <TextInput id="email" name="input[email]" field="email" label=language.t("field-email") kind="email"
                        value=typed.email error required=true />
                    <TextInput id="display_name" name="input[display_name]" field="display_name" label=language.t("field-display_name")
                        value=typed.display_name error required=true />
                    <Select id="role" name="input[role]" field="role" label=language.t("field-role")
                        value=if typed.role.is_empty() { "officer".to_owned() } else { typed.role } options=roles
                        error />
                </div>
                <p class="field__hint">{language.t("admin-users-new-hint")}</p>
                <SubmitButton label=language.t("admin-users-new-submit") busy_label=language.t("busy-adding") />
            </form>
        </section>
    }
}

#[component]
fn UserTable(users: Vec<User>) -> impl IntoView {
    let language = Language::current();
    view! {
        <table class="data-table users-table">
            <caption class="visually-hidden">{language.t("admin-users-table-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{language.t("field-display_name")}</th>
                    <th scope="col">{language.t("field-email")}</th>
                    <th scope="col">{language.t("admin-users-col-role-access")}</th>
                    <th scope="col">{language.t("admin-users-col-password")}</th>
                </tr>
            </thead>
            <tbody>
                {users
                    .into_iter()
                    .map(|user| {
                        let role_id = format!("role-{}", user.id);
                        let role_label = language.t_with(
                            "admin-users-role-of",
                            &[("name", user.display_name.clone().into())],
                        );
                        let access_label = language.t_with(
                            "admin-users-access-of",
                            &[("name", user.display_name.clone().into())],
                        );
                        let reset_label = language.t_with(
                            "admin-users-new-link-label",
                            &[("name", user.display_name.clone().into())],
                        );
                        let active = user.active;
                        let deactivated = (!active)
                            .then(|| format!(" {}", language.t("admin-users-deactivated")));
                        view! {
                            <tr class:inactive=!active>
                                <td>{user.display_name.clone()}{deactivated}</td>
                                <td>{user.email.clone()}</td>
                                <td>
                                    <form method="post" action="/api/admin_update_user" class="inline-form">
                                        <input type="hidden" name="id" value=user.id />
                                        <input type="hidden" name="version" value=user.version />
                                        <label for=role_id.clone() class="visually-hidden">{role_label}</label>
                                        <select id=role_id name="role">
                                            {Role::ALL.iter().map(|r| view! {
                                                <option value=r.as_str() selected=*r == user.role>{language.name_of(*r)}</option>
                                            }).collect_view()}
                                        </select>
                                        <select name="active" aria-label=access_label>
                                            <option value="true" selected=active>{language.t("admin-users-access-active")}</option>
                                            <option value="false" selected=!active>{language.t("admin-users-access-deactivated")}</option>
                                        </select>
                                        <button type="submit" class="button button--quiet">{language.t("admin-users-save")}</button>
                                    </form>
                                </td>
                                <td>
                                    <form method="post" action="/api/admin_reset_password" class="inline-form">
                                        <input type="hidden" name="id" value=user.id />
                                        <button type="submit" class="button button--quiet"
                                            aria-label=reset_label>{language.t("admin-users-new-link")}</button>
                                    </form>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view()}
            </tbody>
        </table>
    }
}

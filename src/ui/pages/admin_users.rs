//! `/admin/users`: admins list accounts, create them, change roles, deactivate them and
//! reset passwords. The server refuses all of it to anyone else.

use leptos::prelude::*;
use leptos_meta::Title;

use crate::api::users::{AdminUsers, NewUserInput, list_users};
use crate::domain::{Role, User};
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextInput, choices, rejection,
};

#[component]
pub fn AdminUsersPage() -> impl IntoView {
    let users = Resource::new_blocking(|| (), |()| list_users());
    let (create_error, typed) = rejection::<NewUserInput>("new-user");
    let typed = typed.unwrap_or_default();
    let (update_error, _) = rejection::<()>("user");

    view! {
        <Title text="Users" />
        <h1>"Users"</h1>
        <Suspense fallback=|| view! { <p>"Loading users…"</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                match users.await {
                    Ok(AdminUsers { users, issued }) => view! {
                        {issued.map(|issued| view! {
                            <div class="notice notice--success" role="status">
                                <h2 class="notice__title">"Set-password link issued"</h2>
                                <p>"Send this link to "<strong>{issued.email}</strong>
                                    ": with it they choose their own password. It works once, until "
                                    {issued.expires}", and is shown only now."</p>
                                <p><code class="password-link">{issued.link}</code></p>
                                <p class="field__hint">"Until then the account has no password: nobody can sign in to it."</p>
                            </div>
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

#[component]
fn NewUserForm(typed: NewUserInput, error: FormError) -> impl IntoView {
    view! {
        <section aria-labelledby="new-user-heading" class="panel">
            <h2 id="new-user-heading">"Add a user"</h2>
            <form method="post" action="/api/admin_create_user" class="form" novalidate>
                <ErrorSummary error />
                <div class="form-grid">
                    <TextInput id="email" name="input[email]" field="email" label="Email" kind="email"
                        value=typed.email error required=true />
                    <TextInput id="display_name" name="input[display_name]" field="display_name" label="Name"
                        value=typed.display_name error required=true />
                    <Select id="role" name="input[role]" field="role" label="Role"
                        value=if typed.role.is_empty() { "officer".to_owned() } else { typed.role } options=choices(Role::ALL.iter().copied())
                        error />
                </div>
                <p class="field__hint">"You get a one-time link to send them; they choose their own password with it."</p>
                <SubmitButton label="Add user" busy_label="Adding…" />
            </form>
        </section>
    }
}

#[component]
fn UserTable(users: Vec<User>) -> impl IntoView {
    view! {
        <table class="data-table users-table">
            <caption class="visually-hidden">"User accounts"</caption>
            <thead>
                <tr>
                    <th scope="col">"Name"</th>
                    <th scope="col">"Email"</th>
                    <th scope="col">"Role and access"</th>
                    <th scope="col">"Password"</th>
                </tr>
            </thead>
            <tbody>
                {users
                    .into_iter()
                    .map(|user| {
                        let role_id = format!("role-{}", user.id);
                        let role_label = format!("Role of {}", user.display_name);
                        let access_label = format!("Access of {}", user.display_name);
                        let reset_label = format!(
                            "Reset the password of {} and issue a set-password link",
                            user.display_name
                        );
                        let active = user.active;
                        view! {
                            <tr class:inactive=!active>
                                <td>{user.display_name.clone()}{(!active).then_some(" (deactivated)")}</td>
                                <td>{user.email.clone()}</td>
                                <td>
                                    <form method="post" action="/api/admin_update_user" class="inline-form">
                                        <input type="hidden" name="id" value=user.id />
                                        <input type="hidden" name="version" value=user.version />
                                        <label for=role_id.clone() class="visually-hidden">{role_label}</label>
                                        <select id=role_id name="role">
                                            {Role::ALL.iter().map(|r| view! {
                                                <option value=r.as_str() selected=*r == user.role>{r.label()}</option>
                                            }).collect_view()}
                                        </select>
                                        <select name="active" aria-label=access_label>
                                            <option value="true" selected=active>"Active"</option>
                                            <option value="false" selected=!active>"Deactivated"</option>
                                        </select>
                                        <button type="submit" class="button button--quiet">"Save"</button>
                                    </form>
                                </td>
                                <td>
                                    <form method="post" action="/api/admin_reset_password" class="inline-form">
                                        <input type="hidden" name="id" value=user.id />
                                        <button type="submit" class="button button--quiet"
                                            aria-label=reset_label>"New link"</button>
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

//! The application frame: skip link, header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::auth::current_user;
use crate::domain::User;
use crate::domain::permission::{Action, RecordFacts, can};
use crate::error::AppError;

/// The signed-in user, loaded once per page and shared through the context.
#[derive(Clone, Copy)]
pub struct CurrentUser(pub Resource<Result<Option<User>, AppError>>);

impl CurrentUser {
    pub fn provide() {
        provide_context(CurrentUser(Resource::new_blocking(
            || (),
            |()| current_user(),
        )));
    }

    /// The user, for use inside a `Suspend` (`None` when signed out or on failure).
    pub async fn get() -> Option<User> {
        let resource = use_context::<CurrentUser>()?.0;
        resource.await.ok().flatten()
    }
}

/// Whether `user` may do `action` on a record with no particular owner; the UI uses it only
/// to hide what cannot be done (the server checks again).
pub fn user_can(user: &Option<User>, action: Action) -> bool {
    user.as_ref()
        .is_some_and(|user| can(user.actor(), action, RecordFacts::default()))
}

/// Lets keyboard users jump past the navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">"Skip to main content"</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">
                    <span class="brand__mark" aria-hidden="true">"◆"</span>
                    <span class="brand__name">"Accord"</span>
                </a>
                <Suspense>
                    {move || Suspend::new(async move {
                        let user = CurrentUser::get().await;
                        let admin = user_can(&user, Action::ManageUsers);
                        user.map(|user| view! {
                            <nav aria-label="Main">
                                <ul class="nav">
                                    <li><A href="/" exact=true>"My initiatives"</A></li>
                                    <li><A href="/dashboard">"Dashboard"</A></li>
                                    <li><A href="/initiatives">"Initiatives"</A></li>
                                    <li><A href="/meetings">"Meetings"</A></li>
                                    {admin.then(|| view! { <li><A href="/admin/users">"Users"</A></li> <li><A href="/admin/partners">"Partners"</A></li> <li><A href="/admin/sectors">"Sectors"</A></li> <li><A href="/admin/audit">"Audit"</A></li> })}
                                </ul>
                            </nav>
                            <div class="account">
                                <a class="account__name" href="/account" title="Your account">{user.display_name}</a>
                                <span class="account__role">{user.role.label()}</span>
                                <form method="post" action="/logout">
                                    <button type="submit" class="button button--quiet">"Sign out"</button>
                                </form>
                            </div>
                        })
                    })}
                </Suspense>
            </div>
        </header>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>"Accord · from meeting readouts to tracked initiatives"</p>
        </footer>
    }
}

/// A link to a "new record" form, shown only to users who may create one.
#[component]
pub fn NewButton(action: Action, href: &'static str, label: &'static str) -> impl IntoView {
    view! {
        <Suspense>
            {move || Suspend::new(async move {
                user_can(&CurrentUser::get().await, action).then(|| view! { <a class="button" href=href>{label}</a> })
            })}
        </Suspense>
    }
}

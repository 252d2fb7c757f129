//! The application frame: skip link, header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::auth::current_user;
use crate::domain::User;
use crate::domain::permission::{Action, RecordFacts, can};
use crate::error::AppError;
use crate::i18n::Language;

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
    view! { <a class="skip-link" href="#main">{Language::current().t("layout-skip-link")}</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let language = Language::current();
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
                            <nav aria-label=language.t("nav-main-label")>
                                <ul class="nav">
                                    <li><A href="/" exact=true>{language.t("nav-my-initiatives")}</A></li>
                                    <li><A href="/dashboard">{language.t("nav-dashboard")}</A></li>
                                    <li><A href="/initiatives">{language.t("nav-initiatives")}</A></li>
                                    <li><A href="/meetings">{language.t("nav-meetings")}</A></li>
                                    {admin.then(|| view! {
                                        <li><A href="/admin/users">{language.t("nav-users")}</A></li>
                                        <li><A href="/admin/partners">{language.t("nav-partners")}</A></li>
                                        <li><A href="/admin/sectors">{language.t("nav-sectors")}</A></li>
                                        <li><A href="/admin/audit">{language.t("nav-audit")}</A></li>
                                    })}
                                </ul>
                            </nav>
                            <div class="account">
                                <a class="account__name" href="/account" title=language.t("layout-account-title")>{user.display_name}</a>
                                <span class="account__role">{language.name_of(user.role)}</span>
                                <form method="post" action="/logout">
                                    <button type="submit" class="button button--quiet">{language.t("layout-sign-out")}</button>
                                </form>
                            </div>
                        })
                    })}
                </Suspense>
                <LanguageSwitcher language />
            </div>
        </header>
    }
}

/// One button per language, each posting the choice; works without JavaScript and comes back
/// to the same page. Each language's name is in that language, marked with its `lang`.
#[component]
fn LanguageSwitcher(language: Language) -> impl IntoView {
    let location = leptos_router::hooks::use_location();
    let (path, search) = (
        location.pathname.get_untracked(),
        location.search.get_untracked(),
    );
    let search = search.trim_start_matches('?');
    let here = if search.is_empty() {
        path
    } else {
        format!("{path}?{search}")
    };
    view! {
        <form method="post" action="/language" class="language-switcher">
            <input type="hidden" name="return_to" value=here />
            <fieldset>
                <legend class="visually-hidden">{language.t("language-switcher-label")}</legend>
                {Language::ALL
                    .iter()
                    .map(|option| {
                        let current = *option == language;
                        view! {
                            <button type="submit" name="language" value=option.as_str()
                                lang=option.as_str() class="language-switcher__option"
                                aria-pressed=if current { "true" } else { "false" }>
                                {option.label()}
                            </button>
                        }
                    })
                    .collect_view()}
            </fieldset>
        </form>
    }
}

#[component]
pub fn SiteFooter() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>{Language::current().t("layout-footer")}</p>
        </footer>
    }
}

/// A link to a "new record" form, shown only to users who may create one.
#[component]
pub fn NewButton(action: Action, href: &'static str, #[prop(into)] label: String) -> impl IntoView {
    view! {
        <Suspense>
            {move || {
                let label = label.clone();
                Suspend::new(async move {
                user_can(&CurrentUser::get().await, action).then(|| view! { <a class="button" href=href>{label}</a> })
            })}}
        </Suspense>
    }
}

//! The application frame: skip link, header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::api::auth::current_user;

/// Lets keyboard users jump past the navigation.
#[component]
pub fn SkipLink() -> impl IntoView {
    view! { <a class="skip-link" href="#main">"Skip to main content"</a> }
}

#[component]
pub fn SiteHeader() -> impl IntoView {
    let user = Resource::new_blocking(|| (), |()| current_user());
    view! {
        <header class="site-header">
            <div class="site-header__inner">
                <a class="brand" href="/">
                    <span class="brand__mark" aria-hidden="true">"◆"</span>
                    <span class="brand__name">"Accord"</span>
                </a>
                <Suspense>
                    {move || Suspend::new(async move {
                        user.await.ok().flatten().map(|user| view! {
                            <nav aria-label="Main">
                                <ul class="nav">
                                    <li><A href="/meetings">"Meetings"</A></li>
                                </ul>
                            </nav>
                            <div class="account">
                                <span class="account__name">{user.display_name}</span>
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

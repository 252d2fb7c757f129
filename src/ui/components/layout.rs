//! The application frame: skip link, header with navigation, footer.

use leptos::prelude::*;
use leptos_router::components::A;

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
                <nav aria-label="Main">
                    <ul class="nav">
                        <li><A href="/meetings">"Meetings"</A></li>
                    </ul>
                </nav>
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

//! The HTML shell, the application root and the route table.

use leptos::prelude::*;
use leptos_meta::{MetaTags, Title, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, StaticSegment, path};

use crate::i18n::{DisplayZone, Language};
use crate::ui::components::layout::{CurrentUser, SiteFooter, SiteHeader, SkipLink};
use crate::ui::enhance::Enhance;
use crate::ui::pages::{
    AccountPage, AdminAuditPage, AdminPartnersPage, AdminSectorsPage, AdminUsersPage, ChangesPage,
    DashboardPage, DeleteInitiativePage, DeleteMeetingPage, EditInitiativePage, EditMeetingPage,
    EditPartnerPage, EditSectorPage, HomePage, ImportReadoutPage, ImportSheetPage, InitiativePage,
    InitiativesPage, LoginPage, MeetingPage, MeetingsPage, NewInitiativePage, NewMeetingPage,
    NotFoundPage, PartnerPage, ReviewImportPage, ReviewSheetPage, SetPasswordPage,
};

/// The stylesheet's URL: hashed in a release build (see `server::assets`).
fn stylesheet_href(options: &LeptosOptions) -> String {
    #[cfg(feature = "ssr")]
    return crate::server::assets::stylesheet_href(options);
    #[cfg(not(feature = "ssr"))]
    return format!("/{}/{}.css", options.site_pkg_dir, options.output_name);
}

/// The document around the application, rendered on the server only.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    // The page's Content-Security-Policy allows exactly the inline scripts that carry its nonce.
    #[cfg(feature = "ssr")]
    if let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) && let Ok(value) =
        axum::http::HeaderValue::from_str(&crate::server::response::page_csp(&nonce.to_string()))
    {
        response.insert_header(axum::http::header::CONTENT_SECURITY_POLICY, value);
    }
    let language = request_language();
    provide_context(language);
    provide_context(request_zone());
    view! {
        <!DOCTYPE html>
        <html lang=language.as_str()>
            <head>
                <meta charset="utf-8" />
                <meta name="viewport" content="width=device-width, initial-scale=1" />
                <meta name="description" content=language.t("app-description") />
                <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
                <link rel="stylesheet" id="leptos" href=stylesheet_href(&options) />
                <AutoReload options=options.clone() />
                <HydrationScripts options islands=true />
                <MetaTags />
            </head>
            <body>
                <App />
            </body>
        </html>
    }
}

/// The language the server chose for this request (see `server::http::language`).
fn request_language() -> Language {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>()
        && let Some(language) = parts.extensions.get::<Language>()
    {
        return *language;
    }
    Language::default()
}

/// The time zone the server chose for this request's times (the reader's, else the
/// installation's).
fn request_zone() -> DisplayZone {
    #[cfg(feature = "ssr")]
    if let Some(parts) = use_context::<axum::http::request::Parts>()
        && let Some(zone) = parts.extensions.get::<DisplayZone>()
    {
        return *zone;
    }
    DisplayZone::default()
}

/// The document's title for a page's own title. leptos_meta writes the title into the head
/// without escaping it, and page titles carry what users typed (a meeting's title), so it is
/// escaped here, the one place every title passes through.
pub fn page_title(page: String) -> String {
    let language = Language::current();
    let title = if page.is_empty() {
        language.t("page-title-empty")
    } else {
        language.t_with("page-title", &[("page", page.into())])
    };
    html_escape::encode_text(&title).into_owned()
}

/// The application: layout and routes.
#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    CurrentUser::provide();

    view! {
        <Title formatter=page_title />
        <Router>
            <SkipLink />
            <SiteHeader />
            <main id="main" tabindex="-1">
                // Async: the whole page, data included, is rendered before it is sent, so it works without
                // JavaScript and a page can still set its status code (404). (leptos_axum 0.8 does
                // not implement PartiallyBlocked: it streams blocking resources out of order.)
                <Routes fallback=NotFoundPage>
                    <Route path=StaticSegment("") view=HomePage ssr=SsrMode::Async />
                    <Route path=path!("/login") view=LoginPage ssr=SsrMode::Async />
                    <Route path=path!("/dashboard") view=DashboardPage ssr=SsrMode::Async />
                    <Route path=path!("/dashboard/changes") view=ChangesPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives") view=InitiativesPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/new") view=NewInitiativePage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/import") view=ImportSheetPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/import/:id") view=ReviewSheetPage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/:id") view=InitiativePage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/:id/edit") view=EditInitiativePage ssr=SsrMode::Async />
                    <Route path=path!("/initiatives/:id/delete") view=DeleteInitiativePage ssr=SsrMode::Async />
                    <Route path=path!("/meetings") view=MeetingsPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/new") view=NewMeetingPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/import") view=ImportReadoutPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/import/:id") view=ReviewImportPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/:id") view=MeetingPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/:id/edit") view=EditMeetingPage ssr=SsrMode::Async />
                    <Route path=path!("/meetings/:id/delete") view=DeleteMeetingPage ssr=SsrMode::Async />
                    <Route path=path!("/partners/:id") view=PartnerPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/users") view=AdminUsersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/audit") view=AdminAuditPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/partners") view=AdminPartnersPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/partners/:id") view=EditPartnerPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/sectors") view=AdminSectorsPage ssr=SsrMode::Async />
                    <Route path=path!("/admin/sectors/:id") view=EditSectorPage ssr=SsrMode::Async />
                    <Route path=path!("/account") view=AccountPage ssr=SsrMode::Async />
                    <Route path=path!("/set-password/:token") view=SetPasswordPage ssr=SsrMode::Async />
                </Routes>
            </main>
            <SiteFooter />
            <Enhance />
        </Router>
    }
}

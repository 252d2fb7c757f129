//! Progressive enhancement: the one island of the app.
//!
//! Every page is complete server-rendered HTML whose links and forms work without JavaScript
//! (forms post to server functions, which redirect back, with the error and the typed values
//! when they refuse). Once this island hydrates, it takes over those same links and forms:
//! it fetches the page the browser would have loaded, swaps the header and `<main>` in place
//! (no full reload), keeps the history and the address bar right, shows a pending state on
//! the button or page, and moves focus to the first field with an error. The server stays
//! the single source of what a page shows, and the browser bundle stays small.

use leptos::prelude::*;

/// Install the enhancement once per page load; renders nothing visible.
#[island]
pub fn Enhance() -> impl IntoView {
    #[cfg(feature = "hydrate")]
    Effect::new(|_| browser::install());
    view! { <span class="enhance" hidden></span> }
}

#[cfg(feature = "hydrate")]
mod browser {
    use std::cell::Cell;

    use leptos::task::spawn_local;
    use leptos::wasm_bindgen::{JsCast, JsValue, closure::Closure};
    use web_sys::{
        Document, DomParser, Element, Event, FormData, HtmlButtonElement, HtmlElement,
        HtmlFormElement, MouseEvent, Request, RequestInit, SubmitEvent, SupportedType, Url,
        UrlSearchParams,
    };

    thread_local! {
        /// Numbers navigations, so that only the latest one is shown.
        static NAVIGATION: Cell<u32> = const { Cell::new(0) };
        /// The address of the page on screen, without its fragment.
        static SHOWN: std::cell::RefCell<String> = const { std::cell::RefCell::new(String::new()) };
    }

    fn without_fragment(url: &str) -> String {
        url.split('#').next().unwrap_or_default().to_owned()
    }

    #[derive(Clone, Copy, PartialEq)]
    enum History {
        Push,
        Replace,
    }

    fn window() -> web_sys::Window {
        leptos::prelude::window()
    }

    fn document() -> Document {
        leptos::prelude::document()
    }

    pub fn install() {
        if let Some(body) = document().body() {
            if body.has_attribute("data-hydrated") {
                return;
            }
            let _ = body.set_attribute("data-hydrated", "true");
        }
        listen(&document().into(), "click", |event| {
            if let Some(mouse) = event.dyn_ref::<MouseEvent>() {
                on_click(mouse);
            }
        });
        listen(&document().into(), "submit", |event| {
            if let Some(submit) = event.dyn_ref::<SubmitEvent>() {
                on_submit(submit);
            }
        });
        if let Ok(href) = window().location().href() {
            SHOWN.with(|shown| *shown.borrow_mut() = without_fragment(&href));
        }
        listen(&window().into(), "popstate", |_| {
            if let Ok(href) = window().location().href() {
                // Moving between fragments of the page on screen (the skip link) is the
                // browser's business.
                if SHOWN.with(|shown| *shown.borrow() == without_fragment(&href)) {
                    return;
                }
                go(get(&href), History::Replace, None);
            }
        });
    }

    fn listen(target: &web_sys::EventTarget, name: &str, handler: impl Fn(Event) + 'static) {
        let closure = Closure::<dyn Fn(Event)>::new(handler);
        let _ = target.add_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        // Lives as long as the page.
        closure.forget();
    }

    fn closest(event: &Event, selector: &str) -> Option<Element> {
        event
            .target()?
            .dyn_into::<Element>()
            .ok()?
            .closest(selector)
            .ok()
            .flatten()
    }

    fn on_click(event: &MouseEvent) {
        if event.default_prevented()
            || event.button() != 0
            || event.meta_key()
            || event.ctrl_key()
            || event.shift_key()
            || event.alt_key()
        {
            return;
        }
        // "Add a participant" and the like: show the next hidden row.
        if let Some(button) = closest(event, "[data-reveal]") {
            event.prevent_default();
            reveal(&button);
            return;
        }
        let Some(link) = closest(event, "a[href]") else {
            return;
        };
        if link.has_attribute("target") || link.has_attribute("download") {
            return;
        }
        let Some(href) = link.get_attribute("href") else {
            return;
        };
        let location = window().location();
        let Ok(base) = location.href() else { return };
        let Ok(url) = Url::new_with_base(&href, &base) else {
            return;
        };
        if Some(url.origin()) != location.origin().ok() {
            return;
        }
        // In-page links (the skip link) stay with the browser.
        let same_page = Some(url.pathname()) == location.pathname().ok()
            && Some(url.search()) == location.search().ok();
        if same_page && !url.hash().is_empty() {
            return;
        }
        event.prevent_default();
        go(get(&url.href()), History::Push, None);
    }

    fn reveal(button: &Element) {
        let Some(selector) = button.get_attribute("data-reveal") else {
            return;
        };
        if let Ok(Some(next)) = document().query_selector(&selector) {
            let _ = next.remove_attribute("hidden");
            if let Ok(Some(input)) = next.query_selector("input") {
                if let Ok(input) = input.dyn_into::<HtmlElement>() {
                    let _ = input.focus();
                }
            }
            if let Ok(None) = document().query_selector(&selector) {
                let _ = button.set_attribute("hidden", "");
            }
        }
    }

    fn on_submit(event: &SubmitEvent) {
        if event.default_prevented() {
            return;
        }
        let Some(form) = event
            .target()
            .and_then(|target| target.dyn_into::<HtmlFormElement>().ok())
        else {
            return;
        };
        let Ok(data) = FormData::new_with_form(&form) else {
            return;
        };
        let Ok(params) = UrlSearchParams::new() else {
            return;
        };
        // A browser leaves unnamed controls out of a submission; so do we.
        let entries = js_sys::try_iter(&data).ok().flatten();
        for entry in entries.into_iter().flatten().flatten() {
            let pair = js_sys::Array::from(&entry);
            let (name, value) = (pair.get(0).as_string(), pair.get(1).as_string());
            if let (Some(name), Some(value)) = (name, value) {
                if !name.is_empty() {
                    params.append(&name, &value);
                }
            }
        }
        let submitter = event
            .submitter()
            .and_then(|element| element.dyn_into::<HtmlButtonElement>().ok());
        // The button that sent the form is part of what it sends when it has a name (the
        // language switcher's buttons each carry their language), as a browser would send it.
        if let Some(button) = submitter
            .as_ref()
            .filter(|button| !button.name().is_empty())
        {
            params.append(&button.name(), &button.value());
            let _ = data.append_with_str(&button.name(), &button.value());
        }
        let action = form.action();
        let is_post = form.method().eq_ignore_ascii_case("post");
        let request = if is_post && form.enctype().eq_ignore_ascii_case("multipart/form-data") {
            // A file upload: the form data goes as the browser would send it (fetch sets the
            // multipart boundary), files included.
            post_multipart(&action, &data)
        } else if is_post {
            post(&action, &params)
        } else {
            let Ok(url) = Url::new(&action) else { return };
            url.set_search(&String::from(params.to_string()));
            get(&url.href())
        };
        let Some(request) = request else { return };
        event.prevent_default();
        if let Some(button) = &submitter {
            let _ = button.set_attribute("aria-busy", "true");
            button.set_disabled(true);
            if let Some(busy) = button.get_attribute("data-busy-label") {
                button.set_text_content(Some(&busy));
            }
        }
        go(Some(request), History::Push, submitter);
    }

    fn request(url: &str, init: &RequestInit) -> Option<Request> {
        let request = Request::new_with_str_and_init(url, init).ok()?;
        // The server answers a form post from a page with a redirect, as it does without JS.
        request.headers().set("Accept", "text/html").ok()?;
        Some(request)
    }

    fn get(url: &str) -> Option<Request> {
        let init = RequestInit::new();
        init.set_method("GET");
        request(url, &init)
    }

    fn post(url: &str, params: &UrlSearchParams) -> Option<Request> {
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(&JsValue::from(params.to_string()));
        let request = request(url, &init)?;
        request
            .headers()
            .set("Content-Type", "application/x-www-form-urlencoded")
            .ok()?;
        Some(request)
    }

    fn post_multipart(url: &str, data: &FormData) -> Option<Request> {
        let init = RequestInit::new();
        init.set_method("POST");
        init.set_body(data);
        request(url, &init)
    }

    /// Fetches `request` and shows the page it leads to; falls back to an ordinary page load
    /// if anything goes wrong.
    fn go(request: Option<Request>, history: History, submitter: Option<HtmlButtonElement>) {
        let Some(request) = request else { return };
        let id = NAVIGATION.with(|n| {
            n.set(n.get() + 1);
            n.get()
        });
        set_loading(true);
        let fallback = request.url();
        let is_get = request.method() == "GET";
        spawn_local(async move {
            let shown = fetch_and_show(request, history, id).await;
            if NAVIGATION.with(Cell::get) != id {
                return;
            }
            set_loading(false);
            if let Err(error) = shown {
                leptos::logging::debug_warn!("enhanced navigation failed: {error:?}");
                if is_get {
                    let _ = window().location().assign(&fallback);
                } else if let Some(button) = submitter {
                    // Let the browser post the form itself (`submit()` leaves the button's
                    // own name and value out: they go along as a hidden field).
                    if let Some(form) = button.form() {
                        keep_submitter_value(&form, &button);
                        let _ = form.submit();
                    }
                }
            }
        });
    }

    fn keep_submitter_value(form: &HtmlFormElement, button: &HtmlButtonElement) {
        if button.name().is_empty() {
            return;
        }
        if let Ok(input) = document().create_element("input") {
            let _ = input.set_attribute("type", "hidden");
            let _ = input.set_attribute("name", &button.name());
            let _ = input.set_attribute("value", &button.value());
            let _ = form.append_child(&input);
        }
    }

    async fn fetch_and_show(request: Request, history: History, id: u32) -> Result<(), JsValue> {
        use wasm_bindgen_futures::JsFuture;
        let response: web_sys::Response = JsFuture::from(window().fetch_with_request(&request))
            .await?
            .dyn_into()?;
        let html_page = response
            .headers()
            .get("content-type")?
            .is_some_and(|kind| kind.contains("text/html"));
        if !html_page {
            return Err(JsValue::from_str("not an HTML page"));
        }
        let text = JsFuture::from(response.text()?)
            .await?
            .as_string()
            .unwrap_or_default();
        if NAVIGATION.with(Cell::get) != id {
            return Ok(());
        }
        let parsed = DomParser::new()?.parse_from_string(&text, SupportedType::TextHtml)?;
        let focused_id = document()
            .active_element()
            .map(|element| element.id())
            .filter(|id| !id.is_empty());
        for selector in ["header.site-header", "main"] {
            let old = document().query_selector(selector)?;
            let new = parsed.query_selector(selector)?;
            match (old, new) {
                (Some(old), Some(new)) => old.replace_with_with_node_1(&new)?,
                _ => return Err(JsValue::from_str("page without header or main")),
            }
        }
        // The rest of the frame is in the page's language, which the language switcher may
        // just have changed: the skip link, the footer and the document's `lang`.
        for selector in ["a.skip-link", "footer.site-footer"] {
            if let (Some(old), Some(new)) = (
                document().query_selector(selector)?,
                parsed.query_selector(selector)?,
            ) {
                old.replace_with_with_node_1(&new)?;
            }
        }
        if let (Some(root), Some(lang)) = (
            document().document_element(),
            parsed
                .document_element()
                .and_then(|root| root.get_attribute("lang")),
        ) {
            root.set_attribute("lang", &lang)?;
        }
        document().set_title(&parsed.title());
        let url = response.url();
        SHOWN.with(|shown| *shown.borrow_mut() = without_fragment(&url));
        let state = JsValue::NULL;
        match history {
            History::Push => window()
                .history()?
                .push_state_with_url(&state, "", Some(&url))?,
            History::Replace => {
                window()
                    .history()?
                    .replace_state_with_url(&state, "", Some(&url))?
            }
        }
        place_focus(focused_id, history);
        Ok(())
    }

    /// After a swap: the first field with an error, else the summary or conflict notice, else
    /// the control that had focus (a filter), else the new page's main region.
    fn place_focus(focused_id: Option<String>, history: History) {
        let find = |selector: &str| document().query_selector(selector).ok().flatten();
        let target = find("[aria-invalid=\"true\"]")
            .or_else(|| find(".error-summary, .conflict"))
            .or_else(|| focused_id.and_then(|id| document().get_element_by_id(&id)))
            .or_else(|| {
                if history == History::Push {
                    window().scroll_to_with_x_and_y(0.0, 0.0);
                }
                find("main")
            });
        if let Some(element) = target.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
            let _ = element.focus();
        }
    }

    fn set_loading(loading: bool) {
        if let Some(body) = document().body() {
            let _ = body.class_list().toggle_with_force("is-loading", loading);
        }
        if let Ok(Some(main)) = document().query_selector("main") {
            let _ = main.set_attribute("aria-busy", if loading { "true" } else { "false" });
        }
    }
}

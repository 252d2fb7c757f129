//! Form fields with their label, hint and message, and the summary of a rejected form.
//!
//! Every field takes the form's error: the rejection the server kept in the session when it
//! turned the form down (see [`crate::api::forms`]).

use leptos::prelude::*;

use crate::api::forms::{KeptRejection, Rejection};
use crate::error::AppError;
use crate::i18n::{Language, Named};

/// The error a form shows, if any.
pub type FormError = Signal<Option<AppError>>;

fn message_for(error: FormError, name: &str) -> Option<String> {
    error.with(|error| {
        error
            .as_ref()
            .and_then(AppError::field_errors)
            .and_then(|fields| fields.get(name))
            .map(|message| Language::current().translate_english(message))
    })
}

/// What a field's input needs to point at its hint and its message.
fn described_by(id: &str, hint: bool, invalid: bool) -> Option<String> {
    let mut ids = Vec::new();
    if hint {
        ids.push(format!("{id}-hint"));
    }
    if invalid {
        ids.push(format!("{id}-error"));
    }
    (!ids.is_empty()).then(|| ids.join(" "))
}

/// A labelled control: `control` receives (`aria-invalid`, `aria-describedby`) signals.
#[component]
fn FieldFrame<V: IntoView + 'static>(
    id: String,
    label: String,
    field: String,
    error: FormError,
    hint: Option<String>,
    control: impl FnOnce(Signal<bool>, Signal<Option<String>>) -> V,
) -> impl IntoView {
    let message = Signal::derive(move || message_for(error, &field));
    let invalid = Signal::derive(move || message.with(Option::is_some));
    let hint = hint.filter(|hint| !hint.is_empty());
    let has_hint = hint.is_some();
    let describedby = {
        let id = id.clone();
        Signal::derive(move || described_by(&id, has_hint, invalid.get()))
    };
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let prefix = Language::current().t("form-error-prefix");
    view! {
        <div class="field" class:field--invalid=invalid>
            <label for=id>{label}</label>
            {hint.map(|hint| view! { <p class="field__hint" id=hint_id>{hint}</p> })}
            {move || message.get().map(|text| view! {
                <p class="field__error" id=error_id.clone()>
                    <span class="visually-hidden">{prefix.clone()}</span>{text}
                </p>
            })}
            {control(invalid, describedby)}
        </div>
    }
}

/// A one-line input. `field` is the domain's field name, `name` the form's.
#[component]
pub fn TextInput(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] field: String,
    #[prop(into)] label: String,
    value: String,
    error: FormError,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional, into)] hint: Option<String>,
    #[prop(optional)] required: bool,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldFrame id label field error hint control=move |invalid, describedby| view! {
            <input id=input_id name=name type=kind value=value required=required
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || describedby.get() />
        } />
    }
}

/// A select's options for `values` of a text enum: (stored text, name shown in the page's
/// language).
pub fn choices<T: Named>(values: impl IntoIterator<Item = T>) -> Vec<(String, String)> {
    let language = Language::current();
    values
        .into_iter()
        .map(|value| (value.text().to_owned(), language.name_of(value)))
        .collect()
}

/// A password input: never pre-filled (a refused form does not keep passwords).
/// `autocomplete` tells password managers whether it is the current or a new password.
#[component]
pub fn PasswordInput(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    error: FormError,
    autocomplete: &'static str,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let (input_id, name) = (id.clone(), id.clone());
    view! {
        <FieldFrame id=id.clone() label field=id error hint control=move |invalid, describedby| view! {
            <input id=input_id name=name type="password" autocomplete=autocomplete required=true
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || describedby.get() />
        } />
    }
}

/// A multi-line input.
#[component]
pub fn TextArea(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] field: String,
    #[prop(into)] label: String,
    value: String,
    error: FormError,
    #[prop(default = 4)] rows: u32,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldFrame id label field error hint control=move |invalid, describedby| view! {
            <textarea id=input_id name=name rows=rows
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || describedby.get()>{value}</textarea>
        } />
    }
}

/// `options` after a first, empty one saying what choosing nothing means.
pub fn with_blank(blank: String, options: Vec<(String, String)>) -> Vec<(String, String)> {
    std::iter::once((String::new(), blank))
        .chain(options)
        .collect()
}

/// The `<option>`s of a select from `(value, label)` pairs, `value` selected.
pub fn option_list(options: Vec<(String, String)>, value: &str) -> impl IntoView + use<> {
    options
        .into_iter()
        .map(|(option, text)| {
            let selected = option == value;
            view! { <option value=option selected=selected>{text}</option> }
        })
        .collect_view()
}

/// A select's `<option>`s as one HTML string: a blank first option saying what choosing
/// nothing means, then `(value, label)` pairs with `value` selected. Escaped exactly as
/// Leptos escapes an option's attribute and text (the html-escape crate, which Leptos
/// uses), so the page is byte for byte what [`option_list`] renders; a partner picker has
/// hundreds of options, and one string costs a fraction of one view per option.
pub fn options_html(blank: &str, options: &[(String, String)], value: &str) -> String {
    let mut html = String::with_capacity(64 * (options.len() + 1));
    html.push_str("<option value=\"\">");
    push_text(&mut html, blank);
    html.push_str("</option>");
    for (option, text) in options {
        html.push_str("<option value=\"");
        html.push_str(&html_escape::encode_double_quoted_attribute(option));
        html.push('"');
        if option == value {
            html.push_str(" selected");
        }
        html.push('>');
        push_text(&mut html, text);
        html.push_str("</option>");
    }
    // Leptos marks where a list of views ends.
    html.push_str("<!>");
    html
}

/// Text as Leptos writes it: escaped, and an empty text as one space.
fn push_text(html: &mut String, text: &str) {
    if text.is_empty() {
        html.push(' ');
    } else {
        html.push_str(&html_escape::encode_text(text));
    }
}

/// A select from `(value, label)` options; `blank` adds a first, empty option.
#[component]
pub fn Select(
    #[prop(into)] id: String,
    #[prop(into)] name: String,
    #[prop(into)] field: String,
    #[prop(into)] label: String,
    value: String,
    options: Vec<(String, String)>,
    error: FormError,
    #[prop(optional, into)] blank: Option<String>,
    #[prop(optional, into)] hint: Option<String>,
) -> impl IntoView {
    let input_id = id.clone();
    view! {
        <FieldFrame id label field error hint control=move |invalid, describedby| view! {
            <select id=input_id name=name
                aria-invalid=move || invalid.get().then_some("true")
                aria-describedby=move || describedby.get()>
                {blank.map(|text| view! { <option value="">{text}</option> })}
                {option_list(options, &value)}
            </select>
        } />
    }
}

/// The message above a rejected form: what went wrong and a link to each field.
#[component]
pub fn ErrorSummary(error: FormError) -> impl IntoView {
    let language = Language::current();
    move || {
        error.get().map(|error| {
            let links = error.field_errors().map(|fields| {
                fields
                    .iter()
                    .map(|(field, message)| {
                        let href = format!("#{}", field_id(field));
                        view! { <li><a href=href>{language.translate_english(message)}</a></li> }
                    })
                    .collect_view()
            });
            view! {
                <div class="notice notice--error error-summary" role="alert" tabindex="-1">
                    <h2 class="notice__title">{language.t("form-error-summary-heading")}</h2>
                    <p>{language.error(&error)}</p>
                    {(error == AppError::Conflict).then(|| view! {
                        <p>{language.t("form-error-summary-conflict")}</p>
                    })}
                    <ul>{links}</ul>
                </div>
            }
        })
    }
}

/// The id of the input for a domain field name (`participants[0].name` → `participants-0-name`).
pub fn field_id(field: &str) -> String {
    field
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-")
}

/// A submit button; once the page is enhanced it shows `busy_label` while the form is sent.
#[component]
pub fn SubmitButton(
    #[prop(into)] label: String,
    #[prop(into)] busy_label: String,
    /// A button whose action cannot be undone (deleting, merging) looks like one.
    #[prop(optional)]
    destructive: bool,
) -> impl IntoView {
    let class = if destructive {
        "button button--danger"
    } else {
        "button"
    };
    view! { <button type="submit" class=class data-busy-label=busy_label>{label}</button> }
}

/// The error a page shows for `form`: the refused post the server kept in this user's session
/// and named in the URL, if it is about this form.
pub fn rejection<I: serde::de::DeserializeOwned + Clone + Send + Sync + 'static>(
    form: &str,
) -> (FormError, Option<I>) {
    #[cfg(feature = "ssr")]
    let kept = use_context::<axum::http::request::Parts>()
        .and_then(|parts| parts.extensions.get::<KeptRejection>().cloned());
    // Pages render on the server only; the browser never builds a form from a rejection.
    #[cfg(not(feature = "ssr"))]
    let kept: Option<KeptRejection> = None;
    let (error, input) = match Rejection::<I>::from_kept(kept.as_ref(), form) {
        Some(r) => (Some(r.error), Some(r.input)),
        None => (None, None),
    };
    (Signal::stored(error), input)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_ids_are_safe_fragments() {
        assert_eq!(field_id("title"), "title");
        assert_eq!(field_id("participants[0].name"), "participants-0-name");
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn options_html_is_what_the_option_views_render() {
        let options = vec![
            ("1".to_owned(), "Flanders".to_owned()),
            (
                "2\"><script>".to_owned(),
                "<b>Ghent</b> & \"Bruges\" 'x'".to_owned(),
            ),
            ("3".to_owned(), String::new()),
            ("4".to_owned(), "\u{2003}Қазақстан".to_owned()),
        ];
        for (options, value) in [
            (options.clone(), ""),
            (options.clone(), "1"),
            (options.clone(), "2\"><script>"),
            (options.clone(), "3"),
            (options.clone(), "none"),
            (Vec::new(), ""),
        ] {
            let owner = Owner::new();
            let (views, fast) = owner.with(|| {
                let views = view! {
                    <select id="filter-x" name="x">
                        <option value="">{"Any <partner>"}</option>
                        {option_list(options.clone(), value)}
                    </select>
                }
                .to_html();
                let fast = view! {
                    <select id="filter-x" name="x" inner_html=options_html("Any <partner>", &options, value)></select>
                }
                .to_html();
                (views, fast)
            });
            assert_eq!(fast, views, "selected {value:?}");
        }
    }
}

//! What an edit page shows when someone else saved the record first: nothing was
//! overwritten, and the two versions side by side where they differ.

use leptos::prelude::*;

use crate::i18n::Language;

/// `rows` are `(field, current value, your value)` for each field that differs; `what` is the
/// kind of record (`initiative`, `meeting`, …), which the heading names.
#[component]
pub fn ConflictNotice(what: &'static str, rows: Vec<(String, String, String)>) -> impl IntoView {
    let language = Language::current();
    view! {
        <section class="notice notice--warning conflict" role="alert" aria-labelledby="conflict-heading" tabindex="-1">
            <h2 id="conflict-heading" class="notice__title">{language.t_with("conflict-heading", &[("what", what.into())])}</h2>
            <p>{language.t("conflict-body")}</p>
            <table class="data-table compare">
                <caption class="visually-hidden">{language.t("conflict-caption")}</caption>
                <thead><tr>
                    <th scope="col">{language.t("conflict-field")}</th>
                    <th scope="col">{language.t("conflict-current")}</th>
                    <th scope="col">{language.t("conflict-yours")}</th>
                </tr></thead>
                <tbody>
                    {rows.into_iter().map(move |(field, current, mine)| view! {
                        <tr>
                            <th scope="row">{field}</th>
                            <td data-label=language.t("conflict-current")>{current}</td>
                            <td data-label=language.t("conflict-yours")>{mine}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

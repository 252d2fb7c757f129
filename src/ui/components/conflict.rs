//! What an edit page shows when someone else saved the record first: nothing was
//! overwritten, and the two versions side by side where they differ.

use leptos::prelude::*;

/// `rows` are `(field, current value, your value)` for each field that differs.
#[component]
pub fn ConflictNotice(what: &'static str, rows: Vec<(String, String, String)>) -> impl IntoView {
    view! {
        <section class="notice notice--warning conflict" role="alert" aria-labelledby="conflict-heading" tabindex="-1">
            <h2 id="conflict-heading" class="notice__title">{format!("Someone else saved this {what} first")}</h2>
            <p>"Nothing was overwritten. Compare the two versions; your values are kept in the form below. Save to apply them on top of the current version, or discard them."</p>
            <table class="data-table compare">
                <caption class="visually-hidden">"The current version and yours"</caption>
                <thead><tr><th scope="col">"Field"</th><th scope="col">"Current version"</th><th scope="col">"Your version"</th></tr></thead>
                <tbody>
                    {rows.into_iter().map(|(field, current, mine)| view! {
                        <tr>
                            <th scope="row">{field}</th>
                            <td data-label="Current version">{current}</td>
                            <td data-label="Your version">{mine}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}

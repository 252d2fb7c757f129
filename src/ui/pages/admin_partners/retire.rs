//! On a partner's admin page: retire it (or bring it back) and merge a duplicate into another
//! partner. Both name the version the admin saw; the server refuses a stale one.

use leptos::prelude::*;

use crate::api::partners::{ListedPartner, MergeInput, RetireInput};
use crate::domain::Partner;
use crate::ui::components::form::{ErrorSummary, Select, SubmitButton, rejection};

/// Retire or bring back, and merge: what an admin does with a partner that should no longer
/// be chosen.
#[component]
pub fn RetireAndMerge(partner: Partner, partners: Vec<ListedPartner>) -> impl IntoView {
    let name_of = |id: i64| {
        partners
            .iter()
            .find(|l| l.partner.id == id)
            .map(|l| l.partner.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    if let Some(into) = partner.merged_into {
        return view! {
            <section class="panel" aria-labelledby="retire-heading">
                <h2 id="retire-heading">"Merged"</h2>
                <p>
                    "This partner was merged into "
                    <a href=format!("/admin/partners/{into}")>{name_of(into)}</a>
                    ". Its meetings and initiatives are there now; its history stays in the audit trail."
                </p>
            </section>
        }
        .into_any();
    }
    view! {
        <RetireForm partner=partner.clone() />
        {(!partner.is_retired()).then(|| view! { <MergeForm partner partners /> })}
    }
    .into_any()
}

#[component]
fn RetireForm(partner: Partner) -> impl IntoView {
    let (error, _) = rejection::<RetireInput>("retire-partner");
    let retired = partner.is_retired();
    let (explanation, wanted, label) = if retired {
        (
            "Retired: not offered for new meetings and initiatives. Its records are kept and counted.",
            "no",
            "Bring back",
        )
    } else {
        (
            "Retire a partner Accord no longer tracks: it is no longer offered for new meetings \
             and initiatives; its records, history and figures stay.",
            "yes",
            "Retire partner",
        )
    };
    view! {
        <section class="panel" aria-labelledby="retire-heading">
            <h2 id="retire-heading">{if retired { "Retired" } else { "Retire" }}</h2>
            <form method="post" action="/api/admin_retire_partner" class="form" novalidate>
                <ErrorSummary error />
                <p id="retired">{explanation}</p>
                <input type="hidden" name="id" value=partner.id />
                <input type="hidden" name="version" value=partner.version />
                <input type="hidden" name="input[retire]" value=wanted />
                <SubmitButton label=label busy_label="Saving…" />
            </form>
        </section>
    }
}

#[component]
fn MergeForm(partner: Partner, partners: Vec<ListedPartner>) -> impl IntoView {
    let (error, typed) = rejection::<MergeInput>("merge-partner");
    let typed = typed.unwrap_or_default();
    // Any partner still tracked but this one and its own parts (tree order: the parts follow
    // it, deeper).
    let mut below: Option<usize> = None;
    let targets: Vec<(String, String)> = partners
        .iter()
        .filter(|listed| {
            if let Some(depth) = below {
                if listed.depth > depth {
                    return false;
                }
                below = None;
            }
            if listed.partner.id == partner.id {
                below = Some(listed.depth);
                return false;
            }
            !listed.partner.is_retired()
        })
        .map(|listed| {
            let indent = "\u{2003}".repeat(listed.depth);
            (
                listed.partner.id.to_string(),
                format!("{indent}{}", listed.partner.name),
            )
        })
        .collect();
    view! {
        <section class="panel" aria-labelledby="merge-heading">
            <h2 id="merge-heading">"Merge a duplicate"</h2>
            <p>
                "When this partner was entered twice, merge it into the one to keep: its meetings, \
                 initiatives and parts move there (each move in the audit trail, the dashboard \
                 follows), and this one is retired."
            </p>
            <form method="post" action="/api/admin_merge_partner" class="form" novalidate>
                <ErrorSummary error />
                <input type="hidden" name="id" value=partner.id />
                <input type="hidden" name="version" value=partner.version />
                <Select id="into" name="input[into]" field="into" label="Merge into"
                    value=typed.into options=targets error blank="Choose the partner to keep" />
                <SubmitButton label="Merge into the chosen partner" busy_label="Merging…" destructive=true />
            </form>
        </section>
    }
}

//! On a partner's admin page: retire it (or bring it back) and merge a duplicate into another
//! partner. Both name the version the admin saw; the server refuses a stale one.

use leptos::prelude::*;

use crate::api::partners::{ListedPartner, MergeInput, RetireInput};
use crate::domain::Partner;
use crate::i18n::Language;
use crate::ui::components::form::{ErrorSummary, Select, SubmitButton, rejection};

/// Retire or bring back, and merge: what an admin does with a partner that should no longer
/// be chosen.
#[component]
pub fn RetireAndMerge(partner: Partner, partners: Vec<ListedPartner>) -> impl IntoView {
    let language = Language::current();
    let name_of = |id: i64| {
        partners
            .iter()
            .find(|l| l.partner.id == id)
            .map(|l| l.partner.name.clone())
            .unwrap_or_else(|| format!("#{id}"))
    };
    if let Some(into) = partner.merged_into {
        let name = name_of(into);
        let text = language.t_with(
            "admin-partners-merged-body",
            &[("name", name.clone().into())],
        );
        // The name inside the translated sentence is the link to the partner kept.
        let href = format!("/admin/partners/{into}");
        let body = match text.find(&name).filter(|_| !name.is_empty()) {
            Some(at) => {
                let before = text[..at].to_owned();
                let after = text[at + name.len()..].to_owned();
                view! { {before}<a href=href>{name}</a>{after} }.into_any()
            }
            None => view! { {text}" "<a href=href>{name}</a> }.into_any(),
        };
        return view! {
            <section class="panel" aria-labelledby="retire-heading">
                <h2 id="retire-heading">{language.t("admin-partners-merged-heading")}</h2>
                <p>{body}</p>
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
    let language = Language::current();
    let (error, _) = rejection::<RetireInput>("retire-partner");
    let retired = partner.is_retired();
    let (heading, explanation, wanted, label) = if retired {
        (
            language.t("admin-partners-retired-heading"),
            language.t("admin-partners-retired-body"),
            "no",
            language.t("admin-partners-bring-back"),
        )
    } else {
        (
            language.t("admin-partners-retire-heading"),
            language.t("admin-partners-retire-body"),
            "yes",
            language.t("admin-partners-retire-submit"),
        )
    };
    view! {
        <section class="panel" aria-labelledby="retire-heading">
            <h2 id="retire-heading">{heading}</h2>
            <form method="post" action="/api/admin_retire_partner" class="form" novalidate>
                <ErrorSummary error />
                <p id="retired">{explanation}</p>
                <input type="hidden" name="id" value=partner.id />
                <input type="hidden" name="version" value=partner.version />
                <input type="hidden" name="input[retire]" value=wanted />
                <SubmitButton label=label busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}

#[component]
fn MergeForm(partner: Partner, partners: Vec<ListedPartner>) -> impl IntoView {
    let language = Language::current();
    let (error, typed) = rejection::<MergeInput>("merge-partner");
    let typed = typed.unwrap_or_default();
    // Any partner still tracked but this one and its own parts (tree order: the parts follow
    // it, deeper). First an empty choice: what the select sends until one is chosen.
    let mut below: Option<usize> = None;
    let targets: Vec<(String, String)> =
        std::iter::once((String::new(), language.t("admin-partners-merge-blank")))
            .chain(
                partners
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
                    }),
            )
            .collect();
    view! {
        <section class="panel" aria-labelledby="merge-heading">
            <h2 id="merge-heading">{language.t("admin-partners-merge-heading")}</h2>
            <p>{language.t("admin-partners-merge-body")}</p>
            <form method="post" action="/api/admin_merge_partner" class="form" novalidate>
                <ErrorSummary error />
                <input type="hidden" name="id" value=partner.id />
                <input type="hidden" name="version" value=partner.version />
                <Select id="into" name="input[into]" field="into" label=language.t("admin-partners-merge-into")
                    value=typed.into options=targets error />
                <SubmitButton label=language.t("admin-partners-merge-submit")
                    busy_label=language.t("admin-partners-busy-merging") destructive=true />
            </form>
        </section>
    }
}

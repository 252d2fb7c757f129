//! `/admin/partners` and `/admin/partners/:id`: the partners Accord tracks, as the tree the dashboard rolls up
//! (world region > country or organisation > region), and a form to add one. Admins only;
//! the server refuses anyone else.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::partners::{ListedPartner, admin_partners};
use crate::domain::partner::PartnerInput;
use crate::domain::{Partner, PartnerKind, WorldRegion};
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextInput, rejection, with_blank,
};
use crate::ui::history::field_label;

mod retire;

use retire::RetireAndMerge;

#[component]
pub fn AdminPartnersPage() -> impl IntoView {
    let language = Language::current();
    let partners = Resource::new_blocking(|| (), |()| admin_partners());
    let (error, typed) = rejection::<PartnerInput>("new-partner");
    let typed = typed.unwrap_or_default();
    view! {
        <Title text=language.t("admin-partners-page-title") />
        <h1>{language.t("admin-partners-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("admin-partners-loading")}</p> }>
            {move || {
                let typed = typed.clone();
                Suspend::new(async move {
                    match partners.await {
                        Ok(partners) => view! {
                            <NewPartnerForm partners=partners.clone() typed error />
                            <PartnerTree partners />
                        }
                        .into_any(),
                        Err(error) => view! { <ErrorMessage error /> }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

/// `(id, name indented by depth)` of the partners a partner may sit under: all of them but
/// `editing` and what sits under it.
fn parent_choices(partners: &[ListedPartner], editing: Option<i64>) -> Vec<(String, String)> {
    let mut excluded_below: Option<usize> = None;
    partners
        .iter()
        .filter(|listed| {
            // Tree order: a partner's parts follow it, deeper, until the depth comes back up.
            if let Some(depth) = excluded_below {
                if listed.depth > depth {
                    return false;
                }
                excluded_below = None;
            }
            if Some(listed.partner.id) == editing {
                excluded_below = Some(listed.depth);
                return false;
            }
            true
        })
        .map(|listed| {
            let indent = "\u{2003}".repeat(listed.depth);
            (
                listed.partner.id.to_string(),
                format!("{indent}{}", listed.partner.name),
            )
        })
        .collect()
}

/// A partner's fields, for adding one or editing one.
#[component]
fn PartnerFields(
    input: PartnerInput,
    parents: Vec<(String, String)>,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let kind = if input.kind.is_empty() {
        PartnerKind::Region.as_str().to_owned()
    } else {
        input.kind.clone()
    };
    let kinds: Vec<(String, String)> = PartnerKind::ALL
        .iter()
        .map(|kind| (kind.as_str().to_owned(), language.name_of(*kind)))
        .collect();
    let regions: Vec<(String, String)> = WorldRegion::ALL
        .iter()
        .map(|region| (region.as_str().to_owned(), language.name_of(*region)))
        .collect();
    let parents = with_blank(language.t("admin-partners-parent-blank"), parents);
    let regions = with_blank(language.t("admin-partners-region-blank"), regions);
    view! {
        <div class="form-grid">
            <TextInput id="partner-name" name="input[name]" field="name" label=language.t("field-name")
                value=input.name.clone() error required=true hint=language.t("admin-partners-name-hint") />
            <Select id="partner-kind" name="input[kind]" field="kind" label=language.t("field-kind")
                value=kind options=kinds error />
            <Select id="partner-parent" name="input[parent_id]" field="parent_id" label=language.t("field-parent_id")
                value=input.parent_id.clone() options=parents error
                hint=language.t("admin-partners-parent-hint") />
            <Select id="partner-region" name="input[world_region]" field="world_region" label=language.t("field-world_region")
                value=input.world_region.clone() options=regions error
                hint=language.t("admin-partners-region-hint") />
            <TextInput id="partner-iso" name="input[iso_code]" field="iso_code" label=language.t("field-iso_code")
                value=input.iso_code.clone() error hint=language.t("admin-partners-iso-hint") />
            <TextInput id="partner-slug" name="input[slug]" field="slug" label=language.t("field-slug")
                value=input.slug.clone() error hint=language.t("admin-partners-slug-hint") />
        </div>
    }
}

#[component]
fn NewPartnerForm(
    partners: Vec<ListedPartner>,
    typed: PartnerInput,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let parents = parent_choices(&partners, None);
    view! {
        <section aria-labelledby="new-partner-heading" class="panel">
            <h2 id="new-partner-heading">{language.t("admin-partners-new-heading")}</h2>
            <form method="post" action="/api/admin_create_partner" class="form" novalidate>
                <ErrorSummary error />
                <PartnerFields input=typed parents error />
                <SubmitButton label=language.t("admin-partners-new-submit") busy_label=language.t("busy-adding") />
            </form>
        </section>
    }
}

/// `/admin/partners/:id`: rename a partner, move it, change its kind, region, code or key.
#[component]
pub fn EditPartnerPage() -> impl IntoView {
    let language = Language::current();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let partners = Resource::new_blocking(|| (), |()| admin_partners());
    let (error, mine) = rejection::<PartnerInput>("edit-partner");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    view! {
        <Suspense fallback=move || view! { <p>{language.t("admin-partners-edit-loading")}</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let partners = match partners.await {
                        Ok(partners) => partners,
                        Err(error) => return view! {
                            <Title text=language.t("admin-partners-edit-title") />
                            <h1>{language.t("admin-partners-edit-title")}</h1>
                            <ErrorMessage error />
                        }.into_any(),
                    };
                    let wanted = id.get_untracked();
                    match partners.iter().find(|l| l.partner.id.to_string() == wanted.trim()).cloned() {
                        Some(listed) => view! {
                            <EditPartnerForm partner=listed.partner partners mine conflict error />
                        }.into_any(),
                        None => view! {
                            <Title text=language.t("admin-partners-edit-title") />
                            <h1>{language.t("admin-partners-edit-title")}</h1>
                            <ErrorMessage error=AppError::not_found("Partner") />
                            <p><a href="/admin/partners">{language.t("admin-partners-back")}</a></p>
                        }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn EditPartnerForm(
    partner: Partner,
    partners: Vec<ListedPartner>,
    mine: Option<PartnerInput>,
    conflict: bool,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let current = PartnerInput::from_partner(&partner);
    let input = mine.clone().unwrap_or_else(|| current.clone());
    let parents = parent_choices(&partners, Some(partner.id));
    let state = view! { <RetireAndMerge partner=partner.clone() partners=partners.clone() /> };
    let comparison = conflict.then(|| {
        let mine = mine.unwrap_or_else(|| current.clone());
        let name_of = |raw: &str| {
            partners
                .iter()
                .find(|l| l.partner.id.to_string() == raw)
                .map(|l| l.partner.name.clone())
                .unwrap_or_else(|| language.t("common-none"))
        };
        // Kind and world region are stored values: shown by name where they are known.
        let kind_name = |raw: &str| {
            PartnerKind::parse(raw)
                .map(|kind| language.name_of(kind))
                .unwrap_or_else(|| raw.to_owned())
        };
        let region_name = |raw: &str| {
            WorldRegion::parse(raw)
                .map(|region| language.name_of(region))
                .unwrap_or_else(|| raw.to_owned())
        };
        let rows = [
            ("name", current.name.clone(), mine.name.clone()),
            ("kind", kind_name(&current.kind), kind_name(&mine.kind)),
            (
                "parent_id",
                name_of(&current.parent_id),
                name_of(&mine.parent_id),
            ),
            (
                "world_region",
                region_name(&current.world_region),
                region_name(&mine.world_region),
            ),
            ("iso_code", current.iso_code.clone(), mine.iso_code.clone()),
            ("slug", current.slug.clone(), mine.slug.clone()),
        ]
        .into_iter()
        .filter(|(_, now, theirs)| now.trim() != theirs.trim())
        .map(|(field, now, theirs)| (field_label(language, field), now, theirs))
        .collect::<Vec<_>>();
        view! { <ConflictNotice what="partner" rows /> }
    });
    let title = language.t_with(
        "admin-partners-edit-heading",
        &[("name", partner.name.clone().into())],
    );
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href="/admin/partners">{language.t("admin-partners-breadcrumb")}</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/admin_update_partner" class="form" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=partner.id />
            <input type="hidden" name="version" value=partner.version />
            <PartnerFields input parents error />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { language.t("conflict-save-mine") } else { language.t("admin-partners-save") }
                    busy_label=language.t("busy-saving") />
                <a href="/admin/partners" class="button button--quiet">
                    {if conflict { language.t("conflict-discard") } else { language.t("common-cancel") }}
                </a>
            </div>
        </form>
        {state}
    }
}

#[component]
fn PartnerTree(partners: Vec<ListedPartner>) -> impl IntoView {
    let language = Language::current();
    view! {
        <div class="table-scroll">
            <table class="data-table partners-table">
                <caption class="visually-hidden">{language.t("admin-partners-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.t("field-name")}</th>
                        <th scope="col">{language.t("field-kind")}</th>
                        <th scope="col">{language.t("field-world_region")}</th>
                        <th scope="col">{language.t("field-iso_code")}</th>
                        <th scope="col">{language.t("field-slug")}</th>
                        <th scope="col"><span class="visually-hidden">{language.t("admin-partners-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {partners.into_iter().map(|ListedPartner { partner, depth }| {
                        // A class, not a style attribute: the page's CSP allows no inline styles.
                        let indent = format!("tree-depth-{}", depth.min(4));
                        let state = match (partner.merged_into, partner.is_retired()) {
                            (Some(_), _) => Some(language.t("admin-partners-state-merged")),
                            (None, true) => Some(language.t("admin-partners-state-retired")),
                            (None, false) => None,
                        };
                        let edit_label = language.t_with(
                            "admin-partners-edit-label",
                            &[("name", partner.name.clone().into())],
                        );
                        let retired = state.is_some();
                        view! {
                            <tr class:retired=retired>
                                <th scope="row" class=indent>
                                    <a href=format!("/partners/{}", partner.id)>{partner.name.clone()}</a>
                                    {state.map(|state| view! { " " <span class="badge badge--quiet">{state}</span> })}
                                </th>
                                <td data-label=language.t("field-kind")>{language.name_of(partner.kind)}</td>
                                <td data-label=language.t("field-world_region")>{language.name_of(partner.world_region)}</td>
                                <td data-label=language.t("field-iso_code")>{partner.iso_code.clone().unwrap_or_else(|| language.t("common-none"))}</td>
                                <td data-label=language.t("field-slug")><code>{partner.slug.clone()}</code></td>
                                <td>
                                    <a href=format!("/admin/partners/{}", partner.id)
                                        aria-label=edit_label>{language.t("admin-partners-edit")}</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

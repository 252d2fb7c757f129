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
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, Select, SubmitButton, TextInput, choices, rejection,
};

mod retire;

use retire::RetireAndMerge;

#[component]
pub fn AdminPartnersPage() -> impl IntoView {
    let partners = Resource::new_blocking(|| (), |()| admin_partners());
    let (error, typed) = rejection::<PartnerInput>("new-partner");
    let typed = typed.unwrap_or_default();
    view! {
        <Title text="Partners" />
        <h1>"Partners"</h1>
        <Suspense fallback=|| view! { <p>"Loading partners…"</p> }>
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
    let kind = if input.kind.is_empty() {
        PartnerKind::Region.as_str().to_owned()
    } else {
        input.kind.clone()
    };
    view! {
        <div class="form-grid">
            <TextInput id="partner-name" name="input[name]" field="name" label="Name"
                value=input.name.clone() error required=true hint="As your readouts name it, e.g. Limburg Province." />
            <Select id="partner-kind" name="input[kind]" field="kind" label="Kind"
                value=kind options=choices(PartnerKind::ALL.iter().copied()) error />
            <Select id="partner-parent" name="input[parent_id]" field="parent_id" label="Part of"
                value=input.parent_id.clone() options=parents error blank="Nothing: a country or organisation"
                hint="Its figures roll up into this partner on the dashboard." />
            <Select id="partner-region" name="input[world_region]" field="world_region" label="World region"
                value=input.world_region.clone() options=choices(WorldRegion::ALL.iter().copied()) error
                blank="The same as the partner it is part of" hint="The partners under it follow." />
            <TextInput id="partner-iso" name="input[iso_code]" field="iso_code" label="ISO code"
                value=input.iso_code.clone() error hint="Optional: BE for a country, BE-VLI for a region." />
            <TextInput id="partner-slug" name="input[slug]" field="slug" label="Key"
                value=input.slug.clone() error hint="Optional: made from the name when left empty." />
        </div>
    }
}

#[component]
fn NewPartnerForm(
    partners: Vec<ListedPartner>,
    typed: PartnerInput,
    error: FormError,
) -> impl IntoView {
    let parents = parent_choices(&partners, None);
    view! {
        <section aria-labelledby="new-partner-heading" class="panel">
            <h2 id="new-partner-heading">"Add a partner"</h2>
            <form method="post" action="/api/admin_create_partner" class="form" novalidate>
                <ErrorSummary error />
                <PartnerFields input=typed parents error />
                <SubmitButton label="Add partner" busy_label="Adding…" />
            </form>
        </section>
    }
}

/// `/admin/partners/:id`: rename a partner, move it, change its kind, region, code or key.
#[component]
pub fn EditPartnerPage() -> impl IntoView {
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let partners = Resource::new_blocking(|| (), |()| admin_partners());
    let (error, mine) = rejection::<PartnerInput>("edit-partner");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    view! {
        <Suspense fallback=|| view! { <p>"Loading the partner…"</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let partners = match partners.await {
                        Ok(partners) => partners,
                        Err(error) => return view! {
                            <Title text="Edit partner" />
                            <h1>"Edit partner"</h1>
                            <ErrorMessage error />
                        }.into_any(),
                    };
                    let wanted = id.get_untracked();
                    match partners.iter().find(|l| l.partner.id.to_string() == wanted.trim()).cloned() {
                        Some(listed) => view! {
                            <EditPartnerForm partner=listed.partner partners mine conflict error />
                        }.into_any(),
                        None => view! {
                            <Title text="Edit partner" />
                            <h1>"Edit partner"</h1>
                            <ErrorMessage error=AppError::not_found("Partner") />
                            <p><a href="/admin/partners">"Back to the partners"</a></p>
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
                .unwrap_or_else(|| "—".to_owned())
        };
        let rows = [
            ("Name", current.name.clone(), mine.name.clone()),
            ("Kind", current.kind.clone(), mine.kind.clone()),
            (
                "Part of",
                name_of(&current.parent_id),
                name_of(&mine.parent_id),
            ),
            (
                "World region",
                current.world_region.clone(),
                mine.world_region.clone(),
            ),
            ("ISO code", current.iso_code.clone(), mine.iso_code.clone()),
            ("Key", current.slug.clone(), mine.slug.clone()),
        ]
        .into_iter()
        .filter(|(_, now, theirs)| now.trim() != theirs.trim())
        .map(|(field, now, theirs)| (field.to_owned(), now, theirs))
        .collect::<Vec<_>>();
        view! { <ConflictNotice what="partner" rows /> }
    });
    let title = format!("Edit partner: {}", partner.name);
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href="/admin/partners">"Partners"</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/admin_update_partner" class="form" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=partner.id />
            <input type="hidden" name="version" value=partner.version />
            <PartnerFields input parents error />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { "Save my version over the current one" } else { "Save partner" }
                    busy_label="Saving…" />
                <a href="/admin/partners" class="button button--quiet">
                    {if conflict { "Discard my changes" } else { "Cancel" }}
                </a>
            </div>
        </form>
        {state}
    }
}

#[component]
fn PartnerTree(partners: Vec<ListedPartner>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table partners-table">
                <caption class="visually-hidden">"Partners, each under the partner it is part of"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">"Kind"</th>
                        <th scope="col">"World region"</th>
                        <th scope="col">"ISO code"</th>
                        <th scope="col">"Key"</th>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    {partners.into_iter().map(|ListedPartner { partner, depth }| {
                        // A class, not a style attribute: the page's CSP allows no inline styles.
                        let indent = format!("tree-depth-{}", depth.min(4));
                        let state = match (partner.merged_into, partner.is_retired()) {
                            (Some(_), _) => Some("merged"),
                            (None, true) => Some("retired"),
                            (None, false) => None,
                        };
                        view! {
                            <tr class:retired=state.is_some()>
                                <th scope="row" class=indent>
                                    <a href=format!("/partners/{}", partner.id)>{partner.name.clone()}</a>
                                    {state.map(|state| view! { " " <span class="badge badge--quiet">{state}</span> })}
                                </th>
                                <td data-label="Kind">{partner.kind.label()}</td>
                                <td data-label="World region">{partner.world_region.label()}</td>
                                <td data-label="ISO code">{partner.iso_code.clone().unwrap_or_else(|| "—".to_owned())}</td>
                                <td data-label="Key"><code>{partner.slug.clone()}</code></td>
                                <td>
                                    <a href=format!("/admin/partners/{}", partner.id)
                                        aria-label=format!("Edit {}", partner.name)>"Edit"</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

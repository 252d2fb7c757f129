//! `/admin/sectors` and `/admin/sectors/:id`: the sectors initiatives are tagged with and
//! readouts are searched for, with the synonyms the readout importer looks for; add one,
//! rename it, change its synonyms, retire it or bring it back. Admins only; the server
//! refuses anyone else.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::api::sectors::{ListedSector, SectorStateInput, admin_sectors};
use crate::domain::Sector;
use crate::domain::sector::SectorInput;
use crate::error::AppError;
use crate::i18n::Language;
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, SubmitButton, TextArea, TextInput, rejection,
};

#[component]
pub fn AdminSectorsPage() -> impl IntoView {
    let language = Language::current();
    let sectors = Resource::new_blocking(|| (), |()| admin_sectors());
    let (error, typed) = rejection::<SectorInput>("new-sector");
    let typed = typed.unwrap_or_default();
    view! {
        <Title text=language.t("admin-sectors-page-title") />
        <h1>{language.t("admin-sectors-heading")}</h1>
        <p class="lede">{language.t("admin-sectors-lede")}</p>
        <section aria-labelledby="new-sector-heading" class="panel">
            <h2 id="new-sector-heading">{language.t("admin-sectors-new-heading")}</h2>
            <form method="post" action="/api/admin_create_sector" class="form" novalidate>
                <ErrorSummary error />
                <SectorFields input=typed error />
                <SubmitButton label=language.t("admin-sectors-new-submit") busy_label=language.t("busy-adding") />
            </form>
        </section>
        <Suspense fallback=move || view! { <p>{language.t("admin-sectors-loading")}</p> }>
            {move || Suspend::new(async move {
                match sectors.await {
                    Ok(sectors) => view! { <SectorTable sectors /> }.into_any(),
                    Err(error) => view! { <ErrorMessage error /> }.into_any(),
                }
            })}
        </Suspense>
    }
}

/// A sector's fields, for adding one or editing one.
#[component]
fn SectorFields(input: SectorInput, error: FormError) -> impl IntoView {
    let language = Language::current();
    view! {
        <div class="form-grid">
            <TextInput id="sector-name" name="input[name]" field="name" label=language.t("field-name")
                value=input.name error required=true hint=language.t("admin-sectors-name-hint") />
            <TextInput id="sector-slug" name="input[slug]" field="slug" label=language.t("field-slug")
                value=input.slug error
                hint=language.t("admin-sectors-slug-hint") />
        </div>
        <TextArea id="sector-synonyms" name="input[synonyms]" field="synonyms" label=language.t("field-synonyms")
            value=input.synonyms error rows=3
            hint=language.t("admin-sectors-synonyms-hint") />
    }
}

#[component]
fn SectorTable(sectors: Vec<ListedSector>) -> impl IntoView {
    let language = Language::current();
    view! {
        <div class="table-scroll">
            <table class="data-table sectors-table">
                <caption class="visually-hidden">{language.t("admin-sectors-table-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.t("field-name")}</th>
                        <th scope="col">{language.t("field-synonyms")}</th>
                        <th scope="col" class="num">{language.t("admin-sectors-col-initiatives")}</th>
                        <th scope="col"><span class="visually-hidden">{language.t("admin-sectors-col-actions")}</span></th>
                    </tr>
                </thead>
                <tbody>
                    {sectors.into_iter().map(|ListedSector { sector, initiatives }| {
                        let retired = sector.is_retired();
                        let edit_label = language.t_with(
                            "admin-sectors-edit-label",
                            &[("name", sector.name.clone().into())],
                        );
                        view! {
                            <tr class:retired=retired>
                                <th scope="row">
                                    {sector.name.clone()}
                                    {retired.then(|| view! { " " <span class="badge badge--quiet">{language.t("admin-sectors-state-retired")}</span> })}
                                </th>
                                <td data-label=language.t("field-synonyms")>{sector.synonyms.join(", ")}</td>
                                <td data-label=language.t("admin-sectors-col-initiatives") class="num">{language.number(initiatives)}</td>
                                <td>
                                    <a href=format!("/admin/sectors/{}", sector.id)
                                        aria-label=edit_label>{language.t("admin-sectors-edit")}</a>
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// `/admin/sectors/:id`: rename a sector, change its key or synonyms, retire or restore it.
#[component]
pub fn EditSectorPage() -> impl IntoView {
    let language = Language::current();
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let sectors = Resource::new_blocking(|| (), |()| admin_sectors());
    let (error, mine) = rejection::<SectorInput>("edit-sector");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    view! {
        <Suspense fallback=move || view! { <p>{language.t("admin-sectors-edit-loading")}</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let sectors = match sectors.await {
                        Ok(sectors) => sectors,
                        Err(error) => return view! {
                            <Title text=language.t("admin-sectors-edit-title") />
                            <h1>{language.t("admin-sectors-edit-title")}</h1>
                            <ErrorMessage error />
                        }.into_any(),
                    };
                    let wanted = id.get_untracked();
                    match sectors.into_iter().find(|l| l.sector.id.to_string() == wanted.trim()) {
                        Some(listed) => view! {
                            <EditSectorForm sector=listed.sector mine conflict error />
                        }.into_any(),
                        None => view! {
                            <Title text=language.t("admin-sectors-edit-title") />
                            <h1>{language.t("admin-sectors-edit-title")}</h1>
                            <ErrorMessage error=AppError::not_found("Sector") />
                            <p><a href="/admin/sectors">{language.t("admin-sectors-back")}</a></p>
                        }.into_any(),
                    }
                })
            }}
        </Suspense>
    }
}

#[component]
fn EditSectorForm(
    sector: Sector,
    mine: Option<SectorInput>,
    conflict: bool,
    error: FormError,
) -> impl IntoView {
    let language = Language::current();
    let current = SectorInput::from_sector(&sector);
    let input = mine.clone().unwrap_or_else(|| current.clone());
    let comparison = conflict.then(|| {
        let mine = mine.unwrap_or_else(|| current.clone());
        let rows = [
            (
                language.t("field-name"),
                current.name.clone(),
                mine.name.clone(),
            ),
            (
                language.t("field-slug"),
                current.slug.clone(),
                mine.slug.clone(),
            ),
            (
                language.t("field-synonyms"),
                current.synonyms.clone(),
                mine.synonyms.clone(),
            ),
        ]
        .into_iter()
        .filter(|(_, now, theirs)| now.trim() != theirs.trim())
        .collect::<Vec<_>>();
        view! { <ConflictNotice what="sector" rows /> }
    });
    let title = language.t_with(
        "admin-sectors-edit-heading",
        &[("name", sector.name.clone().into())],
    );
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href="/admin/sectors">{language.t("admin-sectors-breadcrumb")}</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/admin_update_sector" class="form" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=sector.id />
            <input type="hidden" name="version" value=sector.version />
            <SectorFields input error />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { language.t("conflict-save-mine") } else { language.t("admin-sectors-save") }
                    busy_label=language.t("busy-saving") />
                <a href="/admin/sectors" class="button button--quiet">
                    {if conflict { language.t("conflict-discard") } else { language.t("common-cancel") }}
                </a>
            </div>
        </form>
        <SectorStateForm sector />
    }
}

/// Retire a sector no longer used, or bring it back.
#[component]
fn SectorStateForm(sector: Sector) -> impl IntoView {
    let language = Language::current();
    let (error, _) = rejection::<SectorStateInput>("retire-sector");
    let retired = sector.is_retired();
    let (heading, explanation, wanted, label) = if retired {
        (
            language.t("admin-sectors-retired-heading"),
            language.t("admin-sectors-retired-body"),
            "no",
            language.t("admin-sectors-bring-back"),
        )
    } else {
        (
            language.t("admin-sectors-retire-heading"),
            language.t("admin-sectors-retire-body"),
            "yes",
            language.t("admin-sectors-retire-submit"),
        )
    };
    view! {
        <section class="panel" aria-labelledby="retire-heading">
            <h2 id="retire-heading">{heading}</h2>
            <form method="post" action="/api/admin_retire_sector" class="form" novalidate>
                <ErrorSummary error />
                <p>{explanation}</p>
                <input type="hidden" name="id" value=sector.id />
                <input type="hidden" name="version" value=sector.version />
                <input type="hidden" name="input[retire]" value=wanted />
                <SubmitButton label=label busy_label=language.t("busy-saving") />
            </form>
        </section>
    }
}

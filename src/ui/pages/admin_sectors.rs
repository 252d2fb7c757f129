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
use crate::ui::components::conflict::ConflictNotice;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{
    ErrorSummary, FormError, SubmitButton, TextArea, TextInput, rejection,
};

#[component]
pub fn AdminSectorsPage() -> impl IntoView {
    let sectors = Resource::new_blocking(|| (), |()| admin_sectors());
    let (error, typed) = rejection::<SectorInput>("new-sector");
    let typed = typed.unwrap_or_default();
    view! {
        <Title text="Sectors" />
        <h1>"Sectors"</h1>
        <p class="lede">
            "The fields of cooperation initiatives are tagged with. The readout importer proposes a \
             sector when a readout uses one of its synonyms."
        </p>
        <section aria-labelledby="new-sector-heading" class="panel">
            <h2 id="new-sector-heading">"Add a sector"</h2>
            <form method="post" action="/api/admin_create_sector" class="form" novalidate>
                <ErrorSummary error />
                <SectorFields input=typed error />
                <SubmitButton label="Add sector" busy_label="Adding…" />
            </form>
        </section>
        <Suspense fallback=|| view! { <p>"Loading sectors…"</p> }>
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
    view! {
        <div class="form-grid">
            <TextInput id="sector-name" name="input[name]" field="name" label="Name"
                value=input.name error required=true hint="As the dashboard shows it, e.g. Space industry." />
            <TextInput id="sector-slug" name="input[slug]" field="slug" label="Key"
                value=input.slug error
                hint="Latin letters, digits and dashes; made from the name when left empty (type one for a name in Kazakh or Russian)." />
        </div>
        <TextArea id="sector-synonyms" name="input[synonyms]" field="synonyms" label="Synonyms"
            value=input.synonyms error rows=3
            hint="Words and phrases that name this sector in a readout, separated by commas, in any language: space, satellite, космос, ғарыш." />
    }
}

#[component]
fn SectorTable(sectors: Vec<ListedSector>) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table sectors-table">
                <caption class="visually-hidden">"Sectors, with their synonyms and how many initiatives have each"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Name"</th>
                        <th scope="col">"Synonyms"</th>
                        <th scope="col" class="num">"Initiatives"</th>
                        <th scope="col"><span class="visually-hidden">"Actions"</span></th>
                    </tr>
                </thead>
                <tbody>
                    {sectors.into_iter().map(|ListedSector { sector, initiatives }| {
                        let retired = sector.is_retired();
                        view! {
                            <tr class:retired=retired>
                                <th scope="row">
                                    {sector.name.clone()}
                                    {retired.then(|| view! { " " <span class="badge badge--quiet">"retired"</span> })}
                                </th>
                                <td data-label="Synonyms">{sector.synonyms.join(", ")}</td>
                                <td data-label="Initiatives" class="num">{initiatives}</td>
                                <td>
                                    <a href=format!("/admin/sectors/{}", sector.id)
                                        aria-label=format!("Edit {}", sector.name)>"Edit"</a>
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
    let params = use_params_map();
    let id = Memo::new(move |_| params.read().get("id").unwrap_or_default());
    let sectors = Resource::new_blocking(|| (), |()| admin_sectors());
    let (error, mine) = rejection::<SectorInput>("edit-sector");
    // After a conflict the page reads the current version, so the form saves on top of it.
    let conflict = error.with_untracked(|e| matches!(e, Some(AppError::Conflict)));
    view! {
        <Suspense fallback=|| view! { <p>"Loading the sector…"</p> }>
            {move || {
                let mine = mine.clone();
                Suspend::new(async move {
                    let sectors = match sectors.await {
                        Ok(sectors) => sectors,
                        Err(error) => return view! {
                            <Title text="Edit sector" />
                            <h1>"Edit sector"</h1>
                            <ErrorMessage error />
                        }.into_any(),
                    };
                    let wanted = id.get_untracked();
                    match sectors.into_iter().find(|l| l.sector.id.to_string() == wanted.trim()) {
                        Some(listed) => view! {
                            <EditSectorForm sector=listed.sector mine conflict error />
                        }.into_any(),
                        None => view! {
                            <Title text="Edit sector" />
                            <h1>"Edit sector"</h1>
                            <ErrorMessage error=AppError::not_found("Sector") />
                            <p><a href="/admin/sectors">"Back to the sectors"</a></p>
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
    let current = SectorInput::from_sector(&sector);
    let input = mine.clone().unwrap_or_else(|| current.clone());
    let comparison = conflict.then(|| {
        let mine = mine.unwrap_or_else(|| current.clone());
        let rows = [
            ("Name", current.name.clone(), mine.name.clone()),
            ("Key", current.slug.clone(), mine.slug.clone()),
            ("Synonyms", current.synonyms.clone(), mine.synonyms.clone()),
        ]
        .into_iter()
        .filter(|(_, now, theirs)| now.trim() != theirs.trim())
        .map(|(field, now, theirs)| (field.to_owned(), now, theirs))
        .collect::<Vec<_>>();
        view! { <ConflictNotice what="sector" rows /> }
    });
    let title = format!("Edit sector: {}", sector.name);
    view! {
        <Title text=title.clone() />
        <p class="breadcrumb"><a href="/admin/sectors">"Sectors"</a></p>
        <h1>{title}</h1>
        {comparison}
        <form method="post" action="/api/admin_update_sector" class="form" novalidate>
            {(!conflict).then(|| view! { <ErrorSummary error /> })}
            <input type="hidden" name="id" value=sector.id />
            <input type="hidden" name="version" value=sector.version />
            <SectorFields input error />
            <div class="form-actions">
                <SubmitButton
                    label=if conflict { "Save my version over the current one" } else { "Save sector" }
                    busy_label="Saving…" />
                <a href="/admin/sectors" class="button button--quiet">
                    {if conflict { "Discard my changes" } else { "Cancel" }}
                </a>
            </div>
        </form>
        <SectorStateForm sector />
    }
}

/// Retire a sector no longer used, or bring it back.
#[component]
fn SectorStateForm(sector: Sector) -> impl IntoView {
    let (error, _) = rejection::<SectorStateInput>("retire-sector");
    let retired = sector.is_retired();
    let (explanation, wanted, label) = if retired {
        (
            "Retired: not offered for new initiatives nor proposed from readouts. The initiatives \
             that have it keep it.",
            "no",
            "Bring back",
        )
    } else {
        (
            "Retire a sector no longer used: it is no longer offered for new initiatives nor \
             proposed from readouts; the initiatives that have it keep it, and the filters still \
             find them.",
            "yes",
            "Retire sector",
        )
    };
    view! {
        <section class="panel" aria-labelledby="retire-heading">
            <h2 id="retire-heading">{if retired { "Retired" } else { "Retire" }}</h2>
            <form method="post" action="/api/admin_retire_sector" class="form" novalidate>
                <ErrorSummary error />
                <p>{explanation}</p>
                <input type="hidden" name="id" value=sector.id />
                <input type="hidden" name="version" value=sector.version />
                <input type="hidden" name="input[retire]" value=wanted />
                <SubmitButton label=label busy_label="Saving…" />
            </form>
        </section>
    }
}

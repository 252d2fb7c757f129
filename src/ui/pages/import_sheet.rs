//! `/initiatives/import`: upload a spreadsheet of existing commitments;
//! `/initiatives/import/:id`: its dry run. Say what each column holds, which unknown partners
//! to add, which rows to leave out, check again, and import everything at once (nothing is
//! written while any kept row has a problem). Both work without JavaScript: the review is a
//! GET form whose query is the plan.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::api::sheets::{SheetImportView, SheetRowView, get_sheet_import};
use crate::domain::spreadsheet::file::{MAX_CELL_CHARS, MAX_FILE_BYTES};
use crate::domain::spreadsheet::{SheetColumn, SheetFileProblem};
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{ErrorSummary, FormError, SubmitButton, rejection};

#[component]
pub fn ImportSheetPage() -> impl IntoView {
    let query = use_query_map();
    let problem = query.with_untracked(|q| SheetFileProblem::from_query(|name| q.get(name)));
    view! {
        <Title text="Import a spreadsheet" />
        <p class="breadcrumb"><a href="/initiatives">"Initiatives"</a></p>
        <h1>"Import a spreadsheet"</h1>
        <p class="lede">
            "Bring the commitments you already track in a spreadsheet into Accord. Save the sheet "
            "as CSV (UTF-8, with commas or semicolons); Accord reads the header row, guesses what "
            "each column holds and shows what every row would become. Nothing is saved until you "
            "confirm, and importing the same file again creates nothing twice."
        </p>
        {problem.map(|problem| view! {
            <div class="notice notice--error" role="alert">
                <h2 class="notice__title">"The file was not read"</h2>
                <p>{problem.message()}</p>
            </div>
        })}
        <form method="post" action="/uploads/initiatives" enctype="multipart/form-data" class="form">
            <div class="field">
                <label for="file">"Spreadsheet (CSV)"</label>
                <p class="field__hint" id="file-hint">{format!(
                    "Up to {} MB; a cell may hold up to {MAX_CELL_CHARS} characters.",
                    MAX_FILE_BYTES / (1024 * 1024)
                )}</p>
                <input type="file" id="file" name="file" accept=".csv,text/csv,text/plain" required
                    aria-describedby="file-hint" />
            </div>
            <div class="form-actions">
                <SubmitButton label="Check the file" busy_label="Reading the file…" />
            </div>
        </form>
        <section aria-labelledby="columns-heading">
            <h2 id="columns-heading">"Columns Accord understands"</h2>
            <p>"Headers in English, Russian or Kazakh are recognised; you can correct the guess."</p>
            <ul class="column-list">
                {SheetColumn::ALL.iter().map(|column| view! {
                    <li><strong>{column.label()}</strong>": "{column_hint(*column)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// What a column may hold, as the upload page explains it.
fn column_hint(column: SheetColumn) -> &'static str {
    match column {
        SheetColumn::Title => "required, up to 200 characters.",
        SheetColumn::Partner => {
            "required: a partner's name or key; unknown ones can be added in the review."
        }
        SheetColumn::OwnerEmail => "the e-mail of an Accord user; required for active work.",
        SheetColumn::Deadline => "2027-03-31, 31.03.2027 or 31/03/2027.",
        SheetColumn::Status => {
            "proposed, active, blocked, completed or dropped, or their Russian or Kazakh names; empty means proposed."
        }
        SheetColumn::Sectors => "sector names separated by commas or semicolons.",
        SheetColumn::Confidentiality => "public, internal or restricted; empty means internal.",
        SheetColumn::Description => "any text.",
        SheetColumn::MeetingDate => "the day of the meeting the commitment came from.",
        SheetColumn::ExternalRef => {
            "your sheet's own key for the row (a column headed Ref), unique across Accord: a second \
             import finds the row by it (without one, by title and partner). A running number (№) \
             is not a key."
        }
    }
}

#[component]
pub fn ReviewSheetPage() -> impl IntoView {
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let plan = use_location().search.get_untracked();
    let review = Resource::new_blocking(
        move || (id.clone(), plan.clone()),
        |(id, plan)| get_sheet_import(id, plan),
    );
    let (error, _) = rejection::<(String, String)>("sheet-import");
    view! {
        <Title text="Review a spreadsheet" />
        <p class="breadcrumb">
            <a href="/initiatives">"Initiatives"</a>" › "<a href="/initiatives/import">"Import a spreadsheet"</a>
        </p>
        <h1>"Review the spreadsheet"</h1>
        <Suspense fallback=|| view! { <p>"Checking every row…"</p> }>
            {move || Suspend::new(async move {
                match review.await {
                    Ok(review) => view! { <Review review error /> }.into_any(),
                    Err(error) => view! {
                        <ErrorMessage error />
                        <p><a href="/initiatives/import">"Upload a spreadsheet"</a></p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(review: SheetImportView, error: FormError) -> impl IntoView {
    if let Some(created) = review.created_count {
        return view! {
            <div class="notice" role="status">
                <p>{format!("“{}” has been imported: {}.", review.file_name, initiatives(created))}</p>
                <p><a href="/initiatives?sort=updated">"See the initiatives"</a>" · "
                   <a href="/initiatives/import">"Import another spreadsheet"</a></p>
            </div>
        }
        .into_any();
    }
    let action = format!("/initiatives/import/{}", review.id);
    view! {
        <p class="lede">{summary(&review)}</p>
        <ErrorSummary error />
        {(!review.missing.is_empty()).then(|| view! {
            <div class="notice notice--error" role="alert">
                <p>{format!("Say which column holds: {}.", review.missing.join(", "))}</p>
            </div>
        })}
        <form method="get" action=action class="form form--wide sheet-plan">
            <input type="hidden" name="mapped" value="1" />
            <Mapping headers=review.headers.clone() mapping=review.mapping.clone() />
            <UnknownPartners review=review.clone() />
            <RowsTable rows=review.rows.clone() unlisted=review.unlisted unlisted_problems=review.unlisted_problems />
            <div class="form-actions">
                <button type="submit" class="button button--quiet">"Check again"</button>
            </div>
        </form>
        <ImportForm review />
    }
    .into_any()
}

fn initiatives(n: i64) -> String {
    match n {
        0 => "no new initiative".to_owned(),
        1 => "1 initiative created".to_owned(),
        n => format!("{n} initiatives created"),
    }
}

fn summary(review: &SheetImportView) -> String {
    let mut parts = vec![format!("“{}”: {} rows.", review.file_name, review.total)];
    parts.push(format!("{} will be created.", review.creates));
    if review.already_imported > 0 {
        parts.push(format!(
            "{} were imported before and stay as they are.",
            review.already_imported
        ));
    }
    if review.invalid > 0 {
        parts.push(format!(
            "{} have problems: correct the file and upload it again, or leave those rows out.",
            review.invalid
        ));
    }
    if review.skipped > 0 {
        parts.push(format!("{} are left out.", review.skipped));
    }
    parts.join(" ")
}

/// One select per column of the file: what it holds.
#[component]
fn Mapping(headers: Vec<String>, mapping: Vec<String>) -> impl IntoView {
    view! {
        <fieldset class="sheet-mapping">
            <legend>"What each column holds"</legend>
            <div class="form-grid">
                {headers.into_iter().zip(mapping).enumerate().map(|(k, (header, chosen))| {
                    let id = format!("c{k}");
                    let label = if header.trim().is_empty() { format!("Column {}", k + 1) } else { header };
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <select id=id.clone() name=id>
                                <option value="" selected=chosen.is_empty()>"Not imported"</option>
                                {SheetColumn::ALL.iter().map(|column| {
                                    let value = column.as_str();
                                    view! { <option value=value selected=chosen == value>{column.label()}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Partners the file names that Accord lacks: where to add each (for those who may), or
/// what to do instead.
#[component]
fn UnknownPartners(review: SheetImportView) -> impl IntoView {
    if review.unknown_partners.is_empty() {
        return ().into_any();
    }
    if review.partner_places.is_empty() {
        let names: Vec<String> = review
            .unknown_partners
            .iter()
            .map(|p| p.name.clone())
            .collect();
        return view! {
            <div class="notice" role="note">
                <p>{format!(
                    "Accord has no partner called {}. Correct the names in the file, or ask an \
                     administrator to add the partners.",
                    names.join(", ")
                )}</p>
            </div>
        }
        .into_any();
    }
    view! {
        <fieldset class="sheet-partners">
            <legend>"Partners Accord does not know yet"</legend>
            <p class="field__hint">"Choose where to add each one (added with the import), or correct the file."</p>
            {review.unknown_partners.into_iter().map(|partner| {
                let id = format!("p{}", partner.index);
                let places = review.partner_places.clone();
                view! {
                    <div class="field">
                        <label for=id.clone()>{partner.name}</label>
                        <select id=id.clone() name=id>
                            <option value="" selected=partner.chosen.is_empty()>"Do not add"</option>
                            {places.into_iter().map(|(value, label)| {
                                let selected = value == partner.chosen;
                                view! { <option value=value selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                }
            }).collect_view()}
        </fieldset>
    }
    .into_any()
}

/// Every row's outcome (rows with problems always; the rest up to the page's limit).
#[component]
fn RowsTable(rows: Vec<SheetRowView>, unlisted: usize, unlisted_problems: usize) -> impl IntoView {
    view! {
        <div class="table-scroll">
            <table class="data-table sheet-rows">
                <caption class="visually-hidden">"Each row of the file and what importing it would do"</caption>
                <thead>
                    <tr>
                        <th scope="col">"Row"</th>
                        <th scope="col">"Title"</th>
                        <th scope="col">"Partner"</th>
                        <th scope="col">"Outcome"</th>
                        <th scope="col">"Leave out"</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <RowLine row /> }).collect_view()}
                </tbody>
            </table>
        </div>
        {(unlisted_problems > 0).then(|| view! {
            <p class="field__hint">{format!(
                "{unlisted_problems} more rows with problems are not listed: correct those above and check again."
            )}</p>
        })}
        {(unlisted > 0).then(|| view! {
            <p class="field__hint">{format!("{unlisted} more rows without problems are not listed.")}</p>
        })}
    }
}

#[component]
fn RowLine(row: SheetRowView) -> impl IntoView {
    let skip_id = format!("skip-{}", row.line);
    let skipped = row.outcome == "skipped";
    let outcome = match row.outcome.as_str() {
        "create" => view! { <span class="badge badge--quiet">"Will be created"</span> }.into_any(),
        "skipped" => view! { <span>"Left out"</span> }.into_any(),
        "imported" => {
            let href = row.initiative_id.map(|id| format!("/initiatives/{id}")).unwrap_or_default();
            view! { <span>"Imported before: "<a href=href>"open it"</a></span> }.into_any()
        }
        _ => view! {
            <ul class="sheet-problems">
                {row.problems.into_iter().map(|(column, message)| view! {
                    <li>{(!column.is_empty()).then(|| view! { <strong>{column}": "</strong> })}{message}</li>
                }).collect_view()}
            </ul>
        }
        .into_any(),
    };
    let class = if row.outcome == "problems" {
        "sheet-row sheet-row--problem"
    } else {
        "sheet-row"
    };
    view! {
        <tr class=class id=format!("row-{}", row.line)>
            <td data-label="Row" class="num">{row.line.to_string()}</td>
            <td data-label="Title">{row.title}</td>
            <td data-label="Partner">{row.partner}</td>
            <td data-label="Outcome">{outcome}</td>
            <td data-label="Leave out">
                <input type="checkbox" name="skip" id=skip_id.clone() value=row.line.to_string() checked=skipped
                    aria-label=format!("Leave out row {}", row.line) />
            </td>
        </tr>
    }
}

/// The import itself: a POST of the plan the page shows.
#[component]
fn ImportForm(review: SheetImportView) -> impl IntoView {
    if !review.ready {
        let why = if review.invalid > 0 || !review.missing.is_empty() {
            "Nothing can be imported while a kept row has a problem."
        } else {
            "There is nothing new to import."
        };
        return view! { <p class="notice" role="status">{why}</p> }.into_any();
    }
    let label = match review.creates {
        1 => "Import 1 initiative".to_owned(),
        n => format!("Import {n} initiatives"),
    };
    view! {
        <form method="post" action="/api/import_sheet" class="form">
            <input type="hidden" name="id" value=review.id.to_string() />
            <input type="hidden" name="plan" value=review.plan />
            <p class="field__hint">"The import is one step: every row above that will be created is, or none is."</p>
            <div class="form-actions">
                <button type="submit" class="button" data-busy-label="Importing… this takes a few seconds for large files">{label}</button>
            </div>
        </form>
    }
    .into_any()
}

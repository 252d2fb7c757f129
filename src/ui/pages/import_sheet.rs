//! `/initiatives/import`: upload a spreadsheet of existing commitments;
//! `/initiatives/import/:id`: its dry run. Say what each column holds, which unknown partners
//! to add, which rows to leave out, check again, and import everything at once (nothing is
//! written while any kept row has a problem). Both work without JavaScript: the review is a
//! GET form whose query is the plan.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::{use_location, use_params_map, use_query_map};

use crate::api::sheets::{RowProblemView, SheetImportView, SheetRowView, get_sheet_import};
use crate::domain::spreadsheet::file::{
    MAX_CELL_CHARS, MAX_COLUMNS, MAX_FILE_BYTES, MAX_ROWS, ProblemKind,
};
use crate::domain::spreadsheet::{PartnerPlace, SheetColumn, SheetFileProblem};
use crate::i18n::Language;
use crate::ui::components::errors::ErrorMessage;
use crate::ui::components::form::{ErrorSummary, FormError, SubmitButton, rejection};

#[component]
pub fn ImportSheetPage() -> impl IntoView {
    let language = Language::current();
    let query = use_query_map();
    let problem = query.with_untracked(|q| SheetFileProblem::from_query(|name| q.get(name)));
    view! {
        <Title text=language.t("import-sheet-page-title") />
        <p class="breadcrumb"><a href="/initiatives">{language.t("import-sheet-breadcrumb")}</a></p>
        <h1>{language.t("import-sheet-heading")}</h1>
        <p class="lede">{language.t("import-sheet-lede")}</p>
        {problem.map(|problem| view! {
            <div class="notice notice--error" role="alert">
                <h2 class="notice__title">{language.t("import-sheet-problem-heading")}</h2>
                <p>{problem_message(language, &problem)}</p>
            </div>
        })}
        <form method="post" action="/uploads/initiatives" enctype="multipart/form-data" class="form">
            <div class="field">
                <label for="file">{language.t("import-sheet-file-label")}</label>
                <p class="field__hint" id="file-hint">{language.t_with(
                    "import-sheet-file-hint",
                    &[
                        ("megabytes", ((MAX_FILE_BYTES / (1024 * 1024)) as i64).into()),
                        ("characters", (MAX_CELL_CHARS as i64).into()),
                    ],
                )}</p>
                <input type="file" id="file" name="file" accept=".csv,text/csv,text/plain" required
                    aria-describedby="file-hint" />
            </div>
            <div class="form-actions">
                <SubmitButton label=language.t("import-sheet-submit") busy_label=language.t("import-sheet-busy-reading") />
            </div>
        </form>
        <section aria-labelledby="columns-heading">
            <h2 id="columns-heading">{language.t("import-sheet-columns-heading")}</h2>
            <p>{language.t("import-sheet-columns-intro")}</p>
            <ul class="column-list">
                {SheetColumn::ALL.iter().map(|column| view! {
                    <li><strong>{column_name(language, *column)}</strong>": "{column_hint(language, *column)}</li>
                }).collect_view()}
            </ul>
        </section>
    }
}

/// What a column holds, by name.
fn column_name(language: Language, column: SheetColumn) -> String {
    match column {
        SheetColumn::Title => language.t("sheet-column-title"),
        SheetColumn::Partner => language.t("sheet-column-partner"),
        SheetColumn::OwnerEmail => language.t("sheet-column-owner_email"),
        SheetColumn::Deadline => language.t("sheet-column-deadline"),
        SheetColumn::Status => language.t("sheet-column-status"),
        SheetColumn::Sectors => language.t("sheet-column-sectors"),
        SheetColumn::Confidentiality => language.t("sheet-column-confidentiality"),
        SheetColumn::Description => language.t("sheet-column-description"),
        SheetColumn::MeetingDate => language.t("sheet-column-meeting_date"),
        SheetColumn::ExternalRef => language.t("sheet-column-external_ref"),
    }
}

/// What a column may hold, as the upload page explains it.
fn column_hint(language: Language, column: SheetColumn) -> String {
    match column {
        SheetColumn::Title => language.t("import-sheet-column-hint-title"),
        SheetColumn::Partner => language.t("import-sheet-column-hint-partner"),
        SheetColumn::OwnerEmail => language.t("import-sheet-column-hint-owner_email"),
        SheetColumn::Deadline => language.t("import-sheet-column-hint-deadline"),
        SheetColumn::Status => language.t("import-sheet-column-hint-status"),
        SheetColumn::Sectors => language.t("import-sheet-column-hint-sectors"),
        SheetColumn::Confidentiality => language.t("import-sheet-column-hint-confidentiality"),
        SheetColumn::Description => language.t("import-sheet-column-hint-description"),
        SheetColumn::MeetingDate => language.t("import-sheet-column-hint-meeting_date"),
        SheetColumn::ExternalRef => language.t("import-sheet-column-hint-external_ref"),
    }
}

/// Why the file was refused, and what to do about it (the page's words for
/// [`SheetFileProblem::message`]). Row and column numbers are positions, written without
/// digit grouping.
fn problem_message(language: Language, problem: &SheetFileProblem) -> String {
    let row = problem.line.to_string();
    let size = problem.size as i64;
    match problem.kind {
        ProblemKind::Empty => language.t("import-sheet-problem-empty"),
        ProblemKind::TooBig => language.t_with(
            "import-sheet-problem-too_big",
            &[(
                "megabytes",
                ((MAX_FILE_BYTES / (1024 * 1024)) as i64).into(),
            )],
        ),
        ProblemKind::Utf16 => language.t("import-sheet-problem-utf16"),
        ProblemKind::NotUtf8 => {
            language.t_with("import-sheet-problem-not_utf8", &[("row", row.into())])
        }
        ProblemKind::NotText => {
            language.t_with("import-sheet-problem-not_text", &[("row", row.into())])
        }
        ProblemKind::TooManyColumns => language.t_with(
            "import-sheet-problem-too_many_columns",
            &[
                ("row", row.into()),
                ("count", size.into()),
                ("max", (MAX_COLUMNS as i64).into()),
            ],
        ),
        ProblemKind::CellTooLong => language.t_with(
            "import-sheet-problem-cell_too_long",
            &[
                ("row", row.into()),
                ("column", problem.column.to_string().into()),
                ("count", size.into()),
                ("max", (MAX_CELL_CHARS as i64).into()),
            ],
        ),
        ProblemKind::TooManyRows => language.t_with(
            "import-sheet-problem-too_many_rows",
            &[("max", (MAX_ROWS as i64).into())],
        ),
        ProblemKind::Unreadable if problem.line == 0 => {
            language.t("import-sheet-problem-unreadable")
        }
        ProblemKind::Unreadable => language.t_with(
            "import-sheet-problem-unreadable-row",
            &[("row", row.into())],
        ),
        ProblemKind::NoRows => language.t("import-sheet-problem-no_rows"),
    }
}

#[component]
pub fn ReviewSheetPage() -> impl IntoView {
    let language = Language::current();
    let params = use_params_map();
    let id = params.with_untracked(|p| p.get("id").unwrap_or_default());
    let plan = use_location().search.get_untracked();
    let review = Resource::new_blocking(
        move || (id.clone(), plan.clone()),
        |(id, plan)| get_sheet_import(id, plan),
    );
    let (error, _) = rejection::<(String, String)>("sheet-import");
    view! {
        <Title text=language.t("import-sheet-review-title") />
        <p class="breadcrumb">
            <a href="/initiatives">{language.t("import-sheet-breadcrumb")}</a>" › "<a href="/initiatives/import">{language.t("import-sheet-page-title")}</a>
        </p>
        <h1>{language.t("import-sheet-review-heading")}</h1>
        <Suspense fallback=move || view! { <p>{language.t("import-sheet-review-loading")}</p> }>
            {move || Suspend::new(async move {
                match review.await {
                    Ok(review) => view! { <Review review error /> }.into_any(),
                    Err(error) => view! {
                        <ErrorMessage error />
                        <p><a href="/initiatives/import">{language.t("import-sheet-upload-link")}</a></p>
                    }
                    .into_any(),
                }
            })}
        </Suspense>
    }
}

#[component]
fn Review(review: SheetImportView, error: FormError) -> impl IntoView {
    let language = Language::current();
    if let Some(created) = review.created_count {
        return view! {
            <div class="notice" role="status">
                <p>{language.t_with(
                    "import-sheet-imported",
                    &[("file", review.file_name.clone().into()), ("count", created.into())],
                )}</p>
                <p><a href="/initiatives?sort=updated">{language.t("import-sheet-see-initiatives")}</a>" · "
                   <a href="/initiatives/import">{language.t("import-sheet-import-another")}</a></p>
            </div>
        }
        .into_any();
    }
    let action = format!("/initiatives/import/{}", review.id);
    // The columns every import needs that no column holds, named as the page names columns.
    let missing = review
        .missing
        .iter()
        .map(|label| {
            SheetColumn::ALL
                .iter()
                .find(|column| column.label() == label.as_str())
                .map(|column| column_name(language, *column))
                .unwrap_or_else(|| label.clone())
        })
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <p class="lede">{summary(language, &review)}</p>
        <ErrorSummary error />
        {(!review.missing.is_empty()).then(|| view! {
            <div class="notice notice--error" role="alert">
                <p>{language.t_with("import-sheet-missing", &[("columns", missing.into())])}</p>
            </div>
        })}
        <form method="get" action=action class="form form--wide sheet-plan">
            <input type="hidden" name="mapped" value="1" />
            <Mapping headers=review.headers.clone() mapping=review.mapping.clone() />
            <UnknownPartners review=review.clone() />
            <RowsTable rows=review.rows.clone() unlisted=review.unlisted unlisted_problems=review.unlisted_problems />
            <div class="form-actions">
                <button type="submit" class="button button--quiet">{language.t("import-sheet-check-again")}</button>
            </div>
        </form>
        <ImportForm review />
    }
    .into_any()
}

/// The review in a few sentences: how many rows, and what becomes of them.
fn summary(language: Language, review: &SheetImportView) -> String {
    let mut parts = vec![language.t_with(
        "import-sheet-summary-rows",
        &[
            ("file", review.file_name.clone().into()),
            ("count", (review.total as i64).into()),
        ],
    )];
    parts.push(language.t_with(
        "import-sheet-summary-creates",
        &[("count", (review.creates as i64).into())],
    ));
    if review.already_imported > 0 {
        parts.push(language.t_with(
            "import-sheet-summary-already",
            &[("count", (review.already_imported as i64).into())],
        ));
    }
    if review.invalid > 0 {
        parts.push(language.t_with(
            "import-sheet-summary-invalid",
            &[("count", (review.invalid as i64).into())],
        ));
    }
    if review.skipped > 0 {
        parts.push(language.t_with(
            "import-sheet-summary-skipped",
            &[("count", (review.skipped as i64).into())],
        ));
    }
    parts.join(" ")
}

/// One select per column of the file: what it holds.
#[component]
fn Mapping(headers: Vec<String>, mapping: Vec<String>) -> impl IntoView {
    let language = Language::current();
    view! {
        <fieldset class="sheet-mapping">
            <legend>{language.t("import-sheet-mapping-legend")}</legend>
            <div class="form-grid">
                {headers.into_iter().zip(mapping).enumerate().map(|(k, (header, chosen))| {
                    let id = format!("c{k}");
                    let label = if header.trim().is_empty() {
                        language.t_with("import-sheet-column-number", &[("number", (k + 1).to_string().into())])
                    } else {
                        header
                    };
                    view! {
                        <div class="field">
                            <label for=id.clone()>{label}</label>
                            <select id=id.clone() name=id>
                                <option value="" selected=chosen.is_empty()>{language.t("import-sheet-not-imported")}</option>
                                {SheetColumn::ALL.iter().map(|column| {
                                    let value = column.as_str();
                                    view! { <option value=value selected=chosen == value>{column_name(language, *column)}</option> }
                                }).collect_view()}
                            </select>
                        </div>
                    }
                }).collect_view()}
            </div>
        </fieldset>
    }
}

/// Where a new partner may go, in the page's words: the server offers each place with an
/// English label; a country of a world region is named from its value, a region of a
/// partner from the partner's name in the label.
fn place_name(language: Language, value: &str, label: &str) -> String {
    match PartnerPlace::parse(value) {
        Some(PartnerPlace::CountryIn(region)) => language.t_with(
            "import-sheet-place-country",
            &[("region", language.name_of(region).into())],
        ),
        Some(PartnerPlace::PartOf(_)) => match label.strip_prefix("A region of ") {
            Some(name) => language.t_with(
                "import-sheet-place-part-of",
                &[("name", name.to_owned().into())],
            ),
            None => label.to_owned(),
        },
        None => label.to_owned(),
    }
}

/// Partners the file names that Accord lacks: where to add each (for those who may), or
/// what to do instead.
#[component]
fn UnknownPartners(review: SheetImportView) -> impl IntoView {
    let language = Language::current();
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
                <p>{language.t_with("import-sheet-unknown-partners", &[("names", names.join(", ").into())])}</p>
            </div>
        }
        .into_any();
    }
    let places: Vec<(String, String)> = review
        .partner_places
        .iter()
        .map(|(value, label)| (value.clone(), place_name(language, value, label)))
        .collect();
    view! {
        <fieldset class="sheet-partners">
            <legend>{language.t("import-sheet-partners-legend")}</legend>
            <p class="field__hint">{language.t("import-sheet-partners-hint")}</p>
            {review.unknown_partners.into_iter().map(|partner| {
                let id = format!("p{}", partner.index);
                let places = places.clone();
                view! {
                    <div class="field">
                        <label for=id.clone()>{partner.name}</label>
                        <select id=id.clone() name=id>
                            <option value="" selected=partner.chosen.is_empty()>{language.t("import-sheet-partner-skip")}</option>
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
    let language = Language::current();
    view! {
        <div class="table-scroll">
            <table class="data-table sheet-rows">
                <caption class="visually-hidden">{language.t("import-sheet-rows-caption")}</caption>
                <thead>
                    <tr>
                        <th scope="col">{language.t("import-sheet-col-row")}</th>
                        <th scope="col">{language.t("field-title")}</th>
                        <th scope="col">{language.t("field-partner_id")}</th>
                        <th scope="col">{language.t("import-sheet-col-outcome")}</th>
                        <th scope="col">{language.t("import-sheet-col-leave-out")}</th>
                    </tr>
                </thead>
                <tbody>
                    {rows.into_iter().map(|row| view! { <RowLine row /> }).collect_view()}
                </tbody>
            </table>
        </div>
        {(unlisted_problems > 0).then(|| view! {
            <p class="field__hint">{language.t_with(
                "import-sheet-unlisted-problems",
                &[("count", (unlisted_problems as i64).into())],
            )}</p>
        })}
        {(unlisted > 0).then(|| view! {
            <p class="field__hint">{language.t_with("import-sheet-unlisted", &[("count", (unlisted as i64).into())])}</p>
        })}
    }
}

/// The column a problem belongs to: its header as the file writes it, else the column's name
/// in the reader's language (a column the file does not have, such as an owner for active work).
fn problem_column(language: Language, problem: &RowProblemView) -> String {
    if !problem.header.trim().is_empty() {
        return problem.header.clone();
    }
    match SheetColumn::parse(&problem.column) {
        Some(column) => language.name_of(column),
        None => String::new(),
    }
}

#[component]
fn RowLine(row: SheetRowView) -> impl IntoView {
    let language = Language::current();
    let skip_id = format!("skip-{}", row.line);
    let skipped = row.outcome == "skipped";
    let outcome = match row.outcome.as_str() {
        "create" => view! { <span class="badge badge--quiet">{language.t("import-sheet-outcome-create")}</span> }.into_any(),
        "skipped" => view! { <span>{language.t("import-sheet-outcome-skipped")}</span> }.into_any(),
        "imported" => {
            let href = row.initiative_id.map(|id| format!("/initiatives/{id}")).unwrap_or_default();
            view! {
                <span>{language.t("import-sheet-outcome-imported")}" "<a href=href>{language.t("import-sheet-outcome-open")}</a></span>
            }
            .into_any()
        }
        _ => view! {
            <ul class="sheet-problems">
                {row.problems.into_iter().map(|problem| {
                    let column = problem_column(language, &problem);
                    let message = language.translate_english(&problem.message);
                    view! {
                        <li>{(!column.is_empty()).then(|| view! { <strong>{column}": "</strong> })}{message}</li>
                    }
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
    let leave_out = language.t_with(
        "import-sheet-leave-out-row",
        &[("row", row.line.to_string().into())],
    );
    view! {
        <tr class=class id=format!("row-{}", row.line)>
            <td data-label=language.t("import-sheet-col-row") class="num">{row.line.to_string()}</td>
            <td data-label=language.t("field-title")>{row.title}</td>
            <td data-label=language.t("field-partner_id")>{row.partner}</td>
            <td data-label=language.t("import-sheet-col-outcome")>{outcome}</td>
            <td data-label=language.t("import-sheet-col-leave-out")>
                <input type="checkbox" name="skip" id=skip_id.clone() value=row.line.to_string() checked=skipped
                    aria-label=leave_out />
            </td>
        </tr>
    }
}

/// The import itself: a POST of the plan the page shows.
#[component]
fn ImportForm(review: SheetImportView) -> impl IntoView {
    let language = Language::current();
    if !review.ready {
        let why = if review.invalid > 0 || !review.missing.is_empty() {
            language.t("import-sheet-blocked")
        } else {
            language.t("import-sheet-nothing-new")
        };
        return view! { <p class="notice" role="status">{why}</p> }.into_any();
    }
    let label = language.t_with(
        "import-sheet-import-submit",
        &[("count", (review.creates as i64).into())],
    );
    view! {
        <form method="post" action="/api/import_sheet" class="form">
            <input type="hidden" name="id" value=review.id.to_string() />
            <input type="hidden" name="plan" value=review.plan />
            <p class="field__hint">{language.t("import-sheet-import-hint")}</p>
            <div class="form-actions">
                <button type="submit" class="button" data-busy-label=language.t("import-sheet-busy-importing")>{label}</button>
            </div>
        </form>
    }
    .into_any()
}

//! The pair of download links every exportable list shows: CSV and an Excel workbook.

use leptos::prelude::*;

use crate::domain::download::FileKind;

/// "Download CSV (what)" and "Excel" for the same rows; `href` gives each file's address,
/// `what` says how much is in it ("25 rows").
#[component]
pub fn DownloadLinks(href: impl Fn(FileKind) -> String, what: String) -> impl IntoView {
    let csv = href(FileKind::Csv);
    let workbook = href(FileKind::Workbook);
    view! {
        <span class="downloads no-print">
            <a class="button button--secondary" href=csv download="">
                {format!("Download CSV ({what})")}
            </a>
            <a class="button button--quiet" href=workbook download="">
                {format!("{} (.xlsx)", FileKind::Workbook.label())}
            </a>
        </span>
    }
}

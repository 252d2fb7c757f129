//! The pair of download links every exportable list shows: CSV and an Excel workbook.

use leptos::prelude::*;

use crate::domain::download::FileKind;
use crate::i18n::Language;

/// "Download CSV (what)" and "Excel (.xlsx)" for the same rows; `href` gives each file's
/// address, `what` says how much is in it ("25 rows", already in the page's language).
#[component]
pub fn DownloadLinks(href: impl Fn(FileKind) -> String, what: String) -> impl IntoView {
    let language = Language::current();
    let csv = href(FileKind::Csv);
    let workbook = href(FileKind::Workbook);
    view! {
        <span class="downloads no-print">
            <a class="button button--secondary" href=csv download="">
                {language.t_with("downloads-csv", &[("what", what.into())])}
            </a>
            <a class="button button--quiet" href=workbook download="">
                {language.t("downloads-excel")}
            </a>
        </span>
    }
}

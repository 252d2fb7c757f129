//! The files a list downloads as, and where each is served.

/// The two files every export comes as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    /// Text a spreadsheet or a script reads.
    Csv,
    /// An .xlsx workbook with typed cells.
    Workbook,
}

impl FileKind {
    /// Where this kind of export is served (`/exports/initiatives`, `/exports/xlsx/...`).
    pub fn path(self, list: &str) -> String {
        match self {
            FileKind::Csv => format!("/exports/{list}"),
            FileKind::Workbook => format!("/exports/xlsx/{list}"),
        }
    }

    /// What a download link calls it.
    pub fn label(self) -> &'static str {
        match self {
            FileKind::Csv => "CSV",
            FileKind::Workbook => "Excel",
        }
    }
}

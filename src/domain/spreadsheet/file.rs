//! An uploaded CSV file read into its header and rows, or the one reason it cannot be read,
//! said so that a desk officer knows what to do in the spreadsheet program.
//!
//! What is refused here is refused for the whole file (nothing about it is kept): a file that
//! is not UTF-8 text, one too big to review, a cell longer than any field could hold, a file
//! without rows. A row with too few or too many cells is the row's problem, shown in the
//! review beside the others.

use super::super::text_enum::text_enum;

/// The largest file accepted: about 40,000 rows of ordinary commitments.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;
/// The longest cell accepted: twice the longest description.
pub const MAX_CELL_CHARS: usize = 20_000;
/// The most rows one file may hold.
pub const MAX_ROWS: usize = 50_000;
/// The most columns a row may have: ten are understood, the rest are shown and left out.
pub const MAX_COLUMNS: usize = 100;

/// A file's header and rows, cells as written (trimmed later, by the row check).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetFile {
    pub headers: Vec<String>,
    pub rows: Vec<SheetLine>,
}

/// One row, numbered as a spreadsheet numbers it (the header is row 1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetLine {
    pub line: usize,
    pub cells: Vec<String>,
}

text_enum! {
    /// Why a file was refused as a whole.
    pub enum ProblemKind {
        Empty => ("empty", "Empty file"),
        TooBig => ("too_big", "File too big"),
        Utf16 => ("utf16", "UTF-16 text"),
        NotUtf8 => ("not_utf8", "Not UTF-8 text"),
        NotText => ("not_text", "Not text"),
        TooManyColumns => ("too_many_columns", "Too many columns"),
        CellTooLong => ("cell_too_long", "Cell too long"),
        TooManyRows => ("too_many_rows", "Too many rows"),
        Unreadable => ("unreadable", "Not a CSV file"),
        NoRows => ("no_rows", "No rows"),
    }
}

/// A file refused as a whole, with where (row and column numbers, never the file's text, so
/// that the problem can travel in the upload page's link).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SheetFileProblem {
    pub kind: ProblemKind,
    pub line: usize,
    pub column: usize,
    pub size: usize,
}

impl SheetFileProblem {
    /// A problem of the file as a whole (no position).
    pub fn new(kind: ProblemKind) -> Self {
        Self {
            kind,
            line: 0,
            column: 0,
            size: 0,
        }
    }

    fn at(kind: ProblemKind, line: usize) -> Self {
        Self {
            line,
            ..Self::new(kind)
        }
    }

    /// What the user reads, and what to do about it.
    pub fn message(&self) -> String {
        let Self {
            line, column, size, ..
        } = *self;
        match self.kind {
            ProblemKind::Empty => "The file is empty.".to_owned(),
            ProblemKind::TooBig => format!(
                "The file is larger than {} MB: split it into smaller files.",
                MAX_FILE_BYTES / (1024 * 1024)
            ),
            ProblemKind::Utf16 => "The file is UTF-16 text (Excel's “Unicode text”): save it as \
                 “CSV UTF-8 (comma delimited)” and upload that."
                .to_owned(),
            ProblemKind::NotUtf8 => format!(
                "Row {line} is not UTF-8 text (the file was perhaps saved as Windows-1251 or \
                 another code page): save it as “CSV UTF-8 (comma delimited)” and upload that."
            ),
            ProblemKind::NotText => format!(
                "Row {line} holds a NUL character, which text never does: the file is perhaps \
                 a workbook (.xlsx) or UTF-16 text. Save it as “CSV UTF-8 (comma delimited)” \
                 and upload that."
            ),
            ProblemKind::TooManyColumns => format!(
                "Row {line} has {size} columns; a file may have at most {MAX_COLUMNS}. Check \
                 that the file is the right one and that its quotes are balanced."
            ),
            ProblemKind::CellTooLong => format!(
                "Row {line}, column {column} holds {size} characters; a cell may hold at most \
                 {MAX_CELL_CHARS}. Check that the file is the right one and that its quotes \
                 are balanced."
            ),
            ProblemKind::TooManyRows => {
                format!("The file has more than {MAX_ROWS} rows: split it into smaller files.")
            }
            ProblemKind::Unreadable if line == 0 => {
                "The upload could not be read: try again, and check the file is a CSV export."
                    .to_owned()
            }
            ProblemKind::Unreadable => {
                format!("Row {line} cannot be read as CSV: check the file is a CSV export.")
            }
            ProblemKind::NoRows => {
                "The file has a header row but no commitments under it.".to_owned()
            }
        }
    }

    /// The problem as query pairs for the upload page's link.
    pub fn to_query(&self) -> String {
        format!(
            "problem={}&line={}&column={}&size={}",
            self.kind.as_str(),
            self.line,
            self.column,
            self.size
        )
    }

    /// The problem a link names (`get` reads one query parameter), if it names one.
    pub fn from_query(get: impl Fn(&str) -> Option<String>) -> Option<Self> {
        let kind = ProblemKind::parse(&get("problem")?)?;
        let number = |name: &str| {
            get(name)
                .and_then(|raw| raw.parse::<usize>().ok())
                .unwrap_or(0)
        };
        Some(Self {
            kind,
            line: number("line"),
            column: number("column"),
            size: number("size"),
        })
    }
}

/// The row (1-based) that byte `offset` of `bytes` is on.
fn line_of(bytes: &[u8], offset: usize) -> usize {
    bytes[..offset.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

/// The file's text: UTF-8, with its byte-order mark (Excel's "CSV UTF-8" writes one) removed.
pub fn sheet_text(bytes: &[u8]) -> Result<&str, SheetFileProblem> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(SheetFileProblem::new(ProblemKind::TooBig));
    }
    if bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]) {
        return Err(SheetFileProblem::new(ProblemKind::Utf16));
    }
    let bytes = bytes.strip_prefix("\u{feff}".as_bytes()).unwrap_or(bytes);
    let text = std::str::from_utf8(bytes).map_err(|error| {
        SheetFileProblem::at(ProblemKind::NotUtf8, line_of(bytes, error.valid_up_to()))
    })?;
    if let Some(nul) = text.find('\0') {
        // PostgreSQL keeps no NUL in text, and no spreadsheet writes one into a CSV.
        return Err(SheetFileProblem::at(
            ProblemKind::NotText,
            line_of(bytes, nul),
        ));
    }
    if text.trim().is_empty() {
        return Err(SheetFileProblem::new(ProblemKind::Empty));
    }
    Ok(text)
}

/// Reads a file's text (see [`sheet_text`]) into its header and non-blank rows, the
/// delimiter judged from the first line.
#[cfg(feature = "ssr")]
pub fn read_sheet(text: &str) -> Result<SheetFile, SheetFileProblem> {
    let first_line = text.lines().next().unwrap_or_default();
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(super::delimiter_of(first_line))
        .has_headers(false)
        .flexible(true)
        .from_reader(text.as_bytes());
    let mut headers = None;
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let line = index + 1;
        let record = record.map_err(|_| SheetFileProblem::at(ProblemKind::Unreadable, line))?;
        if record.len() > MAX_COLUMNS {
            return Err(SheetFileProblem {
                kind: ProblemKind::TooManyColumns,
                line,
                column: 0,
                size: record.len(),
            });
        }
        let cells: Vec<String> = record.iter().map(str::to_owned).collect();
        if let Some((column, cell)) = cells
            .iter()
            .enumerate()
            .find(|(_, cell)| cell.chars().count() > MAX_CELL_CHARS)
        {
            return Err(SheetFileProblem {
                kind: ProblemKind::CellTooLong,
                line,
                column: column + 1,
                size: cell.chars().count(),
            });
        }
        if headers.is_none() {
            headers = Some(cells);
        } else if cells.iter().any(|cell| !cell.trim().is_empty()) {
            if rows.len() == MAX_ROWS {
                return Err(SheetFileProblem::new(ProblemKind::TooManyRows));
            }
            rows.push(SheetLine { line, cells });
        }
    }
    let headers = headers.ok_or(SheetFileProblem::new(ProblemKind::Empty))?;
    if rows.is_empty() {
        return Err(SheetFileProblem::new(ProblemKind::NoRows));
    }
    Ok(SheetFile { headers, rows })
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;

    fn read(bytes: &[u8]) -> Result<SheetFile, SheetFileProblem> {
        read_sheet(sheet_text(bytes)?)
    }

    #[test]
    fn a_semicolon_file_with_a_bom_reads_into_header_and_rows() {
        let file = read(
            "\u{feff}Title;Partner\r\n\"Joint; council\";Flanders\r\n;\r\nVisit;Belgium\r\n"
                .as_bytes(),
        )
        .expect("readable");
        assert_eq!(file.headers, vec!["Title", "Partner"]);
        let lines: Vec<usize> = file.rows.iter().map(|r| r.line).collect();
        assert_eq!(
            lines,
            vec![2, 4],
            "the blank row 3 is left out, numbering kept"
        );
        assert_eq!(file.rows[0].cells, vec!["Joint; council", "Flanders"]);
    }

    #[test]
    fn windows_1251_text_is_refused_with_its_row() {
        // "Title\nКазахстан" in Windows-1251.
        let mut bytes = b"Title\nok\n".to_vec();
        bytes.extend_from_slice(&[0xCA, 0xE0, 0xE7, 0xE0, 0xF5, 0xF1, 0xF2, 0xE0, 0xED]);
        let problem = read(&bytes).expect_err("not UTF-8");
        assert_eq!(problem.kind, ProblemKind::NotUtf8);
        assert_eq!(problem.line, 3);
        assert!(problem.message().contains("CSV UTF-8"));
    }

    #[test]
    fn utf16_and_empty_files_are_refused() {
        assert_eq!(
            read(&[0xFF, 0xFE, b'T', 0]).expect_err("utf16").kind,
            ProblemKind::Utf16
        );
        assert_eq!(read(b"  \n").expect_err("empty").kind, ProblemKind::Empty);
        assert_eq!(
            read(b"Title,Partner\n").expect_err("no rows").kind,
            ProblemKind::NoRows
        );
    }

    #[test]
    fn a_five_megabyte_cell_is_refused_with_its_row_and_column() {
        let text = format!(
            "Title,Description\nVisit,\"{}\"\n",
            "x".repeat(5 * 1024 * 1024)
        );
        let problem = read(text.as_bytes()).expect_err("too long");
        assert_eq!(
            (problem.kind, problem.line, problem.column, problem.size),
            (ProblemKind::CellTooLong, 2, 2, 5 * 1024 * 1024)
        );
    }

    #[test]
    fn nul_characters_and_endless_rows_of_columns_are_refused() {
        let nul = read(b"Title,Partner\nVisit,Flan\0ders\n").expect_err("nul");
        assert_eq!((nul.kind, nul.line), (ProblemKind::NotText, 2));
        let wide = format!("Title,Partner\nVisit{}\n", ",".repeat(MAX_COLUMNS));
        let wide = read(wide.as_bytes()).expect_err("too wide");
        assert_eq!(
            (wide.kind, wide.line, wide.size),
            (ProblemKind::TooManyColumns, 2, MAX_COLUMNS + 1)
        );
    }

    #[test]
    fn a_file_over_the_size_limit_is_refused_before_reading() {
        let bytes = vec![b'a'; MAX_FILE_BYTES + 1];
        assert_eq!(read(&bytes).expect_err("too big").kind, ProblemKind::TooBig);
    }

    #[test]
    fn ragged_rows_are_kept_for_the_review_to_name() {
        let file = read(b"Title,Partner,Status\nVisit,Flanders\nTalks,Belgium,active,extra\n")
            .expect("readable");
        assert_eq!(file.rows[0].cells.len(), 2);
        assert_eq!(file.rows[1].cells.len(), 4);
    }

    #[test]
    fn a_problem_survives_the_trip_through_a_link() {
        let problem = SheetFileProblem {
            kind: ProblemKind::CellTooLong,
            line: 7,
            column: 3,
            size: 99_999,
        };
        let query = problem.to_query();
        let pairs: Vec<(String, String)> = query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .map(|(k, v)| (k.to_owned(), v.to_owned()))
            .collect();
        let back = SheetFileProblem::from_query(|name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        });
        assert_eq!(back, Some(problem));
        assert_eq!(
            SheetFileProblem::from_query(|_| Some("nonsense".into())),
            None
        );
    }
}

//! The .xlsx form of an export: the same columns and rows as the CSV, with numbers and
//! dates as typed cells a spreadsheet sorts and sums. Written by rust_xlsxwriter in its
//! constant-memory mode: each row goes to a temporary file as it is appended, so a long list
//! is never held as rows; only the finished, compressed file is.

use rust_xlsxwriter::{Format, Workbook, XlsxError};

use crate::domain::export::Cell;

/// The most characters a spreadsheet cell holds (Excel's limit; longer text is refused).
const MAX_CELL_CHARS: usize = 32_767;

/// The most rows a worksheet holds, the header's included.
const MAX_ROWS: u32 = 1_048_576;

/// A one-worksheet workbook being written, row after row.
pub struct Sheet {
    workbook: Workbook,
    next_row: u32,
    columns: u16,
    date: Format,
    time: Format,
}

impl Sheet {
    /// A workbook whose one worksheet, named `name`, starts with the bold header `columns`,
    /// frozen so that it stays in view while scrolling.
    pub fn new(name: &str, columns: &[&str]) -> Result<Self, XlsxError> {
        let mut workbook = Workbook::new();
        let bold = Format::new().set_bold();
        let width = u16::try_from(columns.len()).map_err(|_| XlsxError::RowColumnLimitError)?;
        let worksheet = workbook.add_worksheet_with_constant_memory()?;
        worksheet.set_name(name)?;
        for (column, title) in (0..).zip(columns) {
            worksheet.set_column_width(column, column_width(title))?;
            worksheet.write_string_with_format(0, column, *title, &bold)?;
        }
        worksheet.set_freeze_panes(1, 0)?;
        Ok(Self {
            workbook,
            next_row: 1,
            columns: width,
            date: Format::new().set_num_format("yyyy-mm-dd"),
            time: Format::new().set_num_format("yyyy-mm-dd hh:mm"),
        })
    }

    /// Appends one record below the last.
    pub fn append(&mut self, cells: &[Cell]) -> Result<(), XlsxError> {
        if self.next_row >= MAX_ROWS {
            return Err(XlsxError::RowColumnLimitError);
        }
        let row = self.next_row;
        let worksheet = self.workbook.worksheet_from_index(0)?;
        for (column, cell) in (0..).zip(cells) {
            match cell {
                Cell::Text(text) => {
                    worksheet.write_string(row, column, within_cell_limit(text))?;
                }
                // Ids and counts stay far below 2^53, where a spreadsheet's number is exact.
                Cell::Integer(number) => {
                    worksheet.write_number(row, column, *number as f64)?;
                }
                Cell::Date(date) => {
                    worksheet.write_datetime_with_format(row, column, date, &self.date)?;
                }
                Cell::Time(time) => {
                    worksheet.write_datetime_with_format(row, column, time, &self.time)?;
                }
                Cell::Empty => {}
            }
        }
        self.next_row += 1;
        Ok(())
    }

    /// The finished file: a filter on the header row over every record, then the bytes.
    /// Compressing is CPU work: call it off the async runtime.
    pub fn finish(mut self) -> Result<Vec<u8>, XlsxError> {
        let last_row = self.next_row - 1;
        let last_column = self.columns.saturating_sub(1);
        self.workbook
            .worksheet_from_index(0)?
            .autofilter(0, 0, last_row, last_column)?;
        self.workbook.save_to_buffer()
    }
}

/// A column wide enough for its title and typical values.
fn column_width(title: &str) -> f64 {
    match title {
        "Title" | "Initiative" | "Detail" | "Partner or region" => 48.0,
        "Partner" | "Owner" | "Link" | "What happened" => 24.0,
        _ => (title.chars().count() as f64 + 4.0).max(10.0),
    }
}

/// `text` cut, if it must be, to what a cell holds (on a character boundary).
fn within_cell_limit(text: &str) -> &str {
    match text.char_indices().nth(MAX_CELL_CHARS) {
        Some((cut, _)) => &text[..cut],
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_text_is_cut_on_a_character_boundary() {
        let long = "ә".repeat(MAX_CELL_CHARS + 5);
        assert_eq!(within_cell_limit(&long).chars().count(), MAX_CELL_CHARS);
        assert_eq!(within_cell_limit("short"), "short");
    }
}

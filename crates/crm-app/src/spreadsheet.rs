//! XLSX sheets as the import and export of R-IMP-1 and R-IMP-2 read and write them: one sheet
//! called `Sheet1`, a header row, then one row per record.
//!
//! Written cells that a spreadsheet program could take for a formula (`= + - @` first) get an
//! apostrophe in front (R-IMP-1 **Decision**), and reading drops that apostrophe again, so an
//! exported sheet imports back unchanged.

use std::io::Cursor;

use calamine::{Data, DataType, Reader, Xlsx};
use chrono::NaiveDate;
use rust_xlsxwriter::Workbook;

use crate::AppError;

/// The sheet's name, as R-IMP-1 gives it.
pub const SHEET_NAME: &str = "Sheet1";

/// The characters that make a spreadsheet program read a cell as a formula.
const FORMULA_STARTS: [char; 4] = ['=', '+', '-', '@'];

/// One written cell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cell {
    Text(String),
    Bool(bool),
}

impl Cell {
    /// A text cell; an empty value stays an empty cell.
    pub fn text(value: impl Into<String>) -> Cell {
        Cell::Text(value.into())
    }
}

/// `value` as it is safe to write: with an apostrophe in front when it starts like a formula.
pub fn neutralised(value: &str) -> String {
    if value.starts_with(FORMULA_STARTS) {
        format!("'{value}")
    } else {
        value.to_owned()
    }
}

/// A read cell as R-IMP-2 wants it: line breaks removed, trimmed, and without the apostrophe
/// [`neutralised`] put in front of a formula-like value.
pub fn cleaned(value: &str) -> String {
    let joined: String = value
        .split(['\r', '\n'])
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let trimmed = joined.trim();
    match trimmed.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest.to_owned(),
        _ => trimmed.to_owned(),
    }
}

fn xlsx_error(err: impl std::fmt::Display) -> AppError {
    AppError::Internal(format!("xlsx: {err}"))
}

/// The XLSX file of one sheet with `headers` and `rows`.
pub fn write(headers: &[&str], rows: &[Vec<Cell>]) -> Result<Vec<u8>, AppError> {
    let mut workbook = Workbook::new();
    let sheet = workbook.add_worksheet();
    sheet.set_name(SHEET_NAME).map_err(xlsx_error)?;
    for (col, header) in (0u16..).zip(headers) {
        sheet.write_string(0, col, *header).map_err(xlsx_error)?;
    }
    for (row, cells) in (1u32..).zip(rows) {
        for (col, cell) in (0u16..).zip(cells) {
            match cell {
                Cell::Text(text) if text.is_empty() => {}
                Cell::Text(text) => {
                    sheet
                        .write_string(row, col, neutralised(text))
                        .map_err(xlsx_error)?;
                }
                Cell::Bool(flag) => {
                    sheet.write_boolean(row, col, *flag).map_err(xlsx_error)?;
                }
            }
        }
    }
    workbook.save_to_buffer().map_err(xlsx_error)
}

/// A read sheet: the header row in lower case, and every later row that has a value, each with
/// its row number in the sheet (the header is row 1).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Sheet {
    pub headers: Vec<String>,
    pub rows: Vec<SheetRow>,
}

/// One data row of a [`Sheet`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    /// Its number in the sheet, as a spreadsheet program shows it.
    pub number: u32,
    cells: Vec<String>,
}

impl Sheet {
    /// The cleaned value under `header` (any case) in `row`; empty when the sheet has no such
    /// column.
    pub fn value<'a>(&self, row: &'a SheetRow, header: &str) -> &'a str {
        self.headers
            .iter()
            .position(|h| h.eq_ignore_ascii_case(header))
            .and_then(|col| row.cells.get(col))
            .map_or("", String::as_str)
    }
}

fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(text) | Data::DateTimeIso(text) | Data::DurationIso(text) => cleaned(text),
        Data::Bool(flag) => flag.to_string(),
        Data::Int(number) => number.to_string(),
        // Numbers typed into a sheet (phones, registration numbers) arrive as floats.
        Data::Float(number) => number.to_string(),
        Data::DateTime(_) => cell
            .as_date()
            .map(|date| date.format("%Y-%m-%d").to_string())
            .unwrap_or_default(),
    }
}

/// The first sheet of the XLSX file `bytes`.
pub fn read(bytes: &[u8]) -> Result<Sheet, AppError> {
    let mut workbook: Xlsx<_> =
        calamine::open_workbook_from_rs(Cursor::new(bytes)).map_err(|_| unreadable())?;
    let range = workbook
        .worksheet_range_at(0)
        .ok_or_else(unreadable)?
        .map_err(|_| unreadable())?;
    let (first_row, _) = range.start().unwrap_or_default();
    let mut rows = range.rows().zip(first_row + 1..);
    let Some((header, _)) = rows.next() else {
        return Ok(Sheet::default());
    };
    let headers = header.iter().map(|cell| cell_text(cell).to_lowercase()).collect();
    let rows = rows
        .map(|(cells, number)| SheetRow {
            number,
            cells: cells.iter().map(cell_text).collect(),
        })
        .filter(|row| row.cells.iter().any(|cell| !cell.is_empty()))
        .collect();
    Ok(Sheet { headers, rows })
}

/// A file that is not an XLSX workbook, as a refusal of the uploaded file.
fn unreadable() -> AppError {
    AppError::Validation(crm_core::validation::Violations::one(
        "file",
        crm_core::validation::Rule::Malformed,
    ))
}

/// A date cell: `YYYY-MM-DD` (what the export writes and what a date cell reads as), or
/// `DD.MM.YYYY`; anything else is no date (R-IMP-2: "dates parsed when valid").
pub fn date(value: &str) -> Option<NaiveDate> {
    ["%Y-%m-%d", "%d.%m.%Y", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|format| NaiveDate::parse_from_str(value, format).ok())
}

/// A yes/no cell; `None` when empty or not recognisable.
pub fn flag(value: &str) -> Option<bool> {
    match value.to_lowercase().as_str() {
        "true" | "1" | "yes" | "y" | "x" | "wahr" | "ja" => Some(true),
        "false" | "0" | "no" | "n" | "falsch" | "nein" => Some(false),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_like_cells_are_neutralised_and_read_back_unchanged() {
        for value in ["=HYPERLINK(\"x\")", "+49 30 1234567", "-1", "@SUM(A1)"] {
            let written = neutralised(value);
            assert_eq!(written, format!("'{value}"), "R-IMP-1");
            assert_eq!(cleaned(&written), value);
        }
        assert_eq!(neutralised("Acme"), "Acme");
        assert_eq!(
            cleaned("'quoted"),
            "'quoted",
            "only a neutralising apostrophe is dropped"
        );
    }

    #[test]
    fn read_cells_lose_line_breaks_and_outer_spaces() {
        assert_eq!(cleaned("  Main St. 5\r\nBerlin \n"), "Main St. 5 Berlin");
    }

    #[test]
    fn a_written_sheet_reads_back_with_case_insensitive_headers() {
        let bytes = write(
            &["full_name", "Massmail"],
            &[
                vec![Cell::text("=cmd|' /C calc'!A0"), Cell::Bool(false)],
                vec![Cell::text(""), Cell::text("")],
                vec![Cell::text("Acme"), Cell::Bool(true)],
            ],
        )
        .expect("write");
        let sheet = read(&bytes).expect("read");
        assert_eq!(sheet.headers, ["full_name", "massmail"]);
        assert_eq!(sheet.rows.len(), 2, "the empty row is no row");
        assert_eq!(sheet.value(&sheet.rows[0], "FULL_NAME"), "=cmd|' /C calc'!A0");
        assert_eq!(sheet.value(&sheet.rows[0], "massmail"), "false");
        assert_eq!(sheet.rows[1].number, 4);
        assert_eq!(sheet.value(&sheet.rows[1], "missing"), "");
    }

    #[test]
    fn dates_and_flags_are_read_when_valid() {
        assert_eq!(date("2026-03-01"), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(date("01.03.2026"), NaiveDate::from_ymd_opt(2026, 3, 1));
        assert_eq!(date("soon"), None);
        assert_eq!(flag("TRUE"), Some(true));
        assert_eq!(flag("0"), Some(false));
        assert_eq!(flag(""), None);
    }

    #[test]
    fn a_file_that_is_no_workbook_is_refused() {
        assert!(matches!(read(b"not a workbook"), Err(AppError::Validation(_))));
    }
}

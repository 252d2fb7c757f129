//! The code asks only for messages the catalogues have, and the formats read as each
//! language writes them.

use std::path::{Path, PathBuf};

use chrono::{NaiveDate, TimeZone, Utc};

use super::{Language, names};
use crate::catalogue_tests::read_catalogue;

/// The message ids written literally in the code: the string after `.t(`, `t_with(` or
/// `.count(` (ids built with `format!` are checked by kind below).
fn literal_ids_in(source: &str) -> Vec<String> {
    let mut ids = Vec::new();
    for call in [".t(", "t_with(", ".count("] {
        for (start, _) in source.match_indices(call) {
            let rest = source[start + call.len()..].trim_start();
            if let Some(literal) = rest.strip_prefix('"')
                && let Some(end) = literal.find('"')
            {
                let id = &literal[..end];
                if !id.is_empty()
                    && id
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
                {
                    ids.push(id.to_owned());
                }
            }
        }
    }
    ids
}

fn rust_files(dir: &Path, files: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, files);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            files.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_is_in_the_catalogues() {
    let english = read_catalogue("en");
    let mut files = Vec::new();
    rust_files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let mut missing = Vec::new();
    let mut seen = 0;
    for file in files {
        let source = std::fs::read_to_string(&file).expect("read a source file");
        for id in literal_ids_in(&source) {
            seen += 1;
            if !english.contains_key(&id) {
                missing.push(format!("{}: {id}", file.display()));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages the code uses but English lacks:\n{}",
        missing.join("\n")
    );
    assert!(
        seen > 100,
        "the scan found only {seen} message ids: is it still reading the code?"
    );
}

#[test]
fn every_named_value_and_month_has_its_message() {
    let english = read_catalogue("en");
    let mut ids = names::every_message_id();
    for month in 1..=12 {
        for prefix in ["month", "month-short", "month-standalone-short"] {
            ids.push(format!("{prefix}-{month}"));
        }
    }
    let missing: Vec<_> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(
        missing.is_empty(),
        "named values without a message: {missing:?}"
    );
}

#[test]
fn the_scan_reads_calls_over_lines() {
    let source =
        "lang.t(\"nav-dashboard\"); lang.t_with(\n    \"count-initiatives\", &[]); x.t(id);";
    assert_eq!(
        literal_ids_in(source),
        ["nav-dashboard", "count-initiatives"]
    );
}

#[test]
fn dates_read_as_each_language_writes_them() {
    let day = NaiveDate::from_ymd_opt(2026, 12, 2).expect("a date");
    assert_eq!(Language::English.date_long(day), "2 December 2026");
    assert_eq!(Language::Russian.date_long(day), "2 декабря 2026 г.");
    assert_eq!(Language::Kazakh.date_long(day), "2 желтоқсан 2026 ж.");
    assert_eq!(Language::English.date(day), "2 Dec 2026");
    assert_eq!(Language::Russian.date(day), "2 дек. 2026 г.");
    let at = Utc
        .with_ymd_and_hms(2026, 3, 10, 9, 5, 0)
        .single()
        .expect("an instant");
    assert_eq!(Language::English.date_time(at), "10 Mar 2026, 09:05 UTC");
    assert!(
        Language::Russian
            .date_time(at)
            .starts_with("10 мар. 2026 г., 09:05")
    );
}

#[test]
fn counts_take_each_language_s_plural_forms() {
    let ru = |n| Language::Russian.count("count-initiatives", n);
    assert_eq!(ru(1), "1 инициатива");
    assert_eq!(ru(3), "3 инициативы");
    assert_eq!(ru(5), "5 инициатив");
    assert_eq!(ru(21), "21 инициатива");
    assert_eq!(ru(12_345), "12\u{a0}345 инициатив");
    assert_eq!(
        Language::English.count("count-initiatives", 1),
        "1 initiative"
    );
    assert_eq!(
        Language::English.count("count-initiatives", 1234),
        "1,234 initiatives"
    );
    assert!(
        Language::Kazakh
            .count("count-initiatives", 2)
            .starts_with("2 ")
    );
}

#[test]
fn numbers_and_percentages_follow_the_language() {
    assert_eq!(Language::English.number(12_345), "12,345");
    assert_eq!(Language::Kazakh.number(12_345), "12\u{a0}345");
    assert_eq!(Language::English.percent(45), "45%");
    assert_eq!(Language::Russian.percent(45), "45\u{a0}%");
    assert_eq!(Language::Kazakh.percent(45), "45%");
}

#[test]
fn messages_carry_no_invisible_isolation_marks() {
    let text = Language::Russian.t_with("page-title", &[("page", "Встреча".into())]);
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
}

#[test]
fn names_of_values_are_translated() {
    use crate::domain::{Health, Status};
    assert_eq!(Language::English.name_of(Status::Active), "Active");
    assert_ne!(Language::Russian.name_of(Status::Active), "Active");
    assert_ne!(
        Language::Kazakh.name_of(Health::DueSoon),
        Language::English.name_of(Health::DueSoon)
    );
}

#[test]
fn every_export_column_is_written_in_each_language() {
    use crate::domain::export::{CHANGES_COLUMNS, DASHBOARD_COLUMNS, INITIATIVE_COLUMNS};
    let columns = INITIATIVE_COLUMNS
        .iter()
        .chain(&DASHBOARD_COLUMNS)
        .chain(&CHANGES_COLUMNS);
    for column in columns {
        for language in [Language::Russian, Language::Kazakh] {
            assert_ne!(
                language.translate_english(column),
                *column,
                "{language:?} has no header for {column:?}"
            );
        }
        assert_eq!(Language::English.translate_english(column), *column);
    }
}

/// The importers' notes and refusals that the code writes in English are found in each
/// catalogue (the pages show them through `translate_english`).
#[test]
fn the_importers_notes_are_written_in_each_language() {
    use crate::domain::import::{DATE_FROM_PUBLICATION, DATE_UNKNOWN, too_long};
    use crate::domain::spreadsheet::review::{PARENT_RETIRED, PARTNERS_CHANGED, ROWS_STILL_WRONG};
    let too_long = too_long(300_000);
    let notes = [
        DATE_FROM_PUBLICATION,
        DATE_UNKNOWN,
        too_long.as_str(),
        PARENT_RETIRED,
        PARTNERS_CHANGED,
        ROWS_STILL_WRONG,
    ];
    for note in notes {
        for language in [Language::Russian, Language::Kazakh] {
            let read = language.translate_english(note);
            assert_ne!(read, note, "{language:?} has no message for {note:?}");
        }
    }
    assert!(
        Language::Russian
            .translate_english(&too_long)
            .contains("300000")
    );
}

/// A file refused as a whole is said in English by the domain (the API and the CLI show it as
/// it is); each such message is found in every catalogue, so a page can show it translated.
#[test]
fn every_file_problem_is_found_in_each_catalogue() {
    use crate::domain::spreadsheet::file::{ProblemKind, SheetFileProblem};
    for kind in ProblemKind::ALL {
        for line in [0, 7] {
            let problem = SheetFileProblem {
                kind: *kind,
                line,
                column: 3,
                size: 12,
            };
            let english = problem.message();
            for language in [Language::Russian, Language::Kazakh] {
                assert_ne!(
                    language.translate_english(&english),
                    english,
                    "{language:?}: {kind:?}"
                );
            }
        }
    }
}

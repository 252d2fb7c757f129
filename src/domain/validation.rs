//! Field parsers that turn raw form strings into checked values with per-field messages.

use chrono::NaiveDate;

use crate::error::FieldErrors;

/// Longest single-line text we accept (titles, names, locations).
pub const MAX_LINE: usize = 200;
/// Longest free text we accept (summaries, descriptions).
pub const MAX_TEXT: usize = 10_000;
/// Longest link we accept.
pub const MAX_URL: usize = 2_000;

/// `raw` without the characters nobody types on purpose and a database may refuse
/// (PostgreSQL refuses NUL in text): control characters other than tab and line feed go,
/// and `\r\n` or a lone `\r` becomes `\n`. Everything a user typed that can be shown stays.
pub fn storable_text(raw: &str) -> String {
    let unified = raw.replace("\r\n", "\n").replace('\r', "\n");
    unified
        .chars()
        .filter(|c| !c.is_control() || matches!(c, '\n' | '\t'))
        .collect()
}

/// Trims `raw` and requires it to be non-empty and at most `max` characters.
pub fn required_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    raw: &str,
    max: usize,
) -> String {
    let cleaned = storable_text(raw);
    let value = cleaned.trim();
    if value.is_empty() {
        errors.add(field, format!("{label} is required."));
    } else if value.chars().count() > max {
        errors.add(field, format!("{label} must be at most {max} characters."));
    }
    value.to_owned()
}

/// Trims `raw`; empty means `None`; longer than `max` characters is an error.
pub fn optional_text(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    raw: &str,
    max: usize,
) -> Option<String> {
    let cleaned = storable_text(raw);
    let value = cleaned.trim();
    if value.chars().count() > max {
        errors.add(field, format!("{label} must be at most {max} characters."));
    }
    (!value.is_empty()).then(|| value.to_owned())
}

/// Parses an optional ISO date (`YYYY-MM-DD`, what `<input type="date">` sends); empty is `None`.
pub fn optional_date(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    raw: &str,
) -> Option<NaiveDate> {
    let value = raw.trim();
    if value.is_empty() {
        return None;
    }
    match NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        Ok(date) => Some(date),
        Err(_) => {
            errors.add(field, format!("{label} must be a date such as 2026-03-10."));
            None
        }
    }
}

/// Parses a required ISO date.
pub fn required_date(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    raw: &str,
) -> Option<NaiveDate> {
    if raw.trim().is_empty() {
        errors.add(field, format!("{label} is required."));
        return None;
    }
    optional_date(errors, field, label, raw)
}

/// An optional `http` or `https` link.
pub fn optional_url(
    errors: &mut FieldErrors,
    field: &str,
    label: &str,
    raw: &str,
) -> Option<String> {
    let value = raw.trim();
    if value.is_empty() {
        return None;
    }
    if value.chars().count() > MAX_URL {
        errors.add(
            field,
            format!("{label} must be at most {MAX_URL} characters."),
        );
        return None;
    }
    if !is_http_url(value) {
        errors.add(
            field,
            format!("{label} must be a web address starting with http:// or https://."),
        );
        return None;
    }
    Some(value.to_owned())
}

/// True for an absolute `http(s)://host...` link with no whitespace.
pub fn is_http_url(value: &str) -> bool {
    let lower = value.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    match rest {
        Some(rest) => {
            let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
            !host.is_empty() && !value.chars().any(char::is_whitespace)
        }
        None => false,
    }
}

/// Parses a database id from a form field.
pub fn required_id(errors: &mut FieldErrors, field: &str, label: &str, raw: &str) -> Option<i64> {
    match raw.trim().parse::<i64>() {
        Ok(id) if id > 0 => Some(id),
        _ => {
            errors.add(field, format!("Choose a {}.", label.to_lowercase()));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn required_text_trims_and_rejects_blank() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            required_text(&mut errors, "title", "Title", "  Hello ", 10),
            "Hello"
        );
        assert!(errors.is_empty());
        required_text(&mut errors, "title", "Title", "   ", 10);
        assert_eq!(errors.get("title"), Some("Title is required."));
    }

    #[test]
    fn required_text_counts_characters_not_bytes() {
        let mut errors = FieldErrors::new();
        // Five Cyrillic letters are ten bytes but five characters.
        required_text(&mut errors, "name", "Name", "Астан", 5);
        assert!(errors.is_empty());
        required_text(&mut errors, "name", "Name", "Астана", 5);
        assert_eq!(
            errors.get("name"),
            Some("Name must be at most 5 characters.")
        );
    }

    #[test]
    fn text_loses_control_characters_but_keeps_lines_and_letters() {
        assert_eq!(storable_text("a\u{0}b\u{7}c\u{1b}[2J"), "abc[2J");
        assert_eq!(
            storable_text("one\r\ntwo\rthree\tfour"),
            "one\ntwo\nthree\tfour"
        );
        assert_eq!(storable_text("Қазақстан \u{85}🤝🏽"), "Қазақстан 🤝🏽");
        let mut errors = FieldErrors::new();
        assert_eq!(required_text(&mut errors, "t", "Title", "\u{0}", 10), "");
        assert_eq!(errors.get("t"), Some("Title is required."));
    }

    #[test]
    fn dates_must_be_iso() {
        let mut errors = FieldErrors::new();
        assert_eq!(
            required_date(&mut errors, "held_on", "Date", "2026-03-10"),
            NaiveDate::from_ymd_opt(2026, 3, 10)
        );
        assert_eq!(
            required_date(&mut errors, "held_on", "Date", "10/03/2026"),
            None
        );
        assert!(errors.get("held_on").is_some());
    }

    #[test]
    fn only_http_links_are_accepted() {
        assert!(is_http_url("https://www.gov.kz/memleket/entities/mfa"));
        assert!(is_http_url("http://example.org"));
        assert!(!is_http_url("javascript:alert(1)"));
        assert!(!is_http_url("ftp://example.org"));
        assert!(!is_http_url("https://"));
        assert!(!is_http_url("https://exa mple.org"));
        let mut errors = FieldErrors::new();
        assert_eq!(
            optional_url(&mut errors, "source_url", "Source link", "  "),
            None
        );
        assert!(errors.is_empty());
        optional_url(&mut errors, "source_url", "Source link", "www.example.org");
        assert!(errors.get("source_url").is_some());
    }

    proptest! {
        #[test]
        fn required_text_never_panics_and_bounds_length(raw in ".{0,300}") {
            let mut errors = FieldErrors::new();
            let value = required_text(&mut errors, "f", "F", &raw, 200);
            if errors.is_empty() {
                prop_assert!(!value.is_empty());
                prop_assert!(value.chars().count() <= 200);
            }
        }

        #[test]
        fn storable_text_has_no_control_character_but_tab_and_newline(raw in "\\PC{0,40}|[\\x00-\\x1f\\x7f-\\u{9f}a-z]{0,40}") {
            let cleaned = storable_text(&raw);
            prop_assert!(cleaned.chars().all(|c| !c.is_control() || c == '\n' || c == '\t'));
            prop_assert_eq!(storable_text(&cleaned), cleaned.clone());
        }

        #[test]
        fn accepted_urls_start_with_http(raw in ".{0,80}") {
            let mut errors = FieldErrors::new();
            if let Some(url) = optional_url(&mut errors, "u", "U", &raw) {
                let lower = url.to_ascii_lowercase();
                prop_assert!(lower.starts_with("http://") || lower.starts_with("https://"));
            }
        }
    }
}

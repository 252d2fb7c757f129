//! Matching a proposal to what Accord already holds: similar open initiatives, the partner, a deadline from a due phrase, a title.

use chrono::{Datelike, NaiveDate};

use crate::readout::Proposal;

/// Words too common to tell two commitments apart.
pub(super) const STOP_WORDS: &[&str] = &[
    "a", "an", "and", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
    "with", "aimed", "their", "its", "our", "this", "that", "further", "joint", "between",
];

pub(super) fn content_words(text: &str) -> Vec<String> {
    let mut words: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2)
        .map(str::to_lowercase)
        .filter(|w| !STOP_WORDS.contains(&w.as_str()))
        .collect();
    words.sort();
    words.dedup();
    words
}

/// How alike two titles are, 0 to 1: shared content words over the shorter title's.
pub fn similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (content_words(a), content_words(b));
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.binary_search(w).is_ok()).count();
    shared as f64 / shorter as f64
}

/// The open initiative a proposal most likely repeats, if any is close enough to suggest.
pub fn likely_duplicate(text: &str, open: &[(i64, &str)]) -> Option<i64> {
    const SUGGEST_FROM: f64 = 0.5;
    open.iter()
        .map(|&(id, title)| (id, similarity(text, title), content_words(title).len()))
        .filter(|&(_, score, words)| score >= SUGGEST_FROM && words >= 2)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(id, _, _)| id)
}

/// The deadline a stated due date or period implies: its last day ("2026-06" → 30 June),
/// or nothing when it is vague, has no year, or is already past.
pub fn deadline_from_due(due: &str, today: NaiveDate) -> Option<NaiveDate> {
    let last = due.rsplit('/').next()?.trim();
    let parts: Vec<&str> = last.split('-').collect();
    let date = match parts.as_slice() {
        [y, m, d] => NaiveDate::from_ymd_opt(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?),
        [y, m] => {
            let (year, month): (i32, u32) = (y.parse().ok()?, m.parse().ok()?);
            let next = if month == 12 {
                NaiveDate::from_ymd_opt(year + 1, 1, 1)
            } else {
                NaiveDate::from_ymd_opt(year, month + 1, 1)
            };
            next.and_then(|d| d.pred_opt())
        }
        [y] => NaiveDate::from_ymd_opt(y.parse().ok()?, 12, 31),
        _ => None,
    }?;
    (date >= today && date.year() < 10_000).then_some(date)
}

/// The partner a proposal names, by the names in `partner_region` ("Flanders, Belgium": the
/// most specific first) and then the partner country.
pub fn match_partner(proposal: &Proposal, partners: &[(i64, &str)]) -> Option<i64> {
    let names = proposal
        .partner_region
        .iter()
        .flat_map(|region| region.split(','))
        .chain(proposal.partner_country.as_deref())
        .map(|name| name.trim().to_lowercase())
        .filter(|name| !name.is_empty());
    let normalised = |label: &str| {
        label
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .trim()
            .to_lowercase()
    };
    for name in names {
        if let Some(&(id, _)) = partners.iter().find(|(_, label)| normalised(label) == name) {
            return Some(id);
        }
    }
    None
}

/// A title from the words of a commitment: capitalised, at most 150 characters,
/// cut at a word.
pub(super) fn title_from(item: &str) -> String {
    const TITLE_MAX: usize = 150;
    let item = item.trim().trim_end_matches(['.', ';', ',']);
    let mut title = String::new();
    for word in item.split_whitespace() {
        if title.chars().count() + word.chars().count() + 1 > TITLE_MAX {
            title.push('…');
            break;
        }
        if !title.is_empty() {
            title.push(' ');
        }
        title.push_str(word);
    }
    let mut chars = title.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

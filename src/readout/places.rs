//! Place mentions and the two sides of a meeting: the issuing (home) side and the counterpart,
//! whose most specific sub-national place becomes the partner region.

use std::collections::HashMap;

use super::gazetteer::{Place, PlaceKind, gazetteer};
use super::text::{Token, is_capitalised, lw, raw};

/// A place named in the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub token: usize,
    pub place: Place,
}

/// Finds place mentions in `tokens[from..to]`, longest form first.
pub fn mentions(text: &str, tokens: &[Token], from: usize, to: usize) -> Vec<Mention> {
    let gaz = gazetteer();
    let window = gaz.max_words * 2 + 1;
    let to = to.min(tokens.len());
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        let t = tokens[i];
        let first = raw(text, &t);
        if !t.word || !is_capitalised(first) {
            i += 1;
            continue;
        }
        let mut found = None;
        let last_possible = (i + window).min(to);
        for j in (i..last_possible).rev() {
            let tj = tokens[j];
            if !tj.word || (j > i && tj.newline_before) {
                continue;
            }
            let Some(form) = text.get(t.start..tj.end) else {
                continue;
            };
            if form.len() > 60 {
                continue;
            }
            if let Some(place) = gaz.get(form) {
                found = Some((j, place));
                break;
            }
        }
        if let Some((j, place)) = found {
            out.push(Mention {
                start: t.start,
                end: tokens[j].end,
                token: i,
                place,
            });
            i = j + 1;
            continue;
        }
        // "Uzbek-Israeli", "Japan-Kazakhstan": look up the parts of a hyphenated word.
        if first.contains('-') {
            let mut offset = t.start;
            for part in first.split('-') {
                if let Some(place) = gaz.get(part) {
                    out.push(Mention {
                        start: offset,
                        end: offset + part.len(),
                        token: i,
                        place,
                    });
                }
                offset += part.len() + 1;
            }
        } else if first.len() >= 4 && first.chars().all(|c| !c.is_lowercase()) {
            // Datelines in capitals ("LAHORE:").
            let mut titled = String::with_capacity(first.len());
            for (k, c) in first.chars().enumerate() {
                if k == 0 {
                    titled.push(c);
                } else {
                    titled.extend(c.to_lowercase());
                }
            }
            if let Some(place) = gaz.get(&titled) {
                out.push(Mention {
                    start: t.start,
                    end: t.end,
                    token: i,
                    place,
                });
            }
        }
        i += 1;
    }
    out
}

/// Country code of a country named in a government web address ("gov.kz", "mofa.go.jp").
pub fn gov_host_country(header: &str) -> Option<&'static str> {
    let gaz = gazetteer();
    let lower = header.to_ascii_lowercase();
    for chunk in lower.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-')) {
        let chunk = chunk.trim_matches('.');
        let labels: Vec<&str> = chunk.split('.').collect();
        if labels.len() < 2 {
            continue;
        }
        let Some(tld) = labels.last() else { continue };
        if tld.len() != 2 {
            continue;
        }
        let official = labels[..labels.len() - 1].iter().any(|l| {
            matches!(
                *l,
                "gov" | "go" | "mfa" | "mofa" | "gouv" | "gob" | "gub" | "mid" | "government"
            )
        });
        if !official {
            continue;
        }
        let code = if *tld == "uk" {
            "GB".to_string()
        } else {
            tld.to_ascii_uppercase()
        };
        if let Some((k, _)) = gaz.country_names.get_key_value(code.as_str()) {
            return Some(k);
        }
    }
    None
}

const MEETING_VERBS: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "received",
    "receives",
    "receive",
    "held",
    "holds",
    "discuss",
    "discusses",
    "discussed",
    "talks",
    "called",
    "calls",
    "visited",
    "visits",
    "sign",
    "signs",
    "signed",
    "agree",
    "agrees",
    "agreed",
    "hosted",
    "hosts",
    "strengthen",
    "had",
];

/// The issuing side: a government web address, else the subject of the title or of the first
/// sentence ("X met Y", "X and Y sign ..."), else the first country named.
pub fn home_country(
    header_text: &str,
    title: &[Mention],
    title_tokens: (&[Token], &str),
    first_sentence: &[Mention],
    first_tokens: (&[Token], &str),
    all: &[Mention],
) -> Option<&'static str> {
    if let Some(code) = gov_host_country(header_text) {
        return Some(code);
    }
    // Some(Ok(home)) when the subject names a country, Some(Err(partner)) when only the
    // object after the meeting verb does.
    let subject_country = |ms: &[Mention], (tokens, lower): (&[Token], &str)| {
        let verb = tokens
            .iter()
            .position(|t| t.word && MEETING_VERBS.contains(&lw(lower, t)))?;
        let limit = tokens.get(verb).map_or(usize::MAX, |t| t.start);
        match ms.iter().find(|m| m.start < limit) {
            Some(m) => Some(Ok(m.place.code)),
            None => ms.first().map(|m| Err(m.place.code)),
        }
    };
    let most_mentioned_other = |partner: &str| {
        let mut counts: Vec<(&'static str, usize)> = Vec::new();
        for m in all.iter().filter(|m| m.place.code != partner) {
            match counts.iter_mut().find(|c| c.0 == m.place.code) {
                Some(c) => c.1 += 1,
                None => counts.push((m.place.code, 1)),
            }
        }
        counts.iter().max_by_key(|c| c.1).map(|c| c.0)
    };
    let distinct = |ms: &[Mention]| {
        let mut codes: Vec<&str> = ms.iter().map(|m| m.place.code).collect();
        codes.dedup();
        codes.sort_unstable();
        codes.dedup();
        codes.len()
    };
    let from_title = subject_country(title, title_tokens);
    if let Some(Ok(code)) = from_title {
        return Some(code);
    }
    if distinct(title) >= 2 {
        return title.first().map(|m| m.place.code);
    }
    let from_first = subject_country(first_sentence, first_tokens);
    if let Some(Ok(code)) = from_first {
        return Some(code);
    }
    if let Some(Err(partner)) = from_title.or(from_first) {
        return most_mentioned_other(partner);
    }
    title.first().or(all.first()).map(|m| m.place.code)
}

/// The counterpart country: the most-mentioned country other than home (ties: first named).
pub fn partner_country(all: &[Mention], home: Option<&str>) -> Option<&'static str> {
    let mut counts: HashMap<&'static str, (usize, usize)> = HashMap::new();
    for (n, m) in all.iter().enumerate() {
        if Some(m.place.code) == home {
            continue;
        }
        let entry = counts.entry(m.place.code).or_insert((0, n));
        entry.0 += 1;
    }
    counts
        .into_iter()
        .max_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)))
        .map(|(code, _)| code)
}

/// "Flanders, Belgium": the partner's most-mentioned region or (non-capital) city when named at
/// least twice or in the title, else the country name.
pub fn partner_region(all: &[Mention], title: &[Mention], partner: &str) -> Option<String> {
    let gaz = gazetteer();
    let country = gaz.country_name(partner)?;
    let mut counts: Vec<(&'static str, usize, usize, PlaceKind)> = Vec::new();
    for (n, m) in title.iter().chain(all.iter()).enumerate() {
        if m.place.code != partner || !matches!(m.place.kind, PlaceKind::Region | PlaceKind::City) {
            continue;
        }
        let bonus = if n < title.len() { 2 } else { 1 };
        match counts.iter_mut().find(|c| c.0 == m.place.name) {
            Some(c) => c.1 += bonus,
            None => counts.push((m.place.name, bonus, n, m.place.kind)),
        }
    }
    let best = counts.iter().filter(|c| c.1 >= 2).max_by(|a, b| {
        a.1.cmp(&b.1)
            .then((a.3 == PlaceKind::Region).cmp(&(b.3 == PlaceKind::Region)))
            .then(b.2.cmp(&a.2))
    });
    Some(match best {
        Some(c) => format!("{}, {}", c.0, country),
        None => country.to_string(),
    })
}

/// Display form of a place: "Flanders, Belgium" or "Kazakhstan".
pub fn display(place: &Place) -> String {
    let gaz = gazetteer();
    let country = gaz.country_name(place.code).unwrap_or(place.name);
    match place.kind {
        PlaceKind::Region | PlaceKind::City => format!("{}, {}", place.name, country),
        _ => country.to_string(),
    }
}

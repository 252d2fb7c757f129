//! Fields of cooperation: list phrases after cues such as "cooperation in the fields of" or
//! "with particular attention to", and modifiers of "cooperation"/"relations", mapped to the
//! sector list through its synonyms.

use super::text::{Token, lw};
use super::{SectorMatch, SectorSynonyms};

/// Cues after which a list of fields follows (matched on lower-case words).
const CUES: &[&[&str]] = &[
    &["cooperation", "in", "the", "fields", "of"],
    &["cooperation", "in", "the", "field", "of"],
    &["cooperation", "in", "the", "areas", "of"],
    &["cooperation", "in", "the", "area", "of"],
    &["cooperation", "in", "the", "spheres", "of"],
    &["cooperation", "in", "the", "sphere", "of"],
    &["in", "the", "fields", "of"],
    &["in", "the", "field", "of"],
    &["in", "the", "areas", "of"],
    &["in", "the", "spheres", "of"],
    &["in", "the", "sphere", "of"],
    &["in", "such", "priority", "areas", "as"],
    &["in", "such", "areas", "as"],
    &["in", "such", "fields", "as"],
    &["in", "such", "sectors", "as"],
    &["in", "such", "spheres", "as"],
    &["in", "areas", "such", "as"],
    &["in", "sectors", "such", "as"],
    &["with", "particular", "attention", "to"],
    &["with", "special", "attention", "to"],
    &["with", "a", "focus", "on"],
    &["with", "an", "emphasis", "on"],
    &["attention", "was", "paid", "to"],
    &["attention", "was", "also", "paid", "to"],
    &["attention", "is", "paid", "to"],
    &["cooperation", "in"],
    &["co-operation", "in"],
    &["partnership", "in"],
    &["potential", "in"],
    &["cooperation", "on"],
    &["particularly", "on"],
    &["particularly", "in"],
    &["especially", "in"],
    &["notably", "in"],
    &["issues", "pertaining", "to"],
    &["issues", "related", "to"],
    &["matters", "related", "to"],
];

/// Words that end a list.
const STOPS: &[&str] = &[
    "including",
    "noting",
    "which",
    "that",
    "where",
    "while",
    "among",
    "between",
    "within",
    "through",
    "by",
    "to",
    "for",
    "with",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "during",
    "at",
    "from",
    "who",
    "whose",
    "especially",
    "particularly",
    "emphasizing",
    "emphasising",
    "stressing",
    "were",
    "would",
    "will",
];

/// Leading words dropped from a phrase.
const LEADING: &[&str] = &[
    "the",
    "in",
    "also",
    "as",
    "well",
    "and",
    "of",
    "such",
    "their",
    "its",
    "a",
    "an",
    "both",
    "further",
    "mutual",
    "bilateral",
    "development",
    "developing",
    "cooperation",
    "priority",
    "areas",
    "area",
    "fields",
    "field",
    "spheres",
    "sphere",
    "sectors",
];

/// Trailing words dropped from a phrase.
const TRAILING: &[&str] = &[
    "cooperation",
    "co-operation",
    "sector",
    "sectors",
    "sphere",
    "spheres",
    "field",
    "fields",
    "areas",
    "area",
    "issues",
];

/// Modifiers of "cooperation"/"relations"/"ties" that name a field even without a synonym.
const EXTRA_FIELDS: &[&str] = &[
    "economic",
    "economy",
    "politics",
    "business",
    "inter-parliamentary",
    "mining",
    "textile",
    "customs",
    "railways",
    "roads",
    "road",
    "tourism",
    "transit",
    "automotive",
    "ports",
    "maritime",
    "space",
    "sport",
    "sports",
    "youth",
    "legal",
    "consular",
    "military",
    "defence",
    "defense",
    "humanitarian",
    "parliamentary",
    "diplomatic",
    "political",
    "cultural",
    "technical",
    "interregional",
    "inter-regional",
    "media",
    "transportation",
];

/// Generic heads after which the modifier names a field ("scientific cooperation").
const HEADS: &[&str] = &[
    "cooperation",
    "co-operation",
    "relations",
    "ties",
    "partnership",
    "sector",
    "sectors",
    "industry",
    "industries",
    "complex",
];

/// Extracts raw phrases and matched sectors from body tokens.
pub fn extract(
    lower: &str,
    tokens: &[Token],
    sentences: &[(usize, usize)],
    sectors: &[SectorSynonyms],
) -> (Vec<String>, Vec<SectorMatch>) {
    let mut phrases: Vec<String> = Vec::new();
    let w = |i: usize| tokens.get(i).map_or("", |t| lw(lower, t));
    for &(from, to) in sentences {
        let mut i = from;
        while i < to {
            let cue = CUES.iter().find(|cue| {
                cue.iter()
                    .enumerate()
                    .all(|(k, c)| i + k < to && w(i + k) == *c)
            });
            if let Some(cue) = cue {
                let start = i + cue.len();
                let (items, stop) = split_list(&w, start, to, sectors);
                for item in items {
                    push_phrase(&mut phrases, item);
                }
                i = stop.max(i + 1);
                continue;
            }
            // "<field> cooperation": read modifiers backwards.
            if HEADS.contains(&w(i)) && i > from {
                let mut a = i;
                while a > from {
                    let p = w(a - 1);
                    let wordish = tokens.get(a - 1).is_some_and(|t| t.word);
                    let as_well_as = p == "as" && a >= 3 && w(a - 2) == "well" && w(a - 3) == "as";
                    if as_well_as {
                        a -= 3;
                    } else if wordish && (p == "and" || is_field_word(p, sectors)) {
                        a -= 1;
                    } else {
                        break;
                    }
                }
                while a < i && matches!(w(a), "and" | "as" | "well") {
                    a += 1;
                }
                if a < i {
                    for item in split_list(&w, a, i, sectors).0 {
                        push_phrase(&mut phrases, item);
                    }
                }
            }
            i += 1;
        }
    }
    let matches = match_sectors(&phrases, sectors);
    (phrases, matches)
}

fn is_field_word(word: &str, sectors: &[SectorSynonyms]) -> bool {
    EXTRA_FIELDS.contains(&word)
        || sectors
            .iter()
            .any(|s| s.synonyms.iter().any(|syn| syn == word))
}

/// Splits the list in `tokens[start..end]` into phrases.
fn split_list<'a>(
    w: &impl Fn(usize) -> &'a str,
    start: usize,
    end: usize,
    sectors: &[SectorSynonyms],
) -> (Vec<String>, usize) {
    // Find where the list stops.
    let mut stop = end;
    for k in start..end {
        let x = w(k);
        if matches!(x, "." | ";" | ":" | "(" | "!" | "?") || STOPS.contains(&x) {
            stop = k;
            break;
        }
    }
    let mut items: Vec<Vec<&str>> = vec![Vec::new()];
    let mut k = start;
    while k < stop {
        let x = w(k);
        if x == "," {
            items.push(Vec::new());
        } else if x == "as" && w(k + 1) == "well" && w(k + 2) == "as" {
            items.push(Vec::new());
            k += 2;
        } else if let Some(last) = items.last_mut() {
            last.push(x);
        }
        k += 1;
    }
    let mut out = Vec::new();
    for item in items {
        let words = clean(&item);
        if words.is_empty() {
            continue;
        }
        // "political and trade": split a coordination whose parts map to different sectors.
        if let Some(pos) = words.iter().position(|x| *x == "and") {
            let (left, right) = (&words[..pos], &words[pos + 1..]);
            let ls = slugs_of(&left.join(" "), sectors);
            let rs = slugs_of(&right.join(" "), sectors);
            let differ = !ls.is_empty() && !rs.is_empty() && ls.iter().all(|s| !rs.contains(s));
            if differ && !left.is_empty() && !right.is_empty() {
                // A shared head ("scientific and educational cooperation") goes to both.
                let head = right
                    .last()
                    .filter(|h| matches!(**h, "industry" | "industries" | "complex"));
                let l = match head {
                    Some(h) if right.len() > 1 => format!("{} {h}", left.join(" ")),
                    _ => left.join(" "),
                };
                out.push(clean_str(&l));
                out.push(clean_str(&right.join(" ")));
                continue;
            }
        }
        out.push(words.join(" "));
    }
    out.retain(|p| !p.is_empty() && p.split_whitespace().count() <= 5);
    (out, stop)
}

fn clean<'a>(words: &[&'a str]) -> Vec<&'a str> {
    let mut a = 0;
    let mut b = words.len();
    while a < b && LEADING.contains(&words[a]) {
        a += 1;
    }
    while b > a && TRAILING.contains(&words[b - 1]) {
        b -= 1;
    }
    words[a..b]
        .iter()
        .copied()
        .filter(|x| x.chars().any(|c| c.is_alphanumeric()))
        .collect()
}

fn clean_str(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    clean(&words).join(" ")
}

fn push_phrase(phrases: &mut Vec<String>, phrase: String) {
    let generic = matches!(
        phrase.as_str(),
        "other" | "various" | "all" | "many" | "these" | "this" | "priority" | "various areas"
    );
    if !generic && !phrases.contains(&phrase) {
        phrases.push(phrase);
    }
}

/// Slugs whose synonyms appear as whole words in `phrase`.
fn slugs_of(phrase: &str, sectors: &[SectorSynonyms]) -> Vec<String> {
    let words: Vec<&str> = phrase
        .split(|c: char| !(c.is_alphanumeric() || c == '-' || c == '&'))
        .filter(|x| !x.is_empty())
        .collect();
    let padded = format!(" {} ", words.join(" "));
    let mut out = Vec::new();
    for s in sectors {
        let hit = s.synonyms.iter().any(|syn| {
            let syn = syn.trim().to_lowercase();
            !syn.is_empty() && padded.contains(&format!(" {syn} "))
        });
        if hit && !out.contains(&s.slug) {
            out.push(s.slug.clone());
        }
    }
    out
}

fn match_sectors(phrases: &[String], sectors: &[SectorSynonyms]) -> Vec<SectorMatch> {
    let mut out: Vec<SectorMatch> = Vec::new();
    for phrase in phrases {
        for slug in slugs_of(phrase, sectors) {
            if let Some(existing) = out.iter_mut().find(|m| m.slug == slug) {
                existing.phrases.push(phrase.clone());
            } else if let Some(s) = sectors.iter().find(|s| s.slug == slug) {
                out.push(SectorMatch {
                    slug: s.slug.clone(),
                    name: s.name.clone(),
                    phrases: vec![phrase.clone()],
                });
            }
        }
    }
    out
}

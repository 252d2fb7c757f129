//! People at the meeting: a title phrase ("Ambassador of Country X to Country Y") next to a
//! personal name, with the organisation and the country or region the title names.

use super::gazetteer::PlaceKind;
use super::places::{Mention, display};
use super::text::{Token, is_capitalised, lw, raw};
use super::{Party, Side, Span};

mod lexicon;
use lexicon::*;

struct Cx<'a> {
    text: &'a str,
    lower: &'a str,
    tokens: &'a [Token],
}

impl Cx<'_> {
    fn w(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| lw(self.lower, t))
    }
    fn r(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| raw(self.text, t))
    }
    fn cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.word && is_capitalised(raw(self.text, t)))
    }
    fn is_place(&self, i: usize, places: &[Mention]) -> bool {
        self.tokens.get(i).is_some_and(|t| {
            places
                .iter()
                .any(|m| m.start <= t.start && t.end <= m.end + 3)
        })
    }
    /// A capitalised word that can be part of a personal name.
    fn name_word(&self, i: usize, places: &[Mention]) -> bool {
        if !self.cap(i) || self.is_place(i, places) {
            return false;
        }
        let w = self.w(i);
        let r = self.r(i);
        let acronym = r.chars().count() > 1 && r.chars().all(|c| !c.is_lowercase());
        !(ORG_WORDS.contains(&w) || TITLE_HEADS.contains(&w) || acronym || is_calendar(w))
    }
}

fn is_calendar(w: &str) -> bool {
    matches!(
        w,
        "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
    )
}

/// Reads a personal name starting at `i`: capitalised words, initials and particles.
fn read_name(cx: &Cx, i: usize, end: usize, places: &[Mention]) -> Option<(usize, usize)> {
    let mut j = i;
    let mut words = 0;
    while j < end && words < 5 {
        if cx.name_word(j, places) {
            words += 1;
            j += 1;
            // An initial with a glued dot: "V.Hajiyev", "K."
            if cx.w(j) == "." && cx.r(j - 1).chars().count() == 1 {
                j += 1;
            }
        } else if PARTICLES.contains(&cx.r(j)) && cx.name_word(j + 1, places) && words > 0 {
            j += 1;
        } else {
            break;
        }
    }
    // Strip a trailing dot kept after an initial.
    while j > i && !cx.tokens[j - 1].word {
        j -= 1;
    }
    (words >= 1 && j > i).then_some((i, j))
}

/// Extracts parties from body sentences.
// Long because: one left-to-right scan whose cases share the cursor; issue 18 reworks it.
pub fn extract(
    text: &str,
    lower: &str,
    tokens: &[Token],
    places: &[Mention],
    home: Option<&str>,
    partner: Option<&str>,
) -> Vec<Party> {
    let cx = Cx {
        text,
        lower,
        tokens,
    };
    let mut parties: Vec<Party> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let w = cx.w(i);
        let head = TITLE_HEADS.contains(&w) && (cx.cap(i) || w.starts_with("co-"));
        if !head {
            // "Mr. Fumio Kishida, Minister for Foreign Affairs"
            if HONORIFICS.contains(&w) && cx.cap(i) {
                let mut j = i + 1;
                while j < tokens.len() && !tokens[j].word {
                    j += 1;
                }
                if let Some((a, b)) = read_name(&cx, j, tokens.len(), places) {
                    let title = if cx.w(b) == "," && TITLE_HEADS.contains(&cx.w(b + 1)) {
                        title_after(&cx, b + 1)
                    } else {
                        None
                    };
                    add_party(&cx, &mut parties, (a, b), title, places, home, partner);
                    i = b;
                    continue;
                }
            }
            i += 1;
            continue;
        }
        // Title start: extend left over modifiers and place names ("Azerbaijan's", "Punjab").
        let mut start = i;
        while start > 0 {
            let p = start - 1;
            let pw = cx.w(p);
            let modifier = cx.cap(p)
                && (ORG_WORDS.contains(&pw) || cx.is_place(p, places) || TITLE_HEADS.contains(&pw));
            let possessive = matches!(pw, "s") && p > 1 && matches!(cx.w(p - 1), "'" | "’");
            let place_noun = matches!(pw, "region" | "province" | "city" | "oblast" | "district")
                && p > 0
                && cx.is_place(p - 1, places);
            if (modifier && !matches!(pw, "the" | "of")) || place_noun {
                start = p;
            } else if possessive {
                start = p - 1;
            } else {
                break;
            }
        }
        // Title end: over capitalised title/organisation words, places and connectors.
        let mut j = i + 1;
        let mut name = None;
        while j < tokens.len() {
            if tokens[j].newline_before {
                break;
            }
            let wj = cx.w(j);
            if cx.name_word(j, places) {
                if let Some((a, b)) = read_name(&cx, j, tokens.len(), places) {
                    let long_enough = b - a >= 2 || known_surname(&parties, cx.r(a));
                    if long_enough {
                        name = Some((a, b));
                    }
                }
                break;
            }
            let connector = matches!(
                wj,
                "of" | "for"
                    | "to"
                    | "the"
                    | "and"
                    | "on"
                    | "in"
                    | "at"
                    | "between"
                    | "&"
                    | "-"
                    | "–"
                    | "'"
                    | "’"
                    | "s"
                    | "("
                    | ")"
            );
            let titleish = cx.cap(j) || cx.is_place(j, places);
            if wj == "," {
                // "Ambassador of Mongolia, Dorji Bayarkhuu"
                if cx.name_word(j + 1, places)
                    && let Some((a, b)) = read_name(&cx, j + 1, tokens.len(), places)
                    && b - a >= 2
                {
                    name = Some((a, b));
                }
                break;
            }
            if !(connector || titleish) {
                break;
            }
            j += 1;
        }
        let title_end = name.map_or(j, |(a, _)| a);
        let title_span = trim_title(&cx, start, title_end);
        match name {
            Some((a, b)) => {
                add_party(&cx, &mut parties, (a, b), title_span, places, home, partner);
                i = b;
            }
            None => {
                // "Jacques Vandermeiren, CEO Port of ...": name before the title.
                if i >= 2 && cx.w(i - 1) == "," && start == i {
                    let mut a = i - 1;
                    while a > 0 && cx.name_word(a - 1, places) && i - a < 5 {
                        a -= 1;
                    }
                    if i - 1 - a >= 2 {
                        add_party(
                            &cx,
                            &mut parties,
                            (a, i - 1),
                            title_span,
                            places,
                            home,
                            partner,
                        );
                    }
                }
                i = j.max(i + 1);
            }
        }
    }
    parties
}

fn known_surname(parties: &[Party], word: &str) -> bool {
    parties
        .iter()
        .any(|p| p.name.split_whitespace().last().is_some_and(|s| s == word))
}

fn title_after(cx: &Cx, i: usize) -> Option<(usize, usize)> {
    let mut j = i + 1;
    while j < cx.tokens.len() {
        let wj = cx.w(j);
        let connector = matches!(wj, "of" | "for" | "to" | "the" | "and" | "on" | "-");
        if !(connector || cx.cap(j)) || cx.tokens[j].newline_before {
            break;
        }
        j += 1;
    }
    trim_title(cx, i, j)
}

/// Trims connectors and punctuation from both ends of a token range.
fn trim_title(cx: &Cx, mut a: usize, mut b: usize) -> Option<(usize, usize)> {
    let weak = |k: usize| {
        !cx.tokens[k].word || matches!(cx.w(k), "of" | "for" | "to" | "the" | "and" | "on" | "in")
    };
    while a < b && weak(a) {
        a += 1;
    }
    while b > a && weak(b - 1) {
        b -= 1;
    }
    (a < b).then_some((a, b))
}

// Long because: one decision over a name and its title; issue 18 reworks it.
fn add_party(
    cx: &Cx,
    parties: &mut Vec<Party>,
    name: (usize, usize),
    title: Option<(usize, usize)>,
    places: &[Mention],
    home: Option<&str>,
    partner: Option<&str>,
) {
    let (a, b) = name;
    let (Some(ta), Some(tb)) = (cx.tokens.get(a), cx.tokens.get(b.saturating_sub(1))) else {
        return;
    };
    let Some(name_text) = cx.text.get(ta.start..tb.end) else {
        return;
    };
    let name_text = name_text.trim().to_string();
    let surname = name_text
        .split_whitespace()
        .last()
        .unwrap_or("")
        .to_string();
    let title_text = title.and_then(|(x, y)| {
        let s = cx.tokens.get(x)?.start;
        let e = cx.tokens.get(y.checked_sub(1)?)?.end;
        cx.text.get(s..e).map(|t| t.trim().to_string())
    });
    // A later mention by surname only merges into the earlier full name.
    if let Some(existing) = parties
        .iter_mut()
        .find(|p| p.name == name_text || p.name.split_whitespace().last() == Some(surname.as_str()))
    {
        if existing.title.is_none() {
            existing.title = title_text;
        }
        return;
    }
    if b - a < 2 && !name_text.contains('.') {
        return;
    }
    let title_range = title.map(|(x, y)| {
        let s = cx.tokens.get(x).map_or(0, |t| t.start);
        let e = cx.tokens.get(y.saturating_sub(1)).map_or(0, |t| t.end);
        (s, e)
    });
    let in_title: Vec<&Mention> = title_range.map_or(Vec::new(), |(s, e)| {
        places
            .iter()
            .filter(|m| m.start >= s && m.end <= e)
            .collect()
    });
    let diplomatic = title_text.as_deref().is_some_and(|t| {
        let l = t.to_ascii_lowercase();
        l.contains("ambassador")
            || l.contains("envoy")
            || l.contains("consul")
            || l.contains("embassy")
    });
    let sub = in_title
        .iter()
        .find(|m| matches!(m.place.kind, PlaceKind::Region | PlaceKind::City));
    let place = match (sub, diplomatic) {
        (Some(m), false) => Some(**m),
        _ => in_title
            .iter()
            .find(|m| m.place.kind != PlaceKind::Office || in_title.len() == 1)
            .copied()
            .copied(),
    };
    let country_or_region = place.map(|m| display(&m.place));
    let organisation = title.and_then(|(x, y)| {
        let k = (x..y).find(|&k| ORG_HEADS.contains(&cx.w(k)) && cx.cap(k))?;
        let s = cx.tokens.get(k)?.start;
        let e = cx.tokens.get(y.checked_sub(1)?)?.end;
        cx.text.get(s..e).map(|t| t.trim().to_string())
    });
    let side = place.and_then(|m| {
        if Some(m.place.code) == home {
            Some(Side::Ours)
        } else if Some(m.place.code) == partner {
            Some(Side::Theirs)
        } else {
            None
        }
    });
    parties.push(Party {
        name: name_text,
        title: title_text,
        organisation,
        country_or_region,
        side,
        span: Span {
            start: ta.start,
            end: tb.end,
        },
    });
}

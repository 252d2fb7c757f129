//! Commitment finding: splits sentences into clauses, keeps those with a trigger, rejects past
//! events, opinions, demands and domestic matters, splits lists ("agreed to:" bullets,
//! "X and Y, respectively", "A, as well as B") and attaches kind, due date and obligor.

use chrono::{Days, NaiveDate};

use super::dates::{DateExpr, DateValue, Mode, Rel, Resolver, is_past};
use super::kinds::{classify, has_specific};
use super::places::Mention;
use super::text::{Sentence, Token, shorten, trim_span};
use super::triggers::{
    Class, Trigger, Words, agree_that_strength, find_trigger, subject_carries_item,
};
use super::{Commitment, CommitmentKind, Obligor, Party, Side, Span, Strength};

mod lexicon;
use lexicon::*;

mod clauses;

/// Everything the finder needs from the rest of the extractor.
pub struct Input<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub tokens: &'a [Token],
    pub sentences: &'a [Sentence],
    pub dates: &'a [DateExpr],
    pub resolver: Resolver,
    /// Dates before this are past.
    pub reference: NaiveDate,
    /// Token index where the meeting-date expression starts (never a due date).
    pub meeting_expr: Option<usize>,
    /// Acronym -> lower-case expansion ("JEC" -> "joint economic commission").
    pub acronyms: &'a [(String, String)],
    pub home: Option<&'a str>,
    pub partner: Option<&'a str>,
    pub mentions: &'a [Mention],
    pub parties: &'a [Party],
}

/// A clause: a token range, and the verb that opened it after "and" (if any).
#[derive(Clone, Copy)]
struct Seg {
    a: usize,
    b: usize,
    verb: Option<usize>,
}

/// The title word a later sentence uses for a person ("Foreign Secretary", "Governor").
fn title_core(title: &str) -> Option<&str> {
    let head = title.split(" of ").next()?.trim();
    let words: Vec<&str> = head.split_whitespace().collect();
    let n = words.len();
    if n == 0 {
        return None;
    }
    // Drop a leading country adjective ("UK Foreign Secretary" -> "Foreign Secretary").
    let core = if n >= 3 {
        words[n - 2..].join(" ")
    } else {
        words.join(" ")
    };
    let start = head.find(&core)?;
    head.get(start..start + core.len())
}

/// Finds the commitments.
// Long because: one pass over the sentences whose cases share the cursor; issue 18 reworks it.
pub fn extract(input: &Input) -> Vec<Commitment> {
    let words = input.words();
    let mut out: Vec<(usize, Commitment)> = Vec::new();
    let mut consumed = vec![false; input.sentences.len()];
    for (si, s) in input.sentences.iter().enumerate() {
        if consumed[si] {
            continue;
        }
        let segs = input.segments(s);
        let mut prefix: Option<usize> = None;
        let mut last: Option<(usize, Seg, Trigger)> = None;
        for seg in segs {
            let Some(t) = find_trigger(&words, seg.a, seg.b, (s.tok_start, s.tok_end)) else {
                prefix.get_or_insert(seg.a);
                continue;
            };
            if input.rejected(&seg, &t) {
                prefix = None;
                continue;
            }
            if t.class == Class::Upgrade {
                // "The ambassador agreed with this": the proposal before becomes firm.
                if let Some((_, c)) = out
                    .iter_mut()
                    .rev()
                    .find(|(idx, c)| *idx + 2 >= si && c.strength == Strength::Soft)
                {
                    c.strength = Strength::Firm;
                }
                break;
            }
            let mut strength = t.strength;
            if t.class == Class::AgreeThat {
                match agree_that_strength(&words, t.end, seg.b) {
                    Some(st) => strength = st,
                    None => {
                        prefix = None;
                        continue;
                    }
                }
            }
            // "expressed hope ... and expressed readiness ...": one stance, one proposal.
            if let (Some((idx, prev_seg, prev_t)), Some(v)) = (last, seg.verb) {
                let verb = input.w(v);
                let same_verb = (prev_t.start.saturating_sub(4).max(prev_seg.a)..=prev_t.start)
                    .any(|k| input.w(k) == verb);
                if same_verb && prev_t.strength == strength {
                    if let Some((_, c)) = out.get_mut(idx)
                        && let Some((_, en)) = input.span_text(seg.a, seg.b)
                    {
                        c.span.end = en;
                        c.text = input.text.get(c.span.start..en).unwrap_or("").to_string();
                    }
                    continue;
                }
            }
            let start_tok = prefix.take().unwrap_or(seg.a);
            // "agreed to:" followed by bullet lines, or "agreed to: X; Y" inline.
            let colon = (t.end..(t.end + 4).min(s.tok_end)).find(|&k| input.w(k) == ":");
            if let Some(colon) = colon {
                let items = if colon + 1 >= s.tok_end {
                    list_items(input, si, &mut consumed)
                } else {
                    let mut items = Vec::new();
                    let mut a = colon + 1;
                    for k in colon + 1..=s.tok_end {
                        if k == s.tok_end || input.w(k) == ";" {
                            if k > a {
                                items.push((a, k));
                            }
                            a = k + 1;
                        }
                    }
                    items
                };
                if !items.is_empty() {
                    for (a, b) in items {
                        let item_seg = Seg { a, b, verb: None };
                        if let Some(c) = build(input, &item_seg, &t, a, strength, a, b) {
                            out.push((si, c));
                        }
                    }
                    break;
                }
            }
            let produced = expand(input, &seg, &t, start_tok, strength);
            let first_index = out.len();
            for c in produced {
                out.push((si, c));
            }
            if out.len() > first_index {
                last = Some((first_index, seg, Trigger { strength, ..t }));
            }
        }
    }
    dedupe(out.into_iter().map(|(_, c)| c).collect())
}

/// Bullet lines after a sentence that ends with "agreed to:".
fn list_items(input: &Input, si: usize, consumed: &mut [bool]) -> Vec<(usize, usize)> {
    let mut items = Vec::new();
    let mut j = si + 1;
    while let Some(s) = input.sentences.get(j) {
        if !s.bullet {
            break;
        }
        items.push((s.tok_start, s.tok_end));
        if let Some(flag) = consumed.get_mut(j) {
            *flag = true;
        }
        j += 1;
    }
    items
}

/// One clause into one or more commitments ("respectively", "A, as well as B").
fn expand(
    input: &Input,
    seg: &Seg,
    t: &Trigger,
    start_tok: usize,
    strength: Strength,
) -> Vec<Commitment> {
    let after: Vec<&DateExpr> = input
        .dates
        .iter()
        .filter(|d| d.tok_start >= t.end && d.tok_end <= seg.b)
        .collect();
    let respectively = (seg.a..seg.b).any(|k| input.w(k) == "respectively");
    if respectively && let Some(first) = after.first() {
        let values: Vec<_> = after
            .iter()
            .flat_map(|d| d.values.iter().copied())
            .collect();
        let obj_end = if first.prep.is_some() {
            first.tok_start.saturating_sub(1)
        } else {
            first.tok_start
        };
        let parts = split_parts(input, t.end, obj_end);
        if parts.len() == values.len() && parts.len() >= 2 {
            let mut out = Vec::new();
            for ((a, b), v) in parts.into_iter().zip(values) {
                if let Some(mut c) = build(input, seg, t, start_tok, strength, a, b) {
                    let mode = if t.class == Class::Sign {
                        Mode::Past
                    } else {
                        Mode::Future
                    };
                    if let Some(r) = input.resolver.resolve(v, mode) {
                        c.due = Some(r.normal());
                    }
                    out.push(c);
                }
            }
            return out;
        }
    }
    // "holding A, as well as B": two items when both name something specific.
    let as_well = (t.end..seg.b.saturating_sub(3)).find(|&k| {
        input.w(k) == ","
            && input.w(k + 1) == "as"
            && input.w(k + 2) == "well"
            && input.w(k + 3) == "as"
    });
    if let Some(k) = as_well {
        let left = input.kind_text(t.end, k, (0, 0));
        let right = input.kind_text(k + 4, seg.b, (0, 0));
        if has_specific(&left) && has_specific(&right) {
            let mut out = Vec::new();
            for (a, b) in [(t.end, k), (k + 4, seg.b)] {
                if let Some(c) = build(input, seg, t, start_tok, strength, a, b) {
                    out.push(c);
                }
            }
            return out;
        }
    }
    build(input, seg, t, start_tok, strength, seg.a, seg.b)
        .into_iter()
        .collect()
}

/// Splits an object on "and" and commas into parts.
fn split_parts(input: &Input, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = a;
    for k in a..b {
        if matches!(input.w(k), "and" | ",") {
            if k > start {
                parts.push((start, k));
            }
            start = k + 1;
        }
    }
    if b > start {
        parts.push((start, b));
    }
    parts
}

/// Builds one commitment. `a..b` is the part that names the item (the whole clause usually).
fn build(
    input: &Input,
    seg: &Seg,
    t: &Trigger,
    start_tok: usize,
    strength: Strength,
    a: usize,
    b: usize,
) -> Option<Commitment> {
    let sentence_start = input
        .sentences
        .iter()
        .find(|s| s.tok_start <= seg.a && seg.a < s.tok_end)
        .map(|s| s.tok_start);
    let (start, mut end) = input.span_text(start_tok, seg.b)?;
    // Keep the full stop only when the span is a whole sentence.
    if Some(start_tok) != sentence_start {
        let text = input.text.get(start..end).unwrap_or("");
        end = start + text.trim_end_matches(['.', ' ']).len();
    }
    let text = input.text.get(start..end)?.to_string();
    let part_kind = classify(&input.kind_text(a, b, (t.start, t.end)));
    let kind = if part_kind == CommitmentKind::Other && (a, b) != (seg.a, seg.b) {
        classify(&input.kind_text(seg.a, seg.b, (t.start, t.end)))
    } else {
        part_kind
    };
    let (due, due_text) = input.due(seg, t);
    let mut strength = strength;
    // Looking forward to something on a named day means it is scheduled.
    if t.class == Class::LookForward
        && due
            .as_deref()
            .is_some_and(|d| d.len() == 10 && !d.contains('/'))
    {
        strength = Strength::Firm;
    }
    Some(Commitment {
        span: Span { start, end },
        text,
        item: input.item(seg, t, a, b),
        kind,
        strength,
        due,
        due_text,
        obligor: input.obligor(start_tok.max(seg.a), t),
        trigger: input
            .span_text(t.start, t.end)
            .and_then(|(s, e)| input.text.get(s..e))
            .unwrap_or("")
            .to_string(),
    })
}

fn content_words(s: &str) -> Vec<String> {
    const STOP: &[&str] = &[
        "the", "and", "of", "to", "in", "on", "for", "with", "a", "an", "that", "this", "by", "at",
        "as", "its", "their", "his", "her", "was", "were", "is", "are", "be", "will",
    ];
    let mut out: Vec<String> = s
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() > 2)
        .map(|w| w.to_lowercase())
        .filter(|w| !STOP.contains(&w.as_str()))
        .collect();
    out.sort();
    out.dedup();
    out
}

/// Drops a later proposal that repeats an earlier one from another sentence.
fn dedupe(list: Vec<Commitment>) -> Vec<Commitment> {
    let mut kept: Vec<Commitment> = Vec::new();
    for c in list {
        let words = content_words(&c.text);
        let duplicate = kept.iter().any(|k| {
            if k.span == c.span
                || k.kind != c.kind
                || (k.due.is_some() && c.due.is_some() && k.due != c.due)
            {
                return false;
            }
            let other = content_words(&k.text);
            let common = words.iter().filter(|w| other.contains(w)).count();
            let min = words.len().min(other.len()).max(1);
            common * 10 >= min * 8
        });
        if !duplicate {
            kept.push(c);
        }
    }
    kept
}

//! The verb lexicon that marks a clause as a commitment or a signal of intent, and how firm it
//! is. Word patterns cover the regular phrasings; a few verbs ("agreed", "interest", "signed")
//! need a look at their neighbours and are handled in code.

use std::sync::OnceLock;

use super::Strength;
use super::text::{Token, is_capitalised, lw, raw};

mod lexicon;
pub use lexicon::Class;
use lexicon::*;

/// The item is named before the verb ("a forum will be held", "X is expected to ...").
pub fn subject_carries_item(words: &Words, t: &Trigger) -> bool {
    matches!(t.class, Class::Future | Class::Plan | Class::Expect)
        && (t.start..t.end).any(|k| {
            matches!(
                words.w(k),
                "be" | "been"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "scheduled"
                    | "planned"
                    | "slated"
                    | "due"
                    | "place"
            )
        })
}

/// A trigger found in a clause.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    pub class: Class,
    pub strength: Strength,
}

/// Token access for the matchers.
pub struct Words<'a> {
    pub text: &'a str,
    pub lower: &'a str,
    pub tokens: &'a [Token],
}

impl Words<'_> {
    pub fn w(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| lw(self.lower, t))
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.word)
    }

    fn capitalised(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| is_capitalised(raw(self.text, t)))
    }
}

enum Elem {
    Alt(Vec<&'static str>, bool),
}

struct Pattern {
    elems: Vec<Elem>,
    class: Class,
}

fn patterns() -> &'static [Pattern] {
    static CELL: OnceLock<Vec<Pattern>> = OnceLock::new();
    CELL.get_or_init(|| {
        PATTERNS
            .iter()
            .map(|(src, class)| Pattern {
                elems: src
                    .split(' ')
                    .map(|e| {
                        let optional = e.ends_with('?');
                        let e = e.trim_end_matches('?');
                        Elem::Alt(e.split('|').collect(), optional)
                    })
                    .collect(),
                class: *class,
            })
            .collect()
    })
}

fn match_elems(words: &Words, elems: &[Elem], i: usize, end: usize) -> Option<usize> {
    let Some((first, rest)) = elems.split_first() else {
        return Some(i);
    };
    let Elem::Alt(alts, optional) = first;
    if i < end
        && words.is_word(i)
        && alts.contains(&words.w(i))
        && let Some(e) = match_elems(words, rest, i + 1, end)
    {
        return Some(e);
    }
    if *optional {
        return match_elems(words, rest, i, end);
    }
    None
}

/// Finds the first trigger in `tokens[from..to]`; `sentence` bounds the context checks.
pub fn find_trigger(
    words: &Words,
    from: usize,
    to: usize,
    sentence: (usize, usize),
) -> Option<Trigger> {
    (from..to).find_map(|i| trigger_at(words, i, to, sentence))
}

fn make(start: usize, end: usize, class: Class) -> Option<Trigger> {
    Some(Trigger {
        start,
        end,
        class,
        strength: class.strength(),
    })
}

// Long because: the verbs that need their neighbours, one case each, in order of precedence.
fn trigger_at(words: &Words, i: usize, to: usize, sentence: (usize, usize)) -> Option<Trigger> {
    if !words.is_word(i) {
        return None;
    }
    let w = words.w(i);
    match w {
        "agreed" | "agree" | "agrees" | "agreeing" => return agreed_at(words, i, to),
        "interest" | "interested" => return interest_at(words, i, to),
        "signed" | "inked" => {
            let prev = if i > 0 { words.w(i - 1) } else { "" };
            if matches!(
                prev,
                "had"
                    | "the"
                    | "a"
                    | "an"
                    | "previously"
                    | "already"
                    | "earlier"
                    | "jointly-signed"
            ) {
                return None;
            }
            return make(i, i + 1, Class::Sign);
        }
        "commitment" | "commitments" => {
            if words.w(i + 1) != "to" {
                return None;
            }
            let next = words.w(i + 2);
            let adjective_like = ["al", "ic", "ive", "ous"].iter().any(|s| next.ends_with(s))
                || COMMON_ADJECTIVES.contains(&next);
            if next.is_empty()
                || DETERMINERS.contains(&next)
                || words.capitalised(i + 2)
                || adjective_like
                || !words.is_word(i + 2)
            {
                return None;
            }
            return make(i, i + 2, Class::CommitNoun);
        }
        "directed" | "instructed" | "tasked" | "mandated" | "entrusted" => {
            // "directed officials to work towards ...": an order both sides gave.
            let to_at = (i + 1..(i + 5).min(to)).find(|&k| words.w(k) == "to")?;
            let next = words.w(to_at + 1);
            if next.is_empty() || DETERMINERS.contains(&next) || !words.is_word(to_at + 1) {
                return None;
            }
            return make(i, to_at + 1, Class::Agree);
        }
        "progress" => {
            let prev = if i > 0 { words.w(i - 1) } else { "" };
            if DISCUSSION_MARKERS.contains(&prev) && matches!(words.w(i + 1), "on" | "in" | "of") {
                return make(i - 1, i + 2, Class::Discuss);
            }
            return None;
        }
        _ => {}
    }
    if ACTION_GERUNDS.contains(&w) {
        let back = i.saturating_sub(4).max(sentence.0);
        let noun = (back..i).find(|&k| TOPIC_NOUNS.contains(&words.w(k)));
        let discussed = (sentence.0..sentence.1).any(|k| DISCUSSION_MARKERS.contains(&words.w(k)));
        if let (Some(k), true) = (noun, discussed) {
            return make(k, i + 1, Class::Discuss);
        }
    }
    for p in patterns() {
        let Some(end) = match_elems(words, &p.elems, i, to) else {
            continue;
        };
        if end == i {
            continue;
        }
        match p.class {
            Class::Expect if !EXPECT_VERBS.contains(&words.w(end)) => continue,
            Class::Propose => {
                // Needs something proposed after it.
                let following = (end..to).filter(|&k| words.is_word(k)).count();
                if following < 2 {
                    continue;
                }
            }
            Class::Invite if i > 0 && matches!(words.w(i - 1), "the" | "an" | "a") => continue,
            _ => {}
        }
        let class = if p.class == Class::Agree && words.w(end - 1) == "that" {
            Class::AgreeThat
        } else {
            p.class
        };
        return make(i, end, class);
    }
    None
}

fn agreed_at(words: &Words, i: usize, to: usize) -> Option<Trigger> {
    let prev = if i > 0 { words.w(i - 1) } else { "" };
    if matches!(
        prev,
        "had" | "as" | "the" | "previously" | "already" | "not" | "never"
    ) {
        return None;
    }
    let mut j = i + 1;
    if words.w(j) == "in" && words.w(j + 1) == "principle" {
        j += 2;
    }
    if j < to && !words.is_word(j) && words.w(j) == ":" {
        return make(i, j, Class::Agree);
    }
    match words.w(j) {
        "to" | "on" | "upon" => make(i, j + 1, Class::Agree),
        "that" => make(i, j + 1, Class::AgreeThat),
        "with" => {
            let n2 = words.w(j + 1);
            let anaphoric = matches!(n2, "this" | "that" | "it" | "him" | "her" | "them")
                || (n2 == "the"
                    && matches!(
                        words.w(j + 2),
                        "proposal" | "idea" | "suggestion" | "initiative"
                    ));
            if anaphoric {
                return make(i, j + 2, Class::Upgrade);
            }
            (j..to.min(j + 8))
                .find(|&k| words.w(k) == "that")
                .and_then(|k| make(i, k + 1, Class::AgreeThat))
        }
        _ => {
            // "They agreed the summit would ...": a that-clause without "that".
            for k in j..to {
                if !words.is_word(k) && matches!(words.w(k), "," | "." | ";" | ":") {
                    break;
                }
                if matches!(words.w(k), "will" | "would" | "shall") {
                    return make(i, j, Class::AgreeThat);
                }
            }
            None
        }
    }
}

fn interest_at(words: &Words, i: usize, to: usize) -> Option<Trigger> {
    let w = words.w(i);
    let next = words.w(i + 1);
    if w == "interested" {
        return if matches!(next, "in" | "to") && i + 1 < to {
            make(i, i + 2, Class::Interest)
        } else {
            None
        };
    }
    let prev = if i > 0 { words.w(i - 1) } else { "" };
    let prev2 = if i > 1 { words.w(i - 2) } else { "" };
    if prev == "of" || prev2 == "of" || next == "of" {
        return None;
    }
    if matches!(next, "in" | "to") && i + 1 < to {
        return make(i, i + 2, Class::Interest);
    }
    if matches!(next, "was" | "were" | "has" | "have") {
        let mut j = i + 2;
        if words.w(j) == "been" {
            j += 1;
        }
        if words.w(j) == "also" {
            j += 1;
        }
        if matches!(
            words.w(j),
            "expressed" | "noted" | "confirmed" | "shown" | "voiced" | "reaffirmed"
        ) && matches!(words.w(j + 1), "in" | "to")
        {
            return make(i, j + 2, Class::Interest);
        }
    }
    None
}

/// For "agreed that ...": `Some(Firm)` for will/shall, `Some(Soft)` for would/could,
/// `None` when the clause is an opinion ("agreed that these were ...").
pub fn agree_that_strength(words: &Words, from: usize, to: usize) -> Option<Strength> {
    for k in from..to {
        match words.w(k) {
            "will" | "shall" => return Some(Strength::Firm),
            "would" => {
                let next = words.w(k + 1);
                let planned = WOULD_ACTIONS.contains(&next)
                    || (next == "be" && WOULD_PARTICIPLES.contains(&words.w(k + 2)));
                return Some(if planned {
                    Strength::Firm
                } else {
                    Strength::Soft
                });
            }
            "could" | "should" | "might" | "can" => return Some(Strength::Soft),
            "is" | "are" | "was" | "were" | "has" | "have" | "had" | "remains" | "remain" => {
                return None;
            }
            _ => {}
        }
    }
    Some(Strength::Firm)
}

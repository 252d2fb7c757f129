//! What a commitment is about: working group, agreement, event, visit, dialogue, project or
//! other, from keywords in its clause. Specific nouns (commission, memorandum, forum, visit)
//! beat general ones (dialogue, project); within a group the earliest keyword wins.

use super::CommitmentKind;

/// Specific keywords: the earliest in the clause decides.
const SPECIFIC: &[(&str, CommitmentKind)] = &[
    ("agreement signing ceremony", CommitmentKind::Event),
    ("signing ceremony", CommitmentKind::Event),
    ("working group", CommitmentKind::WorkingGroup),
    ("working groups", CommitmentKind::WorkingGroup),
    ("task force", CommitmentKind::WorkingGroup),
    ("commission", CommitmentKind::WorkingGroup),
    ("commissions", CommitmentKind::WorkingGroup),
    ("committee", CommitmentKind::WorkingGroup),
    ("committees", CommitmentKind::WorkingGroup),
    ("subcommittee", CommitmentKind::WorkingGroup),
    ("sub-committee", CommitmentKind::WorkingGroup),
    ("joint council", CommitmentKind::WorkingGroup),
    ("business council", CommitmentKind::WorkingGroup),
    ("coordination council", CommitmentKind::WorkingGroup),
    ("forum", CommitmentKind::Event),
    ("forums", CommitmentKind::Event),
    ("exhibition", CommitmentKind::Event),
    ("exhibitions", CommitmentKind::Event),
    ("expo", CommitmentKind::Event),
    ("fair", CommitmentKind::Event),
    ("conference", CommitmentKind::Event),
    ("summit", CommitmentKind::Event),
    ("ceremony", CommitmentKind::Event),
    ("presentation", CommitmentKind::Event),
    ("festival", CommitmentKind::Event),
    ("roadshow", CommitmentKind::Event),
    ("road show", CommitmentKind::Event),
    ("seminar", CommitmentKind::Event),
    ("symposium", CommitmentKind::Event),
    ("round table", CommitmentKind::Event),
    ("roundtable", CommitmentKind::Event),
    ("business mission", CommitmentKind::Event),
    ("trade mission", CommitmentKind::Event),
    ("days of culture", CommitmentKind::Event),
    ("congress", CommitmentKind::Event),
    ("workshop", CommitmentKind::Event),
    ("webinar", CommitmentKind::Event),
    ("concert", CommitmentKind::Event),
    ("visit", CommitmentKind::Visit),
    ("visits", CommitmentKind::Visit),
    ("visiting", CommitmentKind::Visit),
    ("trip", CommitmentKind::Visit),
    ("agreement", CommitmentKind::Mou),
    ("agreements", CommitmentKind::Mou),
    ("memorandum", CommitmentKind::Mou),
    ("memoranda", CommitmentKind::Mou),
    ("mou", CommitmentKind::Mou),
    ("mous", CommitmentKind::Mou),
    ("memorandums", CommitmentKind::Mou),
    ("roadmap", CommitmentKind::Mou),
    ("road map", CommitmentKind::Mou),
    ("treaty", CommitmentKind::Mou),
    ("protocol", CommitmentKind::Mou),
    ("sister-city", CommitmentKind::Mou),
    ("sister city", CommitmentKind::Mou),
    ("sister cities", CommitmentKind::Mou),
    ("sister port", CommitmentKind::Mou),
    ("sister-port", CommitmentKind::Mou),
    ("sisterport", CommitmentKind::Mou),
    ("sister states", CommitmentKind::Mou),
    ("sister-state", CommitmentKind::Mou),
    ("sister state", CommitmentKind::Mou),
    ("sister provinces", CommitmentKind::Mou),
    ("twinning", CommitmentKind::Mou),
    ("declaration", CommitmentKind::Mou),
    ("joint statement", CommitmentKind::Mou),
    ("culture days", CommitmentKind::Event),
    ("days of", CommitmentKind::Event),
    ("contract", CommitmentKind::Mou),
    ("contracts", CommitmentKind::Mou),
];

/// General keywords, consulted only when no specific one is present.
const GENERAL: &[(&str, CommitmentKind)] = &[
    ("follow up", CommitmentKind::Other),
    ("follow-up", CommitmentKind::Other),
    ("dialogue", CommitmentKind::ContinueDialogue),
    ("consultations", CommitmentKind::ContinueDialogue),
    ("negotiations", CommitmentKind::ContinueDialogue),
    ("discussions", CommitmentKind::ContinueDialogue),
    ("talks", CommitmentKind::ContinueDialogue),
    ("next meeting", CommitmentKind::ContinueDialogue),
    ("next round", CommitmentKind::ContinueDialogue),
    ("regular meetings", CommitmentKind::ContinueDialogue),
    ("contacts", CommitmentKind::ContinueDialogue),
    ("close contact", CommitmentKind::ContinueDialogue),
    ("in contact", CommitmentKind::ContinueDialogue),
    ("coordination", CommitmentKind::ContinueDialogue),
    ("will be discussed", CommitmentKind::ContinueDialogue),
    ("strengthen cooperation", CommitmentKind::ContinueDialogue),
    (
        "strengthening cooperation",
        CommitmentKind::ContinueDialogue,
    ),
    ("strengthen bilateral", CommitmentKind::ContinueDialogue),
    ("strengthening bilateral", CommitmentKind::ContinueDialogue),
    ("strengthen relations", CommitmentKind::ContinueDialogue),
    (
        "strengthen the relationship",
        CommitmentKind::ContinueDialogue,
    ),
    ("further strengthen", CommitmentKind::ContinueDialogue),
    ("further strengthening", CommitmentKind::ContinueDialogue),
    ("continue cooperation", CommitmentKind::ContinueDialogue),
    ("continuing cooperation", CommitmentKind::ContinueDialogue),
    ("stay in touch", CommitmentKind::ContinueDialogue),
    ("keep in touch", CommitmentKind::ContinueDialogue),
    ("project", CommitmentKind::Project),
    ("projects", CommitmentKind::Project),
    ("plans", CommitmentKind::Project),
    ("creation of", CommitmentKind::Project),
    ("construction", CommitmentKind::Project),
    ("network of", CommitmentKind::Project),
    ("infrastructure", CommitmentKind::Project),
    ("joint venture", CommitmentKind::Project),
    ("joint ventures", CommitmentKind::Project),
    ("programme", CommitmentKind::Project),
    ("program", CommitmentKind::Project),
    ("entry of", CommitmentKind::Project),
];

/// Words after which a noun names something past ("recent visit", "agreements reached").
const PAST_BEFORE: &[&str] = &["recent", "previous", "last", "past", "earlier", "former"];
const PAST_AFTER: &[&str] = &["reached", "previously", "achieved", "concluded"];

fn boundary_before(s: &str, at: usize) -> bool {
    at == 0
        || !s[..at]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_alphanumeric())
}

fn boundary_after(s: &str, at: usize) -> bool {
    at >= s.len() || !s[at..].chars().next().is_some_and(|c| c.is_alphanumeric())
}

fn prev_word(s: &str, at: usize) -> &str {
    s[..at]
        .trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

fn next_word(s: &str, at: usize) -> &str {
    s[at..]
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// Positions (byte offset in `lower`) of keywords from `table`, skipping past references.
fn earliest(lower: &str, table: &[(&str, CommitmentKind)]) -> Option<CommitmentKind> {
    let mut best: Option<(usize, usize, CommitmentKind)> = None;
    let skip_zones = follow_up_zones(lower);
    for (kw, kind) in table {
        let mut from = 0;
        while let Some(pos) = lower.get(from..).and_then(|s| s.find(kw)) {
            let at = from + pos;
            let end = at + kw.len();
            from = end;
            if !boundary_before(lower, at) || !boundary_after(lower, end) {
                continue;
            }
            if skip_zones.iter().any(|(a, b)| at >= *a && at < *b) {
                continue;
            }
            if PAST_BEFORE.contains(&prev_word(lower, at)) {
                continue;
            }
            if *kind == CommitmentKind::Mou && PAST_AFTER.contains(&next_word(lower, end)) {
                continue;
            }
            let better = match best {
                None => true,
                Some((b_at, b_len, _)) => at < b_at || (at == b_at && kw.len() > b_len),
            };
            if better {
                best = Some((at, kw.len(), *kind));
            }
            break;
        }
    }
    best.map(|(_, _, k)| k)
}

/// "follow up on the visit": what follows is something past, not the new item.
fn follow_up_zones(lower: &str) -> Vec<(usize, usize)> {
    let mut zones = Vec::new();
    for kw in [
        "follow up on",
        "follow up to",
        "follow-up to",
        "follow-up on",
        "follow-up of",
    ] {
        let mut from = 0;
        while let Some(pos) = lower.get(from..).and_then(|s| s.find(kw)) {
            let at = from + pos + kw.len();
            let end = lower[at..]
                .char_indices()
                .filter(|(_, c)| c.is_whitespace())
                .nth(3)
                .map_or(lower.len(), |(i, _)| at + i);
            zones.push((at, end));
            from = at;
        }
    }
    zones
}

/// Classifies a clause (given in lower case, acronyms already expanded).
pub fn classify(lower: &str) -> CommitmentKind {
    earliest(lower, SPECIFIC)
        .or_else(|| earliest(lower, GENERAL))
        .unwrap_or(CommitmentKind::Other)
}

/// Has a specific (not general) kind keyword: used to split "X, as well as Y" objects.
pub fn has_specific(lower: &str) -> bool {
    earliest(lower, SPECIFIC).is_some_and(|k| k != CommitmentKind::Other)
}

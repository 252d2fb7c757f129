//! Readout importer: turns a pasted meeting readout into a proposed meeting (date, parties,
//! partner region, sectors) and candidate commitments, each with the exact source span.
//! Deterministic and pure: no network, no model; English first, other languages yield fewer
//! proposals rather than errors.

mod commitments;
mod dates;
mod gazetteer;
mod kinds;
mod parties;
mod places;
mod sectors;
mod text;
mod triggers;

#[cfg(test)]
mod eval_tests;
#[cfg(test)]
mod tests;

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use dates::{DateExpr, Mode, Resolver, Scanner, is_day_level, iso_dates_in};

/// Largest input accepted, in bytes; larger pastes are refused rather than processed slowly.
pub const MAX_INPUT_BYTES: usize = 200 * 1024;

/// Why a readout was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadoutError {
    TooLarge { bytes: usize, max: usize },
}

impl fmt::Display for ReadoutError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ReadoutError::TooLarge { bytes, max } => write!(
                f,
                "The readout is too long ({bytes} bytes); the limit is {max} bytes."
            ),
        }
    }
}

impl std::error::Error for ReadoutError {}

/// A sector the extractor may report: the app passes built-in and admin-added sectors.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorSynonyms {
    pub slug: String,
    pub name: String,
    /// Lower-case words and phrases that name the sector.
    pub synonyms: Vec<String>,
}

/// Byte offsets into the original input; `input[start..end]` is the highlighted text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

/// Firm: agreed, signed, decided, will be held. Soft: interest, hope, proposal, invitation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Strength {
    Firm,
    Soft,
}

/// What a commitment is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CommitmentKind {
    ContinueDialogue,
    Mou,
    Event,
    WorkingGroup,
    Visit,
    Project,
    Other,
}

/// Who has to act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Obligor {
    Us,
    Them,
    Joint,
}

/// Which side of the meeting a person is on, seen from the issuing side.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    Ours,
    Theirs,
}

/// A proposed commitment.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Commitment {
    pub span: Span,
    /// Exactly `input[span.start..span.end]`.
    pub text: String,
    pub item: String,
    pub kind: CommitmentKind,
    pub strength: Strength,
    /// YYYY, YYYY-MM, YYYY-MM-DD, A/B ranges or --MM-DD.
    pub due: Option<String>,
    /// The date phrase as written ("in the coming months").
    pub due_text: Option<String>,
    pub obligor: Obligor,
    /// The words that made this a commitment ("agreed to").
    pub trigger: String,
}

/// A person at the meeting.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub name: String,
    pub title: Option<String>,
    pub organisation: Option<String>,
    pub country_or_region: Option<String>,
    pub side: Option<Side>,
    pub span: Span,
}

/// A sector of the given list found in the text, with the phrases that named it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SectorMatch {
    pub slug: String,
    pub name: String,
    pub phrases: Vec<String>,
}

/// The header lines of a stored readout, when present.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Metadata {
    pub source: Option<String>,
    pub title: Option<String>,
    /// The dateline or publication date, from the `date:` line.
    pub dateline: Option<NaiveDate>,
}

/// Everything proposed for one readout.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Proposal {
    pub metadata: Metadata,
    /// Where the body starts (after any header lines).
    pub body_start: usize,
    /// Normalised: YYYY-MM-DD, or --MM-DD when the year is unknown.
    pub meeting_date: Option<String>,
    /// The meeting day when fully known.
    pub meeting_day: Option<NaiveDate>,
    pub meeting_date_text: Option<String>,
    pub meeting_date_span: Option<Span>,
    pub parties: Vec<Party>,
    /// Issuing side, as a country name.
    pub home_country: Option<String>,
    pub partner_country: Option<String>,
    /// "Flanders, Belgium" or "Mongolia".
    pub partner_region: Option<String>,
    /// Raw, lightly normalised field phrases ("pharmaceuticals and biotechnology").
    pub sector_phrases: Vec<String>,
    pub sectors: Vec<SectorMatch>,
    pub commitments: Vec<Commitment>,
}

impl Proposal {
    /// The shape of the shared `expected.jsonl` lines (for `accord import-readout --json`).
    pub fn to_expected_json(&self) -> Value {
        json!({
            "meeting_date": self.meeting_date,
            "meeting_date_text": self.meeting_date_text,
            "published": self.metadata.dateline.map(|d| d.format("%Y-%m-%d").to_string()),
            "parties": self.parties.iter().map(|p| json!({
                "name": p.name,
                "title": p.title,
                "organisation": p.organisation,
                "country_or_region": p.country_or_region,
            })).collect::<Vec<_>>(),
            "partner_region": self.partner_region,
            "sectors": self.sector_phrases,
            "commitments": self.commitments.iter().map(|c| json!({
                "text": c.text,
                "item": c.item,
                "kind": c.kind,
                "due": c.due,
                "due_text": c.due_text,
                "strength": c.strength,
                "obligor": c.obligor,
                "start": c.span.start,
                "end": c.span.end,
            })).collect::<Vec<_>>(),
        })
    }
}

/// Words that mark a sentence as reporting the meeting itself (for the meeting date).
const MEETING_WORDS: &[&str] = &[
    "met",
    "meet",
    "meets",
    "meeting",
    "talks",
    "received",
    "receives",
    "held",
    "hold",
    "holds",
    "conversation",
    "negotiations",
    "signed",
    "called",
    "consultations",
    "discussed",
    "agreed",
    "visited",
    "hosted",
    "session",
];

/// Extracts the proposal. `today` resolves relative words when the text has no dateline.
pub fn extract(
    input: &str,
    today: NaiveDate,
    sectors: &[SectorSynonyms],
) -> Result<Proposal, ReadoutError> {
    if input.len() > MAX_INPUT_BYTES {
        return Err(ReadoutError::TooLarge {
            bytes: input.len(),
            max: MAX_INPUT_BYTES,
        });
    }
    let header = text::parse_header(input);
    let get = |span: Option<(usize, usize)>| span.and_then(|(a, b)| input.get(a..b));
    let date_line = get(header.date).unwrap_or("");
    let dateline = published_date(date_line);
    let lower = text::ascii_lower(input);
    let body_tokens = text::tokenize(input, header.body_start, input.len());
    let sentences = text::sentences(input, &body_tokens);
    let title_tokens = header
        .title
        .map_or(Vec::new(), |(a, b)| text::tokenize(input, a, b));

    let scanner = Scanner {
        text: input,
        lower: &lower,
        tokens: &body_tokens,
    };
    let date_exprs = scanner.scan(0, body_tokens.len());
    // Without a header date, a full date in the first sentence serves as the dateline.
    let anchor = dateline.or_else(|| {
        let first = sentences.first()?;
        date_exprs
            .iter()
            .filter(|d| d.tok_start < first.tok_end)
            .find_map(|d| match d.values.first() {
                Some(dates::DateValue::Day(day)) => Some(*day),
                _ => None,
            })
    });
    let resolver = Resolver { anchor, today };
    let meeting = meeting_date(&lower, &body_tokens, &sentences, &date_exprs, resolver);

    // Places and sides.
    let body_mentions = places::mentions(input, &body_tokens, 0, body_tokens.len());
    let title_mentions = places::mentions(input, &title_tokens, 0, title_tokens.len());
    let first_end = sentences.first().map_or(0, |s| s.tok_end);
    let first_mentions: Vec<_> = body_mentions
        .iter()
        .filter(|m| m.token < first_end)
        .copied()
        .collect();
    let header_text = input.get(..header.body_start).unwrap_or("");
    let home = places::home_country(
        header_text,
        &title_mentions,
        (&title_tokens, &lower),
        &first_mentions,
        (&body_tokens[..first_end.min(body_tokens.len())], &lower),
        &body_mentions,
    );
    let dateline_end = dateline_token_end(&lower, &body_tokens);
    let counted: Vec<_> = title_mentions
        .iter()
        .chain(body_mentions.iter().filter(|m| m.token >= dateline_end))
        .copied()
        .collect();
    let partner = places::partner_country(&counted, home);
    let partner_region = partner.and_then(|p| {
        let body: Vec<_> = body_mentions
            .iter()
            .filter(|m| m.token >= dateline_end)
            .copied()
            .collect();
        places::partner_region(&body, &title_mentions, p)
    });
    let gaz = gazetteer::gazetteer();

    let parties = parties::extract(input, &lower, &body_tokens, &body_mentions, home, partner);

    let sentence_ranges: Vec<(usize, usize)> =
        sentences.iter().map(|s| (s.tok_start, s.tok_end)).collect();
    let (sector_phrases, sector_matches) =
        sectors::extract(&lower, &body_tokens, &sentence_ranges, sectors);

    let acronyms = acronyms(input, &body_tokens);
    let reference = meeting
        .as_ref()
        .and_then(|m| m.day)
        .or(anchor)
        .unwrap_or(today);
    let found = commitments::extract(&commitments::Input {
        text: input,
        lower: &lower,
        tokens: &body_tokens,
        sentences: &sentences,
        dates: &date_exprs,
        resolver,
        reference,
        meeting_expr: meeting.as_ref().map(|m| m.tok_start),
        acronyms: &acronyms,
        home,
        partner,
        mentions: &body_mentions,
        parties: &parties,
    });

    Ok(Proposal {
        metadata: Metadata {
            source: get(header.source).map(str::to_string),
            title: get(header.title).map(str::to_string),
            dateline,
        },
        body_start: header.body_start,
        meeting_date: meeting.as_ref().map(|m| m.normal.clone()),
        meeting_day: meeting.as_ref().and_then(|m| m.day),
        meeting_date_text: meeting
            .as_ref()
            .and_then(|m| input.get(m.span.start..m.span.end))
            .map(str::to_string),
        meeting_date_span: meeting.as_ref().map(|m| m.span),
        parties,
        home_country: home.and_then(|c| gaz.country_name(c)).map(str::to_string),
        partner_country: partner
            .and_then(|c| gaz.country_name(c))
            .map(str::to_string),
        partner_region,
        sector_phrases,
        sectors: sector_matches,
        commitments: found,
    })
}

/// The publication date of a `date:` line: the ISO date after "published", else the first.
fn published_date(line: &str) -> Option<NaiveDate> {
    let lower = line.to_ascii_lowercase();
    if let Some(pos) = lower.find("published")
        && let Some(d) = lower
            .get(pos..)
            .and_then(|rest| iso_dates_in(rest).into_iter().next())
    {
        return Some(d);
    }
    iso_dates_in(line).into_iter().next()
}

struct MeetingDate {
    normal: String,
    day: Option<NaiveDate>,
    span: Span,
    tok_start: usize,
}

/// The first single-day date in a sentence that reports the meeting (or in the first sentence),
/// never a future one and never one introduced as a plan.
fn meeting_date(
    lower: &str,
    tokens: &[text::Token],
    sentences: &[text::Sentence],
    exprs: &[DateExpr],
    resolver: Resolver,
) -> Option<MeetingDate> {
    let w = |i: usize| tokens.get(i).map_or("", |t| text::lw(lower, t));
    for d in exprs {
        let Some(value) = d.values.first() else {
            continue;
        };
        if !is_day_level(value)
            || matches!(
                d.prep,
                Some("since" | "until" | "before" | "after" | "from")
            )
        {
            continue;
        }
        let Some((si, s)) = sentences
            .iter()
            .enumerate()
            .find(|(_, s)| s.tok_start <= d.tok_start && d.tok_start < s.tok_end)
        else {
            continue;
        };
        let reports_meeting =
            si == 0 || (s.tok_start..s.tok_end).any(|k| MEETING_WORDS.contains(&w(k)));
        let planned = (d.tok_start.saturating_sub(6).max(s.tok_start)..d.tok_start).any(|k| {
            matches!(
                w(k),
                "will" | "shall" | "next" | "upcoming" | "scheduled" | "planned"
            ) || (w(k) == "to" && w(k + 1) == "be")
        });
        if !reports_meeting || planned {
            continue;
        }
        let Some(resolved) = resolver.resolve(*value, Mode::Past) else {
            continue;
        };
        let resolved = match resolved {
            dates::Resolved::Range(a, _) => dates::Resolved::Date(a),
            dates::Resolved::MonthDayRange(m, a, _) => dates::Resolved::MonthDay(m, a),
            other => other,
        };
        let reference = resolver.anchor.unwrap_or(resolver.today);
        if resolved.day().is_some_and(|day| day > reference) {
            continue;
        }
        return Some(MeetingDate {
            normal: resolved.normal(),
            day: resolved.day(),
            span: Span {
                start: d.start,
                end: d.end,
            },
            tok_start: d.tok_start,
        });
    }
    None
}

/// Token index after a dateline such as "CITY:" or "City, Month Day, AGENCY --".
fn dateline_token_end(lower: &str, tokens: &[text::Token]) -> usize {
    for (k, t) in tokens.iter().enumerate().take(12) {
        let w = text::lw(lower, t);
        if matches!(w, "—" | "–" | ":")
            || (w == "-" && tokens.get(k + 1).is_some_and(|n| text::lw(lower, n) == "-"))
        {
            return k + 1;
        }
        if t.newline_before && k > 0 {
            break;
        }
    }
    0
}

/// "Joint Economic Commission (JEC)": acronyms defined in the text, with their expansions.
fn acronyms(input: &str, tokens: &[text::Token]) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for k in 1..tokens.len().saturating_sub(1) {
        let (open, acr, close) = (tokens[k - 1], tokens[k], tokens[k + 1]);
        let acr_text = text::raw(input, &acr);
        let is_acronym = acr_text.len() >= 2
            && acr_text.len() <= 6
            && acr_text.chars().all(|c| c.is_ascii_uppercase());
        if text::raw(input, &open) != "(" || text::raw(input, &close) != ")" || !is_acronym {
            continue;
        }
        let n = acr_text.len();
        let Some(first) = (k - 1).checked_sub(n) else {
            continue;
        };
        let words: Vec<&str> = tokens[first..k - 1]
            .iter()
            .map(|t| text::raw(input, t))
            .collect();
        if words.iter().all(|w| text::is_capitalised(w)) {
            let expansion = words.join(" ").to_ascii_lowercase();
            if !out.iter().any(|(a, _): &(String, String)| a == acr_text) {
                out.push((acr_text.to_string(), expansion));
            }
        }
    }
    out
}

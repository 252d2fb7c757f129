//! Text plumbing: header lines, word tokens and sentences, all kept as byte spans into the
//! original input so the UI can highlight exactly what a proposal came from.

/// The optional `source:` / `title:` / `date:` lines the shared readout files start with.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub source: Option<(usize, usize)>,
    pub title: Option<(usize, usize)>,
    pub date: Option<(usize, usize)>,
    /// Where the body starts (after the header lines and blank lines).
    pub body_start: usize,
}

/// Reads leading `key: value` header lines; stops at the first other line.
pub fn parse_header(text: &str) -> Header {
    let mut header = Header::default();
    let mut pos = 0;
    let mut saw_header = false;
    while pos < text.len() {
        let rest = &text[pos..];
        let line_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..line_len];
        let trimmed = line.trim_start();
        let lead = line.len() - trimmed.len();
        let mut matched = false;
        for key in ["source:", "title:", "date:"] {
            if trimmed.len() >= key.len()
                && trimmed.is_char_boundary(key.len())
                && trimmed[..key.len()].eq_ignore_ascii_case(key)
            {
                let value = trimmed[key.len()..].trim();
                let start = if value.is_empty() {
                    pos + lead + key.len()
                } else {
                    // `value` is a sub-slice of `text`, so the pointer difference is its offset.
                    value.as_ptr() as usize - text.as_ptr() as usize
                };
                let span = Some((start, start + value.len()));
                match key {
                    "source:" => header.source = span,
                    "title:" => header.title = span,
                    _ => header.date = span,
                }
                matched = true;
            }
        }
        if !matched {
            break;
        }
        saw_header = true;
        pos += line_len;
    }
    if saw_header {
        // Skip the blank lines between header and body.
        while pos < text.len() {
            let rest = &text[pos..];
            let line_len = rest.find('\n').map_or(rest.len(), |i| i + 1);
            if rest[..line_len].trim().is_empty() {
                pos += line_len;
            } else {
                break;
            }
        }
    }
    header.body_start = pos;
    header
}

/// One word (letters/digits, with inner hyphens) or one punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub word: bool,
    /// Whitespace precedes the token.
    pub space_before: bool,
    /// A line break precedes the token.
    pub newline_before: bool,
}

/// Splits `text[from..to]` into tokens.
pub fn tokenize(text: &str, from: usize, to: usize) -> Vec<Token> {
    let mut tokens = Vec::new();
    let slice = &text[from..to];
    let mut iter = slice.char_indices().peekable();
    let mut space_before = true;
    let mut newline_before = true;
    while let Some((i, c)) = iter.next() {
        if c.is_whitespace() {
            space_before = true;
            if c == '\n' || c == '\r' || c == '\u{2028}' || c == '\u{2029}' {
                newline_before = true;
            }
            continue;
        }
        let start = from + i;
        let mut end = start + c.len_utf8();
        let word = c.is_alphanumeric();
        if word {
            while let Some(&(j, d)) = iter.peek() {
                if d.is_alphanumeric() {
                    end = from + j + d.len_utf8();
                    iter.next();
                } else if d == '-' || d == '&' {
                    // Keep "co-operation", "Antwerp-Bruges", "R&D", "28-30" as one word.
                    let after = slice[j + 1..].chars().next();
                    if after.is_some_and(|a| a.is_alphanumeric()) {
                        end = from + j + 1;
                        iter.next();
                    } else {
                        break;
                    }
                } else {
                    break;
                }
            }
        }
        tokens.push(Token {
            start,
            end,
            word,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    tokens
}

/// A sentence (or a list line) as a token range and byte span.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub tok_start: usize,
    pub tok_end: usize,
    /// The line started with a bullet or an enumerator (stripped from the span).
    pub bullet: bool,
    /// The sentence begins a new line (so it may be a list item or a heading).
    pub line_start: bool,
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "no", "nos", "prof", "gen", "jan", "feb", "mar", "apr", "jun",
    "jul", "aug", "sep", "sept", "oct", "nov", "dec", "vs", "approx", "hon", "rev", "col", "lt",
    "sen", "rep", "gov", "amb", "corp", "inc", "ltd", "jr", "sr", "art", "para", "e.g", "i.e",
];

fn is_bullet_char(s: &str) -> bool {
    matches!(
        s,
        "•" | "·"
            | "-"
            | "*"
            | "–"
            | "—"
            | "▪"
            | "●"
            | "◦"
            | "‣"
            | "○"
            | "■"
            | "□"
            | "►"
            | "✓"
    )
}

fn is_closing(s: &str) -> bool {
    matches!(s, "\"" | "”" | "’" | "'" | ")" | "]" | "»")
}

/// Groups tokens into sentences: terminal punctuation followed by a likely sentence start, or a
/// line break (readouts often have headings and bullet lines without punctuation).
pub fn sentences(text: &str, tokens: &[Token]) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut begin = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let s = &text[t.start..t.end];
        let mut boundary_after = None;
        if !t.word && matches!(s, "." | "!" | "?" | "…") {
            let mut j = i + 1;
            while j < tokens.len()
                && !tokens[j].space_before
                && is_closing(&text[tokens[j].start..tokens[j].end])
            {
                j += 1;
            }
            let next = tokens.get(j);
            let ends = match next {
                None => true,
                Some(n) if n.newline_before => true,
                Some(n) if !n.space_before => false,
                Some(n) => {
                    let ns = &text[n.start..n.end];
                    let first = ns.chars().next().unwrap_or(' ');
                    let starts_like_sentence = first.is_uppercase()
                        || first.is_numeric()
                        || matches!(ns, "\"" | "“" | "‘" | "(" | "«")
                        || is_bullet_char(ns);
                    starts_like_sentence && !(s == "." && is_abbreviation(text, tokens, i))
                }
            };
            if ends {
                boundary_after = Some(j);
            }
        }
        if boundary_after.is_none() && tokens.get(i + 1).is_some_and(|n| n.newline_before) {
            boundary_after = Some(i + 1);
        }
        if let Some(j) = boundary_after {
            push_sentence(text, tokens, begin, j, &mut out);
            begin = j;
            i = j;
        } else {
            i += 1;
        }
    }
    if begin < tokens.len() {
        push_sentence(text, tokens, begin, tokens.len(), &mut out);
    }
    out
}

fn is_abbreviation(text: &str, tokens: &[Token], dot: usize) -> bool {
    let Some(prev_index) = dot.checked_sub(1) else {
        return false;
    };
    let prev = tokens[prev_index];
    if !prev.word || prev.end != tokens[dot].start {
        return false;
    }
    let word = &text[prev.start..prev.end];
    // Initials ("William K. Smith", "H.E.", "a.m.").
    if word.chars().count() == 1 {
        return true;
    }
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
}

fn push_sentence(text: &str, tokens: &[Token], from: usize, to: usize, out: &mut Vec<Sentence>) {
    if from >= to {
        return;
    }
    let mut first = from;
    let mut bullet = false;
    // Strip a leading bullet ("•", "-") or enumerator ("1.", "a)", "(b)").
    let s0 = &text[tokens[first].start..tokens[first].end];
    if is_bullet_char(s0) && first + 1 < to {
        first += 1;
        bullet = true;
    } else if first + 2 < to {
        let t1 = &text[tokens[first + 1].start..tokens[first + 1].end];
        let enumerator = tokens[first].word
            && s0.chars().count() <= 3
            && (s0.chars().all(|c| c.is_ascii_digit()) || s0.chars().count() == 1)
            && matches!(t1, "." | ")")
            && tokens[first + 2].space_before;
        let paren = s0 == "("
            && first + 3 < to
            && tokens[first + 1].word
            && &text[tokens[first + 2].start..tokens[first + 2].end] == ")"
            && text[tokens[first + 1].start..tokens[first + 1].end]
                .chars()
                .count()
                <= 3;
        if enumerator && tokens[first].newline_before {
            first += 2;
            bullet = true;
        } else if paren && tokens[first].newline_before {
            first += 3;
            bullet = true;
        }
    }
    let last = to - 1;
    if first > last {
        return;
    }
    out.push(Sentence {
        start: tokens[first].start,
        end: tokens[last].end,
        tok_start: first,
        tok_end: to,
        bullet,
        line_start: tokens[from].newline_before,
    });
}

/// Lower-cased view of the whole input with identical byte offsets (ASCII lower-casing only).
pub fn ascii_lower(text: &str) -> String {
    text.to_ascii_lowercase()
}

/// The token's text in the lower-cased view.
pub fn lw<'a>(lower: &'a str, t: &Token) -> &'a str {
    lower.get(t.start..t.end).unwrap_or("")
}

/// The token's original text.
pub fn raw<'a>(text: &'a str, t: &Token) -> &'a str {
    text.get(t.start..t.end).unwrap_or("")
}

/// First character is upper case.
pub fn is_capitalised(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_uppercase())
}

/// Trims whitespace and trailing commas/semicolons/colons from a span, keeping char boundaries.
pub fn trim_span(text: &str, start: usize, end: usize) -> (usize, usize) {
    let Some(slice) = text.get(start..end) else {
        return (start, start);
    };
    let trimmed_start = slice.trim_start();
    let s = start + (slice.len() - trimmed_start.len());
    let t =
        trimmed_start.trim_end_matches(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':'));
    (s, s + t.len())
}

/// Shortens a string to at most `max` chars at a word boundary.
pub fn shorten(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_string();
    }
    let mut out = String::new();
    for word in s.split_whitespace() {
        if out.chars().count() + word.chars().count() + 1 > max {
            break;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out.trim_end_matches([',', ';', ':']).to_string()
}

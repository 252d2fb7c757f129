//! The readout as the review page shows it: plain text with each proposal's words marked.

use serde::{Deserialize, Serialize};

/// A piece of the readout as the review page shows it: plain, or the words of proposal
/// `mark` (numbered from 0).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Segment {
    pub text: String,
    pub mark: Option<usize>,
}

/// Cuts `text` into plain and highlighted pieces for the given byte spans (in proposal order).
/// Where spans overlap, the earlier-starting one keeps the shared words; spans that are out
/// of range or not on character boundaries are left unmarked. The pieces always join back
/// into `text`.
pub fn highlight(text: &str, spans: &[(usize, usize)]) -> Vec<Segment> {
    let mut marks: Vec<(usize, usize, usize)> = spans
        .iter()
        .enumerate()
        .filter(|(_, (start, end))| {
            start < end
                && *end <= text.len()
                && text.is_char_boundary(*start)
                && text.is_char_boundary(*end)
        })
        .map(|(index, &(start, end))| (start, end, index))
        .collect();
    marks.sort();
    let mut segments = Vec::new();
    let mut at = 0;
    for (start, end, index) in marks {
        let start = start.max(at);
        if start >= end {
            continue;
        }
        if start > at {
            segments.push(Segment {
                text: text[at..start].to_owned(),
                mark: None,
            });
        }
        segments.push(Segment {
            text: text[start..end].to_owned(),
            mark: Some(index),
        });
        at = end;
    }
    if at < text.len() {
        segments.push(Segment {
            text: text[at..].to_owned(),
            mark: None,
        });
    }
    segments
}

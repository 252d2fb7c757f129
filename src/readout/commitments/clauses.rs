//! Reading one sentence of the input: its words, clauses, subjects, negations and who acts.

// The rest of the parent's implementation: it reads everything the parent reads.
use super::*;

impl Input<'_> {
    pub(super) fn words(&self) -> Words<'_> {
        Words {
            text: self.text,
            lower: self.lower,
            tokens: self.tokens,
        }
    }

    pub(super) fn w(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .and_then(|t| self.lower.get(t.start..t.end))
            .unwrap_or("")
    }

    pub(super) fn segments(&self, s: &Sentence) -> Vec<Seg> {
        let mut segs = Vec::new();
        let mut a = s.tok_start;
        let mut verb = None;
        for k in s.tok_start..s.tok_end {
            let w = self.w(k);
            let mut split_at = None;
            let mut v = None;
            if w == ";" || (w == "," && matches!(self.w(k + 1), "while" | "whereas" | "but")) {
                split_at = Some(k + 1);
            } else if w == "and" {
                let n1 = self.w(k + 1);
                if SPLIT_VERBS.contains(&n1) {
                    split_at = Some(k + 1);
                    v = Some(k + 1);
                } else if matches!(n1, "also" | "further" | "then" | "later" | "subsequently")
                    && SPLIT_VERBS.contains(&self.w(k + 2))
                {
                    split_at = Some(k + 1);
                    v = Some(k + 2);
                } else if SUBJECTS.contains(&n1) {
                    let found = (k + 2..(k + 5).min(s.tok_end))
                        .take_while(|&j| self.tokens.get(j).is_some_and(|t| t.word))
                        .find(|&j| SPLIT_VERBS.contains(&self.w(j)));
                    if let Some(j) = found {
                        split_at = Some(k + 1);
                        v = Some(j);
                    }
                }
            }
            if let Some(at) = split_at
                && at > a
                && at < s.tok_end
            {
                let end = if w == "and" { k } else { at };
                segs.push(Seg { a, b: end, verb });
                a = at;
                verb = v;
            }
        }
        segs.push(Seg {
            a,
            b: s.tok_end,
            verb,
        });
        segs
    }

    pub(super) fn rejected(&self, seg: &Seg, t: &Trigger) -> bool {
        let before = t.start.saturating_sub(3).max(seg.a)..t.start;
        if before.clone().any(|k| NEGATIONS.contains(&self.w(k))) {
            return true;
        }
        if (seg.a..t.start).any(|k| {
            DEMANDS.contains(&self.w(k))
                || (self.w(k) == "called" && matches!(self.w(k + 1), "on" | "upon" | "for"))
        }) {
            return true;
        }
        if (seg.a..seg.b).any(|k| DOMESTIC.contains(&self.w(k))) {
            return true;
        }
        let completed = matches!(t.class, Class::Agree | Class::Sign | Class::AgreeThat);
        let near = t.start.saturating_sub(4).max(seg.a)..(t.end + 4).min(seg.b);
        if completed && near.clone().any(|k| PAST_MARKERS.contains(&self.w(k))) {
            return true;
        }
        if t.start > seg.a && self.w(t.start - 1) == "had" {
            return true;
        }
        // A past date right at the verb: "signed in 2013", "In 2015 the sides agreed".
        let window = t.start.saturating_sub(6).max(seg.a)..(t.end + 6).min(seg.b);
        let mode = if t.class == Class::Sign {
            Mode::Past
        } else {
            Mode::Future
        };
        let limit = self
            .reference
            .checked_sub_days(Days::new(2))
            .unwrap_or(self.reference);
        self.dates.iter().any(|d| {
            window.contains(&d.tok_start)
                && Some(d.tok_start) != self.meeting_expr
                && d.prep != Some("since")
                && d.values.first().is_some_and(|v| {
                    self.resolver
                        .resolve(*v, mode)
                        .is_some_and(|r| is_past(&r, limit))
                })
        })
    }

    /// Due date and its text for a clause, preferring expressions after the trigger.
    pub(super) fn due(&self, seg: &Seg, t: &Trigger) -> (Option<String>, Option<String>) {
        let mode = if t.class == Class::Sign {
            Mode::Past
        } else {
            Mode::Future
        };
        let limit = self
            .reference
            .checked_sub_days(Days::new(2))
            .unwrap_or(self.reference);
        let in_seg: Vec<&DateExpr> = self
            .dates
            .iter()
            .filter(|d| d.tok_start >= seg.a && d.tok_end <= seg.b && d.prep != Some("since"))
            // Before the verb, the meeting date and "on Tuesday"/"yesterday" say when it was
            // agreed, not when it is due.
            .filter(|d| {
                d.tok_start >= t.start
                    || (Some(d.tok_start) != self.meeting_expr
                        && !d.values.iter().any(|v| {
                            matches!(
                                v,
                                DateValue::Weekday(_) | DateValue::Rel(Rel::Yesterday | Rel::Today)
                            )
                        }))
            })
            .collect();
        let ordered = in_seg
            .iter()
            .filter(|d| d.tok_start >= t.start)
            .chain(in_seg.iter().filter(|d| d.tok_start < t.start));
        let mut vague = None;
        for d in ordered {
            let Some(v) = d.values.first() else { continue };
            let text = self.text.get(d.start..d.end).map(str::to_string);
            match self.resolver.resolve(*v, mode) {
                Some(r) if !is_past(&r, limit) => return (Some(r.normal()), text),
                Some(_) => {}
                None => {
                    if vague.is_none() {
                        vague = text;
                    }
                }
            }
        }
        (None, vague)
    }

    /// Lower-case words of a token range with acronyms expanded, for classification.
    pub(super) fn kind_text(&self, a: usize, b: usize, skip: (usize, usize)) -> String {
        let mut out = String::new();
        for k in a..b.min(self.tokens.len()) {
            if (skip.0..skip.1).contains(&k) {
                continue;
            }
            let raw = self
                .tokens
                .get(k)
                .and_then(|t| self.text.get(t.start..t.end));
            let raw = raw.unwrap_or("");
            if let Some((_, exp)) = self.acronyms.iter().find(|(acr, _)| acr == raw) {
                out.push_str(exp);
            } else {
                out.push_str(self.w(k));
            }
            out.push(' ');
        }
        out
    }

    pub(super) fn span_text(&self, a: usize, b: usize) -> Option<(usize, usize)> {
        let start = self.tokens.get(a)?.start;
        let end = self.tokens.get(b.checked_sub(1)?)?.end;
        let (s, e) = trim_span(self.text, start, end);
        (s < e).then_some((s, e))
    }

    /// A short summary: what follows the trigger, or the subject for passive phrasings.
    pub(super) fn item(&self, seg: &Seg, t: &Trigger, a: usize, b: usize) -> String {
        let mut from = if a > t.start { a } else { t.end };
        while from < b
            && matches!(
                self.w(from),
                "to" | "in" | "for" | "on" | "of" | "with" | "that" | ":"
            )
        {
            from += 1;
        }
        let words_after = (from..b).filter(|&k| self.tokens[k].word).count();
        let passive = t.class == Class::Sign
            && t.start > seg.a
            && matches!(self.w(t.start - 1), "was" | "were" | "been" | "is" | "are");
        if t.class == Class::Discuss && a <= t.start {
            // "the issue of holding X": the item starts at the gerund.
            from = t.end.saturating_sub(1).max(t.start);
        }
        let (x, y) = if a > t.start {
            (a, b)
        } else if subject_carries_item(&self.words(), t) || passive || words_after < 3 {
            // The subject names the item: drop a lead-in ("According to X,", "He said that")
            // and trailing auxiliaries.
            let mut x = seg.a;
            let mut y = t.start.max(seg.a + 1).min(seg.b);
            if let Some(k) = (x..y).rev().find(|&k| matches!(self.w(k), "that" | ","))
                && (k + 1..y).filter(|&j| self.tokens[j].word).count() >= 2
            {
                x = k + 1;
            }
            while y > x + 1
                && matches!(
                    self.w(y - 1),
                    "was" | "were" | "been" | "is" | "are" | "has" | "have" | "be" | "also"
                )
            {
                y -= 1;
            }
            // "It is planned to hold ...": an empty subject, the item follows.
            if y == x + 1 && matches!(self.w(x), "it" | "this" | "there") {
                (from, b)
            } else {
                (x, y)
            }
        } else {
            (from, b)
        };
        let text = self
            .span_text(x, y)
            .and_then(|(s, e)| self.text.get(s..e))
            .unwrap_or("");
        shorten(text.trim_end_matches(['.', ',', ';']), 100)
    }

    /// For "he"/"she": the party named at the start of one of the two previous sentences.
    pub(super) fn previous_subject(&self, before: usize) -> Option<&Party> {
        let current = self.sentences.iter().rposition(|x| x.start <= before)?;
        for si in (current.saturating_sub(2)..current).rev() {
            let sentence = self.sentences.get(si)?;
            let head_end = self
                .tokens
                .get((sentence.tok_start + 8).min(sentence.tok_end.saturating_sub(1)))
                .map_or(sentence.end, |t| t.end);
            let head = self.text.get(sentence.start..head_end).unwrap_or("");
            let found = self.parties.iter().find(|p| {
                let surname = p.name.split_whitespace().last().unwrap_or("");
                let title = p.title.as_deref().unwrap_or("");
                (!surname.is_empty() && head.contains(surname))
                    || title_core(title).is_some_and(|core| head.contains(core))
            });
            if found.is_some() {
                return found;
            }
        }
        None
    }

    pub(super) fn obligor(&self, a: usize, t: &Trigger) -> Obligor {
        let subject = a..t.start;
        if subject.clone().any(|k| JOINT.contains(&self.w(k))) {
            return Obligor::Joint;
        }
        let (Some(s), Some(e)) = (
            self.tokens.get(a).map(|x| x.start),
            self.tokens.get(t.start).map(|x| x.start),
        ) else {
            return Obligor::Joint;
        };
        let named = |code: Option<&str>| {
            code.is_some()
                && self
                    .mentions
                    .iter()
                    .any(|m| m.start >= s && m.end <= e && Some(m.place.code) == code)
        };
        match (named(self.home), named(self.partner)) {
            (true, true) => return Obligor::Joint,
            (true, false) => return Obligor::Us,
            (false, true) => return Obligor::Them,
            _ => {}
        }
        let subject_text = self.text.get(s..e).unwrap_or("");
        let by_name = self.parties.iter().find(|p| {
            p.name
                .split_whitespace()
                .last()
                .is_some_and(|surname| subject_text.contains(surname))
        });
        let pronoun = subject.clone().any(|k| matches!(self.w(k), "he" | "she"));
        let party = by_name.or_else(|| {
            if pronoun {
                self.previous_subject(s)
            } else {
                None
            }
        });
        match party.and_then(|p| p.side) {
            Some(Side::Ours) => Obligor::Us,
            Some(Side::Theirs) => Obligor::Them,
            None => Obligor::Joint,
        }
    }
}

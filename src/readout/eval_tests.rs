//! Scores the extractor on the shared development set (read at test time, never copied):
//! commitment precision/recall/F1 by span overlap, strength/kind/due accuracy on matched pairs,
//! sector F1, partner-region and meeting-date accuracy.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use serde_json::Value;

use super::{Proposal, extract};
use crate::domain::sector::default_sector_synonyms;

/// The shared folder; `ACCORD_READOUTS_DIR` overrides it (for out-of-tree builds).
pub(super) fn readouts_dir() -> PathBuf {
    match std::env::var("ACCORD_READOUTS_DIR") {
        Ok(dir) if !dir.is_empty() => PathBuf::from(dir),
        _ => PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/readouts")),
    }
}

fn s(v: &Value, key: &str) -> Option<String> {
    v.get(key).and_then(Value::as_str).map(str::to_string)
}

/// Greedy one-to-one matching: an expected span is matched by the unused proposal that covers
/// the most of it, if that covers at least half of it.
fn match_spans(expected: &[(usize, usize)], proposed: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut used = vec![false; proposed.len()];
    let mut pairs = Vec::new();
    for (ei, &(es, ee)) in expected.iter().enumerate() {
        let need = (ee - es).div_ceil(2);
        let best = proposed
            .iter()
            .enumerate()
            .filter(|(pi, _)| !used[*pi])
            .map(|(pi, &(ps, pe))| (pi, pe.min(ee).saturating_sub(ps.max(es))))
            .filter(|&(_, overlap)| overlap >= need && overlap > 0)
            .max_by_key(|&(pi, overlap)| (overlap, usize::MAX - pi));
        if let Some((pi, _)) = best {
            used[pi] = true;
            pairs.push((ei, pi));
        }
    }
    pairs
}

const GENERIC: &[&str] = &[
    "cooperation",
    "co-operation",
    "industry",
    "industries",
    "sector",
    "sectors",
    "relations",
    "ties",
    "development",
    "complex",
    "and",
    "the",
    "of",
    "sphere",
    "field",
    "support",
];

fn stems(phrase: &str) -> Vec<String> {
    phrase
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 4 && !GENERIC.contains(w))
        .map(|w| w.chars().take(5).collect())
        .collect()
}

/// Lenient phrase match: equal, containment, or a shared 5-letter stem of a content word.
fn sector_match(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a == b || a.contains(&b) || b.contains(&a) {
        return true;
    }
    let sb = stems(&b);
    stems(&a).iter().any(|x| sb.contains(x))
}

fn sector_counts(expected: &[String], proposed: &[String]) -> usize {
    let mut used = vec![false; proposed.len()];
    let mut hits = 0;
    for e in expected {
        if let Some(i) = (0..proposed.len()).find(|&i| !used[i] && sector_match(e, &proposed[i])) {
            used[i] = true;
            hits += 1;
        }
    }
    hits
}

fn first_part(s: &str) -> String {
    s.split(',').next().unwrap_or("").trim().to_lowercase()
}

#[derive(Default)]
struct Totals {
    expected: usize,
    proposed: usize,
    matched: usize,
    strength_ok: usize,
    kind_ok: usize,
    due_ok: usize,
    sector_expected: usize,
    sector_proposed: usize,
    sector_hits: usize,
    region_ok: usize,
    date_ok: usize,
    files: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 1.0 } else { a as f64 / b as f64 }
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r == 0.0 {
        0.0
    } else {
        2.0 * p * r / (p + r)
    }
}

fn score_file(text: &str, exp: &Value, proposal: &Proposal, t: &mut Totals, verbose: bool) {
    let name = s(exp, "file").unwrap_or_default();
    let empty = Vec::new();
    let exp_commitments = exp
        .get("commitments")
        .and_then(Value::as_array)
        .unwrap_or(&empty);
    let mut exp_spans = Vec::new();
    for c in exp_commitments {
        let ct = s(c, "text").unwrap_or_default();
        match text.find(&ct) {
            Some(start) => exp_spans.push((start, start + ct.len())),
            None => panic!("{name}: expected text not found in the readout: {ct}"),
        }
    }
    let props: Vec<(usize, usize)> = proposal
        .commitments
        .iter()
        .map(|c| (c.span.start, c.span.end))
        .collect();
    let pairs = match_spans(&exp_spans, &props);
    t.expected += exp_spans.len();
    t.proposed += props.len();
    t.matched += pairs.len();
    for &(ei, pi) in &pairs {
        let (e, p) = (&exp_commitments[ei], &proposal.commitments[pi]);
        let strength = serde_json::to_value(p.strength).unwrap_or_default();
        let kind = serde_json::to_value(p.kind).unwrap_or_default();
        let strength_ok = e.get("strength") == Some(&strength);
        let kind_ok = e.get("kind") == Some(&kind);
        let due_ok = s(e, "due") == p.due;
        t.strength_ok += usize::from(strength_ok);
        t.kind_ok += usize::from(kind_ok);
        t.due_ok += usize::from(due_ok);
        if verbose && !(strength_ok && kind_ok && due_ok) {
            println!(
                "  {name}: matched but differs: strength {strength} vs {:?}, kind {kind} vs {:?}, due {:?} vs {:?}\n     {}",
                e.get("strength"),
                e.get("kind"),
                p.due,
                s(e, "due"),
                p.text
            );
        }
    }
    if verbose {
        for (ei, c) in exp_commitments.iter().enumerate() {
            if !pairs.iter().any(|&(e, _)| e == ei) {
                println!("  {name}: MISSED {}", s(c, "text").unwrap_or_default());
            }
        }
        for (pi, p) in proposal.commitments.iter().enumerate() {
            if !pairs.iter().any(|&(_, q)| q == pi) {
                println!("  {name}: EXTRA [{:?}/{:?}] {}", p.strength, p.kind, p.text);
            }
        }
    }
    // Sectors.
    let exp_sectors: Vec<String> = exp
        .get("sectors")
        .and_then(Value::as_array)
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_lowercase))
                .collect()
        })
        .unwrap_or_default();
    let hits = sector_counts(&exp_sectors, &proposal.sector_phrases);
    t.sector_expected += exp_sectors.len();
    t.sector_proposed += proposal.sector_phrases.len();
    t.sector_hits += hits;
    // Region.
    let exp_region = s(exp, "partner_region");
    let region_ok = match (&exp_region, &proposal.partner_region) {
        (None, None) => true,
        (Some(e), Some(p)) => {
            let (e, p) = (first_part(e), first_part(p));
            !p.is_empty() && (e == p || e.contains(&p))
        }
        _ => false,
    };
    t.region_ok += usize::from(region_ok);
    // Meeting date.
    let date_ok = s(exp, "meeting_date") == proposal.meeting_date;
    t.date_ok += usize::from(date_ok);
    t.files += 1;
    if verbose {
        println!(
            "{name}: commitments {}/{} matched ({} proposed); sectors {hits}/{} ({} proposed); region {:?} vs {:?}; date {:?} vs {:?}",
            pairs.len(),
            exp_spans.len(),
            props.len(),
            exp_sectors.len(),
            proposal.sector_phrases.len(),
            proposal.partner_region,
            exp_region,
            proposal.meeting_date,
            s(exp, "meeting_date"),
        );
        if !region_ok || !date_ok {
            println!("  region/date wrong");
        }
    }
}

/// The figures of one scored folder.
struct Figures {
    files: usize,
    f1: f64,
    precision: f64,
    recall: f64,
    strength: f64,
    kind: f64,
    due: f64,
    sector_f1: f64,
    region: f64,
    date: f64,
}

impl Totals {
    fn figures(&self) -> Figures {
        let precision = ratio(self.matched, self.proposed);
        let recall = ratio(self.matched, self.expected);
        Figures {
            files: self.files,
            f1: f1(precision, recall),
            precision,
            recall,
            strength: ratio(self.strength_ok, self.matched),
            kind: ratio(self.kind_ok, self.matched),
            due: ratio(self.due_ok, self.matched),
            sector_f1: f1(
                ratio(self.sector_hits, self.sector_proposed),
                ratio(self.sector_hits, self.sector_expected),
            ),
            region: ratio(self.region_ok, self.files),
            date: ratio(self.date_ok, self.files),
        }
    }

    fn print(&self, title: &str) {
        let f = self.figures();
        println!(
            "{title} ({} files): commitments expected {}, proposed {}, matched {}; \
             precision {:.3} recall {:.3} F1 {:.3}; strength {:.3} kind {:.3} due {:.3}; \
             sectors F1 {:.3}; partner region {:.3}; meeting date {:.3}",
            f.files,
            self.expected,
            self.proposed,
            self.matched,
            f.precision,
            f.recall,
            f.f1,
            f.strength,
            f.kind,
            f.due,
            f.sector_f1,
            f.region,
            f.date
        );
    }
}

/// Scores every readout of `dir` (its `expected.jsonl`), in all and per language; `None`
/// when the folder is absent. `verbose` prints each miss (never for the held-out part).
fn score_folder(
    dir: &std::path::Path,
    verbose: bool,
) -> Option<(Totals, BTreeMap<String, Totals>)> {
    let lines = std::fs::read_to_string(dir.join("expected.jsonl")).ok()?;
    let sectors = default_sector_synonyms();
    let mut all = Totals::default();
    let mut by_language: BTreeMap<String, Totals> = BTreeMap::new();
    for line in lines.lines().filter(|l| !l.trim().is_empty()) {
        let exp: Value = serde_json::from_str(line).expect("expected.jsonl line is JSON");
        let file = s(&exp, "file").expect("file name");
        let text = std::fs::read_to_string(dir.join(&file)).expect("readout file");
        let today = s(&exp, "published")
            .and_then(|d| NaiveDate::parse_from_str(&d, "%Y-%m-%d").ok())
            .or_else(|| NaiveDate::from_ymd_opt(2026, 11, 28))
            .expect("valid date");
        let proposal = extract(&text, today, &sectors).expect("readout under the size limit");
        for c in &proposal.commitments {
            assert_eq!(
                &text[c.span.start..c.span.end],
                c.text,
                "{file}: span must match text"
            );
        }
        score_file(&text, &exp, &proposal, &mut all, verbose);
        let language = s(&exp, "language").unwrap_or_else(|| "en".into());
        score_file(
            &text,
            &exp,
            &proposal,
            by_language.entry(language).or_default(),
            false,
        );
    }
    Some((all, by_language))
}

fn print_scores(title: &str, all: &Totals, by_language: &BTreeMap<String, Totals>) {
    all.print(title);
    for (language, totals) in by_language {
        totals.print(&format!("  {language}"));
    }
}

/// The corpus gathered for issue 18 inside the project (`tests/readouts`), split once before
/// any rule was tuned: `working/` is looked at, `held-out/` only scored.
fn corpus_dir(part: &str) -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/readouts")).join(part)
}

#[test]
fn corpus_working_part_scores() {
    let verbose = std::env::var("READOUT_EVAL_VERBOSE").is_ok();
    let (all, by_language) = score_folder(&corpus_dir("working"), verbose)
        .expect("tests/readouts/working is in the project");
    print_scores("readout corpus, working part", &all, &by_language);
    let f = all.figures();
    // Floors a little under the measured figures (see BENCHMARKS.md, Readouts), so
    // regressions fail.
    assert!(f.f1 >= WORKING_FLOORS[0], "commitment F1 {:.3}", f.f1);
    assert!(
        f.sector_f1 >= WORKING_FLOORS[1],
        "sector F1 {:.3}",
        f.sector_f1
    );
    assert!(
        f.region >= WORKING_FLOORS[2],
        "region accuracy {:.3}",
        f.region
    );
}

#[test]
fn corpus_held_out_part_scores() {
    // Totals only: the held-out readouts are never printed one by one.
    let (all, by_language) = score_folder(&corpus_dir("held-out"), false)
        .expect("tests/readouts/held-out is in the project");
    print_scores("readout corpus, held-out part", &all, &by_language);
    let f = all.figures();
    assert!(f.f1 >= HELD_OUT_FLOORS[0], "commitment F1 {:.3}", f.f1);
    assert!(
        f.sector_f1 >= HELD_OUT_FLOORS[1],
        "sector F1 {:.3}",
        f.sector_f1
    );
    assert!(
        f.region >= HELD_OUT_FLOORS[2],
        "region accuracy {:.3}",
        f.region
    );
}

/// Commitment F1, sector F1 and partner-region accuracy each part must keep: a little under
/// the figures of 2026-12-08 (working 0.525 / 0.282 / 0.333, held-out 0.500 / 0.107 / 0.458),
/// so that a change of the rules can only raise them.
const WORKING_FLOORS: [f64; 3] = [0.50, 0.26, 0.31];
const HELD_OUT_FLOORS: [f64; 3] = [0.48, 0.09, 0.43];

#[test]
fn development_set_scores() {
    let dir = readouts_dir();
    let verbose = std::env::var("READOUT_EVAL_VERBOSE").is_ok();
    let Some((t, by_language)) = score_folder(&dir, verbose) else {
        eprintln!(
            "skipping development_set_scores: no readouts at {} (set ACCORD_READOUTS_DIR)",
            dir.display()
        );
        return;
    };
    print_scores("readout development set", &t, &by_language);
    let f = t.figures();
    // Floors a little under the measured figures (F1 1.000, strength 0.979, kind 0.979,
    // due 1.000, sector F1 0.817, region 1.000, date 1.000), so regressions fail.
    assert!(f.f1 >= 0.95, "commitment F1 {:.3}", f.f1);
    assert!(f.strength >= 0.93, "strength accuracy {:.3}", f.strength);
    assert!(f.kind >= 0.93, "kind accuracy {:.3}", f.kind);
    assert!(f.due >= 0.95, "due accuracy {:.3}", f.due);
    assert!(f.sector_f1 >= 0.75, "sector F1 {:.3}", f.sector_f1);
    assert!(f.region >= 0.9, "region accuracy {:.3}", f.region);
    assert!(f.date >= 0.9, "meeting date accuracy {:.3}", f.date);
}

//! Unit and property tests on synthetic sentences (written for these tests, not taken from
//! any real readout), plus an ignored micro benchmark.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::domain::sector::default_sector_synonyms;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("valid test date")
}

fn run(text: &str) -> Proposal {
    extract(text, day(2026, 4, 20), &default_sector_synonyms()).expect("accepted")
}

fn assert_spans(text: &str, p: &Proposal) {
    for c in &p.commitments {
        assert!(text.is_char_boundary(c.span.start) && text.is_char_boundary(c.span.end));
        assert_eq!(&text[c.span.start..c.span.end], c.text);
    }
}

#[test]
fn seed_style_readout() {
    let text = "source: test\ntitle: Ambassador of Norway to Chile met the Governor of Valparaiso\n\
                date: published 2026-04-02\n\n\
                The Ambassador of Norway to Chile Ingrid Solberg held talks with the regional \
                governor. The governor noted that a national referendum on March 15 will decide the \
                new charter. At the end of the talks the parties agreed to continue dialogue aimed \
                at implementing joint initiatives and projects.";
    let p = run(text);
    assert_spans(text, &p);
    assert_eq!(p.metadata.dateline, Some(day(2026, 4, 2)));
    assert_eq!(p.commitments.len(), 1, "{:#?}", p.commitments);
    let c = &p.commitments[0];
    assert_eq!(c.strength, Strength::Firm);
    assert_eq!(c.kind, CommitmentKind::ContinueDialogue);
    assert!(c.text.contains("agreed to continue dialogue"));
    assert!(!p.commitments.iter().any(|c| c.text.contains("referendum")));
    assert_eq!(p.commitments[0].due, None);
    assert_eq!(p.meeting_date, None);
}

#[test]
fn referendum_is_never_a_commitment() {
    let p = run("A nationwide referendum will be held on March 15 to approve the reform.");
    assert!(p.commitments.is_empty(), "{:#?}", p.commitments);
}

#[test]
fn past_events_and_anniversaries_are_rejected() {
    let text = "This year the two countries celebrate the 30th anniversary of diplomatic relations. \
                The joint commission was held in Oslo in 2019. \
                In 2015 the sides signed a memorandum on fisheries. \
                The ministers recalled that they had agreed to open consulates.";
    let p = run(text);
    assert!(p.commitments.is_empty(), "{:#?}", p.commitments);
}

#[test]
fn opinions_and_demands_are_rejected() {
    let text = "The ministers agreed that the talks were useful. \
                The minister urged the neighbour to agree to a ceasefire. \
                No agreement was reached on fishing quotas.";
    let p = run(text);
    assert!(p.commitments.is_empty(), "{:#?}", p.commitments);
}

#[test]
fn relative_dates_resolve_against_the_dateline() {
    let text = "date: published 2025-06-11\n\n\
                The two ministers met yesterday in Vienna. \
                They agreed to hold the next round of consultations tomorrow. \
                The sides also agreed to organise a business forum this year.";
    let p = extract(text, day(2030, 1, 1), &default_sector_synonyms()).expect("accepted");
    assert_spans(text, &p);
    assert_eq!(p.meeting_date.as_deref(), Some("2025-06-10"));
    assert_eq!(p.commitments.len(), 2, "{:#?}", p.commitments);
    assert_eq!(p.commitments[0].due.as_deref(), Some("2025-06-12"));
    assert_eq!(p.commitments[0].kind, CommitmentKind::ContinueDialogue);
    assert_eq!(p.commitments[1].due.as_deref(), Some("2025"));
    assert_eq!(p.commitments[1].kind, CommitmentKind::Event);
}

#[test]
fn weekday_and_year_less_dates() {
    let text = "date: published 2024-03-09\n\nThe delegations met on Thursday in Rome.";
    let p = run(text);
    assert_eq!(p.meeting_date.as_deref(), Some("2024-03-07"));
    let p = run("The memorandum was signed on October 4 in Lisbon.");
    assert_eq!(p.meeting_date.as_deref(), Some("--10-04"));
    assert_eq!(p.commitments.len(), 1);
    assert_eq!(p.commitments[0].due.as_deref(), Some("--10-04"));
    assert_eq!(p.commitments[0].kind, CommitmentKind::Mou);
}

#[test]
fn a_past_date_is_never_due() {
    let text = "date: published 2026-05-01\n\n\
                The sides agreed to build on the results achieved in 2019 and to launch a new \
                programme in 2027.";
    let p = run(text);
    assert!(
        p.commitments
            .iter()
            .all(|c| c.due.as_deref() != Some("2019"))
    );
}

#[test]
fn list_after_agreed_to_is_split() {
    let text = "The foreign ministers met in Geneva and agreed to:\n\
                • set up a joint working group on energy\n\
                • hold a business forum in Tallinn in 2027\n\
                • continue regular consultations\n\
                The ministers also discussed the weather.";
    let p = run(text);
    assert_spans(text, &p);
    assert_eq!(p.commitments.len(), 3, "{:#?}", p.commitments);
    assert!(p.commitments.iter().all(|c| c.strength == Strength::Firm));
    assert_eq!(p.commitments[0].kind, CommitmentKind::WorkingGroup);
    assert_eq!(p.commitments[1].kind, CommitmentKind::Event);
    assert_eq!(p.commitments[1].due.as_deref(), Some("2027"));
    assert_eq!(p.commitments[2].kind, CommitmentKind::ContinueDialogue);
    assert_eq!(
        p.commitments[0].text,
        "set up a joint working group on energy"
    );
    let inline = run("The parties agreed to: open a trade office; send a delegation in May 2027.");
    assert_eq!(inline.commitments.len(), 2, "{:#?}", inline.commitments);
}

#[test]
fn respectively_distributes_dates() {
    let text = "date: published 2025-01-15\n\n\
                The sides agreed to convene the Joint Energy Committee and the Business Council \
                in March and June 2025, respectively.";
    let p = run(text);
    assert_spans(text, &p);
    assert_eq!(p.commitments.len(), 2, "{:#?}", p.commitments);
    assert_eq!(p.commitments[0].due.as_deref(), Some("2025-03"));
    assert_eq!(p.commitments[1].due.as_deref(), Some("2025-06"));
    assert!(
        p.commitments
            .iter()
            .all(|c| c.kind == CommitmentKind::WorkingGroup)
    );
}

#[test]
fn coordinated_clauses_of_different_strength_are_split() {
    let text = "The ministers confirmed their interest in closer cooperation and agreed to \
                sign a memorandum on health before the end of 2026.";
    let p = run(text);
    assert_spans(text, &p);
    assert_eq!(p.commitments.len(), 2, "{:#?}", p.commitments);
    assert_eq!(p.commitments[0].strength, Strength::Soft);
    assert_eq!(p.commitments[1].strength, Strength::Firm);
    assert_eq!(p.commitments[1].kind, CommitmentKind::Mou);
    assert_eq!(p.commitments[1].due.as_deref(), Some("2026"));
}

#[test]
fn soft_signals_and_partner_region() {
    let text = "Ambassador of Chile to Germany Pedro Soto met the Minister-President of Bavaria \
                Hans Weber in Munich. The Bavarian side expressed readiness to send a trade \
                mission to Chile. Minister-President Weber invited Ambassador Soto to the \
                upcoming innovation fair in Bavaria.";
    let p = run(text);
    assert_spans(text, &p);
    assert_eq!(p.partner_region.as_deref(), Some("Bavaria, Germany"));
    assert_eq!(p.home_country.as_deref(), Some("Chile"));
    assert_eq!(p.commitments.len(), 2, "{:#?}", p.commitments);
    assert!(p.commitments.iter().all(|c| c.strength == Strength::Soft));
    assert_eq!(p.commitments[1].kind, CommitmentKind::Event);
    assert_eq!(p.commitments[1].due_text.as_deref(), Some("upcoming"));
    assert!(
        p.parties
            .iter()
            .any(|x| x.name == "Pedro Soto" && x.country_or_region.as_deref() == Some("Chile"))
    );
}

#[test]
fn sectors_map_through_synonyms() {
    let text = "The parties discussed cooperation in the fields of energy, pharmaceuticals and \
                biotechnology, as well as tourism.";
    let p = run(text);
    let slugs: Vec<&str> = p.sectors.iter().map(|s| s.slug.as_str()).collect();
    assert!(slugs.contains(&"energy"));
    assert!(slugs.contains(&"pharma-biotech"));
    assert!(slugs.contains(&"culture-tourism"));
    assert!(
        p.sector_phrases
            .contains(&"pharmaceuticals and biotechnology".to_string())
    );
    // Admin-added sectors are honoured.
    let custom = vec![SectorSynonyms {
        slug: "space".into(),
        name: "Space".into(),
        synonyms: vec!["space".into(), "satellites".into()],
    }];
    let p = extract(
        "They discussed cooperation in satellites.",
        day(2026, 1, 1),
        &custom,
    )
    .expect("accepted");
    assert_eq!(p.sectors.len(), 1);
    assert_eq!(p.sectors[0].slug, "space");
}

#[test]
fn french_text_does_not_panic() {
    let text = "Les deux parties sont convenues de poursuivre le dialogue et de tenir la prochaine \
                réunion de la commission mixte à Bruxelles le 12 mars 2026. Élève, garçon, été.";
    let p = run(text);
    assert_spans(text, &p);
}

#[test]
fn html_is_plain_text() {
    let text = "<p>The sides agreed to hold a <b>forum</b> in 2027.</p>\
                <script>alert('agreed to hack')</script>";
    let p = run(text);
    assert_spans(text, &p);
    assert!(!p.commitments.is_empty());
    let json = p.to_expected_json().to_string();
    assert!(json.contains("<b>forum</b>"));
}

#[test]
fn oversized_input_is_refused() {
    let big = "a".repeat(MAX_INPUT_BYTES + 1);
    let err = extract(&big, day(2026, 1, 1), &[]).expect_err("refused");
    assert!(matches!(err, ReadoutError::TooLarge { .. }));
    assert!(err.to_string().contains("too long"));
    assert!(extract(&"a".repeat(MAX_INPUT_BYTES), day(2026, 1, 1), &[]).is_ok());
}

#[test]
fn json_has_the_expected_shape() {
    let p = run("The sides agreed to open a consulate in Almaty in 2027.");
    let v = p.to_expected_json();
    for key in [
        "meeting_date",
        "parties",
        "partner_region",
        "sectors",
        "commitments",
    ] {
        assert!(v.get(key).is_some(), "{key}");
    }
    let c = &v["commitments"][0];
    assert_eq!(c["strength"], "firm");
    assert_eq!(c["due"], "2027");
    for key in ["text", "kind", "due_text"] {
        assert!(c.get(key).is_some(), "{key}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn never_panics_and_spans_are_exact(text in "\\PC{0,400}") {
        let p = extract(&text, day(2026, 1, 1), &default_sector_synonyms()).expect("small input");
        assert_spans(&text, &p);
    }

    #[test]
    fn english_like_noise_is_safe(
        words in proptest::collection::vec(
            prop_oneof![
                Just("agreed to"), Just("signed"), Just("on"), Just("May"), Just("17"),
                Just("2026"), Just("respectively"), Just(","), Just("and"), Just(":\n•"),
                Just("."), Just("interest in"), Just("will be held"), Just("Kazakhstan"),
                Just("Flemish Brabant"), Just("(JEC)"), Just("Joint"), Just("28-30"),
                Just("é"), Just("—"), Just("yesterday"), Just("as well as"), Just("forum"),
                Just("Mr."), Just("Ambassador"), Just("of"), Just("Žofia Novák"), Just("’s"),
            ],
            0..80,
        )
    ) {
        let text = words.join(" ");
        let p = extract(&text, day(2026, 1, 1), &default_sector_synonyms()).expect("small input");
        assert_spans(&text, &p);
    }
}

#[test]
fn near_limit_input_is_safe() {
    let unit = "Les parties ont signé — 合意した 🤝 agreed to: • hold talks on 31 February; ";
    let mut text = String::new();
    while text.len() + unit.len() <= MAX_INPUT_BYTES {
        text.push_str(unit);
    }
    // Pad with multi-byte characters right up to the limit.
    while text.len() + 'é'.len_utf8() <= MAX_INPUT_BYTES {
        text.push('é');
    }
    let p = extract(&text, day(2026, 1, 1), &default_sector_synonyms()).expect("at the limit");
    assert_spans(&text, &p);
}

#[test]
#[ignore]
fn three_kilobyte_readout_time() {
    // The seed readout from the shared folder when present, else a synthetic stand-in.
    let seed = std::fs::read_to_string(
        super::eval_tests::readouts_dir().join("00-kz-flanders-seed.txt"),
    )
    .unwrap_or_else(|_| {
        "date: published 2026-03-11\n\nThe Ambassador of Chile to Austria met the Governor of \
         Tyrol. The sides discussed cooperation in the fields of energy, tourism and logistics. \
         The governor expressed interest in developing research ties and agreed to send a \
         delegation to Santiago in May 2026. A business forum will be held in Vienna on 12 June \
         2026.\n"
            .to_string()
    });
    // Repeat the body to at least 3 KB, then cut back to 3 KB at a word boundary.
    let body = seed
        .split_once("\n\n")
        .map_or(seed.as_str(), |(_, b)| b)
        .to_string();
    let mut text = seed.clone();
    while text.len() < 3 * 1024 {
        text.push_str("\n\n");
        text.push_str(&body);
    }
    let mut cut = 3 * 1024;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    if let Some(space) = text[..cut].rfind(' ') {
        text.truncate(space);
    }
    let sectors = default_sector_synonyms();
    let iterations = 200;
    let _ = extract(&text, day(2026, 3, 11), &sectors);
    let start = std::time::Instant::now();
    for _ in 0..iterations {
        let p = extract(&text, day(2026, 3, 11), &sectors).expect("accepted");
        std::hint::black_box(p);
    }
    let per_call = start.elapsed() / iterations;
    println!(
        "{} bytes: {:?} per extraction (mean of {iterations})",
        text.len(),
        per_call
    );
}

/// The longest one extraction may take on any text up to the size limit: a guard against
/// rules that go quadratic or worse on hostile input, not a speed goal (BENCHMARKS.md has
/// those). Generous, as the machine may be busy with other tests.
fn extraction_bound() -> std::time::Duration {
    if cfg!(debug_assertions) {
        std::time::Duration::from_secs(60)
    } else {
        std::time::Duration::from_secs(5)
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]

    /// Hostile texts near the size limit: pieces that look like commitments, lists, dates,
    /// markup and control characters, repeated in random order until the limit.
    #[test]
    fn hostile_texts_up_to_the_limit_never_panic_and_finish_in_bounded_time(
        pieces in proptest::collection::vec(
            prop_oneof![
                Just("The parties agreed to ".to_owned()),
                Just("• ".to_owned()),
                Just("1) ".to_owned()),
                Just("(((((".to_owned()),
                Just("\u{0}\u{7}\u{1b}[31m".to_owned()),
                Just("<script>alert(1)</script>".to_owned()),
                Just("by 31 December 2026, ".to_owned()),
                Just("Mr. Mr. Mr. ".to_owned()),
                Just("agreed to agreed to agreed to ".to_owned()),
                Just(",,,,,,,,".to_owned()),
                Just("\n\n\n".to_owned()),
                Just("Ambassador of Kazakhstan to Belgium ".to_owned()),
                Just("Казахстан и Фландрия договорились ".to_owned()),
                "\\PC{1,40}",
            ],
            1..40,
        ),
        no_sentence_ends in any::<bool>(),
    ) {
        let mut text = String::new();
        'fill: loop {
            for piece in &pieces {
                let piece = if no_sentence_ends { piece.replace('.', " ") } else { piece.clone() };
                if text.len() + piece.len() > MAX_INPUT_BYTES {
                    break 'fill;
                }
                text.push_str(&piece);
            }
        }
        let started = std::time::Instant::now();
        let p = extract(&text, day(2026, 1, 1), &default_sector_synonyms()).expect("within the limit");
        let took = started.elapsed();
        prop_assert!(took < extraction_bound(), "{} bytes took {took:?}", text.len());
        assert_spans(&text, &p);
    }
}

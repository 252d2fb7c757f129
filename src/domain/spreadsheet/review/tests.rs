use super::*;
use crate::domain::spreadsheet::file::SheetLine;

fn references() -> SheetReferences {
    let mut refs = SheetReferences::default();
    refs.add_partner(2, "Flanders", "flanders", false);
    refs.add_user(5, "aida@demo.accord.test");
    refs
}

fn file(rows: &[&[&str]]) -> SheetFile {
    let owned = |cells: &[&str]| cells.iter().map(|c| (*c).to_owned()).collect::<Vec<_>>();
    SheetFile {
        headers: owned(&["Ref", "Title", "Partner", "Status"]),
        rows: rows
            .iter()
            .enumerate()
            .map(|(k, cells)| SheetLine {
                line: k + 2,
                cells: owned(cells),
            })
            .collect(),
    }
}

fn outcomes(review: &SheetReview) -> Vec<&'static str> {
    review
        .rows
        .iter()
        .map(|row| match row.outcome {
            RowOutcome::Create(_) => "create",
            RowOutcome::AlreadyImported(_) => "imported",
            RowOutcome::Problems(_) => "problems",
            RowOutcome::Skipped => "skipped",
        })
        .collect()
}

#[test]
fn the_guessed_plan_checks_every_row_and_names_unknown_partners_once() {
    let sheet = file(&[
        &["A1", "Joint council", "Flanders", "proposed"],
        &["A2", "Port visit", "Limburg Province", ""],
        &["A3", "Second visit", "limburg  province", ""],
    ]);
    let plan = SheetPlan::read(&sheet.headers, &[]);
    let review = review_sheet(&sheet, &plan, &references());
    assert_eq!(outcomes(&review), vec!["create", "problems", "problems"]);
    assert_eq!(review.unknown_partners, vec!["Limburg Province"]);
    assert!(!review.ready());
    assert!(review.missing.is_empty());
}

#[test]
fn a_planned_partner_makes_its_rows_valid_with_a_placeholder_id() {
    let sheet = file(&[&["A2", "Port visit", "Limburg Province", ""]]);
    let pairs = vec![("p0".to_owned(), "part-of:2".to_owned())];
    let plan = SheetPlan::read(&sheet.headers, &pairs);
    let review = review_sheet(&sheet, &plan, &references());
    let created = review.to_create();
    assert_eq!(created.len(), 1);
    assert_eq!(created[0].0.fields.partner_id, planned_partner_id(0));
    assert_eq!(
        planned_partner_index(created[0].0.fields.partner_id),
        Some(0)
    );
    assert!(review.ready());
}

#[test]
fn repeated_keys_ragged_rows_and_left_out_rows_are_judged_per_row() {
    let sheet = file(&[
        &["A1", "Joint council", "Flanders", ""],
        &["A1", "Another", "Flanders", ""],
        &["A3", "Short row", "Flanders"],
        &["A4", "Long row", "Flanders", "", "surprise"],
        &["", "Bad status", "Flanders", "someday"],
    ]);
    let pairs = vec![("skip".to_owned(), "6".to_owned())];
    let plan = SheetPlan::read(&sheet.headers, &pairs);
    let review = review_sheet(&sheet, &plan, &references());
    assert_eq!(
        outcomes(&review),
        vec!["create", "problems", "problems", "problems", "skipped"]
    );
    let RowOutcome::Problems(problems) = &review.rows[1].outcome else {
        panic!("a repeated reference is a problem");
    };
    assert_eq!(problems[0].column, Some(SheetColumn::ExternalRef));
    assert!(problems[0].message.contains("Row 2"));
    let RowOutcome::Problems(problems) = &review.rows[2].outcome else {
        panic!("a short row is a problem");
    };
    assert_eq!(problems[0].column, None);
    assert!(
        problems[0]
            .message
            .contains("3 cells where the header has 4")
    );
}

#[test]
fn rows_imported_before_are_found_by_their_key_and_not_created_again() {
    let sheet = file(&[
        &["A1", "Joint council", "Flanders", ""],
        &["", "Trade mission", "Flanders", ""],
    ]);
    let plan = SheetPlan::read(&sheet.headers, &[]);
    let mut review = review_sheet(&sheet, &plan, &references());
    assert_eq!(
        review.keys(),
        vec!["ref:A1".to_owned(), "row:trade mission|flanders".to_owned()]
    );
    let imported = HashMap::from([("row:trade mission|flanders".to_owned(), 40)]);
    review.mark_imported(&imported);
    assert_eq!(outcomes(&review), vec!["create", "imported"]);
    assert_eq!(review.creates(), 1);
}

#[test]
fn an_unmapped_title_or_partner_column_stops_the_import() {
    let sheet = file(&[&["A1", "Joint council", "Flanders", ""]]);
    let pairs = vec![
        ("mapped".to_owned(), "1".to_owned()),
        ("c0".to_owned(), "external_ref".to_owned()),
        ("c1".to_owned(), "title".to_owned()),
        ("c2".to_owned(), String::new()),
    ];
    let plan = SheetPlan::read(&sheet.headers, &pairs);
    let review = review_sheet(&sheet, &plan, &references());
    assert_eq!(review.missing, vec![SheetColumn::Partner]);
    assert!(!review.ready());
}

#[test]
fn a_plan_survives_the_trip_through_the_review_form() {
    let headers: Vec<String> = ["Ref", "Title", "Partner"].map(String::from).to_vec();
    let plan = SheetPlan {
        mapping: vec![
            Some(SheetColumn::ExternalRef),
            None,
            Some(SheetColumn::Partner),
        ],
        new_partners: BTreeMap::from([(1, PartnerPlace::CountryIn(WorldRegion::Europe))]),
        skipped: BTreeSet::from([4, 9]),
    };
    assert_eq!(SheetPlan::read(&headers, &plan.to_pairs()), plan);
    assert_eq!(PartnerPlace::parse("part-of:-3"), None);
    assert_eq!(PartnerPlace::parse("region:atlantis"), None);
}

#[test]
fn someone_who_may_only_own_initiatives_cannot_import_rows_for_others() {
    let mut refs = references();
    refs.add_user(6, "bolat@demo.accord.test");
    let sheet = SheetFile {
        headers: ["Title", "Partner", "Owner"].map(String::from).to_vec(),
        rows: vec![
            SheetLine {
                line: 2,
                cells: ["Mine", "Flanders", "aida@demo.accord.test"]
                    .map(String::from)
                    .to_vec(),
            },
            SheetLine {
                line: 3,
                cells: ["Theirs", "Flanders", "bolat@demo.accord.test"]
                    .map(String::from)
                    .to_vec(),
            },
            SheetLine {
                line: 4,
                cells: ["Nobody's", "Flanders", ""].map(String::from).to_vec(),
            },
        ],
    };
    let plan = SheetPlan::read(&sheet.headers, &[]);
    let mut review = review_sheet(&sheet, &plan, &refs);
    review.only_owned_by(5);
    assert_eq!(outcomes(&review), vec!["create", "problems", "create"]);
}

/// Every problem the review can find reads in Russian and Kazakh (the page finds each English
/// message in the catalogue), and what the file wrote stays as written.
#[test]
fn every_row_problem_reads_in_each_language() {
    use crate::domain::Language;
    let columns = [
        "external_ref",
        "title",
        "partner",
        "owner_email",
        "deadline",
        "status",
        "sectors",
        "confidentiality",
        "meeting_date",
    ];
    let long = "x".repeat(300);
    // What the file writes that the messages must keep as written.
    let typed = [
        "Atlantis",
        "nobody@x.kz",
        "soon",
        "maybe",
        "Tourism",
        "secret",
        "later",
    ];
    let rows: Vec<Vec<String>> = [
        ["", "Retired", "Limburg", "", "", "", "", "", ""],
        ["", "Long partner", long.as_str(), "", "", "", "", "", ""],
        [
            "", "Unknown", typed[0], typed[1], typed[2], typed[3], typed[4], typed[5], typed[6],
        ],
        [
            "",
            "Early",
            "Flanders",
            "",
            "2027-01-01",
            "",
            "",
            "",
            "2027-02-01",
        ],
        [
            long.as_str(),
            "Long ref",
            "Flanders",
            "",
            "",
            "",
            "",
            "",
            "",
        ],
        [
            "",
            "Another's",
            "Flanders",
            "bolat@demo.accord.test",
            "",
            "",
            "",
            "",
            "",
        ],
        ["", "Twice", "Flanders", "", "", "", "", "", ""],
        ["", "Twice", "Flanders", "", "", "", "", "", ""],
        ["R1", "Same ref", "Flanders", "", "", "", "", "", ""],
        ["R1", "Same ref again", "Flanders", "", "", "", "", "", ""],
        ["", "", "Flanders", "", "", "active", "", "", ""],
    ]
    .iter()
    .map(|cells| cells.iter().map(|c| (*c).to_owned()).collect())
    .chain([vec![
        "".to_owned(),
        "Ragged".to_owned(),
        "Flanders".to_owned(),
    ]])
    .collect();
    let sheet = SheetFile {
        headers: columns.map(String::from).to_vec(),
        rows: rows
            .into_iter()
            .enumerate()
            .map(|(k, cells)| SheetLine { line: k + 2, cells })
            .collect(),
    };
    let mut pairs = vec![("mapped".to_owned(), "1".to_owned())];
    pairs.extend(
        columns
            .iter()
            .enumerate()
            .map(|(k, c)| (format!("c{k}"), (*c).to_owned())),
    );
    let mut refs = references();
    refs.add_partner(9, "Limburg", "limburg", true);
    refs.add_user(6, "bolat@demo.accord.test");
    let mut review = review_sheet(&sheet, &SheetPlan::read(&sheet.headers, &pairs), &refs);
    review.only_owned_by(5);
    let messages: BTreeSet<String> = review
        .rows
        .iter()
        .filter_map(|row| match &row.outcome {
            RowOutcome::Problems(problems) => Some(problems.iter().map(|p| p.message.clone())),
            _ => None,
        })
        .flatten()
        .collect();
    // Each of the review's own sentences, and the form's (title, owner of active work).
    assert!(messages.len() >= 16, "{messages:#?}");
    for message in &messages {
        for language in [Language::Russian, Language::Kazakh] {
            let read = language.translate_english(message);
            assert_ne!(&read, message, "{language:?} has no message for: {message}");
            for typed in typed {
                if message.contains(&format!("{typed} ")) || message.ends_with(&format!("{typed}."))
                {
                    assert!(read.contains(typed), "{typed} kept in {read}");
                }
            }
        }
    }
}

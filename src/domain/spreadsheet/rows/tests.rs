use super::*;

fn references() -> SheetReferences {
    let mut refs = SheetReferences::default();
    refs.add_partner(2, "Flanders", "flanders", false);
    refs.add_partner(9, "Limburg", "limburg", true);
    refs.add_user(5, "aida@demo.accord.test");
    refs.add_sector(1, &["Trade and investment", "trade", "торговля"]);
    refs.add_sector(3, &["Education", "education"]);
    refs
}

const MAPPING: [Option<SheetColumn>; 8] = [
    Some(SheetColumn::ExternalRef),
    Some(SheetColumn::Title),
    Some(SheetColumn::Partner),
    Some(SheetColumn::OwnerEmail),
    Some(SheetColumn::Deadline),
    Some(SheetColumn::Status),
    Some(SheetColumn::Sectors),
    None,
];

fn row(cells: [&str; 8]) -> RowCheck {
    let cells: Vec<String> = cells.iter().map(|c| (*c).to_owned()).collect();
    check_row(4, &cells, &MAPPING, &references())
}

fn columns(check: &RowCheck) -> Vec<Option<SheetColumn>> {
    check
        .outcome
        .as_ref()
        .expect_err("problems")
        .iter()
        .map(|p| p.column)
        .collect()
}

#[test]
fn a_good_row_becomes_an_initiative_with_its_references_resolved() {
    let check = row([
        "KZ-17",
        " Trade  mission ",
        "flanders",
        "AIDA@demo.accord.test",
        "31.03.2027",
        "В работе",
        "Trade; Education",
        "ignored",
    ]);
    let imported = check.outcome.expect("valid");
    assert_eq!(imported.line, 4);
    assert_eq!(imported.external_ref.as_deref(), Some("KZ-17"));
    assert_eq!(imported.fields.title, "Trade  mission");
    assert_eq!(imported.fields.partner_id, 2);
    assert_eq!(imported.fields.owner_id, Some(5));
    assert_eq!(
        imported.fields.deadline,
        NaiveDate::from_ymd_opt(2027, 3, 31)
    );
    assert_eq!(imported.status, Status::Active);
    assert_eq!(imported.fields.sector_ids, vec![1, 3]);
    assert_eq!(imported.fields.confidentiality, Confidentiality::Internal);
}

#[test]
fn every_problem_is_named_by_its_column() {
    let check = row([
        "",
        "",
        "Atlantis",
        "nobody@x.kz",
        "next spring",
        "maybe",
        "Tourism",
        "",
    ]);
    assert_eq!(
        columns(&check),
        vec![
            Some(SheetColumn::Partner),
            Some(SheetColumn::OwnerEmail),
            Some(SheetColumn::Deadline),
            Some(SheetColumn::Status),
            Some(SheetColumn::Sectors),
            Some(SheetColumn::Title),
        ]
    );
    assert_eq!(check.unknown_partner.as_deref(), Some("Atlantis"));
    let problems = check.outcome.expect_err("problems");
    assert!(problems.iter().all(|p| p.line == 4));
    assert!(problems[0].message.contains("Atlantis"));
}

#[test]
fn retired_partners_and_active_work_without_an_owner_are_refused() {
    let retired = row(["", "Visit", "Limburg", "", "", "", "", ""]);
    assert_eq!(columns(&retired), vec![Some(SheetColumn::Partner)]);
    assert_eq!(retired.unknown_partner, None);
    let ownerless = row(["", "Visit", "Flanders", "", "2027-01-01", "active", "", ""]);
    assert_eq!(columns(&ownerless), vec![Some(SheetColumn::OwnerEmail)]);
}

#[test]
fn dates_and_statuses_are_read_as_these_offices_write_them() {
    for raw in ["2027-03-31", "31.03.2027", "31/03/2027"] {
        assert_eq!(
            sheet_date(raw),
            NaiveDate::from_ymd_opt(2027, 3, 31),
            "{raw}"
        );
    }
    assert_eq!(
        sheet_date("03/31/2027"),
        None,
        "never guessed as month first"
    );
    assert_eq!(sheet_status(""), Some(Status::Proposed));
    assert_eq!(sheet_status("Completed"), Some(Status::Completed));
    assert_eq!(sheet_status("выполнено"), Some(Status::Completed));
    assert_eq!(sheet_status("Орындалды"), Some(Status::Completed));
    assert_eq!(sheet_status("soon"), None);
}

#[test]
fn cells_a_spreadsheet_would_run_are_refused_with_one_message_each() {
    let check = row([
        "@SUM(1+1)",
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "+cmd|' /C calc'!A0",
        "",
        "",
        "",
        "",
        "",
    ]);
    assert_eq!(
        columns(&check),
        vec![
            Some(SheetColumn::Title),
            Some(SheetColumn::Partner),
            Some(SheetColumn::ExternalRef),
        ]
    );
    assert_eq!(
        check.unknown_partner, None,
        "a formula is never offered as a new partner"
    );
    let problems = check.outcome.expect_err("problems");
    assert!(
        problems[0].message.contains("begins with “=”"),
        "{}",
        problems[0].message
    );
    assert!(
        problems[0].message.contains('…'),
        "a long cell is shortened in the message"
    );
    // A dash opens ordinary text in these sheets; the export still guards it.
    let dash = row(["", "- Visit the port", "Flanders", "", "", "", "", ""]);
    assert!(dash.outcome.is_ok());
}

/// A spreadsheet exported or typed in Accord's own words reads back: every status's name in
/// each of the interface's languages is recognised as that status.
#[test]
fn statuses_read_back_by_their_names_in_every_language() {
    use crate::domain::{Language, Status};
    for language in Language::ALL {
        for status in Status::ALL {
            let name = language.name_of(*status);
            assert_eq!(
                super::sheet_status(&name),
                Some(*status),
                "{language:?}: {name}"
            );
        }
    }
}

/// Confidentiality reads back by its name in each of the interface's languages.
#[test]
fn confidentiality_reads_back_by_its_names_in_every_language() {
    use crate::domain::{Confidentiality, Language};
    for language in Language::ALL {
        for level in Confidentiality::ALL {
            let name = language.name_of(*level);
            assert_eq!(
                super::sheet_confidentiality(&name),
                Some(*level),
                "{language:?}: {name}"
            );
        }
    }
}

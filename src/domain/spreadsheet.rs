//! Existing commitments from a spreadsheet: which column holds what, guessed from the header
//! row (in English, Russian or Kazakh, as desks name their columns) for the user to correct,
//! and which delimiter the file uses (Europe and Central Asia export with semicolons).

use super::text_enum::text_enum;

pub mod file;
pub mod review;
mod rows;

pub use file::{SheetFile, SheetFileProblem};
pub use review::{PartnerPlace, RowOutcome, SheetPlan, SheetReview, review_sheet, row_key};
pub use rows::{
    CellProblem, RowCheck, SheetReferences, SheetRow, check_row, sheet_date, sheet_status,
};

text_enum! {
    /// What a spreadsheet column holds.
    pub enum SheetColumn {
        Title => ("title", "Title"),
        Partner => ("partner", "Partner"),
        OwnerEmail => ("owner_email", "Owner e-mail"),
        Deadline => ("deadline", "Deadline"),
        Status => ("status", "Status"),
        Sectors => ("sectors", "Sectors"),
        Confidentiality => ("confidentiality", "Confidentiality"),
        Description => ("description", "Description"),
        MeetingDate => ("meeting_date", "Source meeting date"),
        /// The spreadsheet's own key for the row: importing it again finds the row by it.
        ExternalRef => ("external_ref", "External reference"),
    }
}

/// Header words that name each column, already normalised (lower case, letters and digits
/// only). A header equal to one of them wins over a header that merely contains one.
const HEADER_WORDS: &[(SheetColumn, &[&str])] = &[
    (
        // Not "№", "No", "Номер" or "ID": in these sheets that is the row's running number, which
        // two desks' files share, so taking it as a reference would find one desk's rows
        // "imported before" in another's.
        SheetColumn::ExternalRef,
        &[
            "ref",
            "reference",
            "externalref",
            "externalreference",
            "key",
            "ключ",
        ],
    ),
    (
        SheetColumn::OwnerEmail,
        &[
            "owneremail",
            "owner",
            "email",
            "responsible",
            "ответственный",
            "исполнитель",
            "жауапты",
            "орындаушы",
        ],
    ),
    (
        SheetColumn::MeetingDate,
        &[
            "meetingdate",
            "sourcemeetingdate",
            "dateofmeeting",
            "meeting",
            "датавстречи",
            "встреча",
            "кездесукүні",
            "кездесу",
        ],
    ),
    (
        SheetColumn::Title,
        &[
            "title",
            "initiative",
            "commitment",
            "subject",
            "whatwasagreed",
            "название",
            "наименование",
            "инициатива",
            "обязательство",
            "атауы",
            "бастама",
            "міндеттеме",
        ],
    ),
    (
        SheetColumn::Partner,
        &[
            "partner",
            "country",
            "counterpart",
            "organisation",
            "organization",
            "партнер",
            "партнёр",
            "страна",
            "серіктес",
            "ел",
        ],
    ),
    (
        SheetColumn::Deadline,
        &[
            "deadline",
            "due",
            "duedate",
            "dueby",
            "срок",
            "дедлайн",
            "крайнийсрок",
            "мерзім",
            "мерзімі",
        ],
    ),
    (
        SheetColumn::Status,
        &["status", "state", "статус", "состояние", "мәртебе", "күйі"],
    ),
    (
        SheetColumn::Sectors,
        &[
            "sectors",
            "sector",
            "area",
            "field",
            "fields",
            "сфера",
            "сферы",
            "отрасль",
            "сектор",
            "сала",
            "салалар",
        ],
    ),
    (
        SheetColumn::Confidentiality,
        &[
            "confidentiality",
            "classification",
            "access",
            "конфиденциальность",
            "гриф",
            "құпиялық",
        ],
    ),
    (
        SheetColumn::Description,
        &[
            "description",
            "details",
            "notes",
            "comment",
            "описание",
            "примечание",
            "комментарий",
            "сипаттама",
            "ескерту",
        ],
    ),
];

/// A header as compared: lower case, letters and digits (and №) only ("Owner e-mail" →
/// "owneremail").
fn normalised(header: &str) -> String {
    header
        .chars()
        .flat_map(char::to_lowercase)
        .filter(|c| c.is_alphanumeric() || *c == '№')
        .collect()
}

/// What each header most likely names: first the headers that equal a known word, then those
/// that contain one; each column is given to one header at most (the leftmost).
pub fn guess_columns(headers: &[String]) -> Vec<Option<SheetColumn>> {
    let names: Vec<String> = headers.iter().map(|h| normalised(h)).collect();
    let mut guessed: Vec<Option<SheetColumn>> = vec![None; headers.len()];
    let exact = |name: &str, words: &[&str]| words.contains(&name);
    let partial = |name: &str, words: &[&str]| {
        words
            .iter()
            .any(|word| word.chars().count() >= 4 && name.contains(word))
    };
    for matches in [&exact as &dyn Fn(&str, &[&str]) -> bool, &partial] {
        for (column, words) in HEADER_WORDS {
            if guessed.contains(&Some(*column)) {
                continue;
            }
            let found = names
                .iter()
                .enumerate()
                .find(|(k, name)| guessed[*k].is_none() && matches(name, words));
            if let Some((k, _)) = found {
                guessed[k] = Some(*column);
            }
        }
    }
    guessed
}

/// The delimiter of a CSV file judged from its first line: a semicolon when it has more
/// semicolons than commas outside quotes (as Excel writes CSV where the decimal separator is
/// a comma), else a comma.
pub fn delimiter_of(first_line: &str) -> u8 {
    let (mut commas, mut semicolons, mut quoted) = (0, 0, false);
    for c in first_line.chars() {
        match c {
            '"' => quoted = !quoted,
            ',' if !quoted => commas += 1,
            ';' if !quoted => semicolons += 1,
            _ => {}
        }
    }
    if semicolons > commas { b';' } else { b',' }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn headers(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| (*n).to_owned()).collect()
    }

    #[test]
    fn english_headers_are_recognised_whatever_their_spelling() {
        let guessed = guess_columns(&headers(&[
            "Ref",
            "Title",
            "Partner",
            "Owner e-mail",
            "Deadline",
            "Status",
            "Sectors",
            "Confidentiality",
            "Description",
            "Source meeting date",
        ]));
        assert_eq!(
            guessed,
            vec![
                Some(SheetColumn::ExternalRef),
                Some(SheetColumn::Title),
                Some(SheetColumn::Partner),
                Some(SheetColumn::OwnerEmail),
                Some(SheetColumn::Deadline),
                Some(SheetColumn::Status),
                Some(SheetColumn::Sectors),
                Some(SheetColumn::Confidentiality),
                Some(SheetColumn::Description),
                Some(SheetColumn::MeetingDate),
            ]
        );
    }

    #[test]
    fn russian_and_kazakh_headers_are_recognised() {
        let russian = guess_columns(&headers(&[
            "№",
            "Наименование",
            "Страна",
            "Ответственный",
            "Срок",
            "Статус",
            "Сфера",
        ]));
        assert_eq!(russian[0], None, "a running number is not a reference");
        assert_eq!(russian[1], Some(SheetColumn::Title));
        assert_eq!(russian[2], Some(SheetColumn::Partner));
        assert_eq!(russian[3], Some(SheetColumn::OwnerEmail));
        assert_eq!(russian[4], Some(SheetColumn::Deadline));
        assert_eq!(russian[5], Some(SheetColumn::Status));
        assert_eq!(russian[6], Some(SheetColumn::Sectors));
        let kazakh = guess_columns(&headers(&["Атауы", "Серіктес", "Мерзімі", "Мәртебе"]));
        assert_eq!(
            kazakh,
            vec![
                Some(SheetColumn::Title),
                Some(SheetColumn::Partner),
                Some(SheetColumn::Deadline),
                Some(SheetColumn::Status),
            ]
        );
    }

    #[test]
    fn a_column_is_given_once_and_unknown_headers_stay_unmapped() {
        let guessed = guess_columns(&headers(&["Deadline", "Deadline (revised)", "Colour", ""]));
        assert_eq!(guessed, vec![Some(SheetColumn::Deadline), None, None, None]);
    }

    #[test]
    fn the_delimiter_is_what_the_first_line_uses_outside_quotes() {
        assert_eq!(delimiter_of("Title,Partner,Deadline"), b',');
        assert_eq!(delimiter_of("Title;Partner;Deadline"), b';');
        assert_eq!(delimiter_of("\"Trade, investment\";Partner"), b';');
        assert_eq!(delimiter_of("Title"), b',');
    }
}

//! Messages that reach a page as English text: the field messages of a refused form
//! (`FieldErrors`, written by the domain rules in English, which the API and the CLI show as
//! they are) and `AppError`s. A page shows them in its own language by finding the English
//! message they came from and writing that message in the page's language.

use std::collections::HashMap;
use std::sync::LazyLock;

use fluent_syntax::ast::{Entry, Expression, InlineExpression, PatternElement};

use super::Language;
use crate::domain::changes::{DeadlineShift, Holder, Reassignment};
use crate::error::AppError;

/// One English message as a template: literal text and the variables between.
#[derive(Debug)]
struct Template {
    id: &'static str,
    parts: Vec<Part>,
}

#[derive(Debug, PartialEq)]
enum Part {
    Text(&'static str),
    Variable(&'static str),
}

/// A template must say something of its own to be recognised: "{ $day } { $month } { $year }"
/// would match any three words.
const MIN_TEMPLATE_LETTERS: usize = 8;

fn literal_letters(parts: &[Part]) -> usize {
    parts
        .iter()
        .map(|part| match part {
            Part::Text(text) => text.chars().filter(|c| c.is_alphabetic()).count(),
            Part::Variable(_) => 0,
        })
        .sum()
}

/// English's messages made only of text and plain variables; a message whose text other
/// messages share is matched under the first id (they say the same thing).
struct EnglishMessages {
    by_text: HashMap<&'static str, &'static str>,
    templates: Vec<Template>,
}

static ENGLISH: LazyLock<EnglishMessages> = LazyLock::new(|| {
    let source: &'static str = include_str!("en/main.ftl");
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        // The catalogue tests parse the same file; a broken one never ships.
        Err((resource, _)) => resource,
    };
    let mut by_text = HashMap::new();
    let mut templates = Vec::new();
    for entry in resource.body {
        let Entry::Message(message) = entry else {
            continue;
        };
        let Some(pattern) = message.value else {
            continue;
        };
        let parts: Option<Vec<Part>> = pattern
            .elements
            .into_iter()
            .map(|element| match element {
                PatternElement::TextElement { value } => Some(Part::Text(value)),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::VariableReference { id }),
                } => Some(Part::Variable(id.name)),
                PatternElement::Placeable {
                    expression: Expression::Inline(InlineExpression::StringLiteral { value }),
                } => Some(Part::Text(value)),
                PatternElement::Placeable { .. } => None,
            })
            .collect();
        let Some(parts) = parts else { continue };
        let id = message.id.name;
        if let [Part::Text(text)] = parts.as_slice() {
            by_text.entry(*text).or_insert(id);
        } else if parts.iter().any(|part| matches!(part, Part::Variable(_)))
            && literal_letters(&parts) >= MIN_TEMPLATE_LETTERS
        {
            templates.push(Template { id, parts });
        }
    }
    EnglishMessages { by_text, templates }
});

impl Template {
    /// The variables' values when `text` is this message with them filled in.
    fn match_text(&self, text: &str) -> Option<Vec<(&'static str, String)>> {
        let mut values = Vec::new();
        match_parts(&self.parts, text, &mut values).then_some(values)
    }
}

/// Whether `text` is `parts` filled in; the values go to `values`. A value may hold the text
/// that follows it ("nobody@x.kz" before "."), so each place that text occurs is tried.
fn match_parts(parts: &[Part], text: &str, values: &mut Vec<(&'static str, String)>) -> bool {
    match parts {
        [] => text.is_empty(),
        [Part::Text(literal), rest @ ..] => text
            .strip_prefix(literal)
            .is_some_and(|after| match_parts(rest, after, values)),
        [Part::Variable(name), rest @ ..] => match rest.first() {
            None => {
                values.push((*name, text.to_owned()));
                !text.is_empty()
            }
            Some(Part::Text(next)) => {
                let tried = values.len();
                for (end, _) in text.match_indices(next) {
                    if end > 0 {
                        values.push((*name, text[..end].to_owned()));
                        if match_parts(rest, &text[end..], values) {
                            return true;
                        }
                    }
                    values.truncate(tried);
                }
                false
            }
            // Two variables in a row cannot be told apart.
            Some(Part::Variable(_)) => false,
        },
    }
}

impl Language {
    /// `english` (a message the code wrote in English) in this language; text that is no
    /// English message (a user's input, a technical detail) comes back as it is.
    pub fn translate_english(self, english: &str) -> String {
        if self == Language::English {
            return english.to_owned();
        }
        let messages = &*ENGLISH;
        if let Some(id) = messages.by_text.get(english) {
            return self.t(id);
        }
        // The template that explains the most of the text is the one it came from.
        let best = messages
            .templates
            .iter()
            .filter_map(|template| Some((template, template.match_text(english)?)))
            .max_by_key(|(template, _)| literal_letters(&template.parts));
        if let Some((template, values)) = best {
            // A value is a name the code put in (a field's label, a status) or the user's text:
            // only whole messages are translated.
            let args: Vec<_> = values
                .into_iter()
                .map(|(name, value)| {
                    let shown = match messages.by_text.get(value.as_str()) {
                        Some(id) => self.t(id),
                        None => value,
                    };
                    (name, shown.into())
                })
                .collect();
            return self.t_with(template.id, &args);
        }
        english.to_owned()
    }

    /// "from Aida Nurlanova to Yerlan Ospanov" in this language (names as typed).
    pub fn reassignment(self, reassignment: &Reassignment) -> String {
        let holder = |holder: &Holder| match holder {
            Holder::Nobody => self.t("changes-nobody"),
            Holder::User(name) => name.clone(),
            Holder::Gone(id) => {
                self.t_with("changes-unknown-user", &[("id", id.to_string().into())])
            }
        };
        self.t_with(
            "changes-reassigned-detail",
            &[
                ("from", holder(&reassignment.from).into()),
                ("to", holder(&reassignment.to).into()),
            ],
        )
    }

    /// "from 1 May 2026 to 3 August 2026" (a deadline before and after a move).
    pub fn deadline_shift(self, shift: &DeadlineShift) -> String {
        let day = |d: Option<chrono::NaiveDate>| {
            d.map_or_else(|| self.t("deadline-none"), |d| self.date(d))
        };
        self.t_with(
            "changes-moved-detail",
            &[
                ("from", day(shift.from).into()),
                ("to", day(shift.to).into()),
            ],
        )
    }

    /// What an error says, in this language.
    pub fn error(self, error: &AppError) -> String {
        match error {
            AppError::Validation(_) => self.t("error-validation"),
            AppError::NotFound(what) => {
                self.t_with("error-not-found", &[("what", what.to_lowercase().into())])
            }
            AppError::Conflict => self.t("error-conflict"),
            AppError::Forbidden => self.t("error-forbidden"),
            AppError::Unauthenticated => self.t("error-unauthenticated"),
            AppError::Unavailable => self.t("error-unavailable"),
            AppError::Internal { reference } => {
                self.t_with("error-internal", &[("reference", reference.clone().into())])
            }
            AppError::Request(reason) => self.t_with(
                "error-request",
                &[("reason", self.translate_english(reason).into())],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_messages_are_found_by_their_english_text() {
        assert_eq!(
            Language::Russian.translate_english("Say why the initiative is blocked."),
            Language::Russian.t("status-error-blocked-needs-reason")
        );
        assert_ne!(
            Language::Russian.translate_english("Say why the initiative is blocked."),
            "Say why the initiative is blocked."
        );
    }

    #[test]
    fn messages_with_values_are_matched_and_their_values_translated() {
        let english = "Title must be at most 200 characters.";
        let russian = Language::Russian.translate_english(english);
        assert_eq!(
            russian,
            Language::Russian.t_with(
                "validation-too-long",
                &[
                    ("label", Language::Russian.t("field-title").into()),
                    ("max", "200".into())
                ]
            )
        );
        let moved = Language::Kazakh
            .translate_english("An initiative cannot move from Proposed to Completed.");
        assert!(
            moved.contains(&Language::Kazakh.t("status-proposed")),
            "{moved}"
        );
    }

    #[test]
    fn a_value_may_hold_the_text_that_follows_it() {
        let english = "No active user has the e-mail a.b@x.kz.";
        let russian = Language::Russian.translate_english(english);
        assert_eq!(
            russian,
            Language::Russian.t_with("sheet-row-owner-unknown", &[("email", "a.b@x.kz".into())])
        );
    }

    #[test]
    fn other_text_is_left_as_typed() {
        assert_eq!(
            Language::Russian.translate_english("Мой текст"),
            "Мой текст"
        );
        assert_eq!(
            Language::English.translate_english("Anything."),
            "Anything."
        );
    }

    #[test]
    fn errors_read_in_the_language() {
        let not_found = Language::Russian.error(&AppError::NotFound("Initiative".into()));
        assert_ne!(not_found, "Initiative was not found.");
        assert_eq!(
            Language::English.error(&AppError::NotFound("Initiative".into())),
            "Initiative was not found."
        );
    }

    #[test]
    fn a_reassignment_names_people_as_typed_and_the_rest_in_the_language() {
        let moved = Reassignment {
            from: Holder::Nobody,
            to: Holder::User("Ayan to Bolat".into()),
        };
        assert_eq!(
            Language::English.reassignment(&moved),
            "from nobody to Ayan to Bolat"
        );
        let russian = Language::Russian.reassignment(&moved);
        assert!(russian.contains("Ayan to Bolat"), "{russian}");
        assert!(
            russian.contains(&Language::Russian.t("changes-nobody")),
            "{russian}"
        );
        let gone = Reassignment {
            from: Holder::Gone(7),
            to: Holder::Nobody,
        };
        assert!(Language::Kazakh.reassignment(&gone).contains('7'));
    }
}

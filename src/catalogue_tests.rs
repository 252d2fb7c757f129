//! The message catalogues (`src/i18n/<language>/main.ftl`) agree with English: each parses,
//! has exactly English's messages and attributes, uses the same variables in each, gives
//! Russian counts all of its plural forms, and is a translation, not a copy of English.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// The languages besides English; each must mirror English.
const TRANSLATIONS: [&str; 2] = ["ru", "kk"];

/// Messages that are the same text in every language: names of languages and of the
/// product, file formats, and text made only of variables.
const SAME_IN_EVERY_LANGUAGE: &[&str] = &[
    "language-en",
    "language-ru",
    "language-kk",
    "page-title",
    "page-title-empty",
    "date-time",
    "downloads-excel",
    "partner-brief-excel",
];

/// One message as the tests compare it.
#[derive(Debug, Default)]
pub(crate) struct MessageFacts {
    variables: BTreeSet<String>,
    /// For each variable a select expression chooses by: the keys of its variants.
    selectors: BTreeMap<String, BTreeSet<String>>,
    /// The message's text with its placeables left out.
    text: String,
}

fn catalogue_path(language: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("src/i18n")
        .join(language)
        .join("main.ftl")
}

/// Every message id (and `id.attribute`) of a catalogue with its facts.
pub(crate) fn read_catalogue(language: &str) -> BTreeMap<String, MessageFacts> {
    let path = catalogue_path(language);
    let source = std::fs::read_to_string(&path)
        .unwrap_or_else(|error| panic!("{}: {error}", path.display()));
    let resource = fluent_syntax::parser::parse(source.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{language}: the catalogue does not parse: {errors:#?}")
    });
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name.to_owned();
                if let Some(value) = &message.value {
                    let facts = messages
                        .entry(id.clone())
                        .or_insert_with(MessageFacts::default);
                    collect(value, facts);
                }
                for attribute in &message.attributes {
                    let facts = messages
                        .entry(format!("{id}.{}", attribute.id.name))
                        .or_insert_with(MessageFacts::default);
                    collect(&attribute.value, facts);
                }
                assert!(
                    messages.contains_key(&id) || !message.attributes.is_empty(),
                    "{language}: {id} is empty"
                );
            }
            Entry::Junk { content } => panic!("{language}: cannot read {content:?}"),
            _ => {}
        }
    }
    messages
}

fn collect(pattern: &Pattern<&str>, facts: &mut MessageFacts) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => facts.text.push_str(value),
            PatternElement::Placeable { expression } => collect_expression(expression, facts),
        }
    }
}

fn collect_expression(expression: &Expression<&str>, facts: &mut MessageFacts) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, facts),
        Expression::Select { selector, variants } => {
            collect_inline(selector, facts);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = facts.selectors.entry(id.name.to_owned()).or_default();
                for variant in variants {
                    keys.insert(match &variant.key {
                        VariantKey::Identifier { name } => (*name).to_owned(),
                        VariantKey::NumberLiteral { value } => (*value).to_owned(),
                    });
                }
            }
            for variant in variants {
                collect(&variant.value, facts);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, facts: &mut MessageFacts) {
    match inline {
        InlineExpression::VariableReference { id } => {
            facts.variables.insert(id.name.to_owned());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                collect_inline(argument, facts);
            }
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, facts),
        _ => {}
    }
}

#[test]
fn every_catalogue_has_exactly_the_messages_and_variables_english_has() {
    let english = read_catalogue("en");
    assert!(
        english.len() > 500,
        "the English catalogue is the interface"
    );
    for language in TRANSLATIONS {
        let translated = read_catalogue(language);
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !translated.contains_key(*id))
            .collect();
        let extra: Vec<&String> = translated
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{language} lacks {missing:?}");
        assert!(
            extra.is_empty(),
            "{language} has keys English lacks: {extra:?}"
        );
        for (id, source) in &english {
            let target = &translated[id];
            assert_eq!(
                source.variables, target.variables,
                "{language}: {id} must use the variables English uses"
            );
        }
    }
}

#[test]
fn russian_counts_have_every_plural_form_and_translations_are_not_copies() {
    let english = read_catalogue("en");
    let russian = read_catalogue("ru");
    for (id, facts) in &english {
        for (variable, keys) in &facts.selectors {
            if keys.contains("one") {
                let russian_keys = &russian[id].selectors[variable];
                for form in ["one", "few", "many", "other"] {
                    assert!(
                        russian_keys.contains(form),
                        "ru: {id} chooses by ${variable} without [{form}]"
                    );
                }
            }
        }
    }
    for language in TRANSLATIONS {
        let translated = read_catalogue(language);
        let copied: Vec<&String> = english
            .iter()
            .filter(|(id, facts)| {
                let text = facts.text.trim();
                !SAME_IN_EVERY_LANGUAGE.contains(&id.as_str())
                    && text.chars().any(char::is_alphabetic)
                    && text.chars().filter(|c| c.is_ascii_lowercase()).count() > 3
                    && translated[id.as_str()].text.trim() == text
            })
            .map(|(id, _)| id)
            .collect();
        assert!(copied.is_empty(), "{language} copies English in {copied:?}");
    }
}

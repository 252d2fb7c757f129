//! The interface in the reader's language: the Fluent catalogues in `src/i18n/<code>/main.ftl`
//! compiled into the binary, looked up by message id, and the dates, numbers and counts the
//! pages show, written as each language writes them.
//!
//! Pages render on the server only (islands), so a page reads its language from the request
//! ([`Language::current`]); the language was chosen before rendering by the server's language
//! middleware (saved preference, cookie, `Accept-Language`, installation default).

mod dates;
mod messages;
mod names;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, langid};

pub use crate::domain::Language;
pub use names::Named;

fluent_templates::static_loader! {
    static CATALOGUES = {
        locales: "./src/i18n",
        fallback_language: "en",
        customise: |bundle| {
            // Unicode isolation marks around every placeable would reach copied text, CSV
            // cells and test selectors; the interface has no right-to-left language.
            bundle.set_use_isolating(false);
            let grouping_by_space = bundle.locales.first().is_some_and(|tag| tag.language.as_str() != "en");
            bundle.set_formatter(Some(if grouping_by_space { dates::number_with_space } else { dates::number_with_comma }));
        },
    };
}

/// The time zones of this request: the one times are shown in (the reader's own, else the
/// installation's) and the installation's (chosen with the language, see
/// `server::http::language`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DisplayZone {
    pub reader: chrono_tz::Tz,
    pub office: chrono_tz::Tz,
}

impl Default for DisplayZone {
    fn default() -> Self {
        DisplayZone {
            reader: chrono_tz::Tz::UTC,
            office: chrono_tz::Tz::UTC,
        }
    }
}

impl DisplayZone {
    /// The current page's zones (UTC outside a request).
    pub fn current() -> DisplayZone {
        leptos::prelude::use_context::<DisplayZone>().unwrap_or_default()
    }
}

/// A message's arguments: name and value, e.g. `[("count", 3.into())]`.
pub type Args<'a> = [(&'static str, FluentValue<'a>)];

impl Language {
    /// The language the current page is rendered in (English outside a request).
    pub fn current() -> Language {
        leptos::prelude::use_context::<Language>().unwrap_or_default()
    }

    fn identifier(self) -> &'static LanguageIdentifier {
        static ENGLISH: LanguageIdentifier = langid!("en");
        static RUSSIAN: LanguageIdentifier = langid!("ru");
        static KAZAKH: LanguageIdentifier = langid!("kk");
        match self {
            Language::English => &ENGLISH,
            Language::Russian => &RUSSIAN,
            Language::Kazakh => &KAZAKH,
        }
    }

    /// The message `id` in this language.
    pub fn t(self, id: &str) -> String {
        self.lookup(id, None)
    }

    /// The message `id` with its variables filled in.
    pub fn t_with(self, id: &str, args: &Args<'_>) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue<'_>> = args
            .iter()
            .map(|(name, value)| (Cow::Borrowed(*name), value.clone()))
            .collect();
        self.lookup(id, Some(&args))
    }

    /// The name of a closed value (a status, a role, a world region) in this language.
    pub fn name_of<T: Named>(self, value: T) -> String {
        self.t(&value.message_id())
    }

    // A missing message is a bug the tests catch (`catalogue_tests`); should one slip through,
    // English stands in, and failing that the id, with an error in the log.
    fn lookup(
        self,
        id: &str,
        args: Option<&HashMap<Cow<'static, str>, FluentValue<'_>>>,
    ) -> String {
        CATALOGUES
            .lookup_single_language(self.identifier(), id, args)
            .or_else(|_| {
                CATALOGUES.lookup_single_language(Language::English.identifier(), id, args)
            })
            .unwrap_or_else(|error| {
                leptos::logging::error!("message {id:?} is missing or broken: {error}");
                id.to_owned()
            })
    }
}

#[cfg(test)]
mod tests;

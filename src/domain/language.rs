//! The interface's languages and how a request's language is chosen.

use super::text_enum::text_enum;

text_enum! {
    /// A language the interface is written in. Each label is the language's own name, as a
    /// switcher shows it to someone who reads only that language.
    pub enum Language {
        English => ("en", "English"),
        Russian => ("ru", "Русский"),
        Kazakh => ("kk", "Қазақша"),
    }
}

impl Default for Language {
    fn default() -> Self {
        Language::English
    }
}

impl Language {
    /// The language a language tag names ("ru", "ru-RU", "kk_KZ", "EN-gb"), if it is one of
    /// ours. Browsers and older systems also say "kz" for Kazakh.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag
            .trim()
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" => Some(Language::English),
            "ru" => Some(Language::Russian),
            "kk" | "kz" => Some(Language::Kazakh),
            _ => None,
        }
    }

    /// The most preferred of our languages in an `Accept-Language` header (RFC 9110:
    /// weights from `q=`, 1 when absent; a weight of 0 refuses; ties keep the header's order).
    pub fn from_accept_language(header: &str) -> Option<Language> {
        header
            .split(',')
            .enumerate()
            .filter_map(|(position, item)| {
                let mut parts = item.split(';');
                let language = Language::from_tag(parts.next()?)?;
                let weight = parts
                    .find_map(|param| {
                        let (name, value) = param.split_once('=')?;
                        (name.trim().eq_ignore_ascii_case("q"))
                            .then(|| value.trim().parse::<f32>().ok())?
                    })
                    .unwrap_or(1.0);
                (weight > 0.0 && weight <= 1.0).then_some((weight, position, language))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)))
            .map(|(_, _, language)| language)
    }

    /// The language of a request: the user's saved choice, else the choice this browser made
    /// (a cookie, for people not signed in), else the browser's languages, else the
    /// installation's default.
    pub fn choose(
        saved: Option<Language>,
        chosen_here: Option<Language>,
        accept_language: Option<&str>,
        installation_default: Language,
    ) -> Language {
        saved
            .or(chosen_here)
            .or_else(|| accept_language.and_then(Language::from_accept_language))
            .unwrap_or(installation_default)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn tags_name_our_languages() {
        assert_eq!(Language::from_tag("ru-RU"), Some(Language::Russian));
        assert_eq!(Language::from_tag("kk_KZ"), Some(Language::Kazakh));
        assert_eq!(Language::from_tag("kz"), Some(Language::Kazakh));
        assert_eq!(Language::from_tag("EN-gb"), Some(Language::English));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!(Language::from_tag(""), None);
    }

    #[test]
    fn the_heaviest_known_language_wins() {
        let pick = Language::from_accept_language;
        assert_eq!(
            pick("ru-RU,ru;q=0.9,en-US;q=0.8,en;q=0.7"),
            Some(Language::Russian)
        );
        assert_eq!(pick("de-DE, kk;q=0.8, ru;q=0.5"), Some(Language::Kazakh));
        assert_eq!(pick("en;q=0.2, ru;q=0.9"), Some(Language::Russian));
        // Equal weights keep the header's order.
        assert_eq!(pick("kk, ru"), Some(Language::Kazakh));
        assert_eq!(pick("ru;q=0, en;q=0.1"), Some(Language::English));
        assert_eq!(pick("fr, de"), None);
        assert_eq!(pick("*"), None);
        assert_eq!(pick("ru;q=nonsense"), Some(Language::Russian));
    }

    #[test]
    fn saved_choice_beats_cookie_beats_browser_beats_default() {
        let choose = Language::choose;
        let kk = Some(Language::Kazakh);
        let ru = Some(Language::Russian);
        assert_eq!(
            choose(kk, ru, Some("en"), Language::English),
            Language::Kazakh
        );
        assert_eq!(
            choose(None, ru, Some("kk"), Language::English),
            Language::Russian
        );
        assert_eq!(
            choose(None, None, Some("kk"), Language::English),
            Language::Kazakh
        );
        assert_eq!(
            choose(None, None, Some("de"), Language::Russian),
            Language::Russian
        );
        assert_eq!(choose(None, None, None, Language::Kazakh), Language::Kazakh);
    }

    proptest! {
        #[test]
        fn any_header_is_read_without_panicking(header in "\\PC{0,200}") {
            let _ = Language::from_accept_language(&header);
        }
    }
}

//! Fluent localization shared with the UI: every `locales/<locale>/*.ftl` file is embedded at
//! build time, so a locale switch at run time needs no file access, and Rust formats the same
//! messages the web UI shows (window title, command line, native notifications).

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use std::collections::BTreeMap;
use unic_langid::LanguageIdentifier;

include!(concat!(env!("OUT_DIR"), "/embedded_locales.rs"));

/// The locale used when nothing better matches, and the reference every other locale must match.
pub const FALLBACK_LOCALE: &str = "en-US";

/// A Fluent file that failed to parse or to load.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LocaleProblem {
    pub locale: String,
    pub file: String,
    pub detail: String,
}

/// Every embedded locale, ready to format.
pub struct Localizer {
    bundles: BTreeMap<String, FluentBundle<FluentResource>>,
    problems: Vec<LocaleProblem>,
}

impl Localizer {
    /// Loads every embedded locale. Problems (syntax errors, duplicate ids) are collected, not
    /// fatal: a broken translation must not keep the app from starting.
    pub fn embedded() -> Self {
        let mut bundles: BTreeMap<String, FluentBundle<FluentResource>> = BTreeMap::new();
        let mut problems = Vec::new();
        for (locale, file, source) in EMBEDDED {
            let langid: LanguageIdentifier = match locale.parse() {
                Ok(id) => id,
                Err(err) => {
                    problems.push(problem(locale, file, format!("{err}")));
                    continue;
                }
            };
            let resource = match FluentResource::try_new((*source).to_owned()) {
                Ok(resource) => resource,
                Err((resource, errors)) => {
                    problems.push(problem(locale, file, format!("{errors:?}")));
                    resource
                }
            };
            let bundle = bundles.entry((*locale).to_owned()).or_insert_with(|| {
                let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                bundle.set_use_isolating(false);
                bundle
            });
            if let Err(errors) = bundle.add_resource(resource) {
                problems.push(problem(locale, file, format!("{errors:?}")));
            }
        }
        Self { bundles, problems }
    }

    /// The locales available, the fallback first, then alphabetical.
    pub fn available_locales(&self) -> Vec<String> {
        let mut locales: Vec<String> = self.bundles.keys().cloned().collect();
        locales.sort_by_key(|l| (l != FALLBACK_LOCALE, l.clone()));
        locales
    }

    /// Problems found while loading.
    pub fn problems(&self) -> &[LocaleProblem] {
        &self.problems
    }

    /// The message ids of a locale (messages, not terms).
    pub fn message_ids(&self, locale: &str) -> Vec<String> {
        let mut ids: Vec<String> = EMBEDDED
            .iter()
            .filter(|(l, _, _)| *l == locale)
            .flat_map(|(_, _, source)| message_ids_of(source))
            .collect();
        ids.sort();
        ids
    }

    /// Picks the best available locale for the requested ones (the agent's choice, then the
    /// OS's), with `fluent-langneg`'s filtering strategy and CLDR likely subtags, so
    /// "zh-Hans-CN" finds zh-CN, "zh-HK" finds zh-TW, "es-MX" finds es-ES; else the fallback.
    pub fn negotiate(&self, requested: &[&str]) -> String {
        let available: Vec<LanguageIdentifier> = self
            .available_locales()
            .iter()
            .filter_map(|l| l.parse().ok())
            .collect();
        let requested: Vec<LanguageIdentifier> = requested
            .iter()
            .filter_map(|r| r.replace('_', "-").parse().ok())
            .collect();
        let fallback: LanguageIdentifier = FALLBACK_LOCALE.parse().unwrap_or_default();
        let chosen = fluent_langneg::negotiate_languages(
            &requested,
            &available,
            Some(&fallback),
            fluent_langneg::NegotiationStrategy::Lookup,
        );
        chosen
            .first()
            .map(|l| l.to_string())
            .unwrap_or_else(|| FALLBACK_LOCALE.to_owned())
    }

    /// Formats message `id` in `locale` (falling back to en-US, then to the id itself).
    pub fn format(&self, locale: &str, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        for candidate in [locale, FALLBACK_LOCALE] {
            let Some(bundle) = self.bundles.get(candidate) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let mut fluent_args = FluentArgs::new();
            for (name, value) in args {
                fluent_args.set(*name, value.clone());
            }
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, Some(&fluent_args), &mut errors)
                .into_owned();
        }
        id.to_owned()
    }
}

fn problem(locale: &str, file: &str, detail: String) -> LocaleProblem {
    LocaleProblem {
        locale: locale.to_owned(),
        file: file.to_owned(),
        detail,
    }
}

fn message_ids_of(source: &str) -> Vec<String> {
    match fluent_syntax::parser::parse(source) {
        Ok(resource) | Err((resource, _)) => resource
            .body
            .iter()
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_locale_file_parses_without_errors() {
        let localizer = Localizer::embedded();
        assert!(
            localizer.problems().is_empty(),
            "{:#?}",
            localizer.problems()
        );
    }

    #[test]
    fn every_locale_has_exactly_the_messages_of_en_us() {
        let localizer = Localizer::embedded();
        let reference = localizer.message_ids(FALLBACK_LOCALE);
        assert!(!reference.is_empty());
        for locale in localizer.available_locales() {
            let ids = localizer.message_ids(&locale);
            let missing: Vec<_> = reference.iter().filter(|id| !ids.contains(id)).collect();
            let extra: Vec<_> = ids.iter().filter(|id| !reference.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{locale}: missing {missing:?}, extra {extra:?}"
            );
        }
    }

    #[test]
    fn english_and_chinese_are_available_with_english_first() {
        let locales = Localizer::embedded().available_locales();
        assert_eq!(locales.first().map(String::as_str), Some("en-US"));
        assert!(locales.iter().any(|l| l == "zh-CN"));
    }

    #[test]
    fn os_locales_are_negotiated_to_the_closest_available() {
        let localizer = Localizer::embedded();
        assert_eq!(localizer.negotiate(&["zh-Hans-CN"]), "zh-CN");
        assert_eq!(localizer.negotiate(&["zh_CN"]), "zh-CN");
        assert_eq!(localizer.negotiate(&["en-GB"]), "en-US");
        assert_eq!(localizer.negotiate(&["xx-YY"]), "en-US");
        assert_eq!(localizer.negotiate(&["xx-YY", "zh-CN"]), "zh-CN");
        if localizer.available_locales().iter().any(|l| l == "zh-TW") {
            assert_eq!(localizer.negotiate(&["zh-Hant-HK"]), "zh-TW");
            assert_eq!(localizer.negotiate(&["zh-HK"]), "zh-TW");
        }
        if localizer.available_locales().iter().any(|l| l == "es-ES") {
            assert_eq!(localizer.negotiate(&["es-MX"]), "es-ES");
        }
        if localizer.available_locales().iter().any(|l| l == "ar") {
            assert_eq!(localizer.negotiate(&["ar-SA"]), "ar");
        }
    }

    #[test]
    fn missing_translations_fall_back_to_english_then_the_id() {
        let localizer = Localizer::embedded();
        assert_eq!(
            localizer.format("xx", "no-such-message", &[]),
            "no-such-message"
        );
        assert_ne!(
            localizer.format("zh-CN", "shell-window-title", &[]),
            "shell-window-title"
        );
    }
}

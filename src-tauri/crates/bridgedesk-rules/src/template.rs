//! Reply templates: one variant per language, each a Fluent pattern so plurals and selections
//! are grammatical in every language; rendered with the buyer's variables, the variant chosen
//! by the buyer's language with a fallback. The starter set is embedded from `data/templates`.

use crate::delivery_date::format_delivery_date;
use crate::error::TemplateError;
use bridgedesk_model::UtcMillis;
use fluent_bundle::resolver::errors::{ReferenceKind, ResolverError};
use fluent_bundle::{FluentArgs, FluentBundle, FluentError, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// The variables every starter template may use.
pub const TEMPLATE_VARIABLES: &[&str] = &[
    "buyer_name",
    "order_number",
    "tracking_number",
    "carrier",
    "expected_delivery",
    "store_name",
];

/// The languages of the starter set.
pub const STARTER_LANGUAGES: &[&str] = &["en", "es", "de", "fr", "pt", "ja", "zh", "ar"];

const STARTER_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../data/templates/en.ftl")),
    ("es", include_str!("../data/templates/es.ftl")),
    ("de", include_str!("../data/templates/de.ftl")),
    ("fr", include_str!("../data/templates/fr.ftl")),
    ("pt", include_str!("../data/templates/pt.ftl")),
    ("ja", include_str!("../data/templates/ja.ftl")),
    ("zh", include_str!("../data/templates/zh.ftl")),
    ("ar", include_str!("../data/templates/ar.ftl")),
];

/// A canned reply with one variant per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ReplyTemplate {
    /// Stable id, e.g. `shipping-notice`; auto-reply actions name it.
    pub id: String,
    /// Name shown when the agent's language has none in `names`.
    pub name: String,
    /// Name per language (BCP 47 primary tag → name).
    pub names: BTreeMap<String, String>,
    /// Variant used when the buyer's language has none.
    pub fallback_language: String,
    /// Language → Fluent pattern (the text after `id =`), e.g. `Hello { $buyer_name }`.
    pub variants: BTreeMap<String, String>,
}

/// A value for a template variable.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum TemplateValue {
    Text {
        value: String,
    },
    /// A count; plural forms select on it.
    Number {
        #[ts(type = "number")]
        value: i64,
    },
    /// An instant written as a date in `time_zone` (IANA) in the variant's language.
    Date {
        #[ts(type = "number")]
        at: UtcMillis,
        time_zone: String,
    },
}

impl TemplateValue {
    /// A text value.
    pub fn text(value: impl Into<String>) -> Self {
        TemplateValue::Text {
            value: value.into(),
        }
    }
}

/// The rendered reply, with the language of the variant used.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct RenderedReply {
    pub template_id: String,
    pub language: String,
    pub text: String,
}

fn primary(tag: &str) -> &str {
    tag.split(['-', '_']).next().unwrap_or(tag)
}

impl ReplyTemplate {
    /// The variant language for a buyer writing `language`: the exact tag, else the same
    /// primary language (`es-MX` → `es`, `zh-TW` → `zh`), else the fallback, else the first.
    pub fn choose_language(&self, language: &str) -> Option<&str> {
        let exact = self
            .variants
            .keys()
            .find(|k| k.eq_ignore_ascii_case(language));
        let same_primary = || {
            self.variants
                .keys()
                .find(|k| primary(k).eq_ignore_ascii_case(primary(language)))
        };
        exact
            .or_else(same_primary)
            .or_else(|| {
                self.variants
                    .get_key_value(&self.fallback_language)
                    .map(|(k, _)| k)
            })
            .or_else(|| self.variants.keys().next())
            .map(String::as_str)
    }

    /// The template's name for an agent working in `language`.
    pub fn name_in(&self, language: &str) -> &str {
        self.names
            .get(language)
            .or_else(|| self.names.get(primary(language)))
            .unwrap_or(&self.name)
    }

    /// Every `$variable` any variant uses, sorted.
    pub fn variables(&self) -> BTreeSet<String> {
        let mut out = BTreeSet::new();
        for pattern in self.variants.values() {
            let mut rest = pattern.as_str();
            while let Some(pos) = rest.find('$') {
                rest = &rest[pos + 1..];
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                if !name.is_empty() {
                    out.insert(name);
                }
            }
        }
        out
    }

    /// Checks that every variant is a valid Fluent pattern.
    pub fn validate(&self) -> Result<(), Vec<TemplateError>> {
        let errors: Vec<_> = self
            .variants
            .iter()
            .filter_map(|(lang, pattern)| parse_variant(&self.id, lang, pattern).err())
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

/// Wraps a pattern as the Fluent message `reply` and parses it.
fn parse_variant(
    template_id: &str,
    language: &str,
    pattern: &str,
) -> Result<FluentResource, TemplateError> {
    let mut source = String::from("reply =\n");
    for line in pattern.lines() {
        source.push_str("    ");
        source.push_str(line);
        source.push('\n');
    }
    let syntax = || TemplateError::Syntax {
        template_id: template_id.to_owned(),
        language: language.to_owned(),
    };
    let resource = FluentResource::try_new(source).map_err(|_| syntax())?;
    // A stray unindented line would end the message and start junk or another entry.
    if resource.entries().count() != 1 {
        return Err(syntax());
    }
    Ok(resource)
}

/// Renders `template` for a buyer writing `language`.
pub fn render(
    template: &ReplyTemplate,
    language: &str,
    vars: &BTreeMap<String, TemplateValue>,
) -> Result<RenderedReply, TemplateError> {
    let chosen = template
        .choose_language(language)
        .ok_or_else(|| TemplateError::NoVariant {
            template_id: template.id.clone(),
        })?
        .to_owned();
    let pattern = template.variants.get(&chosen).map_or("", String::as_str);
    let resource = parse_variant(&template.id, &chosen, pattern)?;
    let langid: LanguageIdentifier = chosen
        .parse()
        .unwrap_or_else(|_| LanguageIdentifier::default());
    let mut bundle = FluentBundle::new(vec![langid]);
    bundle.set_use_isolating(false);
    let format_error = || TemplateError::Format {
        template_id: template.id.clone(),
        language: chosen.clone(),
    };
    bundle.add_resource(resource).map_err(|_| format_error())?;
    let message = bundle.get_message("reply").ok_or_else(format_error)?;
    let value = message.value().ok_or_else(format_error)?;

    let mut args = FluentArgs::new();
    for (name, value) in vars {
        let fluent: FluentValue = match value {
            TemplateValue::Text { value } => value.clone().into(),
            TemplateValue::Number { value } => (*value).into(),
            TemplateValue::Date { at, time_zone } => {
                format_delivery_date(*at, time_zone, &chosen)?.into()
            }
        };
        args.set(name.clone(), fluent);
    }
    let mut errors = Vec::new();
    let text = bundle
        .format_pattern(value, Some(&args), &mut errors)
        .into_owned();
    if let Some(error) = errors.first() {
        return Err(match error {
            FluentError::ResolverError(ResolverError::Reference(ReferenceKind::Variable {
                id,
            })) => TemplateError::MissingVariable {
                template_id: template.id.clone(),
                language: chosen,
                variable: id.clone(),
            },
            _ => format_error(),
        });
    }
    Ok(RenderedReply {
        template_id: template.id.clone(),
        language: chosen,
        text,
    })
}

/// Splits a starter file into (message id, name from the comment above it, pattern source).
fn split_starter_file(source: &str) -> Vec<(String, String, String)> {
    let mut out: Vec<(String, String, String)> = Vec::new();
    let mut pending_name = String::new();
    let mut current: Option<(String, String, Vec<&str>)> = None;
    let mut finish = |current: Option<(String, String, Vec<&str>)>| {
        if let Some((id, name, lines)) = current {
            let body = lines.join("\n").trim_end().to_owned();
            out.push((id, name, body));
        }
    };
    for line in source.lines() {
        if line.starts_with("    ") || (line.is_empty() && current.is_some()) {
            if let Some((_, _, lines)) = current.as_mut() {
                lines.push(line.strip_prefix("    ").unwrap_or(line));
            }
            continue;
        }
        if let Some(name) = line.strip_prefix("# ") {
            finish(current.take());
            pending_name = name.trim().to_owned();
        } else if let Some((id, rest)) = line.split_once(" =") {
            finish(current.take());
            let mut lines = Vec::new();
            if !rest.trim().is_empty() {
                lines.push(rest.trim());
            }
            current = Some((
                id.trim().to_owned(),
                std::mem::take(&mut pending_name),
                lines,
            ));
        } else {
            finish(current.take());
        }
    }
    finish(current);
    out
}

/// The starter templates (shipping notice, where-is-my-order, return instructions, damaged
/// item apology, negative review follow-up) in [`STARTER_LANGUAGES`], fallback English.
pub fn starter_templates() -> Vec<ReplyTemplate> {
    let mut by_id: BTreeMap<String, ReplyTemplate> = BTreeMap::new();
    for (lang, source) in STARTER_FILES {
        for (id, name, pattern) in split_starter_file(source) {
            let entry = by_id.entry(id.clone()).or_insert_with(|| ReplyTemplate {
                id,
                name: String::new(),
                names: BTreeMap::new(),
                fallback_language: "en".to_owned(),
                variants: BTreeMap::new(),
            });
            if *lang == "en" {
                entry.name = name.clone();
            }
            entry.names.insert((*lang).to_owned(), name);
            entry.variants.insert((*lang).to_owned(), pattern);
        }
    }
    by_id.into_values().collect()
}

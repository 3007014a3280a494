//! Phrase banks: what buyers and agents write, per language.
//!
//! Each language module exports one [`Bank`]: greetings and sign-offs, generic lines (nudges,
//! thanks, progress updates, auto-acknowledgements) and one [`Script`] per [`Intent`]. Lines are
//! templates with `{placeholders}` filled by `render::Ctx`:
//!
//! | placeholder | value |
//! | --- | --- |
//! | `{first}` `{last}` `{hon}` | buyer's given name, family name, gendered honorific (greetings) |
//! | `{cname}` | how the buyer signs |
//! | `{agent}` | the agent's name as they sign in this language |
//! | `{product}` `{title}` `{sku}` `{device}` | catalogue noun, listing title, SKU, a device it fits |
//! | `{order}` `{tracking}` `{carrier}` | order number, tracking number, carrier name |
//! | `{days}` `{date}` | days since the order, and a date (a deadline, ETA or delivery day) |
//! | `{claim}` `{platform}` | the dispute the buyer threatens, the marketplace's name |
//! | `{product_1}` `{product_2}` | other grammatical forms of the noun (see [`Noun`]) |
//! | `{g:a\|b\|c}` | the option for the noun's grammatical gender/number (see [`Noun::g`]) |
//! | `{f:m\|f}` | the option for the buyer's gender (German *geehrter/geehrte* …) |
//!
//! Chinese and Japanese lines are written unsegmented, as people write them.

pub(crate) mod ar;
pub(crate) mod de;
pub(crate) mod en;
pub(crate) mod es;
pub(crate) mod fr;
pub(crate) mod ja;
pub(crate) mod pt;
pub(crate) mod ru;
pub(crate) mod zh;

use crate::intent::Intent;

/// Number of catalogue product kinds with a noun in every bank (see `catalogue::Kind`).
pub(crate) const KINDS: usize = 10;

/// A product noun with the forms a language needs.
pub(crate) struct Noun {
    /// `{product}`, `{product_1}`, `{product_2}`: the bare noun and two further forms whose
    /// meaning each bank states (German: nominative and accusative with article; Russian:
    /// accusative and genitive; French: with definite article …).
    pub forms: [&'static str; 3],
    /// Gender/number index for `{g:…}` selectors, as each bank defines it (e.g. Spanish 0 = m,
    /// 1 = f, 2 = plural). Options past the end fall back to the last one.
    pub g: u8,
}

/// A noun whose forms are all the same word.
pub(crate) const fn noun(word: &'static str, g: u8) -> Noun {
    Noun {
        forms: [word, word, word],
        g,
    }
}

/// A noun with three forms.
pub(crate) const fn noun3(a: &'static str, b: &'static str, c: &'static str, g: u8) -> Noun {
    Noun {
        forms: [a, b, c],
        g,
    }
}

/// The lines of one intent.
pub(crate) struct Script {
    /// Subject lines (e-mail and marketplace message subjects).
    pub subject: &'static [&'static str],
    /// The buyer's first message.
    pub open: &'static [&'static str],
    /// The agent's first answer.
    pub reply: &'static [&'static str],
    /// The buyer's second message.
    pub follow: &'static [&'static str],
    /// The agent's answer that settles the matter.
    pub resolve: &'static [&'static str],
}

/// Everything written in one language.
pub(crate) struct Bank {
    /// BCP 47 primary language tag.
    pub lang: &'static str,
    /// What joins a chat greeting to the text: a line break, or nothing for Chinese and
    /// Japanese (where the greeting ends in a comma).
    pub sep: &'static str,
    pub months: [&'static str; 12],
    /// Date pattern with `{d}` (day), `{m}` (month name) and `{n}` (month number).
    pub date: &'static str,
    /// Honorifics for `{hon}`: `[male, female]`.
    pub honorifics: [&'static str; 2],
    pub greet_formal: &'static [&'static str],
    pub greet_chat: &'static [&'static str],
    pub sign_formal: &'static [&'static str],
    pub sign_chat: &'static [&'static str],
    pub customer_greet: &'static [&'static str],
    pub customer_sign: &'static [&'static str],
    pub auto_ack: &'static [&'static str],
    pub nudge: &'static [&'static str],
    pub thanks: &'static [&'static str],
    pub update: &'static [&'static str],
    /// Short chat lines a buyer adds in long threads; the first four fit any conversation, the
    /// rest are about parcels and refunds.
    pub chat_customer: &'static [&'static str],
    /// Short chat lines an agent adds in long threads; the first four fit any conversation.
    pub chat_agent: &'static [&'static str],
    /// Product nouns indexed by `catalogue::Kind`.
    pub nouns: [Noun; KINDS],
    /// Dispute threats indexed by `market::ClaimKind`: A-to-z, eBay case, PayPal, chargeback,
    /// platform complaint.
    pub claims: [&'static str; 5],
    /// Scripts indexed by [`Intent`].
    pub intents: [Script; Intent::COUNT],
}

impl Bank {
    /// The script of one intent.
    pub fn script(&self, intent: Intent) -> &Script {
        &self.intents[intent as usize]
    }
}

/// Every bank.
pub(crate) static BANKS: [&Bank; 9] = [
    &en::BANK,
    &es::BANK,
    &de::BANK,
    &fr::BANK,
    &pt::BANK,
    &ru::BANK,
    &ja::BANK,
    &zh::BANK,
    &ar::BANK,
];

/// The bank of a language; English for any language without one.
pub(crate) fn bank(lang: &str) -> &'static Bank {
    BANKS
        .iter()
        .find(|b| b.lang == lang)
        .copied()
        .unwrap_or(&en::BANK)
}

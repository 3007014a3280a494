//! People: the buyers (countries, names in their own script, handles) and the seller's service
//! agents in Shenzhen.

mod countries;
mod names;

use rand::seq::SliceRandom;
use rand::Rng;

#[cfg(test)]
pub(crate) use countries::COUNTRIES;
pub(crate) use countries::{country, Country};
use names::culture_for;

/// A generated buyer's name.
#[derive(Clone, Debug)]
pub(crate) struct Person {
    /// Given name as written in greetings.
    pub first: String,
    /// Family name as written in greetings.
    pub last: String,
    /// Given and family name in Latin letters, for handles.
    pub first_latin: String,
    pub last_latin: String,
    pub female: bool,
    /// Full name as the buyer shows it.
    pub display: String,
}

fn split(entry: &'static str, native: bool) -> (&'static str, &'static str) {
    match entry.split_once('|') {
        Some((n, l)) => (if native { n } else { l }, l),
        None => (entry, entry),
    }
}

/// A random buyer from `country` writing in `lang`.
pub(crate) fn person(rng: &mut impl Rng, country: &str, lang: &str) -> Person {
    let (cul, native) = culture_for(rng, country, lang);
    let female = rng.gen_bool(0.5);
    let given = if female { cul.female } else { cul.male };
    let (first, first_latin) = split(given.choose(rng).copied().unwrap_or("Alex"), native);
    let (last, last_latin) = split(cul.family.choose(rng).copied().unwrap_or("Lee"), native);
    let (mut last, mut last_latin) = (last.to_string(), last_latin.to_string());
    if cul.feminine_suffix && female {
        last.push(if native { 'а' } else { 'a' });
        last_latin.push('a');
    }
    let display = if cul.family_first && native {
        format!("{last}{first}")
    } else if cul.family_first {
        format!("{last} {first}")
    } else if cul.patronymic {
        format!("{first} {} {last}", if female { "binti" } else { "bin" })
    } else {
        format!("{first} {last}")
    };
    Person {
        first: first.to_string(),
        last,
        first_latin: first_latin.to_string(),
        last_latin,
        female,
        display,
    }
}

/// Lower-case ASCII for handles: accents dropped, German umlauts spelled out, spaces and
/// apostrophes removed.
pub(crate) fn ascii_handle(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        let lower = ch.to_lowercase().next().unwrap_or(ch);
        match lower {
            'a'..='z' | '0'..='9' => out.push(lower),
            'ä' => out.push_str("ae"),
            'ö' => out.push_str("oe"),
            'ü' => out.push_str("ue"),
            'ß' => out.push_str("ss"),
            'á' | 'à' | 'â' | 'ã' => out.push('a'),
            'é' | 'è' | 'ê' | 'ë' => out.push('e'),
            'í' | 'ì' | 'î' | 'ï' => out.push('i'),
            'ó' | 'ò' | 'ô' | 'õ' => out.push('o'),
            'ú' | 'ù' | 'û' => out.push('u'),
            'ç' => out.push('c'),
            'ñ' => out.push('n'),
            _ => {}
        }
    }
    out
}

/// One of the seller's service agents in Shenzhen.
pub(crate) struct Agent {
    pub name: &'static str,
    /// Languages the agent answers in.
    pub langs: &'static [&'static str],
    /// How the agent signs in Chinese and in Japanese.
    pub zh: &'static str,
    pub ja: &'static str,
}

/// The service team.
pub(crate) static AGENTS: [Agent; 5] = [
    Agent {
        name: "Lin Wei",
        langs: &["en", "zh"],
        zh: "林伟",
        ja: "林",
    },
    Agent {
        name: "Chen Jing",
        langs: &["ja", "zh", "en"],
        zh: "陈静",
        ja: "陳",
    },
    Agent {
        name: "María García",
        langs: &["es", "pt"],
        zh: "María",
        ja: "ガルシア",
    },
    Agent {
        name: "Zhang Min",
        langs: &["de", "fr", "en"],
        zh: "张敏",
        ja: "張",
    },
    Agent {
        name: "Wang Lei",
        langs: &["ru", "ar", "en"],
        zh: "王磊",
        ja: "王",
    },
];

impl Agent {
    /// The name the agent signs with in `lang`.
    pub fn sign(&self, lang: &str) -> &'static str {
        match lang {
            "zh" => self.zh,
            "ja" => self.ja,
            _ => self.name,
        }
    }
}

/// A random agent who answers in `lang`.
pub(crate) fn agent_for(rng: &mut impl Rng, lang: &str) -> &'static Agent {
    let n = AGENTS.iter().filter(|a| a.langs.contains(&lang)).count();
    if n == 0 {
        return &AGENTS[0];
    }
    let pick = rng.gen_range(0..n);
    AGENTS
        .iter()
        .filter(|a| a.langs.contains(&lang))
        .nth(pick)
        .unwrap_or(&AGENTS[0])
}

//! Filling phrase templates: the values of one conversation (`Ctx`) and the small template
//! language of the banks (`{name}` placeholders, `{g:a|b|c}` selectors on the product noun's
//! gender and number, `{f:male|female}` selectors on the buyer's gender).

use rand::Rng;

use crate::catalogue::Product;
use crate::people::Person;
use crate::phrases::Bank;

/// Everything a template of one conversation can refer to.
pub(crate) struct Ctx<'a> {
    pub bank: &'static Bank,
    pub person: &'a Person,
    pub agent: &'static str,
    pub product: &'static Product,
    pub device: &'static str,
    pub order: Option<String>,
    pub tracking: Option<String>,
    pub carrier: &'static str,
    pub days: i64,
    pub claim: usize,
    pub platform: &'static str,
    /// The date `{date}` stands for in the message being written.
    pub date: String,
}

impl Ctx<'_> {
    /// Whether every placeholder of `template` has a value here.
    pub fn can_fill(&self, template: &str) -> bool {
        (self.order.is_some() || !template.contains("{order}"))
            && (self.tracking.is_some()
                || !(template.contains("{tracking}") || template.contains("{carrier}")))
    }

    fn noun(&self) -> &'static crate::phrases::Noun {
        &self.bank.nouns[self.product.kind as usize]
    }

    fn value(&self, name: &str, out: &mut String) {
        let person = self.person;
        match name {
            "first" => out.push_str(&person.first),
            "last" => out.push_str(&person.last),
            "hon" => out.push_str(self.bank.honorifics[usize::from(person.female)]),
            "cname" => {
                if self.bank.sep.is_empty() {
                    out.push_str(&person.display)
                } else {
                    out.push_str(&person.first)
                }
            }
            "agent" => out.push_str(self.agent),
            "product" => out.push_str(self.noun().forms[0]),
            "product_1" => out.push_str(self.noun().forms[1]),
            "product_2" => out.push_str(self.noun().forms[2]),
            "title" => out.push_str(self.product.title),
            "sku" => out.push_str(self.product.sku),
            "device" => out.push_str(self.device),
            "order" => out.push_str(self.order.as_deref().unwrap_or("")),
            "tracking" => out.push_str(self.tracking.as_deref().unwrap_or("")),
            "carrier" => out.push_str(self.carrier),
            "days" => out.push_str(&self.days.to_string()),
            "date" => out.push_str(&self.date),
            "platform" => out.push_str(self.platform),
            "claim" => {
                let claim = self.bank.claims[self.claim.min(4)];
                // A claim names the platform itself: fill it in place.
                fill_into(out, claim, self);
            }
            _ => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
    }
}

/// Appends `template` with its placeholders filled from `ctx`.
pub(crate) fn fill_into(out: &mut String, template: &str, ctx: &Ctx) {
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let Some(close) = after.find('}') else {
            out.push_str(&rest[open..]);
            return;
        };
        let name = &after[..close];
        if let Some(options) = name.strip_prefix("f:") {
            let female = usize::from(ctx.person.female);
            out.push_str(
                options
                    .split('|')
                    .nth(female)
                    .or_else(|| options.split('|').next())
                    .unwrap_or(""),
            );
        } else if let Some(options) = name.strip_prefix("g:") {
            let g = usize::from(ctx.noun().g);
            let count = options.split('|').count();
            let pick = options
                .split('|')
                .nth(g.min(count.saturating_sub(1)))
                .unwrap_or("");
            out.push_str(pick);
        } else {
            ctx.value(name, out);
        }
        rest = &after[close + 1..];
    }
    out.push_str(rest);
}

/// `template` with its placeholders filled from `ctx`.
pub(crate) fn fill(template: &str, ctx: &Ctx) -> String {
    let mut out = String::with_capacity(template.len() + 48);
    fill_into(&mut out, template, ctx);
    out
}

/// A random line of `lines` whose placeholders `ctx` can fill (any line if none can).
pub(crate) fn pick(rng: &mut impl Rng, lines: &'static [&'static str], ctx: &Ctx) -> &'static str {
    if lines.is_empty() {
        return "";
    }
    let start = rng.gen_range(0..lines.len());
    (0..lines.len())
        .map(|k| lines[(start + k) % lines.len()])
        .find(|l| ctx.can_fill(l))
        .unwrap_or(lines[start])
}

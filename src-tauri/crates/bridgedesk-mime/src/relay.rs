//! Marketplace relay mail: Amazon and eBay hide buyers behind relay addresses
//! (`…@marketplace.amazon.<tld>`, `…@members.ebay.<tld>`; see shared/research/channel-apis.md
//! §1.3 and the Amazon section). Recognizing them labels a conversation with its marketplace and
//! site, and the order numbers found in subject or body link it to the order.

use serde::Serialize;

use crate::ParsedMail;

/// A marketplace that relays buyer mail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Marketplace {
    /// Amazon Buyer-Seller Messaging (`@marketplace.amazon.<tld>`).
    Amazon,
    /// eBay member-to-member relay (`@members.ebay.<tld>`).
    Ebay,
}

impl Marketplace {
    /// Stable lower-case name (`amazon`, `ebay`), as stored and sent over IPC.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Amazon => "amazon",
            Self::Ebay => "ebay",
        }
    }
}

/// A recognized relay sender: which marketplace, which site (the domain suffix after the
/// marketplace domain, e.g. `com`, `co.uk`, `de`, `com.br`), and the relay address itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RelaySender {
    /// Amazon or eBay.
    pub marketplace: Marketplace,
    /// The marketplace site, lower-case (`com`, `co.jp`, …).
    pub site: String,
    /// The relay address, lower-case: the buyer's stable identity on that marketplace.
    pub address: String,
}

/// Recognizes a relay address; `None` for ordinary addresses (including look-alikes such as
/// `marketplace.amazon.com.evil.example`, which would need a site longer than two labels).
pub fn recognize_relay(address: &str) -> Option<RelaySender> {
    let address = address.trim().trim_matches(['<', '>']).to_ascii_lowercase();
    let (local, domain) = address.rsplit_once('@')?;
    if local.is_empty() {
        return None;
    }
    let (marketplace, site) = if let Some(site) = domain.strip_prefix("marketplace.amazon.") {
        (Marketplace::Amazon, site)
    } else if let Some(site) = domain.strip_prefix("members.ebay.") {
        (Marketplace::Ebay, site)
    } else {
        return None;
    };
    let labels: Vec<&str> = site.split('.').collect();
    let valid_label =
        |l: &&str| !l.is_empty() && l.len() <= 3 && l.chars().all(|c| c.is_ascii_alphabetic());
    if labels.is_empty() || labels.len() > 2 || !labels.iter().all(valid_label) {
        return None;
    }
    Some(RelaySender {
        marketplace,
        site: site.to_string(),
        address: address.clone(),
    })
}

impl ParsedMail {
    /// The relay sender of this message, looking at `From` then `Reply-To`.
    pub fn relay_sender(&self) -> Option<RelaySender> {
        self.from
            .iter()
            .chain(&self.reply_to)
            .find_map(|a| recognize_relay(&a.address))
    }
}

/// Where an order number was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OrderRefSource {
    /// In the subject.
    Subject,
    /// In the plain-text body.
    Body,
}

/// An order number found in a message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrderRef {
    /// The marketplace whose order-number format matched.
    pub marketplace: Marketplace,
    /// The order number as the marketplace writes it (`123-1234567-1234567`, `12-34567-89012`).
    pub order_number: String,
    /// Subject or body.
    pub source: OrderRefSource,
}

/// The digit-group lengths of each marketplace's order numbers: Amazon 3-7-7, eBay 2-5-5 (the
/// eBay format since 2019).
const ORDER_FORMATS: [(Marketplace, [usize; 3]); 2] = [
    (Marketplace::Amazon, [3, 7, 7]),
    (Marketplace::Ebay, [2, 5, 5]),
];

/// Order numbers in subject then body, in order of appearance, without duplicates (the first
/// source wins). With `only` set, only that marketplace's format is looked for (a relay sender
/// is known); otherwise both formats are.
pub fn extract_order_refs(only: Option<Marketplace>, subject: &str, body: &str) -> Vec<OrderRef> {
    let mut found: Vec<OrderRef> = Vec::new();
    for (text, source) in [
        (subject, OrderRefSource::Subject),
        (body, OrderRefSource::Body),
    ] {
        for token in text.split(|c: char| !(c.is_ascii_digit() || c == '-')) {
            let groups: Vec<usize> = token.split('-').map(str::len).collect();
            let format = ORDER_FORMATS.iter().find(|(marketplace, lengths)| {
                groups == lengths && only.is_none_or(|m| m == *marketplace)
            });
            if let Some((marketplace, _)) = format {
                if !found.iter().any(|f| f.order_number == token) {
                    found.push(OrderRef {
                        marketplace: *marketplace,
                        order_number: token.to_string(),
                        source,
                    });
                }
            }
        }
    }
    found
}

impl ParsedMail {
    /// Order numbers in this message's subject and text, in the relay marketplace's format
    /// when the sender is a relay, else in any known format.
    pub fn order_refs(&self) -> Vec<OrderRef> {
        let only = self.relay_sender().map(|r| r.marketplace);
        extract_order_refs(only, self.subject.as_deref().unwrap_or(""), &self.text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relay_addresses_are_recognized_with_their_site() {
        let amazon = recognize_relay("5vlhEXAMPLEh9h5@marketplace.amazon.com")
            .map(|r| (r.marketplace, r.site));
        assert_eq!(amazon, Some((Marketplace::Amazon, "com".to_string())));
        let br = recognize_relay("x@marketplace.amazon.com.br").map(|r| r.site);
        assert_eq!(br.as_deref(), Some("com.br"));
        let ebay = recognize_relay("<63ae59ac280fe0fa69@members.ebay.de>")
            .map(|r| (r.marketplace, r.site));
        assert_eq!(ebay, Some((Marketplace::Ebay, "de".to_string())));
    }

    #[test]
    fn look_alike_domains_are_not_relays() {
        assert_eq!(
            recognize_relay("x@marketplace.amazon.com.evil.example"),
            None
        );
        assert_eq!(recognize_relay("x@amazon.com"), None);
        assert_eq!(recognize_relay("x@notmarketplace.amazon.com"), None);
        assert_eq!(recognize_relay("@marketplace.amazon.com"), None);
        assert_eq!(recognize_relay("members.ebay.com"), None);
    }

    #[test]
    fn order_numbers_come_from_subject_first_then_body_without_duplicates() {
        let refs = extract_order_refs(
            None,
            "Inquiry from Amazon customer (Order: 114-3941689-8772232)",
            "Order 114-3941689-8772232 and eBay 12-34567-89012, not 1234-1234567-1234567.",
        );
        let got: Vec<(Marketplace, &str, OrderRefSource)> = refs
            .iter()
            .map(|r| (r.marketplace, r.order_number.as_str(), r.source))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    Marketplace::Amazon,
                    "114-3941689-8772232",
                    OrderRefSource::Subject
                ),
                (Marketplace::Ebay, "12-34567-89012", OrderRefSource::Body),
            ]
        );
    }

    #[test]
    fn a_known_marketplace_limits_the_formats() {
        let refs = extract_order_refs(
            Some(Marketplace::Ebay),
            "",
            "111-1111111-1111111,22-22222-22222",
        );
        assert_eq!(refs.len(), 1);
        assert_eq!(refs[0].order_number, "22-22222-22222");
        let adjacent = extract_order_refs(None, "111-1111111-1111111,222-2222222-2222222", "");
        assert_eq!(adjacent.len(), 2);
    }
}

//! Marketplace clocks: the deadline each marketplace itself measures the seller against, shown
//! beside the internal clock (sla-semantics.md §4.6 and §4.7 "Dual clocks").
//!
//! They differ from internal clocks on purpose: they count calendar time (weekends and holidays
//! included) unless the rule says otherwise, they never pause while the conversation is pending
//! or resolved (the marketplace does not know Bridgedesk's statuses), and only a public reply by
//! a human agent, accepted by the channel, answers them — auto-replies never do. Each clock
//! carries the marketplace's reference zone, for the third time axis in the UI.

mod rules;

pub use rules::{compute_marketplace, compute_marketplace_for_channel};

use crate::clock::{AuditEntry, SlaClock};
use bridgedesk_model::{Channel, UtcMillis};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// A marketplace's response rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarketplaceRule {
    /// Amazon Contact Response Time: every buyer message answered within 24 hours, "including
    /// weekends and holidays"; "no response needed" excludes a message; auto-responders do not
    /// count. Source: Seller Central help 200549770 (sla-semantics.md source MK1).
    Amazon24h,
    /// Shopee Chat Response Rate: a reply within 12 hours counts, auto-replies are excluded,
    /// and once the first reply of a chat lands, later messages of the thread do not count
    /// (source MK2).
    Shopee12h,
    /// TikTok Shop 12-Hour Response Rate (from 15 Aug 2025), weekends and holidays included;
    /// chats received in holiday mode and seller-initiated chats are excluded (source MK3).
    TiktokShop12h,
    /// Lazada's daily cycle: conversations from 18:00 yesterday to 18:00 today must be answered
    /// by 19:00 today, in the site's zone (source CN5).
    LazadaDailyCycle,
    /// eBay item not received: 3 business days (Monday–Friday) to resolve the request or add
    /// tracking, counted from when the buyer opens it (source MK4).
    EbayItemNotReceived,
}

impl MarketplaceRule {
    /// Every rule.
    pub const ALL: &'static [MarketplaceRule] = &[
        MarketplaceRule::Amazon24h,
        MarketplaceRule::Shopee12h,
        MarketplaceRule::TiktokShop12h,
        MarketplaceRule::LazadaDailyCycle,
        MarketplaceRule::EbayItemNotReceived,
    ];

    /// The rule of a channel's marketplace; `None` for channels without one (e-mail, Telegram).
    pub fn for_channel(channel: Channel) -> Option<Self> {
        match channel {
            Channel::Amazon => Some(Self::Amazon24h),
            Channel::Shopee => Some(Self::Shopee12h),
            Channel::TiktokShop => Some(Self::TiktokShop12h),
            Channel::Lazada => Some(Self::LazadaDailyCycle),
            Channel::Ebay => Some(Self::EbayItemNotReceived),
            Channel::Email | Channel::Telegram => None,
        }
    }

    /// The reference zone of the marketplace's main site, used when the store's site is not
    /// known: amazon.com and ebay.com (Pacific time, as their seller tools display it), TikTok
    /// Shop US (Pacific), Shopee and Lazada Singapore. Prefer [`site_zone`] of the store's site.
    pub fn default_zone(self) -> Tz {
        match self {
            Self::Amazon24h | Self::EbayItemNotReceived | Self::TiktokShop12h => {
                chrono_tz::America::Los_Angeles
            }
            Self::Shopee12h | Self::LazadaDailyCycle => chrono_tz::Asia::Singapore,
        }
    }

    /// The rule as the marketplace (or the research that quotes it) states it.
    pub fn rule_text(self) -> &'static str {
        match self {
            Self::Amazon24h => "Late Response Rate = % of buyer messages not answered via Buyer-Seller Messaging within 24 h, measured including weekends and holidays; \"Mark as no response needed\" excludes a message; auto-responders don't count.",
            Self::Shopee12h => "A reply within 12 h counts; auto-replies are excluded; once the first reply lands within 12 h, later messages in the thread don't count.",
            Self::TiktokShop12h => "From 15 Aug 2025, the 12-Hour Response Rate replaces the 24-hour rate, including weekends and holidays. Excluded: holiday-mode chats, seller-initiated chats and broadcasts, chats resolved by automation/FAQ, blocked customers.",
            Self::LazadaDailyCycle => "Daily cycle: conversations from 18:00 yesterday to 18:00 today must be answered by 19:00 today.",
            Self::EbayItemNotReceived => "3 business days to resolve or add tracking; buyer can escalate; auto-close after 21 business days.",
        }
    }

    /// Where the rule comes from (the source keys of sla-semantics.md).
    pub fn source(self) -> &'static str {
        match self {
            Self::Amazon24h => "MK1 sellercentral.amazon.com/gp/help/external/200549770",
            Self::Shopee12h => "MK2 sellerby.com/p/3907.html; hipkart.com/blogs/how-is-chat-response-rate-calculated",
            Self::TiktokShop12h => "MK3 seller-th.tiktok.com/university/essay?knowledge_id=8918857185183490",
            Self::LazadaDailyCycle => "CN5 duoke.com/en/blog/article/398",
            Self::EbayItemNotReceived => "MK4 ebay.com/help/selling/managing-returns-refunds/helping-buyers-items-not-received?id=4116",
        }
    }
}

/// The reference zone of a marketplace site by ISO 3166-1 alpha-2 country code. Countries with
/// several zones use the one the marketplaces publish in (US: Pacific; Brazil: São Paulo;
/// Indonesia: Jakarta; Australia: Sydney; Mexico: Mexico City).
pub fn site_zone(country_code: &str) -> Option<Tz> {
    use chrono_tz::{America, Asia, Australia, Europe};
    const SITES: &[(&str, Tz)] = &[
        ("US", America::Los_Angeles),
        ("MX", America::Mexico_City),
        ("BR", America::Sao_Paulo),
        ("CO", America::Bogota),
        ("CL", America::Santiago),
        ("GB", Europe::London),
        ("DE", Europe::Berlin),
        ("FR", Europe::Paris),
        ("IT", Europe::Rome),
        ("ES", Europe::Madrid),
        ("NL", Europe::Amsterdam),
        ("PL", Europe::Warsaw),
        ("AE", Asia::Dubai),
        ("SA", Asia::Riyadh),
        ("JP", Asia::Tokyo),
        ("CN", Asia::Shanghai),
        ("TW", Asia::Taipei),
        ("SG", Asia::Singapore),
        ("MY", Asia::Kuala_Lumpur),
        ("TH", Asia::Bangkok),
        ("VN", Asia::Ho_Chi_Minh),
        ("PH", Asia::Manila),
        ("ID", Asia::Jakarta),
        ("AU", Australia::Sydney),
    ];
    SITES
        .iter()
        .find(|(code, _)| code.eq_ignore_ascii_case(country_code.trim()))
        .map(|&(_, zone)| zone)
}

/// A marketplace's clock for one conversation: one cycle per stretch of unanswered buyer
/// messages (per item-not-received request for eBay), with the reference zone.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MarketplaceClock {
    /// The rule applied.
    pub rule: MarketplaceRule,
    /// IANA name of the marketplace's reference zone (the third time axis).
    pub reference_zone: String,
    /// The cycles, oldest first; the current one is last.
    pub cycles: Vec<SlaClock>,
    /// Messages excluded by the rule (holiday mode, seller-initiated chat, Shopee's later
    /// messages), for the audit.
    pub exclusions: Vec<AuditEntry>,
}

impl MarketplaceClock {
    /// The latest cycle.
    pub fn current(&self) -> Option<&SlaClock> {
        self.cycles.last()
    }

    /// The due instant of the cycle still waiting for an answer (breached or not).
    pub fn due_at(&self) -> Option<UtcMillis> {
        self.current()
            .filter(|c| c.is_counting())
            .and_then(|c| c.due_at)
    }
}

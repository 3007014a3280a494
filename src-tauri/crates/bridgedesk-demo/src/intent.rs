//! Why buyers write: the intents of the demo corpus, each mapped to the handbook's inquiry
//! category, a default priority, tags, the products it can concern, and the order state it
//! implies.

use bridgedesk_model::{Category, Channel, OrderStatus, Priority};

use crate::catalogue::Kind;

/// One reason for a conversation. The discriminant indexes `phrases::Bank::intents`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Intent {
    Compatibility,
    Voltage,
    ShippingTime,
    Duties,
    AddressChange,
    TrackingStalled,
    CustomsHold,
    DeliveredNotReceived,
    Return,
    Damaged,
    WrongItem,
    Defective,
    NotAsDescribed,
    DisputeThreat,
    ThankYou,
}

impl Intent {
    /// Number of intents.
    pub const COUNT: usize = 15;

    /// Every intent, in discriminant order.
    pub const ALL: [Intent; Intent::COUNT] = [
        Intent::Compatibility,
        Intent::Voltage,
        Intent::ShippingTime,
        Intent::Duties,
        Intent::AddressChange,
        Intent::TrackingStalled,
        Intent::CustomsHold,
        Intent::DeliveredNotReceived,
        Intent::Return,
        Intent::Damaged,
        Intent::WrongItem,
        Intent::Defective,
        Intent::NotAsDescribed,
        Intent::DisputeThreat,
        Intent::ThankYou,
    ];

    /// The handbook's inquiry category.
    pub fn category(self) -> Category {
        use Intent::*;
        match self {
            Compatibility | Voltage => Category::Product,
            ShippingTime | AddressChange | TrackingStalled | CustomsHold | DeliveredNotReceived => {
                Category::OrderLogistics
            }
            Return | Damaged | WrongItem => Category::ReturnExchange,
            Defective => Category::Repair,
            NotAsDescribed | DisputeThreat => Category::Complaint,
            Duties | ThankYou => Category::Other,
        }
    }

    /// The priority a triage rule would set.
    pub fn priority(self) -> Priority {
        use Intent::*;
        match self {
            DisputeThreat => Priority::Urgent,
            AddressChange | CustomsHold | DeliveredNotReceived | Damaged | WrongItem
            | NotAsDescribed => Priority::High,
            ThankYou => Priority::Low,
            _ => Priority::Normal,
        }
    }

    /// Tags a triage rule would set.
    pub fn tags(self) -> &'static [&'static str] {
        use Intent::*;
        match self {
            Compatibility | Voltage => &["pre-sale"],
            ShippingTime => &["pre-sale", "shipping-time"],
            Duties => &["pre-sale", "customs"],
            AddressChange => &["address-change"],
            TrackingStalled => &["tracking-stalled"],
            CustomsHold => &["customs"],
            DeliveredNotReceived => &["delivered-not-received"],
            Return => &["return"],
            Damaged => &["damaged"],
            WrongItem => &["wrong-item"],
            Defective => &["defective", "warranty"],
            NotAsDescribed => &["not-as-described"],
            DisputeThreat => &["dispute-risk"],
            ThankYou => &["positive"],
        }
    }

    /// Whether the buyer writes before buying (no linked order).
    pub fn pre_sale(self) -> bool {
        matches!(
            self,
            Intent::Compatibility | Intent::Voltage | Intent::ShippingTime | Intent::Duties
        )
    }

    /// Whether the matter is about a parcel on its way (the carrier is involved).
    pub fn logistics(self) -> bool {
        matches!(
            self,
            Intent::TrackingStalled
                | Intent::CustomsHold
                | Intent::DeliveredNotReceived
                | Intent::DisputeThreat
        )
    }

    /// Whether the conversation opens a return or a platform case (a `system` line).
    pub fn system_event(self) -> bool {
        matches!(
            self,
            Intent::Return | Intent::Damaged | Intent::WrongItem | Intent::DisputeThreat
        )
    }

    /// The products this intent can concern.
    pub fn kinds(self) -> &'static [Kind] {
        use Kind::*;
        match self {
            Intent::Voltage => &[Charger, LedStrip, Adapter],
            Intent::Defective => &[Charger, Earbuds, LedStrip, Watch, PowerBank, Hub, Cable],
            Intent::Damaged => &[Charger, Earbuds, LedStrip, Watch, PowerBank, Hub, Adapter],
            Intent::NotAsDescribed => &[Charger, PowerBank, Cable, Hub],
            _ => &Kind::ALL,
        }
    }

    /// Order status while the conversation runs (`settled` = the agent has resolved it).
    pub fn order_status(self, settled: bool) -> OrderStatus {
        use Intent::*;
        match self {
            AddressChange => {
                if settled {
                    OrderStatus::Shipped
                } else {
                    OrderStatus::Paid
                }
            }
            TrackingStalled | CustomsHold => OrderStatus::InTransit,
            DisputeThreat | NotAsDescribed if settled => OrderStatus::Refunded,
            DisputeThreat => OrderStatus::InTransit,
            Return if settled => OrderStatus::Returned,
            _ => OrderStatus::Delivered,
        }
    }

    /// Whether the order of this intent has shipped (and so has a tracking number).
    pub fn shipped(self) -> bool {
        !self.pre_sale() && self != Intent::AddressChange
    }

    /// How often this intent comes up on a channel (relative weight).
    pub fn weight(self, channel: Channel) -> u32 {
        use Intent::*;
        let chat = matches!(
            channel,
            Channel::Shopee | Channel::Lazada | Channel::TiktokShop | Channel::Telegram
        );
        match self {
            Compatibility => {
                if chat {
                    12
                } else {
                    7
                }
            }
            Voltage => 3,
            ShippingTime => {
                if chat {
                    9
                } else {
                    5
                }
            }
            Duties => {
                if channel == Channel::Email || channel == Channel::Telegram {
                    5
                } else {
                    2
                }
            }
            AddressChange => 3,
            TrackingStalled => 16,
            CustomsHold => {
                if chat {
                    2
                } else {
                    5
                }
            }
            DeliveredNotReceived => 5,
            Return => 8,
            Damaged => 5,
            WrongItem => 4,
            Defective => 6,
            NotAsDescribed => 4,
            DisputeThreat => 5,
            ThankYou => 5,
        }
    }
}

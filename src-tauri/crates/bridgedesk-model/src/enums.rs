//! Closed vocabularies of the domain, stored as their snake_case names in SQLite and sent as the
//! same strings over IPC, so a database row, a log line and a UI filter all say the same word.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Declares a closed vocabulary: an enum with stable snake_case names (serde, ts-rs),
/// `ALL`, `as_str`, `parse` and `Display`. Exported so other domain crates (triage) declare
/// theirs the same way; the invoking module must import `Serialize`, `Deserialize` and `TS`.
#[macro_export]
macro_rules! vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable name used in the database, over IPC and in data files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses the stable name; `None` for anything else.
            pub fn parse(text: &str) -> Option<Self> {
                match text { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

vocabulary! {
    /// Where a conversation happens. Amazon buyer messages arrive through the e-mail relay.
    Channel {
        Email = "email",
        Ebay = "ebay",
        Amazon = "amazon",
        Shopee = "shopee",
        TiktokShop = "tiktok_shop",
        Lazada = "lazada",
        Telegram = "telegram",
    }
}

vocabulary! {
    /// The service state of a conversation.
    ConversationStatus {
        Open = "open",
        Pending = "pending",
        Resolved = "resolved",
        Closed = "closed",
    }
}

vocabulary! {
    /// How urgently a conversation needs an answer.
    Priority {
        Low = "low",
        Normal = "normal",
        High = "high",
        Urgent = "urgent",
    }
}

vocabulary! {
    /// The inquiry category from the service handbooks (PRODUCT.md, "Classifications").
    Category {
        Product = "product",
        OrderLogistics = "order_logistics",
        ReturnExchange = "return_exchange",
        Repair = "repair",
        Complaint = "complaint",
        Other = "other",
    }
}

vocabulary! {
    /// Whether a message came from the buyer's side or goes to it.
    Direction {
        Inbound = "inbound",
        Outbound = "outbound",
    }
}

vocabulary! {
    /// Who wrote a message.
    AuthorKind {
        Customer = "customer",
        Agent = "agent",
        System = "system",
        Auto = "auto",
    }
}

vocabulary! {
    /// Where an outgoing message is on its way to the buyer (the outbox states).
    DeliveryState {
        Queued = "queued",
        Sending = "sending",
        Sent = "sent",
        Accepted = "accepted",
        Failed = "failed",
    }
}

vocabulary! {
    /// The life of a marketplace order.
    OrderStatus {
        AwaitingPayment = "awaiting_payment",
        Paid = "paid",
        Shipped = "shipped",
        InTransit = "in_transit",
        Delivered = "delivered",
        Returned = "returned",
        Cancelled = "cancelled",
        Refunded = "refunded",
    }
}

vocabulary! {
    /// Carriers named in PRODUCT.md; `Other` covers dedicated lines.
    Carrier {
        ChinaPost = "china_post",
        Ems = "ems",
        Dhl = "dhl",
        Ups = "ups",
        Fedex = "fedex",
        Tnt = "tnt",
        Yanwen = "yanwen",
        FourPx = "4px",
        Cainiao = "cainiao",
        YunExpress = "yunexpress",
        Other = "other",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_vocabulary_name_parses_back_to_its_value() {
        for c in Channel::ALL {
            assert_eq!(Channel::parse(c.as_str()), Some(*c));
        }
        for c in Carrier::ALL {
            assert_eq!(Carrier::parse(c.as_str()), Some(*c));
        }
        assert_eq!(ConversationStatus::parse("nonsense"), None);
    }

    #[test]
    fn serde_uses_the_same_names_as_the_database() {
        for c in Channel::ALL {
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
        for c in Carrier::ALL {
            let json = serde_json::to_string(c).unwrap();
            assert_eq!(json, format!("\"{}\"", c.as_str()));
        }
        for s in DeliveryState::ALL {
            let json = serde_json::to_string(s).unwrap();
            assert_eq!(json, format!("\"{}\"", s.as_str()));
        }
    }
}

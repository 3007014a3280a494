//! The closed vocabularies triage adds to the domain (logistics problems, dispute risks, customer
//! grades and segments), named in snake_case the same way in JSON, the database and the UI, so a
//! rule condition, a stored triage and a filter chip all say the same word.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

macro_rules! triage_vocabulary {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
        pub enum $name { $(#[serde(rename = $text)] $variant),+ }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable snake_case name used in JSON, the database and data files.
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

triage_vocabulary! {
    /// What went wrong with a shipment, for order and logistics messages.
    LogisticsProblem {
        Damaged = "damaged",
        WrongItem = "wrong_item",
        DeliveredNotReceived = "delivered_not_received",
        NoTrackingUpdate = "no_tracking_update",
        CustomsHold = "customs_hold",
        ReturnedToSender = "returned_to_sender",
    }
}

triage_vocabulary! {
    /// A threat in the buyer's message that can cost the seller money or rating.
    DisputeRisk {
        Chargeback = "chargeback",
        PaypalClaim = "paypal_claim",
        AToZClaim = "a_to_z_claim",
        BadReview = "bad_review",
        PlatformReport = "platform_report",
    }
}

triage_vocabulary! {
    /// How valuable a customer is, from order history (key A and B are the best).
    CustomerGrade {
        KeyA = "key_a",
        KeyB = "key_b",
        Ordinary = "ordinary",
        Small = "small",
    }
}

triage_vocabulary! {
    /// Where a customer is in their life with the store.
    CustomerSegment {
        New = "new",
        Returning = "returning",
        Potential = "potential",
        Dormant = "dormant",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_triage_name_parses_back_and_serializes_the_same() {
        for v in LogisticsProblem::ALL {
            assert_eq!(LogisticsProblem::parse(v.as_str()), Some(*v));
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{v}\""));
        }
        for v in DisputeRisk::ALL {
            assert_eq!(DisputeRisk::parse(v.as_str()), Some(*v));
            assert_eq!(serde_json::to_string(v).unwrap(), format!("\"{v}\""));
        }
        for v in CustomerGrade::ALL {
            assert_eq!(CustomerGrade::parse(v.as_str()), Some(*v));
        }
        for v in CustomerSegment::ALL {
            assert_eq!(CustomerSegment::parse(v.as_str()), Some(*v));
        }
        assert_eq!(DisputeRisk::parse("lawsuit"), None);
    }
}

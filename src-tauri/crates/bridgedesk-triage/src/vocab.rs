//! The closed vocabularies triage adds to the domain (logistics problems, dispute risks, customer
//! grades and segments), named in snake_case the same way in JSON, the database and the UI, so a
//! rule condition, a stored triage and a filter chip all say the same word.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use bridgedesk_model::vocabulary;

vocabulary! {
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

vocabulary! {
    /// A threat in the buyer's message that can cost the seller money or rating.
    DisputeRisk {
        Chargeback = "chargeback",
        PaypalClaim = "paypal_claim",
        AToZClaim = "a_to_z_claim",
        BadReview = "bad_review",
        PlatformReport = "platform_report",
    }
}

vocabulary! {
    /// How valuable a customer is, from order history (key A and B are the best).
    CustomerGrade {
        KeyA = "key_a",
        KeyB = "key_b",
        Ordinary = "ordinary",
        Small = "small",
    }
}

vocabulary! {
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

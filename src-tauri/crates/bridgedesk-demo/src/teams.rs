//! The demo seller's two desks: the Shenzhen day desk handles the Asian and American
//! marketplace shops on the default (Shenzhen) calendar, and the Europe desk, with its own
//! Berlin hours, handles the European shops and the European buyers of the web shop and
//! Telegram. Buyers from elsewhere on those shared channels stay with no team.

/// A desk of the demo seller and which conversations it handles.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoTeam {
    /// The team's name as the seller wrote it.
    pub name: &'static str,
    /// Its own calendar: IANA zone and Monday–Friday opening hours (`HH:MM-HH:MM`); `None`
    /// counts on the default calendar.
    pub calendar: Option<(&'static str, &'static str)>,
    /// The country whose public holidays its calendar closes on (`de`), if any.
    pub holidays: Option<&'static str>,
    /// Shops whose every conversation the team handles.
    pub store_keys: &'static [&'static str],
    /// Buyer countries the team handles on the shared shops (web shop, Telegram).
    pub buyer_countries: &'static [&'static str],
}

/// The shops every desk shares, split by the buyer's country.
pub const SHARED_STORE_KEYS: &[&str] = &["brightway-webshop", "brightway-telegram"];

/// The demo's teams, in the order they are created.
pub fn demo_teams() -> Vec<DemoTeam> {
    vec![
        DemoTeam {
            name: "Shenzhen desk",
            calendar: None,
            holidays: None,
            store_keys: &[
                "brightway-ebay-us",
                "brightway-amazon-jp",
                "brightway-shopee-sg",
                "brightway-shopee-my",
                "brightway-lazada-ph",
            ],
            buyer_countries: &[],
        },
        DemoTeam {
            name: "Europe desk",
            calendar: Some(("Europe/Berlin", "09:00-17:30")),
            holidays: Some("de"),
            store_keys: &[
                "brightway-amazon-de",
                "brightway-amazon-es",
                "brightway-tiktok-uk",
            ],
            buyer_countries: &["DE", "AT", "ES", "FR", "PT", "GB"],
        },
    ]
}

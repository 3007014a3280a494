//! What the operating system tells about the agent: preferred locales and time zone, and the
//! user's name. Read once at start; overridable by environment variables for tests and demos
//! (`BRIDGEDESK_LOCALE`, `TZ`).

/// The agent's surroundings as read from the OS.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEnvironment {
    /// Preferred locales, most preferred first (BCP 47).
    pub locales: Vec<String>,
    /// IANA time zone.
    pub time_zone: String,
    /// The OS user's name, used as the default agent name.
    pub user_name: String,
}

impl AgentEnvironment {
    /// Reads the OS settings.
    pub fn from_os() -> Self {
        let mut locales: Vec<String> = Vec::new();
        if let Ok(forced) = std::env::var("BRIDGEDESK_LOCALE") {
            if !forced.trim().is_empty() {
                locales.push(forced.trim().to_owned());
            }
        }
        locales.extend(sys_locale::get_locales());
        let time_zone = std::env::var("TZ")
            .ok()
            .map(|tz| tz.trim_start_matches(':').to_owned())
            .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
            .or_else(|| {
                iana_time_zone::get_timezone()
                    .ok()
                    .filter(|tz| tz.parse::<chrono_tz::Tz>().is_ok())
            })
            .unwrap_or_else(|| "UTC".to_owned());
        let user_name = std::env::var("USER")
            .or_else(|_| std::env::var("USERNAME"))
            .ok()
            .filter(|n| !n.is_empty() && n != "root")
            .unwrap_or_else(|| "Agent".to_owned());
        Self {
            locales,
            time_zone,
            user_name,
        }
    }
}

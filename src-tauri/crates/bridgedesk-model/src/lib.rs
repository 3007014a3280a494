//! The domain vocabulary shared by every Bridgedesk crate.
//!
//! These types carry no behaviour beyond parsing and naming: the store persists them, the demo
//! generator produces them, the core hands them to the shell, and `ts-rs` turns them into the
//! TypeScript types the UI compiles against (`ui/src/lib/bindings.ts`).

mod enums;
mod error;
mod mail;
mod records;
mod sla_settings;
mod teams;
mod triage_views;
mod typescript;
mod views;

pub use enums::*;
pub use error::*;
pub use mail::*;
pub use records::*;
pub use sla_settings::*;
pub use teams::*;
pub use triage_views::*;
pub use typescript::{exported as exported_declarations, typescript_declarations};
pub use views::*;

/// Milliseconds since the Unix epoch, UTC. Every instant in Bridgedesk is one of these.
pub type UtcMillis = i64;

#[cfg(test)]
mod print {
    #[test]
    #[ignore]
    fn print_typescript() {
        println!("{}", crate::typescript_declarations());
    }
}

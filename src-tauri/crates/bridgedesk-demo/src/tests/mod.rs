//! Behaviour of the demo workspace and the scale generator.

mod scale;
mod text;
mod workspace;

use bridgedesk_model::UtcMillis;

use crate::{demo_workspace, DemoWorkspace};

/// 2025-10-20T08:00:00Z, a Monday.
pub(super) const NOW: UtcMillis = 1_760_947_200_000;

pub(super) fn demo() -> DemoWorkspace {
    demo_workspace(7, NOW)
}

pub(super) fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3000..=0x303F | 0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

//! TypeScript declarations of every IPC type, in a fixed order, for `ui/src/lib/bindings.ts`.

use crate::*;
use ts_rs::TS;

/// The declarations of every type the UI receives or sends, one `export` each.
pub fn typescript_declarations() -> String {
    let decls = [
        Channel::decl(),
        ConversationStatus::decl(),
        Priority::decl(),
        Category::decl(),
        Direction::decl(),
        AuthorKind::decl(),
        DeliveryState::decl(),
        OrderStatus::decl(),
        Carrier::decl(),
        AppError::decl(),
        ConversationSummary::decl(),
        InboxFilter::decl(),
        InboxPage::decl(),
        InboxFacets::decl(),
        StoreView::decl(),
        TeamView::decl(),
        ConversationDetail::decl(),
        SlaView::decl(),
        SlaClockView::decl(),
        SlaCalendarChoice::decl(),
        SlaAuditView::decl(),
        MarketplaceClockView::decl(),
        MessageView::decl(),
        NoteView::decl(),
        CustomerView::decl(),
        IdentityView::decl(),
        OrderView::decl(),
        OrderItemView::decl(),
        Settings::decl(),
        WorkspaceStatus::decl(),
        LocaleChanged::decl(),
        InboxChanged::decl(),
        CalendarDayKind::decl(),
        CalendarDay::decl(),
        CalendarSettings::decl(),
        TargetSettings::decl(),
        PolicyConditionSettings::decl(),
        PolicySettings::decl(),
        SlaSettings::decl(),
        HolidaySetRef::decl(),
        RecomputeReport::decl(),
        SlaWarning::decl(),
        TriageBadges::decl(),
        CustomerStanding::decl(),
        BlacklistEntry::decl(),
        RuleView::decl(),
        TraceLine::decl(),
        RuleRunView::decl(),
        TemplateView::decl(),
        RenderedTemplate::decl(),
        SendFinding::decl(),
        SendCheckView::decl(),
        ReplyOutcome::decl(),
        SensitiveWordList::decl(),
        RuleImport::decl(),
        SimulatedMessage::decl(),
        RuleNotified::decl(),
        MailSecurity::decl(),
        EmailAccountInput::decl(),
        EmailAccountView::decl(),
        ConnectionTestResult::decl(),
        SyncProgress::decl(),
        AccountChanged::decl(),
        RemoteImageScope::decl(),
    ];
    exported(decls)
}

/// One `export <declaration>` per declaration, blank-line separated (shared with the other
/// domain crates that export types to the UI).
pub fn exported(decls: impl IntoIterator<Item = String>) -> String {
    let mut out = String::new();
    for decl in decls {
        out.push_str("export ");
        out.push_str(&decl);
        out.push_str("\n\n");
    }
    out
}

//! The workspace as the shell uses it: first start, demo data, the agent's actions and the
//! events they push, locale switching, and a damaged database handled with consent.

use bridgedesk_core::*;
use bridgedesk_model::*;
use std::sync::Arc;

const NOW: UtcMillis = 1_795_000_000_000;

struct Harness {
    dir: tempfile::TempDir,
    events: Arc<RecordingSink>,
    workspace: Workspace,
}

fn environment(locale: &str) -> AgentEnvironment {
    AgentEnvironment {
        locales: vec![locale.into()],
        time_zone: "Asia/Shanghai".into(),
        user_name: "tester".into(),
    }
}

fn open_in(dir: tempfile::TempDir, locale: &str) -> Harness {
    let events = Arc::new(RecordingSink::default());
    let workspace = Workspace::open(
        dir.path(),
        Arc::new(FixedClock::at(NOW)),
        events.clone(),
        Arc::new(Localizer::embedded()),
        environment(locale),
    );
    Harness {
        dir,
        events,
        workspace,
    }
}

fn harness() -> Harness {
    open_in(tempfile::tempdir().unwrap(), "en-US")
}

#[test]
fn a_new_workspace_is_empty_and_offers_the_demo() {
    let h = harness();
    assert!(matches!(
        h.workspace.status(),
        WorkspaceStatus::Empty { .. }
    ));
}

#[test]
fn loading_the_demo_fills_the_inbox_and_announces_it() {
    let h = harness();
    let status = h.workspace.load_demo().unwrap();
    match status {
        WorkspaceStatus::Ready {
            conversation_count,
            is_demo,
            ..
        } => {
            assert!(conversation_count >= 200, "{conversation_count}");
            assert!(is_demo);
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(h.events.inbox.lock().unwrap().len(), 1);
    assert!(matches!(h.workspace.load_demo(), Err(CoreError::NotEmpty)));
    let facets = h.workspace.inbox_facets().unwrap();
    assert!(facets.unread_total > 0);
    assert!(facets.languages.len() >= 8, "{:?}", facets.languages);
}

#[test]
fn opening_an_unread_conversation_marks_it_read_and_announces_it() {
    let h = harness();
    h.workspace.load_demo().unwrap();
    let page = h
        .workspace
        .inbox_list(&InboxFilter::default(), 0, 500)
        .unwrap();
    let unread = page
        .items
        .iter()
        .find(|c| c.unread_count > 0)
        .expect("the demo has unread conversations");
    let before = h.workspace.inbox_facets().unwrap().unread_total;
    let detail = h.workspace.open_conversation(unread.id).unwrap();
    assert_eq!(detail.summary.unread_count, 0);
    assert_eq!(h.workspace.inbox_facets().unwrap().unread_total, before - 1);
    let last = h.events.inbox.lock().unwrap().last().cloned().unwrap();
    assert_eq!(last.conversation_ids, vec![unread.id]);
}

#[test]
fn a_reply_is_authored_by_the_agent_and_waits_queued() {
    let h = harness();
    h.workspace.load_demo().unwrap();
    let id = h
        .workspace
        .inbox_list(&InboxFilter::default(), 0, 1)
        .unwrap()
        .items[0]
        .id;
    let message = h
        .workspace
        .send_reply(id, "Thank you, a replacement ships today.")
        .unwrap();
    assert_eq!(message.delivery, Some(DeliveryState::Queued));
    assert_eq!(message.sent_at, NOW);
    assert_eq!(message.author_name, h.workspace.settings().agent_name);
}

#[test]
fn the_locale_follows_the_os_until_the_agent_chooses_one() {
    let h = open_in(tempfile::tempdir().unwrap(), "zh-Hans-CN");
    assert_eq!(h.workspace.settings().locale, "zh-CN");
    let settings = h.workspace.set_locale("en-US").unwrap();
    assert_eq!(settings.locale, "en-US");
    assert_eq!(h.events.locales.lock().unwrap()[0].locale, "en-US");
    // The choice survives a restart.
    let Harness { dir, workspace, .. } = h;
    drop(workspace);
    let reopened = open_in(dir, "zh-CN");
    assert_eq!(reopened.workspace.settings().locale, "en-US");
}

#[test]
fn an_unknown_locale_is_refused_with_a_localized_error() {
    let h = harness();
    let err = h.workspace.set_locale("tlh-KLINGON").unwrap_err();
    assert_eq!(
        err.to_app_error().message_id,
        "error-settings-unknown-locale"
    );
    assert!(h.events.locales.lock().unwrap().is_empty());
}

#[test]
fn a_damaged_database_is_reported_and_moved_aside_only_on_request() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join(DATABASE_FILE_NAME);
    let garbage = vec![0x5au8; 65_536];
    std::fs::write(&db, &garbage).unwrap();
    let h = open_in(dir, "en-US");
    match h.workspace.status() {
        WorkspaceStatus::Unavailable {
            error, recoverable, ..
        } => {
            assert_eq!(error.code, "store.corrupt");
            assert_eq!(error.message_id, "error-store-corrupt");
            assert!(recoverable);
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        h.workspace.inbox_list(&InboxFilter::default(), 0, 10),
        Err(CoreError::NotOpen)
    ));
    assert!(
        std::fs::read(&db).unwrap() == garbage,
        "nothing touched before consent"
    );

    let status = h.workspace.move_aside_corrupt().unwrap();
    assert!(matches!(status, WorkspaceStatus::Empty { .. }));
    let kept: Vec<_> = std::fs::read_dir(h.dir.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .unwrap()
                .to_string_lossy()
                .contains(".corrupt-")
        })
        .collect();
    assert_eq!(kept.len(), 1, "{kept:?}");
    assert!(
        std::fs::read(&kept[0]).unwrap() == garbage,
        "the damaged bytes are kept"
    );
    assert!(matches!(
        h.workspace.move_aside_corrupt(),
        Err(CoreError::NotCorrupt)
    ));
}

#[test]
fn the_time_zone_is_the_agents_own_setting_separate_from_the_locale() {
    let h = open_in(tempfile::tempdir().unwrap(), "zh-CN");
    let settings = h.workspace.settings();
    assert_eq!(
        (settings.time_zone.as_str(), settings.time_zone_chosen),
        ("Asia/Shanghai", false)
    );
    let settings = h.workspace.set_time_zone(Some("Europe/Madrid")).unwrap();
    assert_eq!(settings.time_zone, "Europe/Madrid");
    assert_eq!(settings.os_time_zone, "Asia/Shanghai");
    assert_eq!(
        settings.locale, "zh-CN",
        "the locale does not follow the zone"
    );
    assert_eq!(
        h.events.settings.lock().unwrap().last().unwrap().time_zone,
        "Europe/Madrid"
    );
    let err = h
        .workspace
        .set_time_zone(Some("Mars/Olympus_Mons"))
        .unwrap_err();
    assert_eq!(
        err.to_app_error().message_id,
        "error-settings-unknown-time-zone"
    );
    assert_eq!(h.workspace.settings().time_zone, "Europe/Madrid");
    let settings = h.workspace.set_time_zone(None).unwrap();
    assert_eq!(
        (settings.time_zone.as_str(), settings.time_zone_chosen),
        ("Asia/Shanghai", false)
    );
}

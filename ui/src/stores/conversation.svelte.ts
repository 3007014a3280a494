// The open conversation: its detail, the actions on it (status, assignee, tags, notes,
// replies) and the composer's draft, saved locally by the core as the agent types.
import type { Category, ConversationDetail, ConversationStatus, ConversationSummary, SendCheckView } from '../lib/bindings';
import { call, toAppError } from '../lib/ipc';
import type { AppState } from './app.svelte';
import type { InboxStore } from './inbox.svelte';

export const DRAFT_DELAY_MS = 500;
const REOPEN_GUARD_MS = 1500;

export class ConversationStore {
  detail = $state<ConversationDetail | null>(null);
  openId = $state<number | null>(null);
  loading = $state(false);
  sending = $state(false);
  composerText = $state('');
  /** What the check before sending found in the composer's text (null: not checked yet). */
  sendCheck = $state<SendCheckView | null>(null);

  #app: AppState;
  #inbox: InboxStore;
  #draftTimer: ReturnType<typeof setTimeout> | null = null;
  #draftDirty = false;
  #request = 0;
  #slaRequest = 0;
  #openedAt = 0;

  constructor(app: AppState, inbox: InboxStore) {
    this.#app = app;
    this.#inbox = inbox;
    inbox.onChanged((ids) => this.#onInboxChanged(ids));
  }

  /** Opens a conversation (the core marks it read); saves the previous one's draft first. */
  async open(id: number): Promise<void> {
    if (this.openId !== id) await this.flushDraft();
    const request = ++this.#request;
    this.openId = id;
    this.loading = true;
    try {
      const detail = await call('conversation_open', { id });
      this.#openedAt = Date.now();
      if (request !== this.#request) return;
      this.detail = detail;
      this.composerText = detail.draft;
      this.#draftDirty = false;
      this.#inbox.patch(detail.summary);
      void this.#inbox.loadFacets();
    } catch (err) {
      if (request === this.#request) this.#app.report(err);
    } finally {
      if (request === this.#request) this.loading = false;
    }
  }

  /**
   * The open conversation changed elsewhere (a new message, a delivery state, another desktop):
   * re-read it, keeping what the agent is typing. Opening marks it read, which may itself
   * change the inbox, so an event right after our own open is not followed unless the
   * conversation's activity moved.
   */
  async #onInboxChanged(ids: number[]): Promise<void> {
    const id = this.openId;
    const current = this.detail?.summary;
    // No ids means everything changed (the demo was loaded, SLA history was recomputed).
    const everything = ids.length === 0;
    if (id === null || !current || (!everything && !ids.includes(id)) || this.loading || this.sending) return;
    const row = this.#inbox.findRow(id);
    const moved =
      !!row && (row.last_activity_at !== current.last_activity_at || row.message_count !== current.message_count);
    const inOutbox = this.detail!.messages.some((m) => m.delivery === 'queued' || m.delivery === 'sending');
    const justOpened = Date.now() - this.#openedAt < REOPEN_GUARD_MS;
    if (!everything && !moved && !(inOutbox && !justOpened)) {
      if (row) this.detail = { ...this.detail!, summary: { ...row, unread_count: current.unread_count } };
      return;
    }
    const request = ++this.#request;
    try {
      const detail = await call('conversation_open', { id });
      this.#openedAt = Date.now();
      if (request !== this.#request || this.openId !== id) return;
      this.detail = detail;
    } catch {
      // The list refresh reports problems; a stale pane is not worth a second banner.
    }
  }

  #update(summary: ConversationSummary): void {
    if (this.detail && this.detail.summary.id === summary.id) {
      this.detail = { ...this.detail, summary };
    }
    this.#inbox.patch(summary);
  }

  async setStatus(status: ConversationStatus): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => {
      this.#update(await call('conversation_set_status', { id, status }));
      void this.#inbox.refresh();
      void this.#refreshSla(id);
    });
  }

  /** The buyer's waiting message needs no answer: the core stops the clocks waiting on it. */
  async markNoResponseNeeded(): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => {
      this.#update(await call('conversation_no_response_needed', { id }));
      void this.#inbox.refresh();
      void this.#refreshSla(id);
    });
  }

  /**
   * Marks the buyer's last message unread (for e-mail also on the server) and puts the
   * conversation down: left open, the next refresh would read it again.
   */
  async markUnread(): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.flushDraft();
    ++this.#request;
    this.openId = null;
    this.detail = null;
    this.composerText = '';
    this.sendCheck = null;
    await this.#run(async () => {
      this.#inbox.patch(await call('conversation_mark_unread', { id }));
      void this.#inbox.loadFacets();
    });
  }

  /** The clocks follow the status (pending pauses them, resolved stops them): re-read them. */
  async #refreshSla(id: number): Promise<void> {
    const request = ++this.#slaRequest;
    const opening = this.#request;
    try {
      const detail = await call('conversation_open', { id });
      this.#openedAt = Date.now();
      // Dropped when another refresh, or any opening of a conversation, started meanwhile.
      if (request !== this.#slaRequest || opening !== this.#request || this.detail?.summary.id !== id) return;
      this.detail = { ...this.detail, summary: detail.summary, sla: detail.sla };
    } catch {
      // The strip keeps the clocks it had; the next change or opening brings them up to date.
    }
  }

  /** Moves the conversation to a team (null: no team); its clocks then count on that team's calendar. */
  async setTeam(team: number | null): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => {
      this.#update(await call('conversation_set_team', { id, team }));
      void this.#inbox.refresh();
      void this.#refreshSla(id);
    });
  }

  async assign(assignee: string | null): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => {
      this.#update(await call('conversation_assign', { id, assignee }));
      void this.#inbox.refresh();
    });
  }

  async setTags(tags: string[]): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => this.#update(await call('conversation_set_tags', { id, tags })));
  }

  async addTag(tag: string): Promise<void> {
    const clean = tag.trim();
    const tags = this.detail?.summary.tags ?? [];
    if (!clean || tags.includes(clean)) return;
    await this.setTags([...tags, clean]);
  }

  async removeTag(tag: string): Promise<void> {
    await this.setTags((this.detail?.summary.tags ?? []).filter((t) => t !== tag));
  }

  async addNote(text: string): Promise<boolean> {
    const id = this.openId;
    if (id === null || !text.trim()) return false;
    return this.#run(async () => {
      const note = await call('note_add', { id, text: text.trim() });
      if (this.detail?.summary.id === id) {
        this.detail = { ...this.detail, notes: [...this.detail.notes, note] };
      }
    });
  }

  /** Composer input: the draft is saved after a pause in typing. */
  editComposer(text: string): void {
    this.composerText = text;
    this.sendCheck = null;
    this.#draftDirty = true;
    if (this.#draftTimer) clearTimeout(this.#draftTimer);
    this.#draftTimer = setTimeout(() => void this.flushDraft(), DRAFT_DELAY_MS);
  }

  /** Saves the draft now if it changed (on switching conversation, on leaving). */
  async flushDraft(): Promise<void> {
    if (this.#draftTimer) clearTimeout(this.#draftTimer);
    this.#draftTimer = null;
    const id = this.openId;
    if (!this.#draftDirty || id === null) return;
    this.#draftDirty = false;
    try {
      await call('draft_save', { id, text: this.composerText });
    } catch (err) {
      this.#draftDirty = true;
      this.#app.report(err);
    }
  }

  /**
   * Sends the composer's text through the check before sending: the reply is queued in the
   * outbox and shown at once; warnings come back for the agent to override (`override`); a
   * block is refused by the core and its findings are highlighted.
   */
  async send(override = false): Promise<void> {
    const id = this.openId;
    const text = this.composerText;
    if (id === null || !text.trim() || this.sending) return;
    if (this.#draftTimer) clearTimeout(this.#draftTimer);
    this.#draftTimer = null;
    this.sending = true;
    try {
      const outcome = await call('reply_send', { id, text, overrideWarnings: override });
      if (outcome.outcome === 'checked') {
        this.sendCheck = outcome.check;
        this.#draftDirty = true;
        return;
      }
      const message = outcome.message;
      this.sendCheck = null;
      if (this.detail?.summary.id === id) {
        this.detail = { ...this.detail, messages: [...this.detail.messages, message], draft: '' };
      }
      if (this.openId === id) {
        this.composerText = '';
        this.#draftDirty = false;
      }
      // The sent text must not come back as a draft, whatever the core does with drafts.
      call('draft_save', { id, text: '' }).catch(() => {});
    } catch (err) {
      this.#draftDirty = true;
      if (toAppError(err).code === 'reply.blocked') {
        this.sendCheck = await call('reply_check', { id, text }).catch(() => null);
      }
      this.#app.report(err);
    } finally {
      this.sending = false;
    }
  }

  /** Puts a rendered template into the composer (after what the agent already wrote). */
  insertText(text: string): void {
    const current = this.composerText.trimEnd();
    this.editComposer(current ? `${current}\n\n${text}` : text);
  }

  /** One-click category correction: kept by the core, which learns from it. */
  async correctCategory(category: Category): Promise<void> {
    const id = this.openId;
    if (id === null) return;
    await this.#run(async () => {
      this.#update(await call('conversation_correct_category', { id, category }));
      void this.#inbox.refresh();
    });
  }

  /** Blacklists the buyer with a reason, or clears the flag with null. */
  async setBlacklist(reason: string | null): Promise<boolean> {
    const id = this.openId;
    if (id === null) return false;
    return this.#run(async () => {
      const standing = await call('customer_set_blacklist', { id, reason });
      if (this.detail?.summary.id === id) {
        this.detail = {
          ...this.detail,
          customer: { ...this.detail.customer, standing },
          summary: { ...this.detail.summary, standing },
        };
      }
      void this.#inbox.refresh();
    });
  }

  async #run(action: () => Promise<void>): Promise<boolean> {
    try {
      await action();
      return true;
    } catch (err) {
      this.#app.report(err);
      return false;
    }
  }
}

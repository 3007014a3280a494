// The inbox list: filters, a sparse cache of pages fetched on demand (the list is virtualized,
// so only the pages around the viewport are ever loaded), the selection and the facets.
import type {
  Category,
  Channel,
  ConversationStatus,
  ConversationSummary,
  InboxFacets,
  InboxFilter,
} from '../lib/bindings';
import { call, on } from '../lib/ipc';
import type { AppState } from './app.svelte';

export const PAGE_SIZE = 100;

/** The filter bar's values: '' (or 'all' where '' means something) is "any". */
export interface FilterValues {
  status: ConversationStatus | 'all';
  channel: Channel | '';
  store: string;
  language: string;
  category: Category | '';
  /** 'all' = anyone, '' = unassigned, else an agent's name. */
  assignee: string;
  /** '' = any team, '0' = no team, else a team id. */
  team: string;
  query: string;
}

export const DEFAULT_FILTER: FilterValues = {
  status: 'open',
  channel: '',
  store: '',
  language: '',
  category: '',
  assignee: 'all',
  team: '',
  query: '',
};

/** The filter bar's values as the core's InboxFilter. */
export function toWireFilter(f: FilterValues): InboxFilter {
  const query = f.query.trim();
  return {
    status: f.status === 'all' ? null : f.status,
    channel: f.channel || null,
    store_id: f.store ? Number(f.store) : null,
    language: f.language || null,
    category: f.category || null,
    assignee: f.assignee === 'all' ? null : f.assignee,
    team_id: f.team ? Number(f.team) : null,
    query: query || null,
  };
}

export class InboxStore {
  filter = $state<FilterValues>({ ...DEFAULT_FILTER });
  total = $state(0);
  totalCapped = $state(false);
  loaded = $state(false);
  pages = $state.raw<Record<number, ConversationSummary[]>>({});
  facets = $state<InboxFacets>({ stores: [], languages: [], assignees: [], teams: [], unread_total: 0 });
  selectedIndex = $state(-1);
  selectedId = $state<number | null>(null);

  #app: AppState;
  #generation = 0;
  #inflight = new Set<number>();
  #view = { first: 0, last: 0 };
  #onChanged: ((ids: number[]) => void)[] = [];

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Loads the first page and the facets, and follows the core's inbox-changed events. */
  async start(): Promise<() => void> {
    let stop = () => {};
    try {
      stop = await on('inbox-changed', async ({ conversation_ids }) => {
        await this.refresh();
        for (const f of this.#onChanged) f(conversation_ids);
      });
    } catch (err) {
      console.warn('Cannot listen to inbox changes', err);
    }
    await Promise.all([this.reload(), this.loadFacets()]);
    return stop;
  }

  /** The loaded row of a conversation, if it is on a loaded page. */
  findRow(id: number): ConversationSummary | undefined {
    for (const items of Object.values(this.pages)) {
      const row = items.find((c) => c.id === id);
      if (row) return row;
    }
    return undefined;
  }

  /** Calls `f` with the ids of changed conversations once the list has been re-read. */
  onChanged(f: (ids: number[]) => void): void {
    this.#onChanged.push(f);
  }

  rowAt(index: number): ConversationSummary | undefined {
    return this.pages[Math.floor(index / PAGE_SIZE)]?.[index % PAGE_SIZE];
  }

  /** Changes one filter and reloads from the top. */
  setFilter<K extends keyof FilterValues>(key: K, value: FilterValues[K]): void {
    if (this.filter[key] === value) return;
    this.filter[key] = value;
    void this.reload();
  }

  /** Drops every page and loads the first one for the current filter. */
  async reload(): Promise<void> {
    this.#generation++;
    this.#inflight.clear();
    this.pages = {};
    this.selectedIndex = -1;
    this.selectedId = null;
    this.#anchor = -1;
    this.#view = { first: 0, last: 0 };
    await this.#fetch(0);
  }

  /** Re-reads the pages on screen (after a change), keeping the selection where it was. */
  async refresh(): Promise<void> {
    this.#generation++;
    this.#inflight.clear();
    const wanted = this.#pagesFor(this.#view.first, this.#view.last);
    const kept: Record<number, ConversationSummary[]> = {};
    for (const p of wanted) if (this.pages[p]) kept[p] = this.pages[p];
    this.pages = kept;
    await Promise.all([...wanted.map((p) => this.#fetch(p)), this.loadFacets()]);
  }

  async loadFacets(): Promise<void> {
    try {
      this.facets = await call('inbox_facets', {});
    } catch (err) {
      this.#app.report(err);
    }
  }

  /** The list tells which rows are on screen; missing pages are fetched. */
  ensureRange(first: number, last: number): void {
    this.#view = { first, last };
    for (const p of this.#pagesFor(first, last)) {
      if (!this.pages[p]) void this.#fetch(p);
    }
  }

  #pagesFor(first: number, last: number): number[] {
    const out: number[] = [];
    const lastRow = Math.max(first, Math.min(last, Math.max(this.total - 1, 0)));
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(lastRow / PAGE_SIZE); p++) out.push(p);
    return out;
  }

  async #fetch(page: number): Promise<void> {
    if (this.#inflight.has(page)) return;
    const generation = this.#generation;
    this.#inflight.add(page);
    try {
      const result = await call('inbox_list', {
        filter: toWireFilter(this.filter),
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      });
      if (generation !== this.#generation) return;
      this.total = result.total;
      this.totalCapped = result.total_capped;
      this.pages = { ...this.pages, [page]: result.items };
      this.loaded = true;
      this.#reselect();
    } catch (err) {
      if (generation === this.#generation) this.#app.report(err);
    } finally {
      if (generation === this.#generation) this.#inflight.delete(page);
    }
  }

  /** After a refresh, follows the selected conversation to its new row if it moved. */
  #reselect(): void {
    if (this.selectedId === null) {
      if (this.selectedIndex >= 0) this.selectedId = this.rowAt(this.selectedIndex)?.id ?? null;
      return;
    }
    if (this.selectedIndex >= 0 && this.rowAt(this.selectedIndex)?.id === this.selectedId) return;
    for (const [p, items] of Object.entries(this.pages)) {
      const i = items.findIndex((c) => c.id === this.selectedId);
      if (i >= 0) {
        this.selectedIndex = Number(p) * PAGE_SIZE + i;
        this.#anchor = -1;
        return;
      }
    }
    // The selected conversation left the loaded rows (resolved, or moved down after a reply):
    // highlight nothing rather than a row the conversation pane does not show, and let j/k
    // continue from where it was.
    if (this.selectedIndex >= 0) this.#anchor = this.selectedIndex;
    this.selectedIndex = -1;
  }

  /** Where the selection was when its conversation left the list; -1 when none. */
  #anchor = -1;

  select(index: number): void {
    this.#anchor = -1;
    if (this.total === 0) return;
    const i = Math.max(0, Math.min(index, this.total - 1));
    this.selectedIndex = i;
    this.selectedId = this.rowAt(i)?.id ?? null;
  }

  /** Moves the selection by `delta` rows (j/k). */
  move(delta: number): void {
    if (this.selectedIndex >= 0) this.select(this.selectedIndex + delta);
    else if (this.#anchor >= 0) this.select(delta > 0 ? this.#anchor : this.#anchor - 1);
    else this.select(0);
  }

  /** Replaces a conversation's row with a fresher summary (after an action). */
  patch(summary: ConversationSummary): void {
    for (const [p, items] of Object.entries(this.pages)) {
      const i = items.findIndex((c) => c.id === summary.id);
      if (i >= 0) {
        const next = items.slice();
        next[i] = summary;
        this.pages = { ...this.pages, [p]: next };
        return;
      }
    }
  }
}

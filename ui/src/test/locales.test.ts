// Every locale is complete: the same message ids (with the same variables) in each, and every
// id the UI source refers to exists, and every id of the UI's own files is used.
import { describe, expect, it } from 'vitest';
import { parse, Message, Junk, Visitor, VariableReference } from '@fluent/syntax';
import { bundledLocales, ftlSources } from '../lib/i18n.svelte';
import { ALL_LABEL_IDS } from '../lib/labels';
import { SLA_LABEL_IDS } from '../lib/sla';
import { SHORTCUTS } from '../lib/shortcuts';
import { SLA_SETTINGS_LABEL_IDS } from '../components/sla-settings/draft';

const sourceFiles = import.meta.glob('/src/**/*.{ts,svelte}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const uiSources = Object.entries(sourceFiles).filter(([path]) => !path.includes('/test/') && !path.endsWith('.test.ts'));

class Variables extends Visitor {
  names = new Set<string>();
  visitVariableReference(node: VariableReference) {
    this.names.add(node.id.name);
  }
}

/** Message id → sorted variable names, for one .ftl text; fails on syntax errors. */
function messagesOf(text: string, where: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const entry of parse(text, {}).body) {
    if (entry instanceof Junk) throw new Error(`${where}: cannot parse: ${entry.content.slice(0, 80)}`);
    if (entry instanceof Message) {
      const v = new Variables();
      v.visit(entry);
      out.set(entry.id.name, [...v.names].sort().join(','));
    }
  }
  return out;
}

/**
 * Files whose ids come from the Rust side (error ids, window title, CLI, SLA settings errors;
 * mail server errors and parse-warning codes), not from UI code.
 */
const RUST_FILES = new Set(['errors.ftl', 'shell.ftl', 'sla-settings-errors.ftl', 'grades-errors.ftl', 'teams-errors.ftl', 'mail.ftl']);

function localeMessages(locale: string, only?: (file: string) => boolean): Map<string, string> {
  const all = new Map<string, string>();
  for (const [file, text] of ftlSources().get(locale) ?? []) {
    if (only && !only(file)) continue;
    for (const [id, vars] of messagesOf(text, `${locale}/${file}`)) {
      expect(all.has(id), `${id} is defined twice in ${locale}`).toBe(false);
      all.set(id, vars);
    }
  }
  return all;
}

/** Ids the UI source asks for: literal t('…') calls, AppError ids, the vocabulary and SLA maps. */
function idsUsedBySource(): Set<string> {
  const ids = new Set<string>(['locale-name', ...ALL_LABEL_IDS, ...SLA_LABEL_IDS, ...SHORTCUTS.map((s) => s.label), ...SLA_SETTINGS_LABEL_IDS]);
  for (const [, text] of uiSources) {
    for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) ids.add(m[1]);
    for (const m of text.matchAll(/\bt\(\s*"([^"]+)"/g)) ids.add(m[1]);
    for (const m of text.matchAll(/message_id: '([^']+)'/g)) ids.add(m[1]);
  }
  return ids;
}

describe('locales', () => {
  it('bundles at least en-US and zh-CN', () => {
    expect(bundledLocales).toEqual(expect.arrayContaining(['en-US', 'zh-CN']));
  });

  it('gives en-US and zh-CN (and every other locale) the same ids with the same variables', () => {
    const reference = localeMessages('en-US');
    expect(reference.size).toBeGreaterThan(100);
    for (const locale of bundledLocales) {
      const other = localeMessages(locale);
      expect([...other.keys()].sort(), `ids of ${locale}`).toEqual([...reference.keys()].sort());
      for (const [id, vars] of reference) expect(other.get(id), `variables of ${id} in ${locale}`).toBe(vars);
    }
  });

  it('defines every message id the UI code uses, in every locale', () => {
    const used = idsUsedBySource();
    expect(used.size).toBeGreaterThan(100);
    for (const locale of bundledLocales) {
      const defined = localeMessages(locale);
      const missing = [...used].filter((id) => !defined.has(id));
      expect(missing, `missing in ${locale}`).toEqual([]);
    }
  });

  it('uses every id of the UI files (no dead strings)', () => {
    const used = idsUsedBySource();
    const unused = [...localeMessages('en-US', (file) => !RUST_FILES.has(file)).keys()].filter((id) => !used.has(id));
    expect(unused).toEqual([]);
  });

  it('calls t() only with a literal id, a vocabulary map, or an id that came from the core', () => {
    const allowed = /^t\(\s*(['"]|[A-Z_]+\[|s\.label\b|err\.message_id\b|messageId\b|id\b)/;
    const offenders: string[] = [];
    for (const [path, text] of uiSources) {
      for (const m of text.matchAll(/\bt\(\s*[^)\s]/g)) {
        const call = text.slice(m.index, m.index + 40);
        if (!allowed.test(call) && !call.startsWith('t()')) offenders.push(`${path}: ${call}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});

// The e-mail channel in the real app against real servers: the spec starts a private Dovecot
// and Postfix on loopback with a generated shop mailbox (testkit's `mail-fixture`, which also
// holds Amazon relay mail), adds the account from the welcome screen (Test connection, then
// Save), watches the initial sync's progress bar and the inbox filling, and opens a synced Amazon-relay conversation;
// once with the app in English and once in Simplified Chinese (each with its own servers).
// Then it resolves that conversation and checks, in the fixture's Maildir, that its INBOX mail
// moved to Archive (archive on close, on by default) while the conversation keeps its messages.
// Screenshots: account setup, the archive-on-close checkbox, sync progress, the inbox during the
// sync, the synced conversation, the resolved conversation, the accounts panel.

import assert from 'node:assert/strict';
import { after } from 'node:test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { scenario } from '../lib/scenario.mjs';
import { REPO, tid } from '../lib/harness.mjs';
import { poll, startProcess } from '../lib/processes.mjs';

const FIXTURE = path.resolve(
  process.env.BRIDGEDESK_MAIL_FIXTURE ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(REPO, 'target'), 'debug/mail-fixture'),
);
const MESSAGES = Number(process.env.E2E_MAIL_MESSAGES ?? 1500);
const servers = [];
// Containers have no kernel keyring for the app; the app then keeps the password in memory.
process.env.BRIDGEDESK_SECRET_STORE ??= 'memory';

/** Starts the servers and returns their `key=value` facts once the fixture prints `ready`. */
async function startServers() {
  if (!existsSync(FIXTURE)) {
    throw new Error(`mail-fixture not found at ${FIXTURE}; build it with \`cargo build -p bridgedesk-testkit --bin mail-fixture\` or set BRIDGEDESK_MAIL_FIXTURE.`);
  }
  const logFile = path.join(os.tmpdir(), `bridgedesk-e2e-mail-${process.pid}-${servers.length}.log`);
  const fixture = startProcess(FIXTURE, ['--messages', String(MESSAGES), '--user', 'service', '--password', 'e2e-secret'], { env: process.env, logFile });
  servers.push(fixture);
  await poll(() => fixture.exited || readFileSync(logFile, 'utf8').includes('\nready'), 180_000, 'the mail servers to be ready');
  const text = readFileSync(logFile, 'utf8');
  if (fixture.exited) throw new Error(`mail-fixture stopped:\n${text}`);
  return Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => l.split('=', 2)));
}

/** How many messages sit in a folder of the fixture user's Maildir (Maildir++ layout). */
function maildirCount(facts, folder) {
  const root = path.join(facts.dir, 'dovecot', 'mail', facts.user, 'Maildir');
  const dir = folder === 'INBOX' ? root : path.join(root, `.${folder}`);
  return ['cur', 'new']
    .map((sub) => path.join(dir, sub))
    .filter((d) => existsSync(d))
    .reduce((n, d) => n + readdirSync(d).filter((f) => !f.startsWith('.')).length, 0);
}

after(async () => {
  for (const fixture of servers) await fixture.stop();
});

for (const locale of ['en-US', 'zh-CN']) {
  let facts = null;

  scenario(`e-mail account, sync and an Amazon relay conversation (${locale})`, {
    locale,
    prepare: async () => {
      facts = await startServers();
    },
  }, (step) => {
    step('adds the account from the welcome screen after a successful connection test', async (app, t) => {
      await app.waitVisible(tid('welcome'), 'the welcome screen');
      await app.click('welcome-add-account');
      await app.waitVisible(tid('account-form'), 'the account form');
      await app.type('account-display-name', 'Shenzhen Gadget Store');
      await app.type('account-from-address', facts.address);
      await app.type('account-imap-host', facts.imap_host);
      await app.type('account-imap-port', facts.imap_port);
      await app.select('account-imap-security', 'plain');
      await app.type('account-smtp-host', facts.imap_host);
      await app.type('account-smtp-port', facts.smtp_port);
      await app.select('account-smtp-security', 'plain');
      await app.type('account-user-name', facts.user);
      await app.type('account-password', facts.password);
      const archive = await app.waitVisible(tid('account-archive-on-close'), 'the archive-on-close checkbox');
      assert.equal(await archive.property('checked'), true, 'archive on close is on for a new account');
      await app.exec('arguments[0].scrollIntoView({ block: "center" }); return true;', archive);
      await app.shot(`mail-account-archive-on-close-${locale}`);
      await app.click('account-test');
      const ok = await app.waitVisible(tid('account-test-ok'), 'the connection test to succeed', 30_000);
      t.diagnostic(`test connection: ${await ok.text()}`);
      await app.shot(`mail-account-setup-${locale}`);
      await app.click('account-save');
      await app.waitVisible(tid('account-row'), 'the saved account in the list');
    });

    step('shows the initial sync with a progress bar and a cancel button', async (app, t) => {
      await app.click('accounts-close');
      const bar = await app.waitVisible(tid('sync-progress'), 'the sync progress bar', 60_000);
      assert.ok(await app.isVisible(tid('sync-cancel')), 'a cancel button beside the progress');
      t.diagnostic(`progress: ${await bar.property('value')} of ${await bar.property('max')}`);
      await app.shot(`mail-sync-progress-${locale}`);
    }, { timeout: 90_000 });

    step('replaces the welcome screen with the inbox as soon as the first mail is stored', async (app, t) => {
      await app.waitVisible(tid('inbox'), 'the inbox after the first synced mail', 240_000);
      const syncing = await app.isVisible(tid('sync-progress'));
      const rows = await app.wait(async () => {
        const seen = await app.visibleAll(tid('conversation-row'));
        return seen.length > 0 && seen;
      }, 'the first synced conversations in the inbox', 60_000);
      t.diagnostic(`inbox shown while ${syncing ? 'the sync went on' : 'the sync had already finished'}; ${rows.length} rows visible`);
      await app.shot(`mail-sync-inbox-${locale}`);
    }, { timeout: 300_000 });

    step('opens a synced conversation that came through the Amazon relay', async (app, t) => {
      await app.waitHidden(tid('sync-progress'), 'the initial sync to finish', 240_000);
      await app.select('filter-channel', 'amazon');
      const pane = await app.openFirstRow('[data-testid="conversation-row"][data-channel="amazon"]', 'an Amazon conversation');
      const text = await pane.text();
      assert.match(text, locale === 'zh-CN' ? /亚马逊/ : /Amazon/, 'the conversation is labelled Amazon');
      t.diagnostic(`conversation: ${text.slice(0, 160).replace(/\n/g, ' | ')}`);
      await app.shot(`mail-amazon-conversation-${locale}`);
    }, { timeout: 300_000 });

    step('resolving the conversation moves its mail from INBOX to Archive on the server', async (app, t) => {
      const inboxBefore = maildirCount(facts, 'INBOX');
      const archiveBefore = maildirCount(facts, 'Archive');
      const id = await (await app.waitVisible(tid('conversation-pane'))).attribute('data-id');
      const messages = (await app.visibleAll(tid('message'))).length;
      assert.ok(messages > 0, 'the open conversation shows its messages');
      await app.click('action-resolve');
      await app.wait(async () => {
        const [status] = await app.visibleAll(tid('conversation-status'));
        return status && (await status.attribute('data-status')) === 'resolved';
      }, 'the conversation to be resolved');
      const moved = await app.wait(() => {
        const gone = inboxBefore - maildirCount(facts, 'INBOX');
        const arrived = maildirCount(facts, 'Archive') - archiveBefore;
        return gone > 0 && gone === arrived ? gone : false;
      }, 'the conversation\'s mail to move to Archive on the server', 60_000);
      t.diagnostic(`moved ${moved} message(s) from INBOX to Archive (INBOX ${inboxBefore} -> ${inboxBefore - moved})`);
      // The sync after the move finds them in Archive: the same messages, none twice. Give it
      // a moment, then read the conversation afresh from the resolved list.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
      await app.select('filter-status', 'resolved');
      await app.openFirstRow(`[data-testid="conversation-row"][data-id="${id}"]`, 'the resolved conversation');
      const after = (await app.visibleAll(tid('message'))).length;
      assert.equal(after, messages, 'the conversation keeps exactly its messages');
      await app.shot(`mail-resolved-archived-${locale}`);
      await app.select('filter-status', 'open');
    }, { timeout: 120_000 });

    step('lists the account in the accounts panel of the settings menu', async (app) => {
      await app.openSettings();
      await app.click('settings-accounts');
      const panel = await app.waitVisible(tid('accounts-panel'), 'the accounts panel');
      assert.match(await panel.text(), locale === 'zh-CN' ? /邮箱账户/ : /E-mail accounts/);
      assert.match(await panel.text(), new RegExp(facts.address.replace('.', '\\.')));
      await app.shot(`mail-accounts-${locale}`);
    });
  });
}

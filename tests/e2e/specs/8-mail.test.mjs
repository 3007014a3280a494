// The e-mail channel in the real app against real servers: the spec starts a private Dovecot
// and Postfix on loopback with a generated shop mailbox (testkit's `mail-fixture`, which also
// holds Amazon relay mail), adds the account from the welcome screen (Test connection, then
// Save), watches the initial sync's progress bar and the inbox filling, and opens a synced Amazon-relay conversation;
// once with the app in English and once in Simplified Chinese (each with its own servers).
// Then it resolves that conversation and checks, in the fixture's Maildir, that its INBOX mail
// moved to Archive (archive on close, on by default) while the conversation keeps its messages.
// Remote images: a buyer's HTML mail dropped into the Maildir links a PNG and an SVG on a small
// HTTP server of the spec; the images stay blocked until the agent allows them, then the app's
// core fetches them (the web view never does: the CSP has no http(s): for images), the PNG
// shows as a data: URL and the SVG is refused and counted.
// Screenshots: account setup, the archive-on-close checkbox, sync progress, the inbox during the
// sync, the synced conversation, the resolved conversation, remote images blocked and shown,
// the accounts panel.

import assert from 'node:assert/strict';
import { after } from 'node:test';
import { chownSync, existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import zlib from 'node:zlib';
import path from 'node:path';
import { scenario } from '../lib/scenario.mjs';
import { Key, REPO, tid } from '../lib/harness.mjs';
import { poll, startProcess } from '../lib/processes.mjs';

const FIXTURE = path.resolve(
  process.env.BRIDGEDESK_MAIL_FIXTURE ?? path.join(process.env.CARGO_TARGET_DIR ?? path.join(REPO, 'target'), 'debug/mail-fixture'),
);
const MESSAGES = Number(process.env.E2E_MAIL_MESSAGES ?? 1500);
const servers = [];
// Containers have no kernel keyring for the app; the app then keeps the password in memory.
process.env.BRIDGEDESK_SECRET_STORE ??= 'memory';
// The spec's image server is on loopback, which the app does not ask unless allowed.
process.env.BRIDGEDESK_IMAGES_ALLOW_PRIVATE_NETWORKS = '1';

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

/** A 240×120 PNG with coloured bands, big enough to see in a screenshot. */
function bandsPng() {
  const width = 240;
  const height = 120;
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3);
    for (let x = 0; x < width; x++) {
      const band = Math.floor((x / width) * 4);
      const [r, g, b] = [[231, 76, 60], [241, 196, 15], [46, 204, 113], [52, 152, 219]][band];
      row.set([r, g, b], 1 + x * 3);
    }
    rows.push(row);
  }
  const chunk = (type, data) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(zlib.crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The spec's image server on a free loopback port: /lamp.png, /badge.svg; it logs each request. */
const imageRequests = [];
const imageServer = http.createServer((req, res) => {
  imageRequests.push({ path: req.url, headers: req.headers });
  if (req.url.startsWith('/lamp.png')) {
    res.writeHead(200, { 'Content-Type': 'image/png', 'Set-Cookie': 'seen=1' }).end(bandsPng());
  } else if (req.url.startsWith('/badge.svg')) {
    res.writeHead(200, { 'Content-Type': 'image/svg+xml' }).end('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
  } else {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => imageServer.listen(0, '127.0.0.1', resolve));
const IMAGE_BASE = `http://127.0.0.1:${imageServer.address().port}`;
const LAMP_SUBJECT = 'Lamp arrived broken, photos attached';

/** Drops a buyer's HTML mail with remote images into the fixture user's INBOX (Maildir `new`). */
function dropImageMail(facts) {
  const folder = path.join(facts.dir, 'dovecot', 'mail', facts.user, 'Maildir', 'new');
  const file = path.join(folder, `${Date.now()}.e2e-images.${process.pid}:2,`);
  const raw = [
    'From: Lucía Fernández <lucia.fernandez@buyer.example>',
    `To: ${facts.address}`,
    `Subject: ${LAMP_SUBJECT}`,
    `Message-ID: <lamp-${process.pid}-${Date.now()}@buyer.example>`,
    `Date: ${new Date().toUTCString().replace('GMT', '+0000')}`,
    'MIME-Version: 1.0',
    'Content-Type: text/html; charset=utf-8',
    '',
    `<p>Hello, the lamp arrived broken. Here is a photo:</p><p><img src="${IMAGE_BASE}/lamp.png?order=402-1234567&amp;buyer=lucia" alt="lamp photo"></p><p><img src="${IMAGE_BASE}/badge.svg" alt="badge"></p>`,
    '',
  ].join('\r\n');
  writeFileSync(file, raw);
  const owner = statSync(folder);
  chownSync(file, owner.uid, owner.gid);
}

after(async () => {
  for (const fixture of servers) await fixture.stop();
  await new Promise((resolve) => imageServer.close(resolve));
});

for (const locale of ['en-US', 'zh-CN']) {
  let facts = null;

  scenario(`e-mail account, sync and an Amazon relay conversation (${locale})`, {
    locale,
    prepare: async () => {
      facts = await startServers();
      dropImageMail(facts);
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

    step('shows remote images only once allowed, fetched by the app and never from the web view', async (app, t) => {
      const requestsBefore = imageRequests.length;
      await app.select('filter-channel', '');
      await app.type('search-input', 'lamp arrived broken');
      await app.sendKeys('search-input', Key.ENTER);
      await app.wait(async () => {
        const rows = await app.rows();
        return rows.length === 1 && rows[0].text.includes('Lamp arrived broken');
      }, 'the search to find the mail with remote images', 30_000);
      const pane = await app.openFirstRow('[data-testid="conversation-row"]', 'the conversation with remote images');
      assert.match(await pane.text(), /lamp arrived broken/i);
      await app.click('message-toggle-html');
      await app.waitVisible(tid('remote-images-blocked'), 'the blocked-images note');
      assert.equal(imageRequests.length, requestsBefore, 'nothing is fetched before the agent allows it');
      const frame = await app.waitVisible(tid('email-frame'), 'the mail frame');
      assert.doesNotMatch(await frame.attribute('srcdoc'), /127\.0\.0\.1/, 'blocked images keep no URL');
      await app.shot(`mail-remote-images-blocked-${locale}`);

      await app.click('remote-images-show');
      const failed = await app.waitVisible(tid('remote-images-failed'), 'the note about the refused SVG', 30_000);
      const srcdoc = await (await app.waitVisible(tid('email-frame'))).attribute('srcdoc');
      assert.match(srcdoc, /data:image\/png;base64,/, 'the PNG is shown from the cache');
      assert.doesNotMatch(srcdoc, /127\.0\.0\.1|svg/, 'no remote URL and no SVG reach the frame');
      const asked = imageRequests.slice(requestsBefore);
      assert.equal(asked.length, 2, 'each image is fetched once');
      for (const request of asked) {
        assert.equal(request.headers.cookie, undefined, 'no cookie');
        assert.equal(request.headers.referer, undefined, 'no referrer');
        assert.equal(request.headers['user-agent'], 'Mozilla/5.0', 'a neutral user agent');
      }
      t.diagnostic(`after allowing: ${(await failed.text()).replace(/\s+/g, ' ')}`);
      await app.exec('arguments[0].scrollIntoView({ block: "center" }); return true;', frame);
      await app.shot(`mail-remote-images-shown-${locale}`);
      await app.type('search-input', '');
      await app.sendKeys('search-input', Key.ENTER);
    }, { timeout: 90_000 });

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

// Launches the real Bridgedesk binary under tauri-driver for one test file and offers the few
// page helpers the scenarios need: explicit waits, data-testid lookups, typing, screenshots.
//
// Environment (all optional):
//   BRIDGEDESK_APP         path of the app binary (default: <repo>/target/debug/bridgedesk)
//   E2E_SCREENSHOT_DIR     where screenshots go (default: <repo>/target/e2e-screenshots)
//   E2E_WAIT_MS            explicit-wait timeout (default: 10000)
//   E2E_KEEP_TMP=1         keep the temporary data folders and logs for inspection
//   DISPLAY                reused when an X server answers on it; otherwise a private Xvfb starts

import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Session, Key, waitForDriver } from './webdriver.mjs';
import { displayUsable, freePort, startProcess, startXvfb, stopHelpersOnSignals, tail } from './processes.mjs';

export { Key };

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const APP = path.resolve(process.env.BRIDGEDESK_APP ?? path.join(REPO, 'target/debug/bridgedesk'));
export const SHOT_DIR = path.resolve(process.env.E2E_SCREENSHOT_DIR ?? path.join(REPO, 'target/e2e-screenshots'));
export const WAIT_MS = Number(process.env.E2E_WAIT_MS ?? 10000);
const NATIVE_DRIVER = process.env.E2E_NATIVE_DRIVER ?? '/usr/bin/WebKitWebDriver';

/** CSS selector for a data-testid. */
export const tid = (id) => `[data-testid="${id}"]`;

/** True when a string contains CJK ideographs. */
export const hasCjk = (s) => /[\u3400-\u9fff\uf900-\ufaff]/.test(s ?? '');

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Temporary folders of apps not yet closed; removed on exit even after a crash or Ctrl-C. */
const pendingWork = new Set();
process.on('exit', () => {
  if (process.env.E2E_KEEP_TMP) return;
  for (const dir of pendingWork) rmSync(dir, { recursive: true, force: true });
});

/** Path for the next screenshot: numbered after the highest NN already in the folder. */
function nextShotPath(step) {
  mkdirSync(SHOT_DIR, { recursive: true });
  let max = 0;
  for (const f of readdirSync(SHOT_DIR)) {
    const m = /^(\d+)-/.exec(f);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return path.join(SHOT_DIR, `${String(max + 1).padStart(2, '0')}-${step}.png`);
}

/**
 * Starts the app on a fresh data folder. `prepare(dataDir)` runs before launch (e.g. to plant a
 * corrupt database). Always call `app.close()` (in an `after` hook), also after failures.
 */
export async function launchApp({ prepare, locale = 'en-US' } = {}) {
  if (!existsSync(APP)) {
    throw new Error(`App binary not found at ${APP}. Build it with \`cargo build -p bridgedesk-app\` (and the UI in ui/dist) or set BRIDGEDESK_APP.`);
  }
  if (!commandExists('tauri-driver')) {
    throw new Error('tauri-driver not on PATH. Install it with `cargo install tauri-driver --locked` (needs ~/.cargo/bin on PATH).');
  }
  stopHelpersOnSignals();
  const work = mkdtempSync(path.join(os.tmpdir(), 'bridgedesk-e2e-'));
  pendingWork.add(work);
  const dataDir = path.join(work, 'data');
  mkdirSync(dataDir);
  const cleanups = [];
  const app = {
    work,
    dataDir,
    session: null,
    driverLog: path.join(work, 'tauri-driver.log'),
    async close() {
      if (app.session) await app.session.delete().catch(() => {});
      app.session = null;
      for (const fn of cleanups.reverse()) await fn().catch(() => {});
      cleanups.length = 0;
      if (!process.env.E2E_KEEP_TMP) rmSync(work, { recursive: true, force: true });
      pendingWork.delete(work);
    },
  };
  try {
    let display = process.env.DISPLAY;
    if (!displayUsable(display)) {
      const xvfb = await startXvfb(work);
      display = xvfb.display;
      cleanups.push(() => xvfb.proc.stop());
    }
    if (prepare) await prepare(dataDir);

    const port = await freePort();
    let nativePort = await freePort();
    while (nativePort === port) nativePort = await freePort();
    // The app inherits this environment: tauri-driver -> WebKitWebDriver -> app.
    const env = {
      ...process.env,
      DISPLAY: display,
      BRIDGEDESK_DATA_DIR: dataDir,
      BRIDGEDESK_LOCALE: locale,
      TZ: 'Asia/Shanghai',
      // Software GL keeps WebKitGTK stable under Xvfb (no GPU, no DRI). Do not set
      // WEBKIT_DISABLE_COMPOSITING_MODE=1 here: WebDriver screenshots then hang for 30 s.
      LIBGL_ALWAYS_SOFTWARE: '1',
    };
    const driver = startProcess('tauri-driver', [
      '--port', String(port), '--native-port', String(nativePort), '--native-driver', NATIVE_DRIVER,
    ], { env, logFile: app.driverLog });
    cleanups.push(() => driver.stop());
    app.display = display;
    const base = `http://127.0.0.1:${port}`;
    await waitForDriver(base, 20000).catch((err) => {
      throw new Error(`${err.message}\n--- tauri-driver log ---\n${tail(app.driverLog)}`);
    });
    app.session = await Session.create(base, { 'tauri:options': { application: APP } }).catch((err) => {
      throw new Error(`Could not start ${APP} through tauri-driver: ${err.message}\n--- tauri-driver/app log ---\n${tail(app.driverLog)}`);
    });
    await waitUntil(app, async () => (await app.session.execute('return document.readyState')) === 'complete', 'the page to load', 20000);
    return Object.assign(app, pageHelpers(app));
  } catch (err) {
    await app.close();
    throw err;
  }
}

/**
 * Polls `check` until it returns a truthy value (which is returned). Errors thrown by `check`
 * (stale elements, a page still loading) count as "not yet". On timeout the message names what
 * was awaited and the last value or error seen.
 */
export async function waitUntil(app, check, what, timeoutMs = WAIT_MS) {
  const deadline = Date.now() + timeoutMs;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (err) {
      last = err;
    }
    if (Date.now() > deadline) {
      const seen = last instanceof Error ? `last error: ${last.message}` : `last value: ${JSON.stringify(last)}`;
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what} (${seen})`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** The browser-side visibility test shared by the helpers below. */
const VISIBLE_FN = `
  const visible = (e) => {
    if (!e || !e.isConnected) return false;
    const r = e.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) return false;
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
      const s = getComputedStyle(n);
      if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return false;
    }
    return !e.closest('[hidden],[inert]');
  };`;

function pageHelpers(app) {
  const s = () => app.session;
  const h = {
    /** Saves a numbered screenshot of the window; falls back to `import -window root`. */
    async shot(step) {
      const file = nextShotPath(step);
      try {
        writeFileSync(file, await s().screenshot());
      } catch (err) {
        const r = spawnSync('import', ['-display', app.display, '-window', 'root', file], { encoding: 'utf8' });
        if (r.status !== 0) throw new Error(`Screenshot ${step} failed (${err.message}); import: ${r.stderr}`);
      }
      return file;
    },
    wait: (check, what, ms) => waitUntil(app, check, what, ms),
    /** Runs a script in the page. */
    exec: (script, ...args) => s().execute(script, ...args),
    /** Visible elements matching a CSS selector, in document order. */
    visibleAll: (css) => s().execute(`${VISIBLE_FN} return [...document.querySelectorAll(arguments[0])].filter(visible);`, css),
    async isVisible(css) {
      return (await h.visibleAll(css)).length > 0;
    },
    /** Waits for the first visible element matching `css` and returns it. */
    async waitVisible(css, what = css, ms) {
      return h.wait(async () => (await h.visibleAll(css))[0], `${what} to be visible`, ms);
    },
    async waitHidden(css, what = css, ms) {
      return h.wait(async () => (await h.visibleAll(css)).length === 0, `${what} to disappear`, ms);
    },
    /** Opens the settings menu (if it is not open) and waits for the language picker. */
    async openSettings() {
      if (!(await h.isVisible(tid('settings-menu')))) await h.click('settings-button');
      await h.waitVisible(tid('settings-locale'), 'the language picker in the settings menu');
    },
    /** Closes the settings menu with Escape. */
    async closeSettings() {
      await h.press(Key.ESCAPE);
      await h.waitHidden(tid('settings-menu'), 'the settings menu');
    },
    /** Clicks the visible element for a testid (retrying while something covers it). */
    async click(id) {
      await h.wait(async () => {
        const el = (await h.visibleAll(tid(id)))[0];
        if (!el) return false;
        await el.click();
        return true;
      }, `a clickable [data-testid=${id}]`);
    },
    /** Sets a native <select> by value and dispatches input + change, as a user's pick does. */
    async select(id, value) {
      const el = await h.waitVisible(tid(id));
      const result = await h.exec(`
        const [sel, value] = arguments;
        const values = [...sel.options].map((o) => o.value);
        if (!values.includes(value)) return 'missing option ' + JSON.stringify(value) + ' (have ' + JSON.stringify(values) + ')';
        sel.focus();
        sel.value = value;
        sel.dispatchEvent(new Event('input', { bubbles: true }));
        sel.dispatchEvent(new Event('change', { bubbles: true }));
        return 'ok';`, el, value);
      if (result !== 'ok') throw new Error(`[data-testid=${id}]: ${result}`);
    },
    /**
     * Replaces the text of an input with `text` by real key events; if the driver cannot type
     * the characters (some IMEs-only scripts), falls back to setting the value and dispatching
     * `input`. Returns 'keys' or 'script' so a test can report which path ran.
     */
    async type(id, text) {
      const el = await h.waitVisible(tid(id));
      await el.click().catch(() => {});
      if (text !== '') {
        // (Element Clear fires no input event, so an emptied box goes through the script path.)
        await el.clear().catch(() => {});
        try {
          await el.sendKeys(text);
          if ((await el.property('value')) === text) return 'keys';
        } catch {
          // fall through to the script path
        }
      }
      await h.exec(`
        const [el, text] = arguments;
        const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
        Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, text);
        el.dispatchEvent(new Event('input', { bubbles: true }));`, el, text);
      return 'script';
    },
    /** Sends keys to the element for a testid (e.g. Key.ENTER to submit a search). */
    async sendKeys(id, keys) {
      const el = await h.waitVisible(tid(id));
      await el.sendKeys(keys);
    },
    /** Moves focus off any input so single-key shortcuts reach the app. */
    blur: () => s().execute('document.activeElement && document.activeElement.blur && document.activeElement.blur(); return true;'),
    /** Presses keys (W3C key actions) on whatever has focus. */
    press: (...keys) => s().pressKeys(...keys),
    /** Text of the first element for a testid ('' when absent). */
    async text(id) {
      const el = await s().find(tid(id));
      return el ? el.text() : '';
    },
    /** The number in [data-testid=inbox-total] (its data-total, else the first integer shown), or NaN. */
    async inboxTotal() {
      const el = await s().find(tid('inbox-total'));
      if (!el) return NaN;
      const attr = await el.attribute('data-total');
      if (attr !== null && /^\d+$/.test(attr)) return Number(attr);
      const t = await el.text();
      const m = /\d[\d,.\s]*/.exec(t.replace(/\u00a0|\u202f/g, ' '));
      return m ? Number(m[0].replace(/[^\d]/g, '')) : NaN;
    },
    /** Waits until the conversation pane shows conversation `id`, fully loaded. */
    async waitOpened(id) {
      await h.wait(async () => {
        const [pane] = await h.visibleAll(tid('conversation-pane'));
        return pane && (await pane.attribute('data-id')) === id && (await pane.attribute('aria-busy')) === 'false';
      }, `conversation ${id} to open`);
      return h.waitVisible(tid('conversation-pane'));
    },
    /**
     * Clicks the first visible row matching `css` and waits until its conversation is open and
     * loaded; returns the pane. Find and click happen in one go: the list may re-render under a
     * sync, and a row found before that is stale (wait() retries on it).
     */
    async openFirstRow(css, what = 'a conversation row') {
      const id = await h.wait(async () => {
        const [row] = await h.visibleAll(css);
        if (!row) return false;
        const rowId = await row.attribute('data-id');
        await row.click();
        return rowId;
      }, `${what} to open`);
      return h.waitOpened(id);
    },
    /** The visible conversation rows as [{channel, text}]. */
    rows: () => h.exec(`${VISIBLE_FN}
      return [...document.querySelectorAll('[data-testid="conversation-row"]')].filter(visible)
        .map((e) => ({ channel: e.getAttribute('data-channel'), text: e.innerText.trim().slice(0, 200) }));`),
  };
  return h;
}

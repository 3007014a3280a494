// A scenario is one app launch walked through ordered steps. Each step is a node:test case so the
// summary counts steps; after the first failing step the rest are skipped (they would only fail
// for the same reason), a FAILED-*.png screenshot is saved and the app's log tail is printed.

import { after, before, describe, it } from 'node:test';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchApp, SHOT_DIR } from './harness.mjs';
import { tail } from './processes.mjs';

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Declares a scenario. `define(step)` declares the steps in order; `step(title, fn)` runs
 * `fn(app, t)` with the launched app.
 */
export function scenario(name, launchOptions, define) {
  describe(name, () => {
    let app = null;
    let broken = null;

    before(async () => {
      app = await launchApp(launchOptions);
    }, { timeout: 120_000 });

    after(async () => {
      await app?.close();
    }, { timeout: 30_000 });

    const step = (title, fn, { timeout = 60_000 } = {}) =>
      it(title, { timeout }, async (t) => {
        if (!app) throw new Error('The app did not start (see the before hook error above).');
        if (broken) {
          t.skip(`an earlier step failed: ${broken}`);
          return;
        }
        try {
          await fn(app, t);
        } catch (err) {
          broken = title;
          try {
            const png = await app.session.screenshot();
            mkdirSync(SHOT_DIR, { recursive: true });
            const file = path.join(SHOT_DIR, `FAILED-${slug(name)}-${slug(title)}.png`);
            writeFileSync(file, png);
            err.message += `\n  failure screenshot: ${file}`;
          } catch {
            // the session itself may be gone
          }
          try {
            const banners = await app.exec(`return [...document.querySelectorAll('[data-testid="error-banner"],[role="alert"]')]
              .map((e) => e.innerText.trim()).filter(Boolean);`);
            if (banners.length) err.message += `\n  the app shows: ${banners.map((b) => JSON.stringify(b)).join('; ')}`;
          } catch {
            // the page may be gone
          }
          const log = tail(app.driverLog, 25).trim();
          if (log) err.message += `\n  --- last lines of the tauri-driver / app log ---\n${log}`;
          throw err;
        }
      });

    define(step);
  });
}

#!/usr/bin/env node
// Runs the end-to-end suite against the real built app:
//   node tests/e2e/run.mjs [spec-file ...]      (or: cd tests/e2e && npm test)
// It wipes the screenshot folder, starts a private Xvfb unless $DISPLAY already answers, runs the
// spec files one after another with `node --test` (each launches its own tauri-driver and app on
// a fresh data folder), and stops everything it started by process id, also on failure or Ctrl-C.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { APP, SHOT_DIR } from './lib/harness.mjs';
import { displayUsable, startXvfb } from './lib/processes.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const started = Date.now();

// cargo-installed tools (tauri-driver) usually live here.
const cargoBin = path.join(os.homedir(), '.cargo', 'bin');
if (!process.env.PATH.split(':').includes(cargoBin)) process.env.PATH = `${process.env.PATH}:${cargoBin}`;

function need(ok, message) {
  if (!ok) {
    console.error(`e2e: ${message}`);
    process.exit(2);
  }
}
const onPath = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
need(existsSync(APP), `app binary not found at ${APP}; run \`cargo build -p bridgedesk-app\` (with ui/dist built) or set BRIDGEDESK_APP`);
need(onPath('tauri-driver'), 'tauri-driver not found; run `cargo install tauri-driver --locked`');
need(existsSync(process.env.E2E_NATIVE_DRIVER ?? '/usr/bin/WebKitWebDriver'), 'WebKitWebDriver not found; install the Debian package webkit2gtk-driver');

const specDir = path.join(HERE, 'specs');
const specs = process.argv.slice(2).length
  ? process.argv.slice(2).map((f) => path.resolve(f))
  : readdirSync(specDir).filter((f) => f.endsWith('.test.mjs')).sort().map((f) => path.join(specDir, f));

rmSync(SHOT_DIR, { recursive: true, force: true });
mkdirSync(SHOT_DIR, { recursive: true });

const work = mkdtempSync(path.join(os.tmpdir(), 'bridgedesk-e2e-run-'));
let xvfb = null;
let child = null;
let finishing = false;

async function finish(code) {
  if (finishing) return;
  finishing = true;
  if (child && child.exitCode === null) {
    try { child.kill('SIGTERM'); } catch { /* gone */ }
    await new Promise((r) => { child.once('exit', r); setTimeout(r, 5000); });
  }
  if (xvfb) await xvfb.proc.stop();
  rmSync(work, { recursive: true, force: true });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  const shots = existsSync(SHOT_DIR) ? readdirSync(SHOT_DIR).filter((f) => f.endsWith('.png')).length : 0;
  console.log(`e2e: ${code === 0 ? 'passed' : 'FAILED'} in ${secs} s; ${shots} screenshots in ${SHOT_DIR}`);
  process.exit(code);
}

for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(sig, () => finish(130));

try {
  let display = process.env.DISPLAY;
  if (!displayUsable(display)) {
    xvfb = await startXvfb(work);
    display = xvfb.display;
    console.log(`e2e: started Xvfb ${display} (pid ${xvfb.proc.pid})`);
  } else {
    console.log(`e2e: using the X server on DISPLAY=${display}`);
  }
  console.log(`e2e: app ${APP}`);
  child = spawn(process.execPath, ['--test', '--test-concurrency=1', ...specs], {
    stdio: 'inherit',
    env: { ...process.env, DISPLAY: display },
  });
  const code = await new Promise((resolve) => {
    child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0)));
    child.on('error', (err) => { console.error(err); resolve(1); });
  });
  await finish(code);
} catch (err) {
  console.error(`e2e: ${err.stack ?? err}`);
  await finish(1);
}

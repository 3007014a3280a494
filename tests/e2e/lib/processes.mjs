// Starting and stopping the helper processes the suite needs (Xvfb, tauri-driver), each stopped
// by its own process id — never by name — and each with its output kept in a log file.

import { spawn, spawnSync } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync, readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';

/** A TCP port that was free a moment ago on 127.0.0.1 (chosen by the kernel, so it is high). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` every 100 ms until it returns a truthy value or `timeoutMs` passes. */
export async function poll(check, timeoutMs, what) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Helpers started by this process and not yet stopped. */
const running = new Set();

// Last resort when this process exits without stopping its helpers (an uncaught error, a test
// runner that gave up): kill their process groups and descendants synchronously.
process.on('exit', () => {
  for (const handle of running) {
    for (const p of [...descendants(handle.pid), handle.pid]) {
      try { process.kill(p, 'SIGKILL'); } catch { /* gone */ }
    }
    try { process.kill(-handle.pid, 'SIGKILL'); } catch { /* gone */ }
  }
});

let signalsHooked = false;
/** On SIGINT/SIGTERM/SIGHUP, stop every running helper, then exit (used by the spec processes). */
export function stopHelpersOnSignals() {
  if (signalsHooked) return;
  signalsHooked = true;
  for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(sig, async () => {
      await Promise.allSettled([...running].map((h) => h.stop()));
      process.exit(130);
    });
  }
}

/**
 * Spawns a long-running helper in its own process group with stdout and stderr going to `logFile`.
 * Returns { child, pid, logFile, exited, stop() }.
 */
export function startProcess(command, args, { env, logFile }) {
  const fd = openSync(logFile, 'a');
  const child = spawn(command, args, { env, stdio: ['ignore', fd, fd], detached: true });
  closeSync(fd);
  let exited = false;
  child.on('exit', () => { exited = true; });
  child.on('error', () => { exited = true; });
  const handle = {
    child,
    pid: child.pid,
    logFile,
    get exited() { return exited; },
    async stop() {
      await stopProcessTree(child, () => exited);
      running.delete(handle);
    },
  };
  if (child.pid) running.add(handle);
  return handle;
}

/** Process ids of every live descendant of `pid` (read from /proc), deepest first. */
export function descendants(pid) {
  const parentOf = new Map();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; the ppid follows the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(entry), ppid);
    } catch {
      // The process ended while we were reading.
    }
  }
  const out = [];
  const visit = (p) => {
    for (const [child, parent] of parentOf) if (parent === p) { visit(child); out.push(child); }
  };
  visit(pid);
  return out;
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Stops a helper we started and everything it started: SIGTERM to the helper's own process
 * group (its pgid is its pid because it was spawned detached) and to each descendant found by
 * walking /proc from its pid, then SIGKILL to whatever is still alive after two seconds.
 */
export async function stopProcessTree(child, hasExited) {
  const pid = child.pid;
  if (!pid) return;
  const tree = [...descendants(pid), pid];
  const signal = (sig) => {
    try { process.kill(-pid, sig); } catch { /* group already gone */ }
    for (const p of tree) {
      try { process.kill(p, sig); } catch { /* already gone */ }
    }
  };
  signal('SIGTERM');
  const deadline = Date.now() + 2000;
  while (Date.now() < deadline && (tree.some(alive) || !hasExited())) {
    await new Promise((r) => setTimeout(r, 50));
  }
  if (tree.some(alive)) signal('SIGKILL');
}

/** The last `lines` lines of a log file, for failure messages. */
export function tail(file, lines = 40) {
  try {
    return readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}

/** True when `display` (e.g. ":0") names an X server that answers. */
export function displayUsable(display) {
  if (!display) return false;
  const r = spawnSync('xdpyinfo', ['-display', display], { stdio: 'ignore', timeout: 5000 });
  if (r.error && r.error.code === 'ENOENT') {
    const m = /^:(\d+)/.exec(display);
    return Boolean(m && existsSync(`/tmp/.X11-unix/X${m[1]}`));
  }
  return r.status === 0;
}

/** Starts Xvfb on the first free display number from 90 up; resolves once its socket exists. */
export async function startXvfb(logDir) {
  for (let n = 90; n < 200; n++) {
    if (existsSync(`/tmp/.X${n}-lock`) || existsSync(`/tmp/.X11-unix/X${n}`)) continue;
    const display = `:${n}`;
    const logFile = path.join(logDir, `xvfb-${n}.log`);
    const proc = startProcess('Xvfb', [display, '-screen', '0', '1400x900x24', '-nolisten', 'tcp'], {
      env: process.env,
      logFile,
    });
    try {
      await poll(() => proc.exited || existsSync(`/tmp/.X11-unix/X${n}`), 10000, `Xvfb ${display}`);
    } catch (err) {
      await proc.stop();
      throw err;
    }
    if (proc.exited) continue; // lost a race for this display number; try the next one
    return { display, proc };
  }
  throw new Error('No free X display number between :90 and :199');
}

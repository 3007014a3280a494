// A small W3C WebDriver client over the global fetch (Node 20+). It speaks only the endpoints the
// end-to-end tests use; see https://www.w3.org/TR/webdriver2/ for the protocol.

/** The key that identifies an element reference in W3C responses. */
const ELEMENT_KEY = 'element-6066-11e4-a52e-4f735466cecf';

/** Normalised W3C key codes (https://www.w3.org/TR/webdriver2/#keyboard-actions). */
export const Key = Object.freeze({
  ENTER: '\uE007',
  ESCAPE: '\uE00C',
  TAB: '\uE004',
  BACKSPACE: '\uE003',
  CONTROL: '\uE009',
  SHIFT: '\uE008',
  ARROW_DOWN: '\uE015',
  ARROW_UP: '\uE013',
});

/** An error answered by the remote end, carrying its W3C error code. */
export class WebDriverError extends Error {
  constructor(method, path, status, value) {
    const code = value?.error ?? `http ${status}`;
    super(`WebDriver ${method} ${path} failed: ${code}: ${value?.message ?? JSON.stringify(value)}`);
    this.code = code;
    this.status = status;
  }
}

/** No single command may hang the suite: session creation gets 60 s, anything else 30 s. */
async function request(base, method, path, body, timeoutMs = path === '/session' ? 60000 : 30000) {
  const init = {
    method,
    headers: { 'content-type': 'application/json; charset=utf-8' },
    signal: AbortSignal.timeout(timeoutMs),
  };
  if (body !== undefined) init.body = JSON.stringify(body);
  let response;
  try {
    response = await fetch(base + path, init);
  } catch (err) {
    if (err.name === 'TimeoutError') throw new Error(`WebDriver ${method} ${path}: no answer within ${timeoutMs} ms`);
    throw new Error(`WebDriver ${method} ${path}: cannot reach ${base}: ${err.cause?.message ?? err.message}`);
  }
  const text = await response.text();
  let json;
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    throw new Error(`WebDriver ${method} ${path}: HTTP ${response.status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok || (json.value && json.value.error)) {
    throw new WebDriverError(method, path, response.status, json.value);
  }
  return json.value;
}

/** A handle on one remote element. */
export class Element {
  constructor(session, id) {
    this.session = session;
    this.id = id;
  }
  #cmd(method, sub, body) {
    return this.session.command(method, `/element/${this.id}${sub}`, body);
  }
  click() { return this.#cmd('POST', '/click', {}); }
  clear() { return this.#cmd('POST', '/clear', {}); }
  /** Types text into the element (W3C "Element Send Keys"). */
  sendKeys(text) { return this.#cmd('POST', '/value', { text }); }
  text() { return this.#cmd('GET', '/text'); }
  attribute(name) { return this.#cmd('GET', `/attribute/${encodeURIComponent(name)}`); }
  property(name) { return this.#cmd('GET', `/property/${encodeURIComponent(name)}`); }
  /** Elements below this one matching a CSS selector. */
  async findAll(css) {
    const found = await this.#cmd('POST', '/elements', { using: 'css selector', value: css });
    return found.map((ref) => new Element(this.session, ref[ELEMENT_KEY]));
  }
  toJSON() { return { [ELEMENT_KEY]: this.id }; }
}

/** One WebDriver session. */
export class Session {
  constructor(base, id, capabilities) {
    this.base = base;
    this.id = id;
    this.capabilities = capabilities;
  }

  /** Opens a session on the remote end at `base` (e.g. http://127.0.0.1:4444). */
  static async create(base, alwaysMatch) {
    const value = await request(base, 'POST', '/session', { capabilities: { alwaysMatch } });
    return new Session(base, value.sessionId, value.capabilities);
  }

  command(method, sub, body, timeoutMs) {
    return request(this.base, method, `/session/${this.id}${sub}`, body, timeoutMs);
  }

  delete() { return request(this.base, 'DELETE', `/session/${this.id}`); }

  /** All elements matching a CSS selector (possibly none). */
  async findAll(css) {
    const found = await this.command('POST', '/elements', { using: 'css selector', value: css });
    return found.map((ref) => new Element(this, ref[ELEMENT_KEY]));
  }

  /** The first element matching a CSS selector, or null. */
  async find(css) {
    return (await this.findAll(css))[0] ?? null;
  }

  /** Runs a synchronous script; element references in args and the result are converted. */
  async execute(script, ...args) {
    const value = await this.command('POST', '/execute/sync', { script, args });
    return this.#revive(value);
  }

  #revive(value) {
    if (Array.isArray(value)) return value.map((v) => this.#revive(v));
    if (value && typeof value === 'object') {
      if (typeof value[ELEMENT_KEY] === 'string') return new Element(this, value[ELEMENT_KEY]);
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.#revive(v)]));
    }
    return value;
  }

  /** Presses and releases each key of `keys` in order, sent to the focused element. */
  async pressKeys(...keys) {
    const actions = [];
    for (const key of keys) {
      for (const ch of [...key]) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    }
    await this.command('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
    await this.command('DELETE', '/actions').catch(() => {});
  }

  /** A PNG of the current viewport as a Buffer. */
  async screenshot() {
    return Buffer.from(await this.command('GET', '/screenshot', undefined, 15000), 'base64');
  }

  title() { return this.command('GET', '/title'); }
  url() { return this.command('GET', '/url'); }
  source() { return this.command('GET', '/source'); }
  setWindowRect(rect) { return this.command('POST', '/window/rect', rect); }
}

/** Waits until the remote end answers GET /status, up to `timeoutMs`. */
export async function waitForDriver(base, timeoutMs = 15000) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${base}/status`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) return;
      last = new Error(`HTTP ${res.status}`);
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`WebDriver at ${base} did not answer /status within ${timeoutMs} ms: ${last?.cause?.message ?? last?.message}`);
}

// Finds user-visible literal text in Svelte templates: text between tags and the values of
// title=, placeholder=, aria-label=, alt= (and a few more) that contain letters outside a
// {…} expression. Every visible word must come from a message id through t().

/** Attributes whose value a user sees or hears. */
export const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'placeholder',
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'alt',
  'label',
]);

/** Text allowed outside {…}: no letters at all (•, ×, +, ?, digits), or a key name inside <kbd>. */
const LETTER = /\p{L}/u;
const KEY_NAME = /^(Ctrl|Shift|Alt|Option|Cmd|Meta|Esc|Enter|Tab|Space|Backspace|Delete|Home|End|PageUp|PageDown|F\d{1,2}|[A-Za-z0-9]|[↑↓←→⌘⌥⇧⏎])$/;

export interface Literal {
  line: number;
  where: string;
  text: string;
}

/** The template of a component: its source without <script>, <style> and comments, same line numbers. */
function templateOf(source: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return source
    .replace(/<script\b[\s\S]*?<\/script>/g, blank)
    .replace(/<style\b[\s\S]*?<\/style>/g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank);
}

/** Index just past the `}` closing the expression that starts at `start` (a `{`). */
function skipExpression(s: string, start: number): number {
  let depth = 0;
  for (let i = start; i < s.length; i++) {
    const c = s[i];
    if (c === '"' || c === "'" || c === '`') {
      i = skipString(s, i);
    } else if (c === '{') {
      depth++;
    } else if (c === '}') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return s.length;
}

function skipString(s: string, start: number): number {
  const quote = s[start];
  for (let i = start + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (quote === '`' && s[i] === '$' && s[i + 1] === '{') i = skipExpression(s, i + 1) - 1;
    else if (s[i] === quote) return i;
  }
  return s.length;
}

/** `text` without its {…} parts. */
function outsideExpressions(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '{') i = skipExpression(text, i) - 1;
    else out += text[i];
  }
  return out;
}

/** Every literal a user would see in the component's template. */
export function findLiterals(source: string): Literal[] {
  const s = templateOf(source);
  const found: Literal[] = [];
  const lineAt = (i: number) => s.slice(0, i).split('\n').length;
  const openTags: string[] = [];
  let text = '';
  let textStart = 0;

  const flushText = () => {
    const literal = outsideExpressions(text).trim();
    const inKbd = openTags[openTags.length - 1] === 'kbd';
    if (LETTER.test(literal) && !(inKbd && KEY_NAME.test(literal))) {
      found.push({ line: lineAt(textStart), where: 'text', text: literal.replace(/\s+/g, ' ') });
    }
    text = '';
  };

  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (c === '{') {
      const end = skipExpression(s, i);
      if (!text) textStart = i;
      text += s.slice(i, end);
      i = end;
    } else if (c === '<' && /[A-Za-z/!]/.test(s[i + 1] ?? '')) {
      flushText();
      i = readTag(s, i, openTags, (name, value, at) =>
        found.push({ line: lineAt(at), where: `${name}=`, text: value }),
      );
      textStart = i;
    } else {
      if (!text) textStart = i;
      text += c;
      i++;
    }
  }
  flushText();
  return found;
}

/** Reads one tag from `<`; reports visible attributes with literal letters; returns the index after `>`. */
function readTag(s: string, start: number, openTags: string[], report: (name: string, value: string, at: number) => void): number {
  const m = /^<(\/?)([A-Za-z][\w:.-]*)/.exec(s.slice(start, start + 80));
  const closing = m?.[1] === '/';
  const tag = m?.[2] ?? '';
  let i = start + (m ? m[0].length : 1);
  let selfClosing = false;
  while (i < s.length && s[i] !== '>') {
    if (s[i] === '{') {
      i = skipExpression(s, i);
      continue;
    }
    const attr = /^([^\s=>/{]+)\s*=\s*/.exec(s.slice(i, i + 120));
    if (attr) {
      const name = attr[1].toLowerCase();
      const at = i;
      i += attr[0].length;
      let value = '';
      if (s[i] === '"' || s[i] === "'") {
        const quote = s[i];
        let j = i + 1;
        while (j < s.length && s[j] !== quote) j = s[j] === '{' ? skipExpression(s, j) : j + 1;
        value = s.slice(i + 1, j);
        i = j + 1;
      } else if (s[i] === '{') {
        const end = skipExpression(s, i);
        value = s.slice(i, end);
        i = end;
      } else {
        const end = /[\s>]/.exec(s.slice(i))?.index ?? 0;
        value = s.slice(i, i + end);
        i += end;
      }
      const literal = outsideExpressions(value).trim();
      if (VISIBLE_ATTRIBUTES.has(name) && LETTER.test(literal)) report(name, literal, at);
      continue;
    }
    if (s[i] === '/' && s[i + 1] === '>') selfClosing = true;
    i++;
  }
  if (tag) {
    if (closing) {
      const k = openTags.lastIndexOf(tag);
      if (k >= 0) openTags.length = k;
    } else if (!selfClosing) {
      openTags.push(tag);
    }
  }
  return i + 1;
}

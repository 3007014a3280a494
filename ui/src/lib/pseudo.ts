// The pseudo-locale of the developer menu: en-US with every letter accented and every vowel
// doubled (about a third longer, like German or French), so cut-off text and strings that
// bypass Fluent stand out. Generated at run time from en-US through FluentBundle's `transform`
// option, which applies to the literal text of a pattern only — placeables (names, numbers,
// dates) and select keys stay intact. Never stored in locales/ and never offered to Rust.

/** The language tag the page carries while the pseudo-locale is on (CLDR's accented pseudo-locale). */
export const PSEUDO_LOCALE = 'en-XA';

const ACCENTED: Record<string, string> = {
  a: 'à', b: 'ƀ', c: 'ç', d: 'ð', e: 'é', f: 'ƒ', g: 'ĝ', h: 'ĥ', i: 'î', j: 'ĵ', k: 'ķ', l: 'ļ', m: 'ɱ',
  n: 'ñ', o: 'ô', p: 'þ', q: 'ǫ', r: 'ŕ', s: 'š', t: 'ţ', u: 'û', v: 'ṽ', w: 'ŵ', x: 'ẋ', y: 'ý', z: 'ž',
  A: 'Å', B: 'Ɓ', C: 'Ç', D: 'Ð', E: 'É', F: 'Ƒ', G: 'Ĝ', H: 'Ĥ', I: 'Î', J: 'Ĵ', K: 'Ķ', L: 'Ļ', M: 'Ṁ',
  N: 'Ñ', O: 'Ö', P: 'Þ', Q: 'Ǫ', R: 'Ŕ', S: 'Ŝ', T: 'Ţ', U: 'Û', V: 'Ṽ', W: 'Ŵ', X: 'Ẋ', Y: 'Ý', Z: 'Ž',
};

const VOWELS = new Set('aeiouyAEIOUY');

/**
 * Accents a text piece and lengthens it: each vowel is written twice ("Search" → "Ŝééàŕçĥ"
 * → "Ŝééààŕçĥ"), which makes English about 35 % longer.
 */
export function pseudoText(text: string): string {
  let out = '';
  for (const ch of text) {
    const accented = ACCENTED[ch];
    if (!accented) {
      out += ch;
      continue;
    }
    out += VOWELS.has(ch) ? accented + accented : accented;
  }
  return out;
}

/** A whole formatted message in the pseudo-locale's brackets, so a cut-off end shows. */
export function pseudoBrackets(message: string): string {
  return `[${message}]`;
}

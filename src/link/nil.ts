// Ids for entities the registry does not know: `nil:<type>/<normalised name>`, a pure function of the name,
// so the same name gives the same id in every article and every run.
// People are keyed by the fullest name the article gives them, without initials or possessive
// ("Jane Q. Doe", "Doe", "Ms. Doe" → nil:person/jane-doe); a person only ever named by one word is keyed by it.
import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import type { Label } from '../document.js';
import { slugify, stripPossessive } from '../registry/normalize.js';
import { personWords } from './person-names.js';

export function nilId(label: Label, name: string): string {
  const words = label === 'PERSON' ? personWords(name) : [];
  const key = words.length ? words.join(' ') : stripPossessive(name);
  return `nil:${label.toLowerCase()}/${slugify(readable(key)) || shortHash(key)}`;
}

/** A letter outside the Latin script, which slugify would drop. */
const NON_LATIN = /(?!\p{Script=Latin})\p{L}/u;

/** Names in other scripts are transliterated (Ξενοφῶν → Xenophon), so they keep distinct, readable slugs. */
function readable(name: string): string {
  return NON_LATIN.test(name) ? anyAscii(name) : name;
}

/** For a name nothing can spell in ASCII: distinct and stable all the same. */
function shortHash(name: string): string {
  return `u${createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 10)}`;
}

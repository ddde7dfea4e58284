// Names listed as examples after a plural kind and "such as", "including" or "like" ("tools such as ChatGPT and
// Claude", "cities such as Safi and El Jadida"): the one walk over an article's lists of examples, for each rule that
// reads a kind there (product-kinds.ts, coordinated-places.ts) and says how a listed name is read.
import type { Candidate } from '../document.js';
import { codeAt } from './code-at.js';

/** Between two names of a list: ", ", " and ", ", and ", " or ". */
const LISTED = /^(?:, | and |, and | or )$/;

/**
 * Mentions (sorted by start) with the names of each list of examples read anew: `kindBefore` reads the `reach`
 * characters before a list's first name (a plural kind and "such as", or undefined for none), and `retype` gives a
 * listed name of that kind its new reading, or undefined to leave it.
 */
export function examplesListed<K>(text: string, mentions: Candidate[], reach: number, kindBefore: (before: string) => K | undefined,
  retype: (m: Candidate, kind: K) => Candidate | undefined): Candidate[] {
  let out: Candidate[] | undefined;
  for (let k = 0; k < mentions.length; k++) {
    // The list's first name follows "as", "including" or "like" and a space: most names follow something else.
    const start = mentions[k].start;
    if (codeAt(text, start - 1) !== 32 || !(text.startsWith('as', start - 3) || text.startsWith('including', start - 10) || text.startsWith('like', start - 5))) continue;
    const kind = kindBefore(text.slice(Math.max(0, start - reach), start));
    if (kind === undefined) continue;
    for (let j = k; j < mentions.length && (j === k || LISTED.test(text.slice(mentions[j - 1].end, mentions[j].start))); j++) {
      const read = retype(mentions[j], kind);
      if (read) (out ??= [...mentions])[j] = read;
    }
  }
  return out ?? mentions;
}

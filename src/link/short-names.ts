// Short forms of an article's organizations (or events) that the article never ties to the long form: its initials
// ("the Halden Workers Front … the HWF"), its last word ("Dallas Mavericks" … "the Mavericks", "Manchester
// City" … "City", "Hurricane Melissa" … "Melissa") and its last two ("South African Reserve Bank" … "the Reserve
// Bank"), a head that ends names in general too ("United", "Navy"), but no company's ("Holdings"); and the head of a
// place named "<head> of ..." ("Gulf of Mexico" … "the Gulf"). A short form that two different names of the article share
// names neither ("Leeds United" and "Manchester United" leave "United" alone).
import { SKIPPED_BY_INITIALS } from '../lexicon/initials.js';
import { COMPANY_HEADS } from '../lexicon/organization-heads.js';
import { isLegalForm } from '../ner/name-types.js';

export interface ShortForms {
  /** Initials, with and without the words an acronym may skip, in capitals → a mention's index. */
  byInitials: Map<string, number>;
  /**
   * Last word → a mention's index: "City" of "Manchester City", "Navy" of "U.S. Navy", where one organization ends in
   * it; not a company's head or legal form, which names no company alone ("Holdings", "Group", "Inc").
   */
  byLastWord: Map<string, number>;
  /** The last two words → a mention's index, of names of three words or more: "Reserve Bank" of "South African Reserve Bank". */
  byLastTwoWords: Map<string, number>;
}

/**
 * The short forms of the article's names of two or more words of one type (folded words, and the same words as written,
 * mentions in text order). A word written in capitals gives all its letters to the initials ("U.S. Postal Service" is
 * USPS, not UPS).
 */
export function shortForms(names: { index: number; words: string[]; written: string[] }[]): ShortForms {
  const initials: ShortForm[] = [];
  const lastWords: ShortForm[] = [];
  const lastTwoWords: ShortForm[] = [];
  for (const { index, words, written } of names) {
    if (words.length < 2) continue;
    const name = words.join(' ');
    for (const key of initialsOf(words, written)) if (key.length >= 2) initials.push({ key, index, name });
    const last = words[words.length - 1];
    if (COMPANY_HEADS.has(last) || isLegalForm(last)) continue;
    lastWords.push({ key: last, index, name });
    if (words.length > 2) lastTwoWords.push({ key: words.slice(-2).join(' '), index, name });
  }
  return { byInitials: namedOnce(initials), byLastWord: namedOnce(lastWords), byLastTwoWords: namedOnce(lastTwoWords) };
}

/**
 * The initials of a name's words (folded, and as written), with and without the words an acronym may skip; a word written
 * in capitals gives all its letters ("U.S. Postal Service": USPS).
 */
export function initialsOf(words: string[], written: string[]): Set<string> {
  const letters = words.map((w, k) => (CAPITALS.test(written[k] ?? '') ? written[k] : w.charAt(0)));
  const kept = letters.filter((_, k) => !SKIPPED_BY_INITIALS.has(words[k]));
  return new Set([letters, kept].map((ls) => ls.join('').toUpperCase()));
}

/** First word → a mention's index, of the article's places named "<word> of ..." ("Gulf" of "Gulf of Mexico"), one name each. */
export function placeHeads(names: { index: number; words: string[] }[]): Map<string, number> {
  return namedOnce(names.filter(({ words }) => words.length > 2 && words[1] === 'of').map(({ index, words }) => ({ key: words[0], index, name: words.join(' ') })));
}

/** A word of two to four capitals: an acronym's letters. */
const CAPITALS = /^\p{Lu}{2,4}$/u;

interface ShortForm {
  key: string;
  index: number;
  name: string;
}

/** Each key only one name has (however often the article names it) → its first mention. */
function namedOnce(forms: ShortForm[]): Map<string, number> {
  const first = new Map<string, ShortForm>();
  const shared = new Set<string>();
  for (const f of forms) {
    const seen = first.get(f.key);
    if (!seen) first.set(f.key, f);
    else if (seen.name !== f.name) shared.add(f.key);
  }
  return new Map([...first].filter(([key]) => !shared.has(key)).map(([key, f]) => [key, f.index]));
}

// The last words only a place's name ends in, after one or more words: "Kerr County", "Kherson Oblast". The words
// are data (lexicon/place-cues.json, heads).
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/place-cues.json' with { type: 'json' };

export const PLACE_HEADS: readonly string[] = cues.heads;
const PLACE_HEAD = new RegExp(`\\S (?:${cues.heads.join('|')})$`);
const HEAD_LAST_LETTERS: ReadonlySet<number> = new Set(cues.heads.map((h) => h.charCodeAt(h.length - 1)));

/** Whether text[start, end) is a name of several words ending in a place's head. */
export function endsInPlaceHead(text: string, start: number, end: number): boolean {
  // Most names end in a letter no head ends in, and need no slice.
  return HEAD_LAST_LETTERS.has(text.charCodeAt(end - 1)) && PLACE_HEAD.test(text.slice(start, end));
}

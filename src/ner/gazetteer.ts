// Name lists matched as token sequences: a phrase hash maps to a bit mask of the lists that hold it.
// Lists come from eng.train entities and compromise's lexicon, frozen into the model file at training time.
import { hashString, mix } from './hash.js';
import { ABSENT, IntMap } from './int-map.js';

const PHRASE_SEED = 0x2545f491;
const MAX_PHRASE_TOKENS = 6;

export class Gazetteer {
  /** Phrase hash → its lists; the hash of each shorter start of a phrase is there too (0 unless a phrase itself), so a match stops where no phrase goes on. */
  private readonly masks: IntMap;

  /** `lists` name lists, each a bit of a mask; room made at once for about `phrases` phrases (the table need not grow). */
  constructor(lists: number, phrases = 0) {
    if (lists > 30) throw new Error(`${lists} gazetteer lists: at most 30 fit a mask`);
    this.masks = new IntMap(phrases);
  }

  /** Add a phrase (already split into tokens) to list `list`. */
  add(list: number, tokens: readonly string[]): void {
    if (tokens.length === 0 || tokens.length > MAX_PHRASE_TOKENS) return;
    let h = PHRASE_SEED;
    tokens.forEach((t, k) => {
      if (k > 0 && this.masks.get(h) === ABSENT) this.masks.set(h, 0);
      h = mix(h, hashString(t.toLowerCase()));
    });
    this.masks.set(h, Math.max(this.masks.get(h), 0) | (1 << list));
  }

  /** The lists (a bit mask) that hold this phrase (tokens, any case). */
  listsOf(tokens: readonly string[]): number {
    let h = PHRASE_SEED;
    for (const t of tokens) h = mix(h, hashString(t.toLowerCase()));
    return Math.max(this.masks.get(h), 0);
  }

  /**
   * Call `hit(token, list, code)` for every token covered by a phrase match that starts on a capitalised
   * token in [from, to); code 0 = first, 1 = inside, 2 = last, 3 = whole phrase is one token.
   */
  match(lowH: Int32Array, startsUpper: Uint8Array, from: number, to: number, hit: (token: number, list: number, code: number) => void): void {
    for (let s = from; s < to; s++) {
      if (!startsUpper[s]) continue;
      let h = PHRASE_SEED;
      const maxEnd = Math.min(to, s + MAX_PHRASE_TOKENS);
      for (let e = s; e < maxEnd; e++) {
        h = mix(h, lowH[e]);
        const mask = this.masks.get(h);
        if (mask === ABSENT) break;
        for (let list = 0; mask >>> list; list++) {
          if (!((mask >>> list) & 1)) continue;
          if (e === s) hit(s, list, 3);
          else for (let k = s; k <= e; k++) hit(k, list, k === s ? 0 : k === e ? 2 : 1);
        }
      }
    }
  }
}

// Scores kept per trigram of a feature of few values (a part of speech, a word's shape): what the
// features of three tokens' values in a row add to the middle one's scores, summed once per
// trigram (news text has a couple of thousand of each), so the tagger adds one vector where it
// hashed pairs and looked up their rows in the weight table for every token.
import { ABSENT, IntMap } from './int-map.js';

/** Bits of a value's id in a trigram's key. */
const ID_BITS = 10;
const MAX_ID = (1 << ID_BITS) - 1;

export class Trigrams {
  /** A value's id by its hash, and its hash by its id. */
  private readonly ids = new IntMap();
  readonly hashes: number[] = [];
  /** vectors[index.get(key)]: a trigram's scores. */
  private readonly index = new IntMap();
  private readonly vectors: Float64Array[] = [];

  /**
   * `sum` adds the scores of the trigram of these ids into `out` (zeros); `allocate`
   * gives the array a kept trigram's scores live in; `scratch` holds those of a trigram of ids
   * beyond a key's bits, summed each time (never met in news text).
   */
  constructor(
    private readonly sum: (before: number, own: number, after: number, out: Float64Array) => void,
    private readonly allocate: () => Float64Array,
    private readonly scratch: Float64Array,
  ) {}

  /** The id of the value with this hash, a small number. */
  idOf(hash: number): number {
    let id = this.ids.get(hash);
    if (id === ABSENT) {
      this.ids.set(hash, (id = this.hashes.length));
      this.hashes.push(hash);
    }
    return id;
  }

  /** The scores of the trigram of values with ids a, b and c (the token's own is b). */
  scores(a: number, b: number, c: number): Float64Array {
    if (a > MAX_ID || b > MAX_ID || c > MAX_ID) {
      this.sum(a, b, c, this.scratch.fill(0));
      return this.scratch;
    }
    const key = (((a << ID_BITS) | b) << ID_BITS) | c;
    let k = this.index.get(key);
    if (k === ABSENT) {
      const out = this.allocate();
      this.sum(a, b, c, out);
      this.index.set(key, (k = this.vectors.length));
      this.vectors.push(out);
    }
    return this.vectors[k];
  }
}

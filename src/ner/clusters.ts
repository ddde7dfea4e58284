// Word clusters: which group of distributionally similar words (k-means over GloVe vectors, built by
// word-vectors.ts at training time) a lower-cased word belongs to, so that a name the training data
// never showed ("Otieno") shares weights with the names it did ("Kipketer"). The map ships inside the
// model file keyed by the 32-bit hash of the word (the same hash as the features'), so it holds no words.
import { hashString } from './hash.js';
import { decodeDeltas, encodeDeltas } from './varint.js';

/**
 * Clusters form a tree: `branching[0]` top clusters, each split in `branching[1]`, and so on; a word's
 * leaf number read in that mixed radix gives its cluster at every level (coarse to fine, like the bit
 * prefixes of Brown clusters).
 */
export class WordClusters {
  /** Leaves under one cluster of each level: level l's cluster is leaf / span[l]. */
  private readonly span: number[];

  constructor(
    readonly branching: readonly number[],
    /** Word hashes as unsigned 32-bit numbers, ascending. */
    readonly keys: Uint32Array,
    /** Leaf cluster of each key. */
    readonly leaves: Uint16Array,
  ) {
    if (keys.length !== leaves.length) throw new Error(`word clusters: ${keys.length} keys but ${leaves.length} clusters`);
    const total = branching.reduce((a, b) => a * b, 1);
    if (total > 0xffff) throw new Error(`word clusters: ${total} leaves do not fit 16 bits`);
    this.span = branching.map((_, l) => branching.slice(l + 1).reduce((a, b) => a * b, 1));
  }

  get levels(): number {
    return this.branching.length;
  }

  /** Leaf cluster of the word whose lower-cased form hashes to `hash`, -1 when the map has none. */
  leafOfHash(hash: number): number {
    const key = hash >>> 0;
    let lo = 0;
    let hi = this.keys.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = this.keys[mid];
      if (k === key) return this.leaves[mid];
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /**
   * Leaf cluster of a lower-cased word; the vectors' vocabulary writes abbreviations without their
   * stops ("mr", "corp"), so a word that misses is tried again without them.
   */
  leafOf(lower: string, hash = hashString(lower)): number {
    const leaf = this.leafOfHash(hash);
    if (leaf >= 0 || !lower.includes('.')) return leaf;
    const bare = lower.replaceAll('.', '');
    return bare.length > 0 ? this.leafOfHash(hashString(bare)) : -1;
  }

  /** The cluster at `level` (0 coarsest) that holds `leaf`. */
  clusterAt(leaf: number, level: number): number {
    return Math.floor(leaf / this.span[level]);
  }

  /** Serialised: key count, branching, keys as ascending varint deltas, then the leaves (uint16 LE). */
  encode(): Buffer {
    const head = Buffer.alloc(8 + 4 * this.branching.length);
    head.writeUInt32LE(this.keys.length, 0);
    head.writeUInt32LE(this.branching.length, 4);
    this.branching.forEach((b, l) => head.writeUInt32LE(b, 8 + 4 * l));
    const leaves = Buffer.alloc(this.leaves.length * 2);
    this.leaves.forEach((leaf, i) => leaves.writeUInt16LE(leaf, 2 * i));
    return Buffer.concat([head, encodeDeltas(this.keys), leaves]);
  }

  static decode(buf: Buffer): WordClusters {
    const count = buf.readUInt32LE(0);
    const levels = buf.readUInt32LE(4);
    const branching = Array.from({ length: levels }, (_, l) => buf.readUInt32LE(8 + 4 * l));
    const { keys, end: p } = decodeDeltas(buf, 8 + 4 * levels, count);
    if (p + 2 * count !== buf.length) throw new Error('corrupt word clusters');
    const leaves = new Uint16Array(count);
    for (let i = 0; i < count; i++) leaves[i] = buf.readUInt16LE(p + 2 * i);
    return new WordClusters(branching, keys, leaves);
  }

  /** The map from words (already lower-cased) and their leaves; the first of two words whose hashes collide keeps it. */
  static fromWords(branching: readonly number[], words: readonly string[], leaves: ArrayLike<number>): WordClusters {
    const byKey = new Map<number, number>();
    words.forEach((w, i) => {
      const key = hashString(w) >>> 0;
      if (!byKey.has(key)) byKey.set(key, leaves[i]);
    });
    const keys = Uint32Array.from(byKey.keys()).sort();
    return new WordClusters(branching, keys, Uint16Array.from(keys, (k) => byKey.get(k)!));
  }
}

// Greedy left-to-right tagging of a whole document with an averaged-perceptron weight table. The same
// loop trains (given gold tags and a learner) and runs. Document consistency: here the history (how this
// capitalised word was tagged earlier in the same article); features.ts adds what the article says about
// the word elsewhere. (A stacked second pass voting over the whole article's first-pass tags was measured
// on eng.testa and did not help: -0.3 F1.)
import { Case, T, type PreparedDoc, type WordInfo } from './features.js';
import { mix } from './hash.js';
import type { TagSet } from './tags.js';

export interface Weights {
  /** Row of a feature hash, -1 when the model has none. */
  rowOf(hash: number): number;
  /** rows × classes, row-major. */
  w: Float32Array | Float64Array;
}

export interface Learner {
  /** Called when the guess was wrong: move the rows towards gold and away from guess. */
  update(rows: Int32Array, count: number, gold: number, guess: number): void;
}

interface Decoded {
  tags: Int32Array;
  /** Score of the chosen tag minus the best other allowed tag. */
  margins: Float32Array;
}

/** History feature value of a word not seen before in the article. */
export const NO_HISTORY = 7;
const MAX_DYNAMIC = 6;

/**
 * Map each static feature hash of the document to its row once. With `own`, a token's own
 * features (its word's and the bias) are left out: decode takes their sum from the word (ownScores).
 */
export function staticRows(doc: PreparedDoc, weights: Weights, own = false): Int32Array {
  const rows = new Int32Array(doc.featHashes.length).fill(-1);
  for (let i = 0; i < doc.n; i++) {
    for (let k = own ? doc.ownEnd[i] : doc.featOffsets[i]; k < doc.featOffsets[i + 1]; k++) rows[k] = weights.rowOf(doc.featHashes[k]);
  }
  return rows;
}

/**
 * The scores of a word's own features and the bias, summed in the order decode adds them (so the
 * same to the bit), once per word form: a word's own features are a quarter of a token's, and each
 * is a row read from a large table. Kept on the word's cache entry, which belongs to one model.
 */
function ownScores(word: WordInfo, weights: Weights, C: number): Float64Array {
  if (word.ownScores) return word.ownScores;
  const rows: number[] = [];
  for (const hash of word.feats) {
    const r = weights.rowOf(hash);
    if (r >= 0) rows.push(r);
  }
  const bias = weights.rowOf(T.Bias);
  if (bias >= 0) rows.push(bias);
  const scores = new Float64Array(C);
  for (let c = 0; c < C; c++) {
    let sum = 0;
    for (const r of rows) sum += weights.w[r * C + c];
    scores[c] = sum;
  }
  return (word.ownScores = scores);
}

/** Index of the largest count (the first on ties). */
function majority(counts: Uint16Array): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
  return best;
}

/**
 * Tags the document. `own`: rows come from staticRows(doc, weights, true) and the words' cache
 * belongs to these weights, which never change (the shipped model; never while training).
 */
export function decode(doc: PreparedDoc, rows: Int32Array, weights: Weights, tagSet: TagSet, own: boolean, gold?: Int32Array, learner?: Learner): Decoded {
  const n = doc.n;
  const C = tagSet.names.length;
  const tags = new Int32Array(n);
  const margins = new Float32Array(n);
  const scores = new Float64Array(C);
  const w = weights.w;
  const history = new Map<number, Uint16Array>();
  let maxFeats = 0;
  for (let i = 0; i < n; i++) maxFeats = Math.max(maxFeats, doc.featOffsets[i + 1] - doc.featOffsets[i]);
  const active = new Int32Array(maxFeats + MAX_DYNAMIC);
  const starts = new Int32Array(active.length); // where each active row begins in w
  const dynamic = new Int32Array(MAX_DYNAMIC);
  const zero = new Float64Array(C);
  let prev = C; // segment start
  let prev2 = C;
  for (let i = 0; i < n; i++) {
    if (doc.segStart[i]) prev = prev2 = C;
    const low = doc.lowH[i];
    const kind = doc.caseKind[i];
    let count = 0;
    const from = own ? doc.ownEnd[i] : doc.featOffsets[i];
    for (let k = from; k < doc.featOffsets[i + 1]; k++) if (rows[k] >= 0) active[count++] = rows[k];
    let d = 0;
    dynamic[d++] = mix(T.Prev, prev);
    dynamic[d++] = mix(mix(T.Prev2, prev), prev2);
    dynamic[d++] = mix(mix(T.PrevLow, prev), low);
    dynamic[d++] = mix(mix(T.PrevShape, prev), doc.shapeH[i]);
    if (kind !== Case.Lower) {
      const seen = history.get(low);
      const h = seen ? majority(seen) : NO_HISTORY;
      dynamic[d++] = mix(T.History, h);
      dynamic[d++] = mix(mix(T.HistoryShape, h), kind);
    }
    for (let k = 0; k < d; k++) {
      const r = weights.rowOf(dynamic[k]);
      if (r >= 0) active[count++] = r;
    }
    // Each class's sum in a local, in the order of the rows (the same additions, so the same
    // scores to the bit): reading and writing scores[c] for every row was the tagger's main cost.
    // Four classes at a time: four independent chains of additions instead of one.
    for (let k = 0; k < count; k++) starts[k] = active[k] * C;
    const base = own ? ownScores(doc.words[i], weights, C) : zero;
    let c = 0;
    for (; c + 4 <= C; c += 4) {
      let s0 = base[c];
      let s1 = base[c + 1];
      let s2 = base[c + 2];
      let s3 = base[c + 3];
      for (let k = 0; k < count; k++) {
        const at = starts[k] + c;
        s0 += w[at];
        s1 += w[at + 1];
        s2 += w[at + 2];
        s3 += w[at + 3];
      }
      scores[c] = s0;
      scores[c + 1] = s1;
      scores[c + 2] = s2;
      scores[c + 3] = s3;
    }
    for (; c < C; c++) {
      let sum = base[c];
      for (let k = 0; k < count; k++) sum += w[starts[k] + c];
      scores[c] = sum;
    }
    const isLast = i + 1 === n || doc.segStart[i + 1] === 1;
    let best = -1;
    let second = -Infinity;
    const allowedBase = prev * C;
    for (let c = 0; c < C; c++) {
      if (!tagSet.allowed[allowedBase + c] || (isLast && !tagSet.canEnd[c])) continue;
      if (best < 0 || scores[c] > scores[best]) {
        if (best >= 0) second = scores[best];
        best = c;
      } else if (scores[c] > second) second = scores[c];
    }
    if (learner && gold && gold[i] !== best) learner.update(active, count, gold[i], best);
    tags[i] = best;
    margins[i] = second === -Infinity ? 100 : scores[best] - second;
    if (kind !== Case.Lower) {
      let seen = history.get(low);
      if (!seen) history.set(low, (seen = new Uint16Array(5)));
      seen[tagSet.typeOf[best] + 1]++;
    }
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}

// Greedy left-to-right tagging of a whole document with an averaged-perceptron weight table. The same
// loop trains (given gold tags and a learner) and runs. Document consistency: here the history (how this
// capitalised word was tagged earlier in the same article); features.ts adds what the article says about
// the word elsewhere. (A stacked second pass voting over the whole article's first-pass tags was measured
// on eng.testa and did not help: -0.3 F1.)
import { Case, T, type PreparedDoc } from './features.js';
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

/** Map each static feature hash of the document to its row once. */
export function staticRows(doc: PreparedDoc, weights: Weights): Int32Array {
  const rows = new Int32Array(doc.featHashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = weights.rowOf(doc.featHashes[k]);
  return rows;
}

/** Index of the largest count (the first on ties). */
function majority(counts: Uint16Array): number {
  let best = 0;
  for (let c = 1; c < counts.length; c++) if (counts[c] > counts[best]) best = c;
  return best;
}

export function decode(doc: PreparedDoc, rows: Int32Array, weights: Weights, tagSet: TagSet, gold?: Int32Array, learner?: Learner): Decoded {
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
  let prev = C; // segment start
  let prev2 = C;
  for (let i = 0; i < n; i++) {
    if (doc.segStart[i]) prev = prev2 = C;
    const low = doc.lowH[i];
    const kind = doc.caseKind[i];
    let count = 0;
    for (let k = doc.featOffsets[i]; k < doc.featOffsets[i + 1]; k++) if (rows[k] >= 0) active[count++] = rows[k];
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
    for (let k = 0; k < count; k++) starts[k] = active[k] * C;
    for (let c = 0; c < C; c++) {
      let sum = 0;
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

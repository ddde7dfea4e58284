// Greedy left-to-right tagging of a whole document, here for training: given gold tags and a learner,
// it moves the weights of a wrong guess's features (scores.ts tags with the shipped model, by the same
// rules, from the helpers below). Document consistency: here the history (how this capitalised word was
// tagged earlier in the same article); features.ts adds what the article says about the word elsewhere.
// (A stacked second pass voting over the whole article's first-pass tags was measured on eng.testa and
// did not help: -0.3 F1.)
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

export interface Decoded {
  tags: Int32Array;
  /** Score of the chosen tag minus the best other allowed tag. */
  margins: Float32Array;
}

/** History feature value of a word not seen before in the article. */
export const NO_HISTORY = 7;
const MAX_DYNAMIC = 6;

/** How each capitalised word was tagged so far in the article: the History feature's value. Words by their slot (DocEvidence). */
export class History {
  /** counts[TYPES * slot + type]: how often the word was tagged each type (typeOf + 1, 0 for O). */
  private readonly counts: Uint16Array;
  private readonly seen: Uint8Array;

  constructor(slots: number) {
    this.counts = new Uint16Array(TYPES * slots);
    this.seen = new Uint8Array(slots);
  }

  /** The type (as typeOf + 1) the word was tagged most often (the first on ties), NO_HISTORY if never. */
  of(slot: number): number {
    if (!this.seen[slot]) return NO_HISTORY;
    const at = TYPES * slot;
    let best = 0;
    for (let c = 1; c < TYPES; c++) if (this.counts[at + c] > this.counts[at + best]) best = c;
    return best;
  }

  record(slot: number, tag: number, tagSet: TagSet): void {
    this.seen[slot] = 1;
    this.counts[TYPES * slot + tagSet.typeOf[tag] + 1]++;
  }
}

/** O and the four CoNLL types. */
const TYPES = 5;

/** The highest-scoring tag allowed after `prev` (and at a segment's end, if `isLast`), with its margin over the next. */
export function choose(scores: Float64Array, tagSet: TagSet, prev: number, isLast: boolean, out: { best: number; margin: number }): void {
  const C = scores.length;
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
  out.best = best;
  out.margin = second === -Infinity ? 100 : scores[best] - second;
}

/** Map each static feature hash of the document to its row once. */
export function staticRows(doc: PreparedDoc, weights: Weights): Int32Array {
  const rows = new Int32Array(doc.featHashes.length);
  for (let k = 0; k < rows.length; k++) rows[k] = weights.rowOf(doc.featHashes[k]);
  return rows;
}

/** Tags the document with rows from staticRows; a learner, given gold tags, learns from each wrong guess. */
export function decode(doc: PreparedDoc, rows: Int32Array, weights: Weights, tagSet: TagSet, gold?: Int32Array, learner?: Learner): Decoded {
  const n = doc.n;
  const C = tagSet.names.length;
  const tags = new Int32Array(n);
  const margins = new Float32Array(n);
  const scores = new Float64Array(C);
  const w = weights.w;
  const history = new History(doc.slots);
  const choice = { best: 0, margin: 0 };
  let maxFeats = 0;
  for (let i = 0; i < n; i++) maxFeats = Math.max(maxFeats, doc.featOffsets[i + 1] - doc.featOffsets[i]);
  const active = new Int32Array(maxFeats + MAX_DYNAMIC);
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
      const h = history.of(doc.slot[i]);
      dynamic[d++] = mix(T.History, h);
      dynamic[d++] = mix(mix(T.HistoryShape, h), kind);
    }
    for (let k = 0; k < d; k++) {
      const r = weights.rowOf(dynamic[k]);
      if (r >= 0) active[count++] = r;
    }
    for (let c = 0; c < C; c++) {
      let sum = 0;
      for (let k = 0; k < count; k++) sum += w[active[k] * C + c];
      scores[c] = sum;
    }
    choose(scores, tagSet, prev, i + 1 === n || doc.segStart[i + 1] === 1, choice);
    const best = choice.best;
    if (learner && gold && gold[i] !== best) learner.update(active, count, gold[i], best);
    tags[i] = best;
    margins[i] = choice.margin;
    if (kind !== Case.Lower) history.record(doc.slot[i], best, tagSet);
    prev2 = prev;
    prev = best;
  }
  return { tags, margins };
}

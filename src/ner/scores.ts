// The shipped model's tagger: the same features and rules as training's (features.ts, decode.ts),
// without hashing each feature of each token and looking up its row. What a word form contributes
// (its own features, and those it gives the words beside it) is summed once per form and kept on
// the word's cache entry; features of few values (parts of speech, place in the sentence, case
// evidence, name-list hits, the previous tags) have their rows in small tables built once. The
// time left is mostly memory reads, so what one token reads is kept together.
//
// The order of the additions does not matter: a shipped model's weights are int16 × one scale,
// stored as float32, so each is a whole multiple of one power of two (2^-28 for the shipped model)
// and below 2^39 of them; float64 sums of a token's hundred-odd weights are then exact, whatever
// the order, and the scores are those of decode.ts to the bit (tests/ner/scores.test.ts checks both).
import { BOUNDARY, Case, hasLeft2, hasRight1, hasRight2, PAIRS, pairHash, T, type DocEvidence, type Pair, type WordInfo } from './features.js';
import { choose, History, type Decoded, type Weights } from './decode.js';
import { mix } from './hash.js';
import type { TagSet } from './tags.js';
import { Trigrams } from './trigrams.js';

/**
 * A word form's scores, one array: C scores for each role (where the word stands to the token
 * being tagged: Own0 and Own1, its own features, the bias and its Headline feature off and on a
 * headline; Left1, LowM1 + ShapeM1 + SufM1 + ClusterM1 of the word before; Right1, the same of the
 * word after; Left2 and Right2, LowM2 and LowP2 of the words two away), then the rows of the
 * features of the other occurrences and the id of the word's shape (ROW), then the rows of PrevLow and PrevShape after each
 * previous tag, side by side. Five consecutive tokens read a word's roles, so they are kept
 * together.
 */
export type WordScores = Float64Array;

const enum ROLE { Own0, Own1, Left1, Right1, Left2, Right2, Count }
const enum ROW { OtherM1, OtherP1, Shape, Count }
/** A row of the after-tag part not looked up yet. */
const UNKNOWN = -2;
const NONE: readonly number[] = [];
const NO_VECTORS: Float64Array[] = [];

/** The part-of-speech features by where the tag stands, C scores each. */
const POS_ROLES = [T.PosM2, T.PosM1, T.Pos0, T.PosP1, T.PosP2];
const enum POS { M2, M1, Own, P1, P2 }

/** Words whose scores share one allocation. */
const SLAB_WORDS = 256;

/** At most: five word roles, three part-of-speech vectors, the shapes, the other occurrences, the previous tags, the history; six rows. */
const MAX_VECTORS = 12;
const MAX_ROWS = 6;

/** Adds row r of the weights (none if r < 0) to the scores. */
function addRow(scores: Float64Array, w: Float32Array | Float64Array, r: number): void {
  if (r < 0) return;
  const C = scores.length;
  for (let c = 0, at = r * C; c < C; c++) scores[c] += w[at + c];
}

/**
 * out[at, at + C) = the sum of vecs[k][vecAt[k] ..] (k < nv) and of the weight rows starting at
 * rowAt[k] (k < nr), four classes at a time in locals: one pass over the sources, not a load and
 * a store of every score for each.
 */
function sumInto(out: Float64Array, at: number, C: number, vecs: Float64Array[], vecAt: Int32Array, nv: number, w: Float32Array | Float64Array, rowAt: Int32Array, nr: number): void {
  let c = 0;
  for (; c + 4 <= C; c += 4) {
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < nv; k++) {
      const v = vecs[k];
      const from = vecAt[k] + c;
      s0 += v[from];
      s1 += v[from + 1];
      s2 += v[from + 2];
      s3 += v[from + 3];
    }
    for (let k = 0; k < nr; k++) {
      const from = rowAt[k] + c;
      s0 += w[from];
      s1 += w[from + 1];
      s2 += w[from + 2];
      s3 += w[from + 3];
    }
    out[at + c] = s0;
    out[at + c + 1] = s1;
    out[at + c + 2] = s2;
    out[at + c + 3] = s3;
  }
  for (; c < C; c++) {
    let s = 0;
    for (let k = 0; k < nv; k++) s += vecs[k][vecAt[k] + c];
    for (let k = 0; k < nr; k++) s += w[rowAt[k] + c];
    out[at + c] = s;
  }
}

/**
 * out[cols[k]] for each k < cols.length, as sumInto does for all classes: a tag the previous one
 * rules out is never chosen (decode.ts's choose reads only allowed tags), so its score is not
 * summed. cols has a multiple of four entries (the last repeated), four classes at a time in locals.
 */
function sumColumns(out: Float64Array, cols: Int32Array, vecs: Float64Array[], vecAt: Int32Array, nv: number, w: Float32Array | Float64Array, rowAt: Int32Array, nr: number): void {
  for (let g = 0; g < cols.length; g += 4) {
    const c0 = cols[g];
    const c1 = cols[g + 1];
    const c2 = cols[g + 2];
    const c3 = cols[g + 3];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    for (let k = 0; k < nv; k++) {
      const v = vecs[k];
      const from = vecAt[k];
      s0 += v[from + c0];
      s1 += v[from + c1];
      s2 += v[from + c2];
      s3 += v[from + c3];
    }
    for (let k = 0; k < nr; k++) {
      const from = rowAt[k];
      s0 += w[from + c0];
      s1 += w[from + c1];
      s2 += w[from + c2];
      s3 += w[from + c3];
    }
    out[c0] = s0;
    out[c1] = s1;
    out[c2] = s2;
    out[c3] = s3;
  }
}

export class Tagger {
  private readonly C: number;
  private readonly w: Float32Array | Float64Array;
  /** Where the single rows and the after-tag rows start in a word's scores. */
  private readonly rowsAt: number;
  private readonly afterAt: number;
  /** The features beyond a segment's edge, as if a word. */
  private readonly edge: WordScores;
  /** The parts of speech (by id, see Trigrams): PosM1, Pos0, PosP1 and their pairs (PAIRS.pos) by trigram, */
  private readonly posTrigrams: Trigrams;
  /** and each one's scores by role (POS_ROLES). */
  private readonly posRows: Float64Array[] = [];
  /** The id of the part of speech beyond a segment's edge. */
  private readonly edgePos: number;
  /** The word shapes (by id): their pairs (PAIRS.shape) by trigram. */
  private readonly shapeTrigrams: Trigrams;
  private readonly position: Int32Array;
  private readonly docCase: Int32Array;
  private readonly gaz: Int32Array;
  private readonly gazM1: Int32Array;
  private readonly gazP1: Int32Array;
  private readonly listsBefore: Int32Array;
  private readonly listsAfter: Int32Array;
  /** Prev and Prev2 summed, C scores for each pair of previous tags (prev * (C + 1) + prev2). */
  private readonly prevTags: Float64Array;
  /** History and HistoryShape summed, C scores for each history and letter case (history * 4 + case). */
  private readonly histories: Float64Array;
  private readonly biasRow: number;
  /** The classes allowed after each previous tag (index 2 * prev, + 1 at a segment's last token), for sumColumns. */
  private readonly allowed: Int32Array[] = [];
  /** Scratch for building a word's scores. */
  private readonly hashes: Int32Array;
  private readonly hashes2: Int32Array;
  private readonly rowAt = new Int32Array(64);
  private readonly vecAt = new Int32Array(0);
  /** A token's scores, and scratch for building them (score). */
  private readonly scores: Float64Array;
  private readonly scratch: Float64Array;
  private readonly vecs: Float64Array[] = new Array(MAX_VECTORS);
  private readonly tokenVecAt = new Int32Array(MAX_VECTORS);
  private readonly rows = new Int32Array(MAX_ROWS);
  private readonly tokenRowAt = new Int32Array(MAX_ROWS);
  private slab = new Float64Array(0);
  private slabUsed = 0;

  constructor(
    private readonly weights: Weights,
    private readonly tagSet: TagSet,
    levels: number,
  ) {
    const C = (this.C = tagSet.names.length);
    this.w = weights.w;
    this.rowsAt = ROLE.Count * C;
    this.scores = new Float64Array(C);
    this.scratch = new Float64Array(C);
    this.afterAt = this.rowsAt + ROW.Count;
    this.biasRow = weights.rowOf(T.Bias);
    this.hashes = new Int32Array(3 + levels);
    this.hashes2 = new Int32Array(3 + levels);
    const rows = (size: number, hashOf: (v: number) => number) => Int32Array.from({ length: size }, (_, v) => weights.rowOf(hashOf(v)));
    const edge = { lowH: BOUNDARY, shapeH: BOUNDARY, sufH: BOUNDARY, clusterH: new Int32Array(levels).fill(BOUNDARY), feats: new Int32Array(0), scores: undefined };
    this.posTrigrams = new Trigrams((a, b, c, out) => this.sumPos(a, b, c, out), () => this.allocate(C), new Float64Array(C));
    this.shapeTrigrams = new Trigrams((a, b, c, out) => this.sumPairs(PAIRS.shape, this.shapeTrigrams.hashes, a, b, c, out), () => this.allocate(C), new Float64Array(C));
    this.edge = this.wordScores(edge as unknown as WordInfo);
    this.edgePos = this.posId(BOUNDARY);
    // Value ranges: Position < 4 * 8, DocCase < 4 * 32, a list hit list * 4 + code with at most 30 lists.
    this.position = rows(32, (v) => mix(T.Position, v));
    this.docCase = rows(128, (v) => mix(T.DocCase, v));
    this.gaz = rows(120, (v) => mix(T.Gaz, v));
    this.gazM1 = rows(120, (v) => mix(T.GazM1, v));
    this.gazP1 = rows(120, (v) => mix(T.GazP1, v));
    this.listsBefore = rows(30, (v) => mix(T.ListsBefore, v));
    this.listsAfter = rows(30, (v) => mix(T.ListsAfter, v));
    this.prevTags = this.table((C + 1) * (C + 1), (v) => [mix(T.Prev, Math.floor(v / (C + 1))), mix(mix(T.Prev2, Math.floor(v / (C + 1))), v % (C + 1))]);
    this.histories = this.table(8 * 4, (v) => [mix(T.History, v >> 2), mix(mix(T.HistoryShape, v >> 2), v & 3)]);
    for (let prev = 0; prev <= C; prev++) {
      for (const last of [false, true]) {
        const cols: number[] = [];
        for (let c = 0; c < C; c++) if (tagSet.allowed[prev * C + c] && (!last || tagSet.canEnd[c])) cols.push(c);
        while (cols.length % 4) cols.push(cols[cols.length - 1]);
        this.allowed.push(Int32Array.from(cols));
      }
    }
  }

  /** C scores for each of `size` values: the sum of the rows of the features hashesOf(value). */
  private table(size: number, hashesOf: (v: number) => number[]): Float64Array {
    const scores = new Float64Array(size * this.C);
    for (let v = 0; v < size; v++) this.sumRows(hashesOf(v), false, scores, v * this.C);
    return scores;
  }

  /** out[at, at + C) = the sum of the rows of these feature hashes (and of the bias, if asked). */
  private sumRows(hashes: ArrayLike<number>, bias: boolean, out: Float64Array, at: number): void {
    let n = 0;
    for (let k = 0; k < hashes.length; k++) {
      const r = this.weights.rowOf(hashes[k]);
      if (r >= 0) this.rowAt[n++] = r * this.C;
    }
    if (bias && this.biasRow >= 0) this.rowAt[n++] = this.biasRow * this.C;
    sumInto(out, at, this.C, NO_VECTORS, this.vecAt, 0, this.w, this.rowAt, n);
  }

  /** A new array of `size` numbers, cut from a larger one: one allocation for hundreds of words. */
  private allocate(size: number): Float64Array {
    if (this.slabUsed + size > this.slab.length) {
      this.slab = new Float64Array(size * SLAB_WORDS);
      this.slabUsed = 0;
    }
    this.slabUsed += size;
    return this.slab.subarray(this.slabUsed - size, this.slabUsed);
  }

  private wordScores(word: WordInfo): WordScores {
    if (word.scores) return word.scores;
    const C = this.C;
    const scores = this.allocate(this.afterAt + 2 * (C + 1));
    const left = this.hashes;
    const right = this.hashes2;
    left[0] = mix(T.LowM1, word.lowH);
    left[1] = mix(T.ShapeM1, word.shapeH);
    left[2] = mix(T.SufM1, word.sufH);
    right[0] = mix(T.LowP1, word.lowH);
    right[1] = mix(T.ShapeP1, word.shapeH);
    right[2] = mix(T.SufP1, word.sufH);
    for (let l = 0; l < word.clusterH.length; l++) {
      left[3 + l] = mix(T.ClusterM1, word.clusterH[l]);
      right[3 + l] = mix(T.ClusterP1, word.clusterH[l]);
    }
    const neighbour = 3 + word.clusterH.length;
    this.sumRows(word.feats, true, scores, ROLE.Own0 * C);
    scores.copyWithin(ROLE.Own1 * C, ROLE.Own0 * C, ROLE.Own0 * C + C);
    addRow(scores.subarray(ROLE.Own0 * C, ROLE.Own0 * C + C), this.w, this.weights.rowOf(mix(mix(T.Headline, 0), word.shapeH)));
    addRow(scores.subarray(ROLE.Own1 * C, ROLE.Own1 * C + C), this.w, this.weights.rowOf(mix(mix(T.Headline, 1), word.shapeH)));
    this.sumRows(left.subarray(0, neighbour), false, scores, ROLE.Left1 * C);
    this.sumRows(right.subarray(0, neighbour), false, scores, ROLE.Right1 * C);
    left[0] = mix(T.LowM2, word.lowH);
    this.sumRows(left.subarray(0, 1), false, scores, ROLE.Left2 * C);
    right[0] = mix(T.LowP2, word.lowH);
    this.sumRows(right.subarray(0, 1), false, scores, ROLE.Right2 * C);
    scores[this.rowsAt + ROW.OtherM1] = this.weights.rowOf(mix(T.OtherM1, word.lowH));
    scores[this.rowsAt + ROW.OtherP1] = this.weights.rowOf(mix(T.OtherP1, word.lowH));
    scores[this.rowsAt + ROW.Shape] = this.shapeTrigrams.idOf(word.shapeH);
    scores.fill(UNKNOWN, this.afterAt);
    return (word.scores = scores);
  }

  /** The id of a part of speech (its scores by role are posRows[id]). */
  private posId(posH: number): number {
    const id = this.posTrigrams.idOf(posH);
    if (id === this.posRows.length) {
      const scores = new Float64Array(POS_ROLES.length * this.C);
      POS_ROLES.forEach((t, role) => this.sumRows([mix(t, posH)], false, scores, role * this.C));
      this.posRows.push(scores);
    }
    return id;
  }

  /** Adds the features of parts of speech a, b, c (ids) in a row to the scores of b's token: its own, those of its neighbours and its two pairs. */
  private sumPos(a: number, b: number, c: number, out: Float64Array): void {
    const C = this.C;
    const before = this.posRows[a];
    const own = this.posRows[b];
    const after = this.posRows[c];
    for (let t = 0; t < C; t++) out[t] += before[POS.M1 * C + t] + own[POS.Own * C + t] + after[POS.P1 * C + t];
    this.sumPairs(PAIRS.pos, this.posTrigrams.hashes, a, b, c, out);
  }

  /** Adds the pair features (PAIRS) of values a, b, c (ids, their hashes by id in `hashes`) in a row to the scores of b's token. */
  private sumPairs(pairs: readonly Pair[], hashes: number[], a: number, b: number, c: number, out: Float64Array): void {
    for (const pair of pairs) addRow(out, this.w, this.weights.rowOf(pairHash(pair, hashes[a], hashes[b], hashes[c])));
  }

  /** Row of PrevLow (which = 0) or PrevShape (which = 1) of the word after tag `prev`. */
  private afterTag(scores: WordScores, word: WordInfo, which: 0 | 1, prev: number): number {
    const at = this.afterAt + 2 * prev + which;
    let r = scores[at];
    if (r === UNKNOWN) r = scores[at] = this.weights.rowOf(which === 0 ? mix(mix(T.PrevLow, prev), word.lowH) : mix(mix(T.PrevShape, prev), word.shapeH));
    return r;
  }

  /** What the words around the other occurrences of token i's word add to its scores (undefined: nothing). */
  private others(doc: DocEvidence, words: WordScores[], i: number, sums: (Float64Array | undefined)[], scratch: Float64Array): Float64Array | undefined {
    const list = doc.occurrences[doc.slot[i]];
    if (!list || list.length < 2) return undefined;
    // The sum over all the occurrences, once per word and document; token i's own occurrence, if
    // listed, is taken back out (exact: see the top of the file).
    let all = sums[doc.slot[i]];
    if (!all) {
      all = sums[doc.slot[i]] = new Float64Array(this.C);
      for (const j of list) this.addOccurrence(doc, words, j, all);
    }
    if (!list.includes(i)) return all;
    scratch.fill(0);
    this.addOccurrence(doc, words, i, scratch);
    for (let c = 0; c < this.C; c++) scratch[c] = all[c] - scratch[c];
    return scratch;
  }

  /** Adds occurrence j's OtherM1 and OtherP1 rows to out. */
  private addOccurrence(doc: DocEvidence, words: WordScores[], j: number, out: Float64Array): void {
    addRow(out, this.w, (doc.segStart[j] ? this.edge : words[j - 1])[this.rowsAt + ROW.OtherM1]);
    addRow(out, this.w, (hasRight1(doc, j) ? words[j + 1] : this.edge)[this.rowsAt + ROW.OtherP1]);
  }

  /** Tags the document greedily, as decode.ts does with the same weights. */
  tag(doc: DocEvidence): Decoded {
    const { n, posH, caseKind, segStart } = doc;
    const C = this.C;
    const words: WordScores[] = new Array(n);
    const pos = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = this.wordScores(doc.words[i]);
      pos[i] = this.posId(posH[i]);
    }
    const tags = new Int32Array(n);
    const margins = new Float32Array(n);
    const otherSums: (Float64Array | undefined)[] = new Array(doc.slots);
    const history = new History(doc.slots);
    const choice = { best: 0, margin: 0 };
    let prev = C; // segment start
    let prev2 = C;
    for (let i = 0; i < n; i++) {
      if (segStart[i]) prev = prev2 = C;
      const last = !hasRight1(doc, i);
      this.score(doc, words, pos, i, prev, prev2, last, history, otherSums);
      choose(this.scores, this.tagSet, prev, last, choice);
      tags[i] = choice.best;
      margins[i] = choice.margin;
      if (caseKind[i] !== Case.Lower) history.record(doc.slot[i], choice.best, this.tagSet);
      prev2 = prev;
      prev = choice.best;
    }
    return { tags, margins };
  }

  /**
   * this.scores = token i's scores, for the classes allowed after tag `prev` (at a segment's `last`
   * token, those that can end it). A function of its own, so that the decoder's loop is small: the
   * optimizing compiler compiles this once, not once more on stack replacement of the loop.
   */
  private score(doc: DocEvidence, words: WordScores[], pos: Int32Array, i: number, prev: number, prev2: number, last: boolean, history: History, otherSums: (Float64Array | undefined)[]): void {
    const C = this.C;
    const w = this.w;
    const edge = this.edge;
    const edgePos = this.edgePos;
    const shapeAt = this.rowsAt + ROW.Shape;
    const { lowH, segStart, caseKind } = doc;
    const scores = this.scores;
    const vecs = this.vecs;
    const vecAt = this.tokenVecAt;
    const rows = this.rows;
    const rowAt = this.tokenRowAt;
    const first = segStart[i] === 1;
    const left2 = !first && hasLeft2(doc, i);
    const right2 = hasRight2(doc, i);
    const word = words[i];
    // The vectors and rows to add, summed in one pass: the words' and parts of speech's scores
    // by where they stand, the other occurrences' neighbours, the previous tags and the history;
    // then one row per feature.
    let nv = 0;
    vecs[nv] = word;
    vecAt[nv++] = (doc.headline[i] ? ROLE.Own1 : ROLE.Own0) * C;
    vecs[nv] = first ? edge : words[i - 1];
    vecAt[nv++] = ROLE.Left1 * C;
    vecs[nv] = last ? edge : words[i + 1];
    vecAt[nv++] = ROLE.Right1 * C;
    vecs[nv] = left2 ? words[i - 2] : edge;
    vecAt[nv++] = ROLE.Left2 * C;
    vecs[nv] = right2 ? words[i + 2] : edge;
    vecAt[nv++] = ROLE.Right2 * C;
    vecs[nv] = this.posRows[left2 ? pos[i - 2] : edgePos];
    vecAt[nv++] = POS.M2 * C;
    vecs[nv] = this.posTrigrams.scores(first ? edgePos : pos[i - 1], pos[i], last ? edgePos : pos[i + 1]);
    vecAt[nv++] = 0;
    vecs[nv] = this.posRows[right2 ? pos[i + 2] : edgePos];
    vecAt[nv++] = POS.P2 * C;
    vecs[nv] = this.shapeTrigrams.scores((first ? edge : words[i - 1])[shapeAt], word[shapeAt], (last ? edge : words[i + 1])[shapeAt]);
    vecAt[nv++] = 0;
    const others = this.others(doc, words, i, otherSums, this.scratch);
    if (others) {
      vecs[nv] = others;
      vecAt[nv++] = 0;
    }
    vecs[nv] = this.prevTags;
    vecAt[nv++] = (prev * (C + 1) + prev2) * C;
    const kind = caseKind[i];
    if (kind !== Case.Lower) {
      vecs[nv] = this.histories;
      vecAt[nv++] = (history.of(doc.slot[i]) * 4 + kind) * C;
    }
    const lowM1 = first ? BOUNDARY : lowH[i - 1];
    const lowP1 = last ? BOUNDARY : lowH[i + 1];
    let nr = 0;
    rows[nr++] = this.weights.rowOf(mix(mix(T.BiM1_0, lowM1), lowH[i]));
    rows[nr++] = this.weights.rowOf(mix(mix(T.Bi0_P1, lowH[i]), lowP1));
    rows[nr++] = this.position[doc.position[i]];
    if (doc.docCase[i] >= 0) rows[nr++] = this.docCase[doc.docCase[i]];
    rows[nr++] = this.afterTag(word, doc.words[i], 0, prev);
    rows[nr++] = this.afterTag(word, doc.words[i], 1, prev);
    let live = 0;
    for (let k = 0; k < nr; k++) if (rows[k] >= 0) rowAt[live++] = rows[k] * C;
    sumColumns(scores, this.allowed[2 * prev + (last ? 1 : 0)], vecs, vecAt, nv, w, rowAt, live);
    // Name-list hits: few tokens have any.
    for (const g of doc.gazHits[i] ?? NONE) addRow(scores, w, this.gaz[g]);
    if (!first) for (const g of doc.gazHits[i - 1] ?? NONE) addRow(scores, w, this.gazM1[g]);
    if (!last) for (const g of doc.gazHits[i + 1] ?? NONE) addRow(scores, w, this.gazP1[g]);
    const before = doc.listsBefore[i];
    const after = doc.listsAfter[i];
    for (let b = 0; (before | after) >>> b; b++) {
      if ((before >>> b) & 1) addRow(scores, w, this.listsBefore[b]);
      if ((after >>> b) & 1) addRow(scores, w, this.listsAfter[b]);
    }
  }
}

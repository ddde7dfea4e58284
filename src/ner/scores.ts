// The shipped model's tagger: the same features and rules as training's (features.ts, decode.ts),
// without hashing each feature of each token and looking up its row. What a word form contributes
// (its own features, and those it gives the words beside it) is summed once per form and kept on
// the word's cache entry; features of few values (parts of speech, place in the sentence, case
// evidence, name-list hits, the previous tags) have their rows in small tables built once.
//
// The order of the additions does not matter: a shipped model's weights are int16 × one scale,
// stored as float32, so each is a whole multiple of one power of two (2^-27 for the shipped model)
// and below 2^39 of them; a float64 sum of a token's hundred-odd weights is then exact, whatever
// the order (NerModel checks this of every model it loads).
import { BOUNDARY, Case, hasLeft2, hasRight1, hasRight2, T, type DocEvidence, type WordInfo } from './features.js';
import { choose, History, type Decoded, type Weights } from './decode.js';
import { mix } from './hash.js';
import type { TagSet } from './tags.js';

/** A word form's summed scores, for the tagger of the model whose cache holds it. */
export interface WordScores {
  /** C scores for each role (ROLE): the features a word gives the token it is, or stands beside. */
  roles: Float64Array;
  /** Rows of the word's features beside another occurrence, and of Headline (see ROW). */
  rows: Int32Array;
  /** Rows of PrevLow and PrevShape after each previous tag (C + 1 each), looked up when first needed. */
  afterTag: Int32Array | undefined;
}

/**
 * Where a word stands to the token being tagged. Own: the word's own features and the bias; Left1:
 * LowM1, ShapeM1, SufM1, ClusterM1; Right1: the same at +1; Left2: LowM2; Right2: LowP2. A word's
 * roles are read by five consecutive tokens, so they are kept together.
 */
const enum ROLE { Own, Left1, Right1, Left2, Right2, Count }

const NONE: readonly number[] = [];

/** Adds row r of the weights (none if r < 0) to the scores. */
function addRow(scores: Float64Array, w: Float32Array | Float64Array, r: number): void {
  if (r < 0) return;
  const C = scores.length;
  for (let c = 0, at = r * C; c < C; c++) scores[c] += w[at + c];
}

const enum ROW { OtherM1, OtherP1, Headline0, Headline1, Count }
/** An afterTag entry not looked up yet. */
const UNKNOWN = -2;

/** Part-of-speech features of one tag, C scores for each role: PosM2, PosM1, Pos0, PosP1, PosP2 (the order of ROLE). */
const POS_ROLES = [T.PosM2, T.PosM1, T.Pos0, T.PosP1, T.PosP2];

export class Tagger {
  private readonly C: number;
  private readonly w: Float32Array | Float64Array;
  /** The features beyond a segment's edge, as if a word. */
  private readonly edge: WordScores;
  private readonly pos = new Map<number, Float64Array>();
  private readonly edgePos: Float64Array;
  private readonly position: Int32Array;
  private readonly docCase: Int32Array;
  private readonly gaz: Int32Array;
  private readonly gazM1: Int32Array;
  private readonly gazP1: Int32Array;
  private readonly listsBefore: Int32Array;
  private readonly listsAfter: Int32Array;
  private readonly prev: Int32Array;
  private readonly prev2: Int32Array;
  private readonly history: Int32Array;
  private readonly historyShape: Int32Array;

  constructor(
    private readonly weights: Weights,
    private readonly tagSet: TagSet,
    levels: number,
  ) {
    const C = (this.C = tagSet.names.length);
    this.w = weights.w;
    const rows = (size: number, hashOf: (v: number) => number) => Int32Array.from({ length: size }, (_, v) => weights.rowOf(hashOf(v)));
    this.edge = this.wordScores({ lowH: BOUNDARY, shapeH: BOUNDARY, sufH: BOUNDARY, clusterH: new Int32Array(levels).fill(BOUNDARY), feats: new Int32Array(0) } as unknown as WordInfo);
    this.edgePos = this.posScores(BOUNDARY);
    // Value ranges: Position < 4 * 8, DocCase < 4 * 32, a list hit list * 4 + code with at most 30 lists.
    this.position = rows(32, (v) => mix(T.Position, v));
    this.docCase = rows(128, (v) => mix(T.DocCase, v));
    this.gaz = rows(120, (v) => mix(T.Gaz, v));
    this.gazM1 = rows(120, (v) => mix(T.GazM1, v));
    this.gazP1 = rows(120, (v) => mix(T.GazP1, v));
    this.listsBefore = rows(30, (v) => mix(T.ListsBefore, v));
    this.listsAfter = rows(30, (v) => mix(T.ListsAfter, v));
    this.prev = rows(C + 1, (v) => mix(T.Prev, v));
    this.prev2 = rows((C + 1) * (C + 1), (v) => mix(mix(T.Prev2, Math.floor(v / (C + 1))), v % (C + 1)));
    this.history = rows(8, (v) => mix(T.History, v));
    this.historyShape = rows(8 * 4, (v) => mix(mix(T.HistoryShape, v >> 2), v & 3));
  }

  /** Adds the rows of these feature hashes to out[at, at + C). */
  private addRows(hashes: ArrayLike<number>, out: Float64Array, at: number): void {
    for (let k = 0; k < hashes.length; k++) {
      const r = this.weights.rowOf(hashes[k]);
      if (r >= 0) for (let c = 0; c < this.C; c++) out[at + c] += this.w[r * this.C + c];
    }
  }

  private wordScores(word: WordInfo): WordScores {
    if (word.scores) return word.scores;
    const C = this.C;
    const roles = new Float64Array(ROLE.Count * C);
    const left = [mix(T.LowM1, word.lowH), mix(T.ShapeM1, word.shapeH), mix(T.SufM1, word.sufH)];
    const right = [mix(T.LowP1, word.lowH), mix(T.ShapeP1, word.shapeH), mix(T.SufP1, word.sufH)];
    for (const h of word.clusterH) {
      left.push(mix(T.ClusterM1, h));
      right.push(mix(T.ClusterP1, h));
    }
    this.addRows([...word.feats, T.Bias], roles, ROLE.Own * C);
    this.addRows(left, roles, ROLE.Left1 * C);
    this.addRows(right, roles, ROLE.Right1 * C);
    this.addRows([mix(T.LowM2, word.lowH)], roles, ROLE.Left2 * C);
    this.addRows([mix(T.LowP2, word.lowH)], roles, ROLE.Right2 * C);
    const rows = new Int32Array(ROW.Count);
    rows[ROW.OtherM1] = this.weights.rowOf(mix(T.OtherM1, word.lowH));
    rows[ROW.OtherP1] = this.weights.rowOf(mix(T.OtherP1, word.lowH));
    rows[ROW.Headline0] = this.weights.rowOf(mix(mix(T.Headline, 0), word.shapeH));
    rows[ROW.Headline1] = this.weights.rowOf(mix(mix(T.Headline, 1), word.shapeH));
    return (word.scores = { roles, rows, afterTag: undefined });
  }

  private posScores(posH: number): Float64Array {
    let p = this.pos.get(posH);
    if (!p) {
      p = new Float64Array(POS_ROLES.length * this.C);
      POS_ROLES.forEach((t, role) => this.addRows([mix(t, posH)], p!, role * this.C));
      this.pos.set(posH, p);
    }
    return p;
  }

  /** What the words around the other occurrences of token i's word add to its scores (undefined: nothing). */
  private others(doc: DocEvidence, words: WordScores[], i: number, sums: Map<number, Float64Array>, scratch: Float64Array): Float64Array | undefined {
    const list = doc.occurrences.get(doc.lowH[i]);
    if (!list || list.length < 2) return undefined;
    // The sum over all the occurrences, once per word and document; token i's own occurrence, if
    // listed, is taken back out (exact: see the top of the file).
    let all = sums.get(doc.lowH[i]);
    if (!all) {
      all = new Float64Array(this.C);
      for (const j of list) this.addOccurrence(doc, words, j, all, 0);
      sums.set(doc.lowH[i], all);
    }
    if (!list.includes(i)) return all;
    scratch.fill(0);
    this.addOccurrence(doc, words, i, scratch, 0);
    for (let c = 0; c < this.C; c++) scratch[c] = all[c] - scratch[c];
    return scratch;
  }

  /** Adds occurrence j's OtherM1 and OtherP1 rows to out[at, at + C). */
  private addOccurrence(doc: DocEvidence, words: WordScores[], j: number, out: Float64Array, at: number): void {
    const m1 = (doc.segStart[j] ? this.edge : words[j - 1]).rows[ROW.OtherM1];
    const p1 = (hasRight1(doc, j) ? words[j + 1] : this.edge).rows[ROW.OtherP1];
    for (const r of [m1, p1]) if (r >= 0) for (let c = 0; c < this.C; c++) out[at + c] += this.w[r * this.C + c];
  }

  /** Row of PrevLow (which = 0) or PrevShape (which = 1) of the word after tag `prev`. */
  private afterTag(word: WordScores, info: WordInfo, which: 0 | 1, prev: number): number {
    const table = (word.afterTag ??= new Int32Array(2 * (this.C + 1)).fill(UNKNOWN));
    const at = which * (this.C + 1) + prev;
    let r = table[at];
    if (r === UNKNOWN) r = table[at] = this.weights.rowOf(which === 0 ? mix(mix(T.PrevLow, prev), info.lowH) : mix(mix(T.PrevShape, prev), info.shapeH));
    return r;
  }

  /** Tags the document greedily, as decode.ts does with the same weights. */
  tag(doc: DocEvidence): Decoded {
    const { n, lowH, shapeH, posH, caseKind, segStart } = doc;
    const C = this.C;
    const w = this.w;
    const words: WordScores[] = new Array(n);
    const pos: Float64Array[] = new Array(n);
    for (let i = 0; i < n; i++) {
      words[i] = this.wordScores(doc.words[i]);
      pos[i] = this.posScores(posH[i]);
    }
    const edge = this.edge.roles;
    const tags = new Int32Array(n);
    const margins = new Float32Array(n);
    const scores = new Float64Array(C);
    const scratch = new Float64Array(C);
    const otherSums = new Map<number, Float64Array>();
    const history = new History();
    const choice = { best: 0, margin: 0 };
    let prev = C; // segment start
    let prev2 = C;
    for (let i = 0; i < n; i++) {
      if (segStart[i]) prev = prev2 = C;
      const first = segStart[i] === 1;
      const last = !hasRight1(doc, i);
      const left2 = !first && hasLeft2(doc, i);
      const right2 = hasRight2(doc, i);
      const word = words[i];
      // The words' and parts of speech's scores by where they stand.
      const own = word.roles;
      const l1 = first ? edge : words[i - 1].roles;
      const r1 = last ? edge : words[i + 1].roles;
      const l2 = left2 ? words[i - 2].roles : edge;
      const r2 = right2 ? words[i + 2].roles : edge;
      const pM2 = left2 ? pos[i - 2] : this.edgePos;
      const pM1 = first ? this.edgePos : pos[i - 1];
      const p0 = pos[i];
      const pP1 = last ? this.edgePos : pos[i + 1];
      const pP2 = right2 ? pos[i + 2] : this.edgePos;
      for (let c = 0; c < C; c++) {
        scores[c] = own[c] + l1[C + c] + r1[2 * C + c] + l2[3 * C + c] + r2[4 * C + c] + pM2[c] + pM1[C + c] + p0[2 * C + c] + pP1[3 * C + c] + pP2[4 * C + c];
      }
      const others = this.others(doc, words, i, otherSums, scratch);
      if (others) for (let c = 0; c < C; c++) scores[c] += others[c];

      // Features with a row each.
      const shM1 = first ? BOUNDARY : shapeH[i - 1];
      const shP1 = last ? BOUNDARY : shapeH[i + 1];
      const lowM1 = first ? BOUNDARY : lowH[i - 1];
      const lowP1 = last ? BOUNDARY : lowH[i + 1];
      const posM1 = first ? BOUNDARY : posH[i - 1];
      const posP1 = last ? BOUNDARY : posH[i + 1];
      addRow(scores, w, this.weights.rowOf(mix(mix(T.ShapeM1_0, shM1), shapeH[i])));
      addRow(scores, w, this.weights.rowOf(mix(mix(T.Shape0_P1, shapeH[i]), shP1)));
      addRow(scores, w, this.weights.rowOf(mix(mix(T.BiM1_0, lowM1), lowH[i])));
      addRow(scores, w, this.weights.rowOf(mix(mix(T.Bi0_P1, lowH[i]), lowP1)));
      addRow(scores, w, this.weights.rowOf(mix(mix(T.PosM1_0, posM1), posH[i])));
      addRow(scores, w, this.weights.rowOf(mix(mix(T.Pos0_P1, posH[i]), posP1)));
      addRow(scores, w, word.rows[doc.headline[i] ? ROW.Headline1 : ROW.Headline0]);
      addRow(scores, w, this.position[doc.position[i]]);
      if (doc.docCase[i] >= 0) addRow(scores, w, this.docCase[doc.docCase[i]]);
      for (const g of doc.gazHits[i] ?? NONE) addRow(scores, w, this.gaz[g]);
      if (!first) for (const g of doc.gazHits[i - 1] ?? NONE) addRow(scores, w, this.gazM1[g]);
      if (!last) for (const g of doc.gazHits[i + 1] ?? NONE) addRow(scores, w, this.gazP1[g]);
      const before = doc.listsBefore[i];
      const after = doc.listsAfter[i];
      for (let b = 0; (before | after) >>> b; b++) {
        if ((before >>> b) & 1) addRow(scores, w, this.listsBefore[b]);
        if ((after >>> b) & 1) addRow(scores, w, this.listsAfter[b]);
      }
      // Previous decisions.
      addRow(scores, w, this.prev[prev]);
      addRow(scores, w, this.prev2[prev * (C + 1) + prev2]);
      addRow(scores, w, this.afterTag(word, doc.words[i], 0, prev));
      addRow(scores, w, this.afterTag(word, doc.words[i], 1, prev));
      const kind = caseKind[i];
      if (kind !== Case.Lower) {
        const h = history.of(lowH[i]);
        addRow(scores, w, this.history[h]);
        addRow(scores, w, this.historyShape[h * 4 + kind]);
      }
      choose(scores, this.tagSet, prev, last, choice);
      tags[i] = choice.best;
      margins[i] = choice.margin;
      if (kind !== Case.Lower) history.record(lowH[i], choice.best, this.tagSet);
      prev2 = prev;
      prev = choice.best;
    }
    return { tags, margins };
  }
}

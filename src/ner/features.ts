// Token features for the name tagger, as 32-bit hashes. Word-level features are computed once per
// word form and cached; context, sentence (headline), document and gazetteer features once per document;
// the features that depend on earlier decisions (previous tags, document history) live in decode.ts.
import type { Token } from '../document.js';
import type { WordClusters } from './clusters.js';
import type { Gazetteer } from './gazetteer.js';
import { hashString, mix } from './hash.js';
import { ABSENT, IntMap } from './int-map.js';
import type { WordScores } from './scores.js';

/** Feature templates; a feature is mix(template, value). Order is part of the model format. */
export const enum T {
  Bias = 1, Lower, Word, Shape, Prefix, Suffix, Flags,
  LowM2, LowM1, LowP1, LowP2, ShapeM1, ShapeP1, ShapeM1_0, Shape0_P1, BiM1_0, Bi0_P1,
  PosM2, PosM1, Pos0, PosP1, PosP2, PosM1_0, Pos0_P1,
  Headline, Position, DocCase, Gaz, GazM1, GazP1,
  Prev, Prev2, PrevLow, PrevShape, History, HistoryShape, SufM1, SufP1, ListsBefore, ListsAfter, OtherM1, OtherP1,
  Cluster, ClusterM1, ClusterP1,
}

/**
 * The features of few values (parts of speech, word shapes) that a token's value forms pairs with
 * its neighbours': each template with the value before the token's (M1_0) or after it (0_P1).
 * Training hashes a token's pairs (prepareDoc); the shipped model's tagger sums their rows once per
 * trigram of values (scores.ts).
 */
export const PAIRS = {
  pos: [{ template: T.PosM1_0, neighbour: -1 }, { template: T.Pos0_P1, neighbour: 1 }],
  shape: [{ template: T.ShapeM1_0, neighbour: -1 }, { template: T.Shape0_P1, neighbour: 1 }],
} as const;
export type Pair = (typeof PAIRS)[keyof typeof PAIRS][number];

/** A pair feature of a token's value `own` and its neighbours' (BOUNDARY beyond its segment). */
export function pairHash(pair: Pair, before: number, own: number, after: number): number {
  return pair.neighbour < 0 ? mix(mix(pair.template, before), own) : mix(mix(pair.template, own), after);
}

/** Letter case of a token: 0 no capitals, 1 Initial capital, 2 ALL CAPS, 3 otherwise mixed. */
export const enum Case { Lower = 0, Initial = 1, AllCaps = 2, Mixed = 3 }

export interface WordInfo {
  lowH: number;
  shapeH: number;
  sufH: number;
  caseKind: Case;
  letters: number;
  /** The word's cluster at each level of the word clusters (coarse to fine), as hashes; one value stands for "none". */
  clusterH: Int32Array;
  feats: Int32Array;
  /** The word's summed scores, kept by the tagger of the model that owns the cache (scores.ts); never set while training. */
  scores?: WordScores;
}

/** Value of the neighbour features beyond a segment's edge. */
export const BOUNDARY = hashString('<S>');
/** Occurrences of a word whose contexts are aggregated. */
const MAX_AGGREGATED = 8;

function shapeOf(word: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < word.length; i++) {
    const c = word[i];
    const k = c >= 'A' && c <= 'Z' ? 'X' : c >= 'a' && c <= 'z' ? 'x' : c >= '0' && c <= '9' ? 'd' : c.toUpperCase() !== c.toLowerCase() ? (c === c.toUpperCase() ? 'X' : 'x') : c;
    if (k !== last) out += k;
    last = k;
  }
  return out;
}

/** 1 for a capital, 2 for a small letter, 0 for a character without case: ASCII by its code, the rest as toUpperCase and toLowerCase tell. */
function caseAt(word: string, i: number): number {
  const code = word.charCodeAt(i);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? 1 : code >= 0x61 && code <= 0x7a ? 2 : 0;
  const c = word[i];
  if (c.toUpperCase() === c.toLowerCase()) return 0;
  return c === c.toUpperCase() ? 1 : 2;
}

function caseOf(word: string): { caseKind: Case; letters: number } {
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < word.length; i++) {
    const k = caseAt(word, i);
    if (k === 1) upper++;
    else if (k === 2) lower++;
  }
  const firstUpper = caseAt(word, 0) === 1;
  const caseKind = upper === 0 ? Case.Lower : lower === 0 ? Case.AllCaps : firstUpper ? Case.Initial : Case.Mixed;
  return { caseKind, letters: upper + lower };
}

/** Typographic quotes and dashes, as the ASCII ones of the training data (1996 wire copy has only those). */
const TYPOGRAPHIC = /[\u2018\u2019\u201a\u201b\u2032\u201c\u201d\u201e\u201f\u2033\u2013\u2014]/g;
const ASCII_OF: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '--',
};

export class WordCache {
  private words = Object.create(null) as Record<string, WordInfo>;
  private size = 0;

  constructor(private readonly clusters: WordClusters) {}

  get(form: string): WordInfo {
    let info = this.words[form];
    if (info) return info;
    if (this.size > 100_000) { // bound memory on long runs (about 1.9 kB a word with its scores)
      this.words = Object.create(null) as Record<string, WordInfo>;
      this.size = 0;
    }
    // "Committee’s" reads as "Committee's": the curly possessive is a word the model never saw.
    const word = form.replace(TYPOGRAPHIC, (c) => ASCII_OF[c]);
    const lower = word.toLowerCase();
    const { caseKind, letters } = caseOf(word);
    const shape = shapeOf(word);
    const feats: number[] = [mix(T.Lower, hashString(lower)), mix(T.Word, hashString(word)), mix(T.Shape, hashString(shape))];
    for (let k = 1; k <= 4 && k < lower.length; k++) {
      feats.push(mix(T.Prefix, hashString(lower.slice(0, k))));
      feats.push(mix(T.Suffix, hashString(lower.slice(-k))));
    }
    const flags = caseKind | (/\d/.test(word) ? 4 : 0) | (word.includes('-') ? 8 : 0) | (word.includes('.') ? 16 : 0) | (letters === 0 ? 32 : 0) | (Math.min(word.length, 4) << 6);
    feats.push(mix(T.Flags, flags));
    const lowH = hashString(lower);
    const leaf = this.clusters.leafOf(lower, lowH);
    const clusterH = new Int32Array(this.clusters.levels);
    for (let l = 0; l < clusterH.length; l++) {
      clusterH[l] = mix(l, leaf < 0 ? -1 : this.clusters.clusterAt(leaf, l));
      feats.push(mix(T.Cluster, clusterH[l]));
    }
    info = {
      lowH,
      shapeH: hashString(shape),
      sufH: hashString(lower.slice(-3)),
      caseKind,
      letters,
      clusterH,
      feats: Int32Array.from(feats),
      scores: undefined,
    };
    this.words[form] = info;
    this.size++;
    return info;
  }
}

const NONE: readonly number[] = [];
const posHashes = new Map<string, number>();

function posHash(pos: string): number {
  let h = posHashes.get(pos);
  if (h === undefined) posHashes.set(pos, (h = hashString(pos)));
  return h;
}

/** A growable Int32Array, so feature extraction allocates once per document. */
class FeatureBuffer {
  private data: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.data = new Int32Array(Math.max(capacity, 64));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }

  done(): Int32Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * What the article says about each token, read once per document: its word, neighbours' segment
 * boundaries, headline lines, the case the article writes a word in elsewhere, name-list hits and a
 * word's other occurrences. Both the feature writer (training, prepareDoc) and the shipped model's
 * tagger (scores.ts) build a token's features from this, so they agree on what the features are.
 */
export interface DocEvidence {
  n: number;
  words: WordInfo[];
  lowH: Int32Array;
  shapeH: Int32Array;
  posH: Int32Array;
  caseKind: Uint8Array;
  /** 1 where a segment (sentence or line) starts. */
  segStart: Uint8Array;
  /** 1 on a headline segment. */
  headline: Uint8Array;
  /** Position feature value: place in the segment (up to 3), case and headline. */
  position: Uint8Array;
  /** DocCase feature value of a word not in lower case, -1 for one in lower case. */
  docCase: Int16Array;
  /** Gazetteer hits per token, as list * 4 + code (see Gazetteer.match). */
  gazHits: (number[] | undefined)[];
  /** Name lists hit just before / just after the word's occurrences (capitalised words only). */
  listsBefore: Int32Array;
  listsAfter: Int32Array;
  /** Each token's word in the document: its lower-case form numbered from 0 in order of first sight. */
  slot: Int32Array;
  /** How many words (slots) the document has. */
  slots: number;
  /** Occurrences (at most MAX_AGGREGATED) of a capitalised word, by the slot of its lower-case form. */
  occurrences: (number[] | undefined)[];
}

/** Whether token i's left neighbour two away is in its segment (LowM2, PosM2); its neighbour one away is when !segStart[i]. */
export function hasLeft2(doc: DocEvidence, i: number): boolean {
  return !doc.segStart[i] && !doc.segStart[i - 1];
}

/** Whether token i's right neighbour is in its segment. */
export function hasRight1(doc: DocEvidence, i: number): boolean {
  return i + 1 < doc.n && !doc.segStart[i + 1];
}

/** Whether token i's right neighbour two away is in its segment. */
export function hasRight2(doc: DocEvidence, i: number): boolean {
  return hasRight1(doc, i) && i + 2 < doc.n && !doc.segStart[i + 2];
}

/** A document's tokens with their static features, for training. */
export interface PreparedDoc extends DocEvidence {
  /** featHashes[featOffsets[i] .. featOffsets[i+1]) are token i's static features. */
  featOffsets: Int32Array;
  featHashes: Int32Array;
}

/** Whether a sentence change, a line break or a tab (table cells) separates token i-1 from token i. */
function startsSegment(text: string, tokens: readonly Token[], i: number): boolean {
  if (i === 0) return true;
  if (tokens[i].sentence !== tokens[i - 1].sentence) return true;
  for (let k = tokens[i - 1].end; k < tokens[i].start; k++) {
    const c = text.charCodeAt(k);
    if (c === 10 || c === 9) return true;
  }
  return false;
}

/** Reads the document's evidence (see DocEvidence). */
export function readEvidence(text: string, tokens: readonly Token[], gazetteer: Gazetteer, cache: WordCache): DocEvidence {
  const n = tokens.length;
  const info: WordInfo[] = new Array(n);
  const lowH = new Int32Array(n);
  const shapeH = new Int32Array(n);
  const posH = new Int32Array(n);
  const caseKind = new Uint8Array(n);
  const segStart = new Uint8Array(n);
  const startsUpper = new Uint8Array(n);
  // What the document says about a word is kept by its slot, in arrays, rather than in maps keyed by its hash.
  const slot = new Int32Array(n);
  const slotOf = new IntMap(n);
  for (let i = 0; i < n; i++) {
    const w = cache.get(tokens[i].text);
    let k = slotOf.get(w.lowH);
    if (k === ABSENT) slotOf.set(w.lowH, (k = slotOf.size));
    slot[i] = k;
    info[i] = w;
    lowH[i] = w.lowH;
    shapeH[i] = w.shapeH;
    posH[i] = posHash(tokens[i].pos);
    caseKind[i] = w.caseKind;
    startsUpper[i] = w.caseKind === Case.Initial || w.caseKind === Case.AllCaps ? 1 : 0;
    segStart[i] = startsSegment(text, tokens, i) ? 1 : 0;
  }

  // Headline segments: most words in capitals, so capitals say nothing about names there.
  const headline = new Uint8Array(n);
  const position = new Uint8Array(n);
  // Document evidence about a word's case: seen in lower case, seen capitalised mid-sentence in running text.
  const slots = slotOf.size;
  const seenLower = new Uint8Array(slots);
  const seenTitle = new Uint8Array(slots);
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !segStart[e]) e++;
    let caps = 0;
    let words = 0;
    for (let i = s; i < e; i++) {
      if (info[i].letters < 2) continue;
      words++;
      if (caseKind[i] === Case.AllCaps) caps++;
    }
    const isHeadline = words > 0 && caps * 10 >= words * 6 ? 1 : 0;
    for (let i = s; i < e; i++) {
      headline[i] = isHeadline;
      position[i] = Math.min(i - s, 3) * 8 + caseKind[i] * 2 + isHeadline;
      if (caseKind[i] === Case.Lower && info[i].letters > 0) seenLower[slot[i]] = 1;
      else if (!isHeadline && i > s && caseKind[i] === Case.Initial) seenTitle[slot[i]] = 1;
    }
    s = e;
  }
  const docCase = new Int16Array(n);
  for (let i = 0; i < n; i++) {
    if (caseKind[i] === Case.Lower) docCase[i] = -1;
    else {
      const evidence = seenLower[slot[i]] | (seenTitle[slot[i]] << 1);
      docCase[i] = evidence * 32 + caseKind[i] * 4 + headline[i] * 2 + segStart[i];
    }
  }

  // Gazetteer hits per token.
  const gazHits: (number[] | undefined)[] = new Array(n);
  const gazMask = new Int32Array(n);
  for (let s = 0; s < n; ) {
    let e = s + 1;
    while (e < n && !segStart[e]) e++;
    gazetteer.match(lowH, startsUpper, s, e, (tok, list, code) => {
      (gazHits[tok] ??= []).push(list * 4 + code);
      gazMask[tok] |= 1 << list;
    });
    s = e;
  }

  // Which name lists the neighbours of a capitalised word hit anywhere in the article: "Lindqvist"
  // alone still counts as seen after a first name ("Tomas Lindqvist") elsewhere.
  const before = new Int32Array(slots);
  const after = new Int32Array(slots);
  for (let i = 0; i < n; i++) {
    if (caseKind[i] === Case.Lower) continue;
    const b = segStart[i] ? 0 : gazMask[i - 1];
    const a = i + 1 >= n || segStart[i + 1] ? 0 : gazMask[i + 1];
    before[slot[i]] |= b;
    after[slot[i]] |= a;
  }
  const listsBefore = new Int32Array(n);
  const listsAfter = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    if (caseKind[i] === Case.Lower) continue;
    listsBefore[i] = before[slot[i]];
    listsAfter[i] = after[slot[i]];
  }
  // Context aggregation: the words around a capitalised word's other occurrences in the article
  // ("Pirelli shares", "giant Pirelli") are evidence about this one (eng.testa: +0.2 F1 over two seeds).
  const occurrences: (number[] | undefined)[] = new Array(slots);
  for (let i = 0; i < n; i++) {
    if (caseKind[i] === Case.Lower || info[i].letters === 0) continue;
    const list = (occurrences[slot[i]] ??= []);
    if (list.length < MAX_AGGREGATED) list.push(i);
  }
  return { n, words: info, lowH, shapeH, posH, caseKind, segStart, headline, position, docCase, gazHits, listsBefore, listsAfter, slot, slots, occurrences };
}

/** The document's static features, as hashes (for training: the shipped model's tagger sums their scores without hashing, scores.ts). */
export function prepareDoc(text: string, tokens: readonly Token[], gazetteer: Gazetteer, cache: WordCache): PreparedDoc {
  const doc = readEvidence(text, tokens, gazetteer, cache);
  const { n, words: info, lowH, shapeH, posH, caseKind, segStart, headline, gazHits } = doc;
  const offsets = new Int32Array(n + 1);
  const out = new FeatureBuffer(n * 48);
  for (let i = 0; i < n; i++) {
    offsets[i] = out.length;
    const w = info[i];
    for (let k = 0; k < w.feats.length; k++) out.push(w.feats[k]);
    out.push(T.Bias);
    const first = segStart[i] === 1;
    const last = !hasRight1(doc, i);
    const left2 = !first && hasLeft2(doc, i);
    const right2 = hasRight2(doc, i);
    const lowM1 = first ? BOUNDARY : lowH[i - 1];
    const lowM2 = left2 ? lowH[i - 2] : BOUNDARY;
    const lowP1 = last ? BOUNDARY : lowH[i + 1];
    const lowP2 = right2 ? lowH[i + 2] : BOUNDARY;
    const shM1 = first ? BOUNDARY : shapeH[i - 1];
    const shP1 = last ? BOUNDARY : shapeH[i + 1];
    const posM1 = first ? BOUNDARY : posH[i - 1];
    const posM2 = left2 ? posH[i - 2] : BOUNDARY;
    const posP1 = last ? BOUNDARY : posH[i + 1];
    const posP2 = right2 ? posH[i + 2] : BOUNDARY;
    out.push(mix(T.LowM2, lowM2));
    out.push(mix(T.LowM1, lowM1));
    out.push(mix(T.LowP1, lowP1));
    out.push(mix(T.LowP2, lowP2));
    out.push(mix(T.ShapeM1, shM1));
    out.push(mix(T.ShapeP1, shP1));
    for (const pair of PAIRS.shape) out.push(pairHash(pair, shM1, shapeH[i], shP1));
    out.push(mix(mix(T.BiM1_0, lowM1), lowH[i]));
    out.push(mix(mix(T.Bi0_P1, lowH[i]), lowP1));
    out.push(mix(T.PosM2, posM2));
    out.push(mix(T.PosM1, posM1));
    out.push(mix(T.Pos0, posH[i]));
    out.push(mix(T.PosP1, posP1));
    out.push(mix(T.PosP2, posP2));
    for (const pair of PAIRS.pos) out.push(pairHash(pair, posM1, posH[i], posP1));
    out.push(mix(mix(T.Headline, headline[i]), shapeH[i]));
    out.push(mix(T.Position, doc.position[i]));
    out.push(mix(T.SufM1, first ? BOUNDARY : info[i - 1].sufH));
    out.push(mix(T.SufP1, last ? BOUNDARY : info[i + 1].sufH));
    // The neighbours' clusters at every level (eng.testa: +1.0 F1 over the word's own alone, 93.63 against 92.64;
    // the clusters conjoined with the word's case, or those of the words two away, did not pay).
    for (let l = 0; l < w.clusterH.length; l++) {
      out.push(mix(T.ClusterM1, first ? BOUNDARY : info[i - 1].clusterH[l]));
      out.push(mix(T.ClusterP1, last ? BOUNDARY : info[i + 1].clusterH[l]));
    }
    if (doc.docCase[i] >= 0) out.push(mix(T.DocCase, doc.docCase[i]));
    for (const g of gazHits[i] ?? NONE) out.push(mix(T.Gaz, g));
    const others = doc.occurrences[doc.slot[i]];
    if (others && others.length > 1) {
      for (const j of others) {
        if (j === i) continue;
        out.push(mix(T.OtherM1, segStart[j] ? BOUNDARY : lowH[j - 1]));
        out.push(mix(T.OtherP1, hasRight1(doc, j) ? lowH[j + 1] : BOUNDARY));
      }
    }
    if (caseKind[i] !== Case.Lower) {
      const before = doc.listsBefore[i];
      const after = doc.listsAfter[i];
      for (let b = 0; (before | after) >>> b; b++) {
        if ((before >>> b) & 1) out.push(mix(T.ListsBefore, b));
        if ((after >>> b) & 1) out.push(mix(T.ListsAfter, b));
      }
    }
    if (!first) for (const g of gazHits[i - 1] ?? NONE) out.push(mix(T.GazM1, g));
    if (!last) for (const g of gazHits[i + 1] ?? NONE) out.push(mix(T.GazP1, g));
  }
  offsets[n] = out.length;
  return { ...doc, featOffsets: offsets, featHashes: out.done() };
}

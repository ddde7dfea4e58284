// Averaged-perceptron training of the name tagger on CoNLL articles. Each article is tokenised the way
// the pipeline tokenises (wink-nlp) and the gold IOB labels are projected onto those tokens by character
// offsets. Training-set name lists are built jack-knifed (each fold sees lists from the other folds only)
// so the model learns how far to trust a list hit on names it has not seen.
import nlp from 'compromise';
import { CONLL_TYPES, type ConllType, type Span, type Token } from '../document.js';
import { decode, NO_HISTORY, staticRows, type Learner, type Weights } from './decode.js';
import { caseAltered } from './case-copies.js';
import type { WordClusters } from './clusters.js';
import { Case, prepareDoc, T, WordCache, type PreparedDoc } from './features.js';
import { Gazetteer } from './gazetteer.js';
import { mix } from './hash.js';
import { encodeModel, FIRST_NAME_LIST, PERSON_WORD_LIST } from './model.js';
import { mulberry32 } from './random.js';
import { encodeTags, makeTagSet, type Scheme } from './tags.js';
import { tokenize } from '../text/tokenize.js';
// Imported, not read from disk: tsc copies the lists next to the compiled module (dist/ner/lexicon/).
import handLists from './lexicon/names.json' with { type: 'json' };

/** A training article: its text and its names' spans with their CoNLL types (read by src/gold/conll.ts). */
export interface TrainingArticle {
  text: string;
  entities: readonly (Span & { type: ConllType })[];
}

interface TrainOptions {
  scheme: Scheme;
  epochs: number;
  seed: number;
  /** Independent shuffles whose averaged weights make the model. */
  runs: number;
  folds: number;
  /** Averaged weights below this magnitude are dropped from the shipped model. */
  prune: number;
  /** Share of sentences rewritten in all caps or title case in a copy of each article (0: no copies). */
  caseShare: number;
  /** The word clusters whose ids are features (word-vectors.ts builds them); they ship in the model. */
  clusters: WordClusters;
  /** How the clusters were built, for the model's record. */
  clusterRecord?: Record<string, unknown>;
  log?: (msg: string) => void;
}

/** compromise lexicon tags that make a name list, by list name. */
const LEXICON_LISTS: Record<string, string[]> = {
  [FIRST_NAME_LIST]: ['FirstName', 'MaleName', 'FemaleName'],
  'lex:last-name': ['LastName'],
  'lex:person': ['Person'],
  'lex:country': ['Country'],
  'lex:city': ['City'],
  'lex:place': ['Place', 'Region'],
  'lex:organization': ['Organization'],
  'lex:sports-team': ['SportsTeam'],
  'lex:demonym': ['Demonym'],
  'lex:honorific': ['Honorific'],
};
const TRAIN_LISTS = ['train:PER', 'train:ORG', 'train:LOC', 'train:MISC', PERSON_WORD_LIST];

interface Example {
  text: string;
  tokens: Token[];
  /** Gold entity index of each token, -1 outside. */
  entityOf: Int32Array;
  typeOf: Int8Array;
  /** Lower-cased token sequences of the gold entities, by type. */
  names: { type: ConllType; tokens: string[] }[];
  fold: number;
}

/** Project gold entity spans onto tokens: a token belongs to the entity it overlaps. */
function projectEntities(tokens: readonly Token[], entities: TrainingArticle['entities']): { entityOf: Int32Array; typeOf: Int8Array } {
  const entityOf = new Int32Array(tokens.length).fill(-1);
  const typeOf = new Int8Array(tokens.length).fill(-1);
  const sorted = [...entities].sort((a, b) => a.start - b.start);
  let e = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    while (e < sorted.length && sorted[e].end <= t.start) e++;
    if (e < sorted.length && sorted[e].start < t.end) {
      entityOf[i] = e;
      typeOf[i] = CONLL_TYPES.indexOf(sorted[e].type);
    }
  }
  return { entityOf, typeOf };
}

/** Hand-written lists in lexicon/names.json, by list name. */
const HAND_LISTS: Record<string, string[] | string> = handLists;
const HAND_LIST_NAMES = Object.keys(HAND_LISTS).filter((k) => !k.startsWith('_'));

function lexiconPhrases(): { list: string; tokens: string[] }[] {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const out: { list: string; tokens: string[] }[] = [];
  for (const [word, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    for (const [list, wanted] of Object.entries(LEXICON_LISTS)) {
      if (!tags.some((t) => wanted.includes(t))) continue;
      out.push({ list, tokens: tokenize(word).tokens.map((t) => t.text.toLowerCase()) });
    }
  }
  for (const list of HAND_LIST_NAMES) {
    for (const phrase of HAND_LISTS[list] as string[]) out.push({ list, tokens: phrase.split(' ') });
  }
  return out;
}

class GrowingIndex implements Weights {
  readonly rows = new Map<number, number>();
  w: Float64Array = new Float64Array(0);
  rowOf(hash: number): number {
    return this.rows.get(hash) ?? -1;
  }
  add(hash: number): void {
    if (!this.rows.has(hash)) this.rows.set(hash, this.rows.size);
  }
}

/** Averaged perceptron: w is the running weight, u accumulates time-stamped updates. */
class Averager implements Learner {
  readonly u: Float64Array;
  time = 1;
  constructor(
    readonly w: Float64Array,
    readonly classes: number,
  ) {
    this.u = new Float64Array(w.length);
  }
  update(rows: Int32Array, count: number, gold: number, guess: number): void {
    const C = this.classes;
    for (let k = 0; k < count; k++) {
      const base = rows[k] * C;
      this.w[base + gold] += 1;
      this.u[base + gold] += this.time;
      this.w[base + guess] -= 1;
      this.u[base + guess] -= this.time;
    }
  }
  averaged(): Float64Array {
    const out = new Float64Array(this.w.length);
    for (let i = 0; i < out.length; i++) out[i] = this.w[i] - this.u[i] / this.time;
    return out;
  }
}

/** Register the dynamic features a gold-tagged document produces, so they get rows. */
function addGoldDynamic(index: GrowingIndex, doc: PreparedDoc, gold: Int32Array, C: number): void {
  let prev = C;
  let prev2 = C;
  for (let i = 0; i < doc.n; i++) {
    if (doc.segStart[i]) prev = prev2 = C;
    index.add(mix(T.Prev, prev));
    index.add(mix(mix(T.Prev2, prev), prev2));
    index.add(mix(mix(T.PrevLow, prev), doc.lowH[i]));
    index.add(mix(mix(T.PrevShape, prev), doc.shapeH[i]));
    prev2 = prev;
    prev = gold[i];
  }
}

/** Register the history features, whose values do not depend on words. */
function addHistoryFeatures(index: GrowingIndex): void {
  for (const h of [0, 1, 2, 3, 4, NO_HISTORY]) {
    index.add(mix(T.History, h));
    for (const kind of [Case.Initial, Case.AllCaps, Case.Mixed]) index.add(mix(mix(T.HistoryShape, h), kind));
  }
}

/** Seeds the choice of case-altered sentences; fixed, so that --seed changes the tagger's shuffles only. */
const CASE_SEED = 2;

export function trainNer(articles: readonly TrainingArticle[], opts: TrainOptions): Buffer {
  const log = opts.log ?? (() => {});
  const tagSet = makeTagSet(opts.scheme);
  const C = tagSet.names.length;
  const listNames = [...TRAIN_LISTS, ...Object.keys(LEXICON_LISTS), ...HAND_LIST_NAMES];
  const lexicon = lexiconPhrases();

  // A case-altered copy stays in its original's fold, so that the jack-knifed lists never hold its names.
  const random = mulberry32(CASE_SEED);
  const sources = articles.map((a, k) => ({ article: a, fold: k % opts.folds }));
  if (opts.caseShare > 0) {
    for (const [k, a] of articles.entries()) {
      const text = caseAltered(a.text, opts.caseShare, random);
      if (text !== undefined) sources.push({ article: { text, entities: a.entities }, fold: k % opts.folds });
    }
  }
  const examples: Example[] = sources.map(({ article: a, fold }) => {
    const { tokens } = tokenize(a.text);
    const { entityOf, typeOf } = projectEntities(tokens, a.entities);
    const names: Example['names'] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (entityOf[i] < 0) continue;
      if (i === 0 || entityOf[i - 1] !== entityOf[i]) names.push({ type: CONLL_TYPES[typeOf[i]], tokens: [] });
      names[names.length - 1].tokens.push(tokens[i].text.toLowerCase());
    }
    return { text: a.text, tokens, entityOf, typeOf, names, fold };
  });
  const copies = examples.length - articles.length;
  log(`tokenised ${examples.length} articles${copies ? ` (${copies} case-altered copies)` : ''}, ${examples.reduce((s, e) => s + e.tokens.length, 0)} tokens`);

  const phrasesFor = (excludeFold: number): string[][] => {
    const lists: Set<string>[] = listNames.map(() => new Set());
    for (const p of lexicon) lists[listNames.indexOf(p.list)].add(p.tokens.join(' '));
    for (const ex of examples) {
      if (ex.fold === excludeFold) continue;
      for (const name of ex.names) {
        lists[TRAIN_LISTS.indexOf(`train:${name.type}`)].add(name.tokens.join(' '));
        if (name.type === 'PER' && name.tokens.length > 1) for (const t of name.tokens) lists[4].add(t);
      }
    }
    return lists.map((s) => [...s].sort());
  };
  const gazetteerOf = (phrases: string[][]) => {
    const g = new Gazetteer(listNames.length);
    phrases.forEach((ps, list) => ps.forEach((p) => g.add(list, p.split(' '))));
    return g;
  };

  const cache = new WordCache(opts.clusters);
  const foldGazetteers = Array.from({ length: opts.folds }, (_, f) => gazetteerOf(phrasesFor(f)));
  const index = new GrowingIndex();
  const prepared = examples.map((ex) => {
    const doc = prepareDoc(ex.text, ex.tokens, foldGazetteers[ex.fold], cache);
    const gold = new Int32Array(doc.n);
    for (let s = 0; s < doc.n; ) {
      let e = s + 1;
      while (e < doc.n && !doc.segStart[e]) e++;
      encodeTags(tagSet, ex.entityOf, ex.typeOf, s, e, gold);
      s = e;
    }
    for (const h of doc.featHashes) index.add(h);
    addGoldDynamic(index, doc, gold, C);
    return { doc, gold };
  });
  addHistoryFeatures(index);
  log(`${index.rows.size} features`);
  const rows = prepared.map((p) => staticRows(p.doc, index));
  const trainEpochs = (seed: number): Float64Array => {
    index.w = new Float64Array(index.rows.size * C);
    const learner = new Averager(index.w, C);
    const random = mulberry32(seed);
    const order = prepared.map((_, d) => d);
    for (let epoch = 1; epoch <= opts.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j], order[i]];
      }
      let errors = 0;
      const counting: Learner = {
        update: (r, count, g, guess) => {
          errors++;
          learner.update(r, count, g, guess);
        },
      };
      for (const d of order) {
        decode(prepared[d].doc, rows[d], index, tagSet, prepared[d].gold, counting);
        learner.time += prepared[d].doc.n;
      }
      log(`epoch ${epoch}: ${errors} token errors`);
    }
    return learner.averaged();
  };

  // Averaging runs over different shuffles (seed, seed+1, ...) lowers the variance shuffling causes
  // (on eng.testa: 3 runs 90.7/91.2 F1 over two seeds, 5 runs 91.25/91.2).
  const avg = trainEpochs(opts.seed);
  for (let k = 1; k < opts.runs; k++) {
    const more = trainEpochs(opts.seed + k);
    for (let i = 0; i < avg.length; i++) avg[i] += more[i];
  }
  for (let i = 0; i < avg.length; i++) avg[i] /= opts.runs;
  const keep: number[] = [];
  for (const [hash, row] of index.rows) {
    let big = false;
    for (let c = 0; c < C; c++) if (Math.abs(avg[row * C + c]) >= opts.prune) big = true;
    if (big) keep.push(hash, row);
  }
  const keys = new Int32Array(keep.length / 2);
  const w = new Float32Array(keys.length * C);
  for (let k = 0; k < keys.length; k++) {
    keys[k] = keep[2 * k];
    const row = keep[2 * k + 1];
    for (let c = 0; c < C; c++) {
      const v = avg[row * C + c];
      w[k * C + c] = Math.abs(v) >= opts.prune ? v : 0;
    }
  }
  log(`kept ${keys.length} of ${index.rows.size} features`);
  const { epochs, seed, runs, folds, prune, caseShare, scheme, clusterRecord } = opts;
  return encodeModel(
    {
      scheme,
      gazetteer: { names: listNames, phrases: phrasesFor(-1) },
      training: { epochs, seed, runs, folds, prune, ...(caseShare > 0 && { caseShare }), articles: articles.length, clusters: clusterRecord ?? {} },
    },
    keys,
    w,
    C,
    opts.clusters,
  );
}

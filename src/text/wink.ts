// wink-nlp, read so that each text is tokenized as a fresh process would tokenize it.
//
// Why: a wink instance adds every word its model does not know to the model's lexicon
// (`features.lexeme`) when it first sees it, and its tokenizer asks that lexicon whether a string
// is a word. Once "Zorblax's." has ended a sentence, "Zorblax's" is a known word, and every later
// text keeps "Zorblax's" as one token where a fresh process splits "Zorblax" + "'s". So an
// article's tokens, and with them its mentions and ids, depended on the articles read before it.
//
// How: after each text, the words it added are taken out of the lexicon's word index, so that a
// text sees the model's own words and the words added while reading that text, never those of
// earlier texts; a hidden word met again is added again, with its features computed afresh. (The
// index is a plain object, not a Proxy over it: wink asks it about every token, and a Proxy trap
// on that path cost more than the deletes.) Hidden words stay in the lexicon's list (wink keeps
// their features in a private array indexed by position), so the instance is replaced by a new
// one when its lexicon has grown large, or before a feature table (prefix, suffix, shape: packed
// into a fixed number of bits) could overflow; a text read while a table overflowed is read again on a new
// instance. Within one text, wink's behaviour is unchanged: tokens are exactly a fresh process's.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import winkNLP from 'wink-nlp';

const require = createRequire(import.meta.url);

/** One of the model's feature tables: values by index, and index by value. */
interface FeatureTable {
  hash: Record<string, number>;
  list: string[];
  /** Indexes above this do not fit the bits the table is packed into. */
  maxIndex?: number;
}
interface CoreModel {
  features: Record<string, FeatureTable>;
}
type WinkModel = Parameters<typeof winkNLP>[0] & { core(): CoreModel };
export type Wink = ReturnType<typeof winkNLP>;
type WinkDoc = ReturnType<Wink['readDoc']>;

/** Words hidden in the lexicon before the instance is replaced (each costs about 100 bytes). */
const MAX_HIDDEN_WORDS = 200_000;

// The model ships as CommonJS and is loaded on first use (so that --help and argument errors
// answer at once). Its loaders other than `core` return the same data each time, so they run
// once: `metaCER` even re-encodes its data as JSON on every call, growing it without end.
// Its files are taken one by one (the package's own dist/model.js, version 1.8.1, pinned) so that
// `core` is ours (readCoreModel, below).
const MODEL = 'wink-eng-lite-web-model/dist/';
let loaders: WinkModel | undefined;
function modelLoaders(): WinkModel {
  if (loaders) return loaders;
  const once = <T>(load: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= load());
  };
  const loader = (file: string) => once(require(MODEL + file) as () => unknown);
  // Used only by its.stem, its.lemma and its.readabilityStats, which gazette never asks for.
  const addons = Object.create(null) as Record<string, unknown>;
  for (const [name, file] of [['stem', 'porter-stemmer.js'], ['lemmatize', 'lemmatize.js'], ['readabilityStats', 'readability-stats.js']]) {
    Object.defineProperty(addons, name, { get: () => require(MODEL + file) as unknown, enumerable: true });
  }
  addons.wordVectors = undefined;
  loaders = {
    core: readCoreModel,
    sbd: loader('load-sbd-model.js'),
    pos: loader('load-pos-model.js'),
    ner: loader('load-ner-model.js'),
    negation: loader('load-negation-model.js'),
    sa: loader('load-sa-model.js'),
    metaCER: loader('load-cer-meta-model.js'),
    featureFn: require(`${MODEL}feature.js`),
    addons,
  } as unknown as WinkModel;
  return loaders;
}

/** A packed table's layout: [word, mask, shift, stored as a value (1) or an index (0), extracted from the word (1)]. */
type Layout = [number, number, number, number, number];
interface CoreFile {
  packing: { layout: Record<string, Layout>; efList: string[] };
  features: Record<string, FeatureTable & { intrinsicSize?: number; index?: number }>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/**
 * The model's core, built as the package's read-core-model.js and load-core-model.js build it (a
 * check in tests/text compares the two), but from one parse of its file per instance: the
 * package's parses the 3 MB file at load, keeps that copy for the life of the process (20 MB of
 * heap), copies it through JSON.stringify and JSON.parse for each instance, and decodes base64 a
 * character at a time. About 50 ms less CPU for every thread that tokenizes.
 */
export function readCoreModel(): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(`${MODEL}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreFile;
  const { packing, features, pos } = model;
  model.lexicon = uint32s(model.lexicon as string);
  model.xpansions = uint32s(model.xpansions as string);
  for (const f in packing.layout) if (packing.layout[f][3] === 0) features[f].hash = indexOf(features[f].list);
  features.lexeme.hash = indexOf(features.lexeme.list);
  const clusters = features.posClusters.list as unknown as (string | Set<number>)[];
  for (let k = 0; k < clusters.length; k++) clusters[k] = new Set((clusters[k] as string).split('_').map((tag) => pos.hash[tag] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f];
    if (layout[3] === 0) {
      features[f].intrinsicSize = features[f].list.length;
      features[f].index = features[f].list.length;
      features[f].maxIndex = layout[1] >>> layout[2];
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  return model as unknown as CoreModel;
}

/** Base64 to 32-bit words, in an ArrayBuffer of their own (Buffer's may be a slice of a shared pool). */
function uint32s(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const own = new Uint8Array(bytes.length);
  own.set(bytes);
  return new Uint32Array(own.buffer);
}

function indexOf(list: string[]): Record<string, number> {
  const hash = Object.create(null) as Record<string, number>;
  for (let k = 0; k < list.length; k++) hash[list[k]] = k;
  return hash;
}

/** A wink instance (sentence splitter and POS tagger only) whose lexicon hides earlier texts' words. */
class Reader {
  readonly nlp: Wink;
  private readonly features: Record<string, FeatureTable>;
  /** Lexicon entries the instance holds once built: the model's words. */
  private readonly base: number;
  /** Whether a text has been read: before that, the lexicon holds nothing hidden. */
  private used = false;

  constructor() {
    const loaded = modelLoaders();
    let features: Record<string, FeatureTable> | undefined;
    // The feature tables, to watch their growth.
    const core = (): CoreModel => {
      const model = loaded.core();
      features = model.features;
      return model;
    };
    this.nlp = winkNLP({ ...loaded, core } as WinkModel, ['sbd', 'pos']);
    this.features = features!;
    this.base = this.features.lexeme.list.length;
  }

  /** Reads one text; null when a feature table overflowed while reading it on a used instance. */
  read<T>(text: string, use: (doc: WinkDoc, nlp: Wink) => T): T | null {
    const fresh = !this.used;
    this.used = true;
    const lexeme = this.features.lexeme;
    // wink adds each new word to the index and to the end of the list (getFeaturesIndex), so the
    // words this text added are the list's entries from here on.
    const added = lexeme.list.length;
    try {
      const result = use(this.nlp.readDoc(text), this.nlp);
      return !fresh && this.overflowed() ? null : result;
    } finally {
      for (let k = added; k < lexeme.list.length; k++) delete lexeme.hash[lexeme.list[k]];
    }
  }

  /** Whether the instance should be replaced before the next text. */
  worn(): boolean {
    if (this.features.lexeme.list.length - this.base > MAX_HIDDEN_WORDS) return true;
    // Half of a packed table's room used: the next text could overflow it.
    return Object.values(this.features).some((f) => f.maxIndex !== undefined && f.list.length > f.maxIndex / 2);
  }

  private overflowed(): boolean {
    return Object.values(this.features).some((f) => f.maxIndex !== undefined && f.list.length - 1 > f.maxIndex);
  }
}

let reader: Reader | undefined;

/** Reads `text` with wink as a fresh process would, and hands the document to `use`. */
export function readWithWink<T>(text: string, use: (doc: WinkDoc, nlp: Wink) => T): T {
  if (!reader || reader.worn()) reader = new Reader();
  const result = reader.read(text, use);
  if (result !== null) return result;
  reader = new Reader();
  return reader.read(text, use)!;
}

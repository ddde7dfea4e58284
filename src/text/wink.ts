// wink-nlp, read so that each text is tokenized as a fresh process would tokenize it.
//
// Why: a wink instance adds every word its model does not know to the model's lexicon
// (`features.lexeme`) when it first sees it, and its tokenizer asks that lexicon whether a string
// is a word. Once "Zorblax's." has ended a sentence, "Zorblax's" is a known word, and every later
// text keeps "Zorblax's" as one token where a fresh process splits "Zorblax" + "'s". So an
// article's tokens, and with them its mentions and ids, depended on the articles read before it.
//
// How: wink's cache is wrapped (Reader, below) so that its lookup answers "unknown" for a word an
// earlier text added until this text adds it again; the word's entry is then reused when it is the
// entry a fresh process would build, and built afresh otherwise. The lexicon thus grows only by the
// distinct words read, and the instance is replaced when it has grown large, or before a feature
// table (prefix, suffix, shape: packed into a fixed number of bits) could overflow; a text read
// while a table overflowed is read again on a new instance. Within one text, wink's behaviour is
// unchanged: tokens are exactly a fresh process's.
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

/** Words added to the lexicon before the instance is replaced (each costs about 200 bytes). */
const MAX_ADDED_WORDS = 200_000;

// The model ships as CommonJS and is loaded on first use (so that --help and argument errors
// answer at once). Its loaders (but for `core`) return the same data each time, so they run
// once: `metaCER` even re-encodes its data as JSON on every call, growing it without end.
// Its files are taken one by one (the package's own dist/model.js, version 1.8.1, pinned) so that
// `core` can be ours: each Reader hands wink its own (readCoreModel, below).
const MODEL = 'wink-eng-lite-web-model/dist/';
// wink builds every annotation's machines for each instance, also those of named entities and
// sentiment (0.5 MB of JSON: about 7 ms a thread to load and parse), which the Reader's pipe (sentences
// and parts of speech) never runs: those two get no machines, or one empty machine (wink's emptyModelJSON).
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);
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
    sbd: loader('load-sbd-model.js'),
    pos: loader('load-pos-model.js'),
    ner: () => ({ machines: [], transformers: [] }),
    negation: loader('load-negation-model.js'),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: () => {} }),
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
 *
 * The lexicon's index (word to entry) is `lexemes`, a Map, in which the Reader looks words up itself
 * and which wink sees as its object (mapBacked): an object of 90,000 keys costs about 30 ms to build
 * for every instance (a Map, 11). The other tables' indexes, a few thousand values, stay objects:
 * wink reads them for each word it adds, which a Proxy would slow.
 */
export function readCoreModel(lexemes: Map<string, number>): CoreModel {
  const model = JSON.parse(readFileSync(require.resolve(`${MODEL}languages/cur/models/eng-core-web-model.json`), 'utf8')) as CoreFile;
  const { packing, features, pos } = model;
  model.lexicon = uint32s(model.lexicon as string);
  model.xpansions = uint32s(model.xpansions as string);
  for (const f in packing.layout) {
    if (packing.layout[f][3] !== 0) continue;
    const index = (features[f].hash = Object.create(null) as Record<string, number>);
    features[f].list.forEach((value, k) => (index[value] = k));
  }
  features.lexeme.list.forEach((word, k) => lexemes.set(word, k));
  features.lexeme.hash = mapBacked(lexemes);
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

/**
 * A Map as the object wink keeps an index in: wink only reads a key, sets one and (the Reader) deletes
 * one, each of which the Map answers. wink does so only when it adds a word or expands a contraction.
 */
function mapBacked(index: Map<string, number>): Record<string, number> {
  return new Proxy(Object.create(null) as Record<string, number>, {
    get: (_target, key) => index.get(key as string),
    set: (_target, key, value: number) => (index.set(key as string, value), true),
    has: (_target, key) => index.has(key as string),
    deleteProperty: (_target, key) => (index.delete(key as string), true),
  });
}

/** The parts of wink's per-instance lexicon cache (its cache.js) that the tokenizer calls through. */
interface LexiconCache {
  /** The entries of a string (several for a contraction), or null for a string it does not know. */
  lookup(text: string): number[] | null;
  /** The string's entry, added with its features (and its lower case's) when it has none. */
  add(text: string, category: number): number;
}

/** A word surely absent from wink's lexicon: reading it shows the reader wink's cache. */
const UNKNOWN_WORD = 'Zqxjvkw';

/**
 * A wink instance (sentence splitter and POS tagger only) whose lexicon hides earlier texts' words.
 *
 * The words a text added stay in wink's lexicon, but its cache's lookup answers "unknown" for them
 * in a later text until that text adds them again; adding one again reuses its entry when the
 * entry is what a fresh process would build: its features are a function of the string and the
 * category it was added with (the part of speech guessed for an unknown word reads only the
 * model's own words), so the same category gives the same entry, and its lower-case form's entry
 * must be shown with it on the same terms. Else the word is taken out of the index and wink adds
 * it afresh. (Deleting a text's words after it and computing their features again in the next
 * text cost about a quarter of the tokenizer's time: most unknown words of an article, names and
 * figures, come back in later ones.)
 */
class Reader {
  readonly nlp: Wink;
  private readonly features: Record<string, FeatureTable>;
  /** wink's lexicon index (word to entry), shared with wink's cache (readCoreModel's `lexemes`). */
  private readonly index = new Map<string, number>();
  private readonly list: string[];
  /** Lexicon entries the instance holds once built: the model's words, always shown. */
  private readonly base: number;
  /** 1 for the model's words that are contractions (their lookup gives their expansions). */
  private readonly contraction: Uint8Array;
  private readonly winkLookup: (text: string) => number[] | null;
  private readonly winkAdd: (text: string, category: number) => number;
  /** The text being read (counted from 1), and the lexicon's size when it began: entries from there on are its own. */
  private current = 0;
  private textStart: number;
  /** By entry - base: the last text that reused it, the category it was added with, the entry of its lower case. */
  private readonly shownIn: number[] = [];
  private readonly categoryOf: number[] = [];
  private readonly normalOf: number[] = [];
  /** Whether a text has been read: the first text on an instance is read as by a new one, so an overflow then is kept, not retried. */
  private used = false;

  constructor() {
    const loaded = modelLoaders();
    let model: (CoreModel & CoreFile) | undefined;
    let cache: LexiconCache | undefined;
    const core = (): CoreModel => (model = readCoreModel(this.index) as CoreModel & CoreFile);
    // wink hands its cache to the feature functions it calls for a new word: that is where the reader takes it.
    const featureFn = (config: unknown): Record<string, (word: string, category: number, c: LexiconCache) => unknown> => {
      const features = (loaded.featureFn as unknown as typeof featureFn)(config);
      const pos = features.pos;
      features.pos = (word, category, c) => {
        cache = c;
        features.pos = pos;
        return pos(word, category, c);
      };
      return features;
    };
    this.nlp = winkNLP({ ...loaded, core, featureFn } as unknown as WinkModel, ['sbd', 'pos']);
    this.features = model!.features;
    this.list = this.features.lexeme.list;
    this.base = this.list.length;
    this.nlp.readDoc(UNKNOWN_WORD);
    if (!cache) throw new Error('wink-nlp: its lexicon cache was not handed to the feature functions (a wink-nlp version other than 2.4.0?)');
    this.winkLookup = cache.lookup;
    this.winkAdd = cache.add;
    cache.lookup = (text) => this.lookup(text);
    cache.add = (text, category) => this.add(text, category);
    const [word, mask, shift] = model!.packing.layout.isContraction;
    const size = (model!.packing as unknown as { size: number }).size;
    const lexicon = model!.lexicon as Uint32Array;
    this.contraction = new Uint8Array(this.base);
    for (let k = 0; k < lexicon.length / size; k++) this.contraction[k] = (lexicon[word + k * size] & mask) >>> shift;
    this.textStart = this.list.length;
  }

  /** Reads one text; null when a feature table overflowed while reading it on a used instance. */
  read<T>(text: string, use: Use<T>): T | null {
    const fresh = !this.used;
    this.used = true;
    this.current++;
    this.textStart = this.list.length;
    const result = use(this.nlp.readDoc(text), this.nlp, this.modelWord);
    return !fresh && this.overflowed() ? null : result;
  }

  /** Whether a token's id (its.uniqueId) is one of the model's own words: the same for every text, whatever was read before. */
  private readonly modelWord = (id: number): boolean => id < this.base;

  private hidden(entry: number): boolean {
    return entry >= this.base && entry < this.textStart && this.shownIn[entry - this.base] !== this.current;
  }

  private lookup(text: string): number[] | null {
    const entry = this.index.get(text);
    if (entry === undefined || this.hidden(entry)) return null;
    return entry < this.base && this.contraction[entry] ? this.winkLookup(text) : [entry];
  }

  private add(text: string, category: number): number {
    const entry = this.index.get(text);
    const normal = text.toLowerCase();
    if (entry !== undefined) {
      // Shown with its lower case: wink would find both and add nothing.
      if (!this.hidden(entry)) { if (this.shown(normal, text)) return entry; }
      else if (this.reuse(entry, category)) return entry;
      else this.index.delete(text);
    }
    if (normal !== text) {
      const n = this.index.get(normal);
      if (n !== undefined && this.hidden(n) && !this.reuse(n, category)) this.index.delete(normal);
    }
    const before = this.list.length;
    const added = this.winkAdd(text, category);
    // New entries: the string's, then its lower case's if that is new too; both were added with this category.
    for (let k = before; k < this.list.length; k++) {
      this.categoryOf[k - this.base] = category;
      this.normalOf[k - this.base] = this.index.get(normal)!;
    }
    return added;
  }

  /** Whether the lower case `normal` of `text` has an entry this text is shown. */
  private shown(normal: string, text: string): boolean {
    if (normal === text) return true;
    const n = this.index.get(normal);
    return n !== undefined && !this.hidden(n);
  }

  /** Shows a hidden entry (and its lower case's) if it is the one a fresh process would add for this category. */
  private reuse(entry: number, category: number): boolean {
    if (this.categoryOf[entry - this.base] !== category) return false;
    const n = this.normalOf[entry - this.base];
    if (n !== entry) {
      // Its lower case's entry (list[n] is that string) must still be the one the index gives.
      if (this.index.get(this.list[n]) !== n) return false;
      if (this.hidden(n)) {
        if (this.categoryOf[n - this.base] !== category) return false;
        this.shownIn[n - this.base] = this.current;
      }
    }
    this.shownIn[entry - this.base] = this.current;
    return true;
  }

  /** Whether the instance should be replaced before the next text. */
  worn(): boolean {
    if (this.list.length - this.base > MAX_ADDED_WORDS) return true;
    // Half of a packed table's room used: the next text could overflow it.
    return Object.values(this.features).some((f) => f.maxIndex !== undefined && f.list.length > f.maxIndex / 2);
  }

  private overflowed(): boolean {
    return Object.values(this.features).some((f) => f.maxIndex !== undefined && f.list.length - 1 > f.maxIndex);
  }
}

let reader: Reader | undefined;

/**
 * What reads a wink document. A word's id (its.uniqueId) tells the model's own words by `modelWord`, never
 * by comparing it with another word's: a word an earlier text added keeps the id it had then.
 */
type Use<T> = (doc: WinkDoc, nlp: Wink, modelWord: (id: number) => boolean) => T;

/** Reads `text` with wink as a fresh process would, and hands the document to `use`. */
export function readWithWink<T>(text: string, use: Use<T>): T {
  if (!reader || reader.worn()) reader = new Reader();
  const result = reader.read(text, use);
  if (result !== null) return result;
  reader = new Reader();
  return reader.read(text, use)!;
}

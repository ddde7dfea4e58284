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
let loaders: WinkModel | undefined;
function modelLoaders(): WinkModel {
  if (loaders) return loaders;
  const model = require('wink-eng-lite-web-model') as WinkModel & Record<string, unknown>;
  const once = <T>(load: () => T): (() => T) => {
    let value: T | undefined;
    return () => (value ??= load());
  };
  loaders = { ...model } as WinkModel;
  for (const name of ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER'] as const) {
    (loaders as unknown as Record<string, unknown>)[name] = once(model[name] as () => unknown);
  }
  return loaders;
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

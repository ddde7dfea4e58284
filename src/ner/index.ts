// The statistical name recogniser: an averaged-perceptron tagger trained on CoNLL-2003 eng.train,
// proposing PERSON, ORG, GPE/LOC/FAC and NORP/EVENT/LAW/... candidates with source "model".
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CONLL_TYPES, type Candidate, type ConllType, type Doc } from '../document.js';
import { readEvidence } from './features.js';
import { decodeModel, NerModel } from './model.js';
import { joinHyphenated, type TokenRange } from './hyphens.js';
import { labelOf } from './name-types.js';
import { startsEntity } from './tags.js';

export { NerModel } from './model.js';

const DEFAULT_NER_MODEL = new URL('../../models/ner.bin.gz', import.meta.url);

const loaded = new Map<string, NerModel>();

/** Load (once per process and path) the tagger's weights; throws naming the file and the reason. */
export function loadNerModel(path: string | URL = DEFAULT_NER_MODEL): NerModel {
  const key = String(path);
  let model = loaded.get(key);
  if (!model) {
    const file = path instanceof URL ? fileURLToPath(path) : path;
    let gz: Buffer;
    try {
      gz = readFileSync(file);
    } catch (e) {
      throw new Error(`NER model ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    try {
      model = decodeModel(gz);
    } catch (e) {
      throw new Error(`NER model ${file}: not a gazette model file (${(e as Error).message})`);
    }
    loaded.set(key, model);
  }
  return model;
}

/** A tagged name in token indices, before it becomes a Candidate. */
interface TaggedName extends TokenRange {
  type: ConllType;
  /** Smallest score margin over the name's tokens. */
  margin: number;
}

/**
 * Tag a document's tokens and return the names, widened over hyphenated words. A sentence-final
 * abbreviation ("... Acme Corp.") has swallowed the full stop; the stop is punctuation, not part of the name.
 */
function tagNames(doc: Pick<Doc, 'text' | 'tokens'>, model: NerModel): TaggedName[] {
  const prepared = readEvidence(doc.text, doc.tokens, model.gazetteer, model.words);
  // (Beam search over each sentence, of width 4 with the scores normalised per token, was measured
  // on eng.testa with this greedily trained model and did not help: 93.58-93.63 against 93.62.)
  const { tags, margins } = model.tagger.tag(prepared);
  const names: TaggedName[] = [];
  const tagSet = model.tagSet;
  let open: TaggedName | null = null;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i];
    if (tagSet.typeOf[tag] < 0) {
      open = null;
      continue;
    }
    if (!open || prepared.segStart[i] || startsEntity(tagSet, i > 0 ? tags[i - 1] : -1, tag)) {
      const token = doc.tokens[i];
      open = { first: i, last: i, start: token.start, end: token.end, type: CONLL_TYPES[tagSet.typeOf[tag]], margin: margins[i] };
      names.push(open);
    } else {
      open.last = i;
      open.end = doc.tokens[i].end;
      open.margin = Math.min(open.margin, margins[i]);
    }
  }
  const joined = joinHyphenated(names, doc.tokens);
  for (const name of joined) {
    const last = doc.tokens[name.last];
    const endsSentence = name.last + 1 === tags.length || prepared.segStart[name.last + 1] === 1;
    if (endsSentence && last.text.length > 1 && last.text.endsWith('.')) name.end--;
  }
  return joined;
}

// Logistic map from a name's smallest score margin to the chance it is exactly right, fitted by
// log-likelihood on eng.testa for the shipped model (margins 14.5 → 0.5, 40 → 0.70, 80 → 0.90; the
// model before word clusters had 10 and 20: the clusters widened its margins).
const MARGIN_AT_HALF = 14.5;
const MARGIN_SCALE = 30;

function confidenceOf(margin: number): number {
  return 1 / (1 + Math.exp(-(margin - MARGIN_AT_HALF) / MARGIN_SCALE));
}

const LOWER_CASE_START = /^\p{Ll}/u;

export function recognizeNames(doc: Doc, model: NerModel): Candidate[] {
  return tagNames(doc, model).map((name) => {
    // The lower-case words the model ran on into past a name ("[Finance Bill into law]"), which resolve trims off,
    // do not type it.
    let last = name.last;
    while (last > name.first && LOWER_CASE_START.test(doc.tokens[last].text)) last--;
    const words: string[] = [];
    for (let i = name.first; i <= last; i++) words.push(doc.tokens[i].text);
    return {
      start: name.start,
      end: name.end,
      type: labelOf(name.type, words, (word) => model.isGivenName(word)),
      source: 'model',
      confidence: confidenceOf(name.margin),
    };
  });
}

import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import { rebuildArticle } from '../../src/gold/conll.js';
import { WordClusters } from '../../src/ner/clusters.js';
import { recognizeNames } from '../../src/ner/index.js';
import { decodeModel } from '../../src/ner/model.js';
import { labelOf } from '../../src/ner/name-types.js';
import { encodeTags, makeTagSet } from '../../src/ner/tags.js';
import { trainNer } from '../../src/ner/train.js';
import { tokenize } from '../../src/text/tokenize.js';

describe('tag sets', () => {
  it('BILOU allows only well-formed sequences', () => {
    const t = makeTagSet('BILOU');
    const id = (name: string) => t.names.indexOf(name);
    const ok = (prev: string | null, cur: string) => t.allowed[(prev === null ? t.names.length : id(prev)) * t.names.length + id(cur)] === 1;
    expect(ok(null, 'B-PER')).toBe(true);
    expect(ok(null, 'I-PER')).toBe(false);
    expect(ok('B-PER', 'L-PER')).toBe(true);
    expect(ok('B-PER', 'L-ORG')).toBe(false);
    expect(ok('B-PER', 'O')).toBe(false);
    expect(ok('U-LOC', 'B-ORG')).toBe(true);
    expect(t.canEnd[id('I-ORG')]).toBe(0);
  });

  it('encodes entity runs as B, I, L and U', () => {
    const t = makeTagSet('BILOU');
    const entityOf = Int32Array.from([0, 0, 0, -1, 1]);
    const typeOf = Int8Array.from([0, 0, 0, -1, 2]);
    const out = new Int32Array(5);
    encodeTags(t, entityOf, typeOf, 0, 5, out);
    expect(Array.from(out, (k) => t.names[k])).toEqual(['B-PER', 'I-PER', 'L-PER', 'O', 'U-LOC']);
  });
});

describe('name types', () => {
  it('maps CoNLL types to project labels by the data table', () => {
    expect(labelOf('LOC', ['France'])).toBe('GPE');
    expect(labelOf('LOC', ['Lake', 'Geneva'])).toBe('LOC');
    expect(labelOf('LOC', ['Middle', 'East'])).toBe('LOC');
    // A place of worship the model read as a place is a facility.
    expect(labelOf('LOC', ['Sistine', 'Chapel'])).toBe('FAC');
    expect(labelOf('LOC', ['Hurva', 'Synagogue'])).toBe('FAC');
    // A miscellaneous name ending in a natural place's kind is that place; not one ending in an event's word.
    expect(labelOf('MISC', ['Texas', 'Hill', 'Country'])).toBe('LOC');
    expect(labelOf('MISC', ['Varna', 'Gulf'])).toBe('LOC');
    expect(labelOf('MISC', ['Gulf', 'War'])).toBe('EVENT');
    expect(labelOf('MISC', ['1,000', 'Lakes'])).toBe('NORP');
    expect(labelOf('MISC', ['Danish'])).toBe('NORP');
    expect(labelOf('MISC', ['Davis', 'Cup'])).toBe('EVENT');
    expect(labelOf('MISC', ['Maastricht', 'Treaty'])).toBe('LAW');
    expect(labelOf('PER', ['Ana', 'Costa'])).toBe('PERSON');
  });

  it('makes an ORG of a name ending in a company suffix, a FAC of one ending in a facility head, an EVENT of one ending in an event head, whatever the type', () => {
    expect(labelOf('PER', ['Varna', 'SA'])).toBe('ORG');
    expect(labelOf('MISC', ['Ostberg', 'Chemical', 'Co.'])).toBe('ORG');
    expect(labelOf('ORG', ['Lindqvist', 'Square'])).toBe('FAC');
    expect(labelOf('ORG', ['Varna', 'Open'])).toBe('EVENT');
    expect(labelOf('ORG', ['Thirty', "Years'", 'War'])).toBe('EVENT');
    expect(labelOf('PER', ['Sa'])).toBe('PERSON');
  });

  it('keeps a PERSON the tagger read that opens with a given name, though its last word is a facility head', () => {
    const givenNames = new Set(['Nathan', 'Gloria']);
    const isGivenName = (word: string) => givenNames.has(word);
    expect(labelOf('PER', ['Nathan', 'Lane'], isGivenName)).toBe('PERSON');
    expect(labelOf('PER', ['Gloria', 'Street'], isGivenName)).toBe('PERSON');
    expect(labelOf('PER', ['Lindqvist', 'Square'], isGivenName)).toBe('FAC');
    expect(labelOf('ORG', ['Nathan', 'Lane'], isGivenName)).toBe('FAC');
  });
});

describe('training', () => {
  // Hand-made articles in CoNLL form; a handful of epochs is enough for the tagger to fit them.
  const articles = [
    rebuildArticle('a', [
      [['Lena', 'I-PER'], ['Moss', 'I-PER'], ['visited', 'O'], ['Riga', 'I-LOC'], ['.', 'O']],
      [['Moss', 'I-PER'], ['joined', 'O'], ['Acme', 'I-ORG'], ['Corp', 'I-ORG'], ['.', 'O']],
    ]),
    rebuildArticle('b', [
      [['Omar', 'I-PER'], ['Haddad', 'I-PER'], ['left', 'O'], ['Tunis', 'I-LOC'], ['.', 'O']],
      [['He', 'O'], ['works', 'O'], ['for', 'O'], ['Zenit', 'I-ORG'], ['Bank', 'I-ORG'], ['.', 'O']],
    ]),
  ];
  // Two levels of two clusters: the given names in one, the places in another.
  const clusters = WordClusters.fromWords([2, 2], ['lena', 'omar', 'riga', 'tunis', 'acme'], [0, 0, 2, 2, 3]);
  const options = { scheme: 'BILOU' as const, epochs: 5, seed: 7, runs: 2, folds: 2, prune: 0, caseShare: 0, clusters };

  it('is deterministic and its model file round-trips', () => {
    const first = trainNer(articles, options);
    expect(trainNer(articles, options).equals(first)).toBe(true);
    const model = decodeModel(first);
    expect(model.clusters.leafOf('riga')).toBe(2);
    const text = 'Lena Moss visited Riga.';
    const found = recognizeNames({ ...createDoc({ id: 't', text }), ...tokenize(text) }, model).map((c) => `${text.slice(c.start, c.end)}/${c.type}`);
    expect(found).toEqual(['Lena Moss/PERSON', 'Riga/GPE']);
  });

  it('trains on case-altered copies only when asked, and records the share', () => {
    const plain = trainNer(articles, options);
    const cased = trainNer(articles, { ...options, caseShare: 0.5 });
    expect(cased.equals(plain)).toBe(false);
    expect(trainNer(articles, { ...options, caseShare: 0.5 }).equals(cased)).toBe(true);
    expect(decodeModel(cased).training.caseShare).toBe(0.5);
    expect(decodeModel(plain).training.caseShare).toBeUndefined();
  });
});

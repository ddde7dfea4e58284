// The shipped model's tagger (scores.ts) against training's decoder (decode.ts): the same tags and
// margins to the bit, because the model's weights add up exactly in any order.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decode, staticRows } from '../../src/ner/decode.js';
import { prepareDoc, readEvidence } from '../../src/ner/features.js';
import { loadNerModel } from '../../src/ner/index.js';
import { tokenize } from '../../src/text/tokenize.js';

const model = loadNerModel();

// Headlines, a table with tabs, typographic quotes, names met again (in lower case too), list hits
// and one-word lines: every kind of feature the tagger reads.
const HANDMADE = [
  'MINISTRY FINES THREE BANKS OVER LENDING RULES',
  'NAIROBI 1996-08-22',
  'Kwame Otieno, a lawyer in Nairobi, said on Tuesday that Otieno & Co had won. “We are pleased,” Otieno said.',
  'Mr. Otieno met Tomas Lindqvist of Volvo AB; Lindqvist and otieno (sic) spoke in Stockholm.',
  'Team\tP\tW\tPts',
  'Harlequins\t3\t2\t7',
  'Gloucester 19 Bath 12',
  'Reuters',
  'The Securities and Exchange Commission — the SEC — fined Acme Corp. in New York on Friday.',
].join('\n');

function bothWays(text: string) {
  const { tokens } = tokenize(text);
  const prepared = prepareDoc(text, tokens, model.gazetteer, model.words);
  const reference = decode(prepared, staticRows(prepared, model.weights), model.weights, model.tagSet);
  const tagged = model.tagger.tag(readEvidence(text, tokens, model.gazetteer, model.words));
  return { reference, tagged };
}

describe('the shipped tagger', () => {
  it('has weights that float64 adds exactly in any order: whole multiples of one power of two, far below 2^53 of it', () => {
    const w = model.weights.w;
    let smallest = Infinity;
    let largest = 0;
    for (const x of w) {
      if (x !== 0) smallest = Math.min(smallest, Math.abs(x));
      largest = Math.max(largest, Math.abs(x));
    }
    const unit = 2 ** (Math.floor(Math.log2(smallest)) - 23);
    let whole = true;
    for (const x of w) if (!Number.isInteger(x / unit)) whole = false;
    expect(whole).toBe(true);
    // A token adds well under 4,096 weights.
    expect((largest / unit) * 4096).toBeLessThan(2 ** 53);
  });

  it('tags as training\'s decoder does, with the same margins to the bit', () => {
    for (const text of [HANDMADE, readFileSync('corpus/iranfocus-2019-12-20-maximum-pressure.txt', 'utf8')]) {
      const { reference, tagged } = bothWays(text);
      expect(tagged.tags.length).toBeGreaterThan(50);
      expect(Array.from(tagged.tags)).toEqual(Array.from(reference.tags));
      expect(Array.from(tagged.margins)).toEqual(Array.from(reference.margins));
    }
  });

  it('gives the same answers whatever it tagged before (its per-word caches hold no article)', () => {
    const first = bothWays(HANDMADE).tagged;
    bothWays(readFileSync('corpus/iranfocus-2019-12-20-maximum-pressure.txt', 'utf8'));
    const again = bothWays(HANDMADE).tagged;
    expect(Array.from(again.margins)).toEqual(Array.from(first.margins));
  });
});

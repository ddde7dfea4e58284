// Title-case lines (headlines.ts) are told apart from sentences without reading every token of a sentence; these
// check the edges of that: a headline that opens in lower case is still one, a sentence with capitals is none.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/document.js';
import { headlineNames } from '../../src/resolve/headlines.js';
import { Lines } from '../../src/resolve/lines.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();
const BODY = '\n\nThe regulator fined four lenders on Tuesday over failures in their mortgage advice.';

/** What is left of the model's PERSON "Regulator Fines" on the first line of the text. */
function kept(text: string): string[] {
  const { tokens } = tokenize(text);
  const start = text.indexOf('Regulator Fines');
  const c: Candidate = { start, end: start + 'Regulator Fines'.length, type: 'PERSON', source: 'model', confidence: 0.6 };
  return headlineNames(text, tokens, new Lines(text, tokens), [c], registry, () => false).map((m) => text.slice(m.start, m.end));
}

describe('title-case lines', () => {
  it('reads a headline as one though its first words are in lower case, and drops the name made of its words', () => {
    expect(kept(`Regulator Fines Four Lenders Over Mortgage Failures${BODY}`)).toEqual([]);
    expect(kept(`exclusive: Regulator Fines Four Lenders Over Mortgage Failures${BODY}`)).toEqual([]);
  });

  it('reads a headline as one though it gives a percentage and a day in figures', () => {
    expect(kept(`Regulator Fines Four Lenders 5% of Profits From June 1${BODY}`)).toEqual([]);
    expect(kept(`Regulator Fines Four Lenders $2 Million Over 2 Failures${BODY}`)).toEqual([]);
  });

  it('reads a sentence as none, however many of its words are capitalised', () => {
    expect(kept(`The agency said Regulator Fines were due to Four Lenders in the case${BODY}`)).toEqual(['Regulator Fines']);
    expect(kept(`Regulator Fines Four Lenders Over 2 Mortgage Failures in 2024${BODY}`)).toEqual(['Regulator Fines']);
    // nor a line of results, whatever its words
    expect(kept(`Regulator Fines (Argentina) beat Four Lenders (Poland) 6-2 6-3${BODY}`)).toEqual(['Regulator Fines']);
  });
});

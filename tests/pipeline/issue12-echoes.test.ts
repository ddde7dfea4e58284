// One sense per name (issue 12, pattern 3): the short name of an organization the article names in full,
// met again where no recognizer read anything, is that organization; resolve alone, on invented articles,
// with hand-made candidates standing for the model's.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/document.js';
import { resolveMentions } from '../../src/stages/resolve.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();

const cand = (text: string, span: string, type: Candidate['type'], confidence = 0.9): Candidate => {
  const start = text.indexOf(span);
  return { start, end: start + span.length, type, confidence, source: 'model' };
};

/** The article's names as [text, type], in order. */
function names(text: string, candidates: Candidate[]): [string, string][] {
  return resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]);
}

describe('an organization’s first word met again', () => {
  it('is the organization where nothing was read', () => {
    const text = 'Shares of Halvard Bancshares Inc. rose. Brokers said rivals could grab Halvard or Pinecrest. Halvard did not comment.';
    expect(names(text, [cand(text, 'Halvard Bancshares Inc.', 'ORG'), cand(text, 'Pinecrest', 'ORG', 0.7)])).toEqual([
      ['Halvard Bancshares Inc.', 'ORG'], ['Halvard', 'ORG'], ['Pinecrest', 'ORG'], ['Halvard', 'ORG'],
    ]);
  });

  it('is not when the article writes the word in lower case, or the registry knows it as a place', () => {
    const text = 'Summit Partners LLC bought Georgia Timber Co. The summit was short. Summit officials flew to Georgia on Friday.';
    const found = names(text, [cand(text, 'Summit Partners LLC', 'ORG'), cand(text, 'Georgia Timber Co', 'ORG')]);
    expect(found).toEqual([['Summit Partners LLC', 'ORG'], ['Georgia Timber Co', 'ORG']]);
  });

  it('is the person when a person the article names has it for a surname', () => {
    const text = 'Marlow Grain Co cut prices. The buyer, Dana Marlow, said Marlow would visit Lagos.';
    const found = names(text, [cand(text, 'Marlow Grain Co', 'ORG'), cand(text, 'Dana Marlow', 'PERSON'), cand(text, 'Lagos', 'GPE')]);
    expect(found).toContainEqual(['Marlow', 'PERSON']);
    expect(found).not.toContainEqual(['Marlow', 'ORG']);
  });
});

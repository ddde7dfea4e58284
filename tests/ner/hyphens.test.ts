import { describe, expect, it } from 'vitest';
import { joinHyphenated } from '../../src/ner/hyphens.js';
import { tokenize } from '../../src/text/tokenize.js';

/** Names given as [first, last, type] token ranges over `text`; returns the joined names' text. */
function join(text: string, names: [number, number, string][]): string[] {
  const { tokens } = tokenize(text);
  const ranges = names.map(([first, last, type]) => ({ first, last, start: tokens[first].start, end: tokens[last].end, type }));
  return joinHyphenated(ranges, tokens).map((n) => `${text.slice(n.start, n.end)}/${n.type}`);
}

describe('joinHyphenated', () => {
  it('widens a name over a hyphen glued to a capitalised part, both ways', () => {
    // tokens: Urus - Martan is calm
    expect(join('Urus-Martan is calm', [[2, 2, 'LOC']])).toEqual(['Urus-Martan/LOC']);
    expect(join('Urus-Martan is calm', [[0, 0, 'LOC']])).toEqual(['Urus-Martan/LOC']);
  });

  it('takes a lower-case part into a person name only', () => {
    // tokens: Li Song - ho said
    expect(join('Li Song-ho said', [[0, 1, 'PER']])).toEqual(['Li Song-ho/PER']);
    // tokens: Oslo - based firms
    expect(join('Oslo-based firms', [[0, 0, 'LOC']])).toEqual(['Oslo/LOC']);
  });

  it('leaves a spaced dash alone and drops a name the widened one swallows', () => {
    expect(join('TENNIS - GRAF WINS', [[0, 0, 'MISC']])).toEqual(['TENNIS/MISC']);
    // tokens: Ana Djate - Costa ( Peru )
    expect(join('Ana Djate-Costa (Peru)', [[0, 1, 'PER'], [3, 3, 'ORG'], [5, 5, 'LOC']])).toEqual(['Ana Djate-Costa/PER', 'Peru/LOC']);
  });
});

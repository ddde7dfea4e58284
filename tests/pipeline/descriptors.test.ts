// A noun that describes an organization, capitalised only because it opens a sentence, stays out of the
// name after it ("Carmaker Toyota said"); the same word inside a name elsewhere stays in. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

function names(text: string): string[] {
  return readMentions(text).filter((m) => m.type === 'ORG').map((m) => m.text);
}

describe('describing nouns before an organization at the start of a sentence', () => {
  it('leaves them out of the name', () => {
    expect(names('Shares fell on Monday. Rival AMD said it had a deal. Chipmaker Intel fell 2%. Retailer Tesco said profits fell.'))
      .toEqual(['AMD', 'Intel', 'Tesco']);
  });

  it('after a dateline too', () => {
    expect(names('TOKYO (Reuters) - Carmaker Toyota said on Friday that sales rose.')).toEqual(['Reuters', 'Toyota']);
  });

  it('cuts off a noun a person may be too, and leaves the type to the rest of the article', () => {
    expect(readMentions('Rival Rafael Nadal won in three sets.').map((m) => `${m.type} ${m.text}`)).toContain('PERSON Rafael Nadal');
  });

  it('keeps the word where it does not open the sentence', () => {
    expect(names('Fans queued for hours to see Rival Sons play in the park.')).toEqual(['Rival Sons']);
  });
});

// "the Trump administration" → PERSON "Trump" (ANNOTATION.md): a noun such as "administration" after one
// word that names nothing but people makes it a person's. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const typed = (text: string) => readMentions(text).map((m) => [m.text, m.type]);

describe('a name before "administration" or "presidency"', () => {
  it('is a person\'s', () => {
    expect(typed('Critics of the Okonkwo administration and of the Brandsma presidency spoke.'))
      .toEqual([['Okonkwo', 'PERSON'], ['Brandsma', 'PERSON']]);
  });

  it('is not when the registry knows the word as a place or a people', () => {
    expect(typed('The U.S. administration and the Kenyan administration objected.'))
      .toEqual([['U.S.', 'GPE'], ['Kenyan', 'NORP']]);
  });
});

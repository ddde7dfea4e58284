// A name the model read across a verb or a quotation ends before it: the lower-case words a name may hold are
// particles and connectors (lexicon/inner-words.json), and a quote before a word in lower case opens a
// quotation. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).filter((m) => m.type !== 'MONEY' && m.type !== 'CARDINAL').map((m) => [m.text, m.type]);

describe('lower-case words inside names', () => {
  it('ends a name at a verb the model ran across and keeps the name after it', () => {
    expect(names('Haaland added a second after Virgil van Dijk fouled Jeremy Doku.').filter(([, t]) => t === 'PERSON'))
      .toEqual([['Haaland', 'PERSON'], ['Virgil van Dijk', 'PERSON'], ['Jeremy Doku', 'PERSON']]);
  });

  it('ends a name at a quotation that opens after it', () => {
    expect(names('Cook introduced the devices, calling the Air "the thinnest phone we have ever made."').map(([n]) => n))
      .toEqual(['Cook', 'Air']);
  });

  it('keeps particles, connectors and a nickname in quotes inside names', () => {
    expect(names('Bosnia and Herzegovina thanked the Bank of the West, Mohammed bin Salman and Roberto "Hands of Stone" Duran.')).toEqual([
      ['Bosnia and Herzegovina', 'GPE'], ['Bank of the West', 'ORG'], ['Mohammed bin Salman', 'PERSON'], ['Roberto "Hands of Stone" Duran', 'PERSON'],
    ]);
  });

  it('keeps a nickname in single quotes inside a person\'s name, but makes no person of a name with a head no person has', () => {
    expect(names("Gang leader Jimmy 'Barbecue' Cherizier and Earvin ‘Magic’ Johnson spoke.")).toEqual([
      ["Jimmy 'Barbecue' Cherizier", 'PERSON'], ['Earvin ‘Magic’ Johnson', 'PERSON'],
    ]);
    expect(names("Fans filled Jimmy 'Big Lake' Stadium.").filter(([, t]) => t === 'PERSON').map(([n]) => n)).not.toContain("Jimmy 'Big Lake' Stadium");
  });
});

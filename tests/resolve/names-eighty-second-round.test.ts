// Names read wrong in the eighty-second review round (tourism, music, fashion, shipping, farming, religion,
// universities, railways). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type, m.entity]);

describe('a company named after the person the article names in full', () => {
  it('is the company alone, however the name model reads it', () => {
    const found = read("Italy's Prada agreed to buy rival Versace. Prada, controlled by Miuccia Prada, will keep Versace's designers. Donatella Versace left in March.");
    expect(found.filter(([text]) => text === 'Prada' || text === 'Versace').map(([, , entity]) => entity))
      .toEqual(['org/prada', 'org/versace', 'org/prada', 'org/versace']);
    expect(found).toContainEqual(['Miuccia Prada', 'PERSON', 'person/miuccia-prada']);
    expect(found).toContainEqual(['Donatella Versace', 'PERSON', 'person/donatella-versace']);
  });

  it('is still the person where the registry names no company of the person', () => {
    expect(read('Homeland Security Secretary Kirstjen Nielsen resigned on Sunday. Nielsen said she was proud.'))
      .toContainEqual(['Nielsen', 'PERSON', 'person/kirstjen-nielsen']);
    expect(read('Hillary Clinton defeated Rep. Rick Lazio. Lazio, 42, conceded.')).toContainEqual(['Lazio', 'PERSON', 'person/rick-lazio']);
  });
});

describe('entities of the round the registry now knows', () => {
  it.each([
    ['Shares in Tapestry rose after the ruling.', 'Tapestry', 'org/tapestry'],
    ['The Hamburg port operator HHLA said volumes fell.', 'HHLA', 'org/hhla'],
    ['UNCTAD said freight rates doubled.', 'UNCTAD', 'org/unctad'],
    ['Students at the University of Dhaka marched on Monday.', 'University of Dhaka', 'org/university-of-dhaka'],
    ['Trains through the Brenner Base Tunnel will start in 2032.', 'Brenner Base Tunnel', 'fac/brenner-base-tunnel'],
  ])('%s', (text, name, entity) => {
    expect(read(text).find(([t]) => t === name)?.[2]).toBe(entity);
  });
});

describe('names listed before "universities" or "colleges"', () => {
  it('are institutions, whatever the model read one word as', () => {
    expect(read('Protests spread to Princeton, Brown, Cornell and Northwestern universities last week.').slice(0, 4).map(([t, type]) => [t, type]))
      .toEqual([['Princeton', 'ORG'], ['Brown', 'ORG'], ['Cornell', 'ORG'], ['Northwestern', 'ORG']]);
  });

  it('but a people\'s word before them is whose they are', () => {
    expect(read('Funding for Turkish and Greek universities fell.').map(([t, type]) => [t, type])).toEqual([['Turkish', 'NORP'], ['Greek', 'NORP']]);
  });
});

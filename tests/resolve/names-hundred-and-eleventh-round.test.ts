// Names read wrong in the hundred-and-eleventh to hundred-and-thirteenth review rounds (West Africa and others). Invented
// sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);

describe('a surname alone where two people of it are named', () => {
  it('is not the one the registry says the surname alone never names', () => {
    const story = 'Former first lady Simone Ehivet Gbagbo came third. Former President Laurent Gbagbo was barred. Turnout was lowest in Gagnoa, Gbagbo\'s home region.';
    expect(linked(story).at(-1)).toEqual(['Gbagbo', 'person/laurent-gbagbo']);
  });

  it('is still the one person of it the article names', () => {
    expect(linked('Former first lady Simone Ehivet Gbagbo came third. Gbagbo said she would appeal.').at(-1)).toEqual(['Gbagbo', 'person/simone-gbagbo']);
  });
});

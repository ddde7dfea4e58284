// Awards are works of art in the guideline's sense (OntoNotes' WORK_OF_ART) and their ceremonies events, typed
// and linked from the registry's data (registry/awards.jsonl), not guessed as a person, a place or a company.
// Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('registry awards', () => {
  it('types and links an award named in full or short, and the ceremony named in the plural an EVENT', () => {
    const got = readMentions('Ilse Varga won a Grammy at the Emmys. Tomas Brandt won the Pulitzer in 2019 and a Golden Globe at the Golden Globe Awards.')
      .filter((m) => m.type !== 'PERSON' && m.type !== 'CARDINAL' && m.type !== 'DATE').map((m) => [m.text, m.type, m.entity]);
    expect(got).toEqual([
      ['Grammy', 'WORK_OF_ART', 'work/grammy-award'], ['Emmys', 'EVENT', 'event/emmy-awards'],
      ['Pulitzer', 'WORK_OF_ART', 'work/pulitzer-prize'], ['Golden Globe', 'WORK_OF_ART', 'work/golden-globe-award'],
      ['Golden Globe Awards', 'EVENT', 'event/golden-globe-awards'],
    ]);
  });

  it('leaves "Oscar" alone to the name model: it is a given name as often', () => {
    expect(readMentions('Oscar told reporters he would stay.').map((m) => [m.text, m.type])).toEqual([['Oscar', 'PERSON']]);
  });
});

// Names read wrong in the hundred-and-ninth review round (Canada; Iran and Iraq; the Nordic countries). Invented sentences
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);

describe('a given name of two joined by a hyphen', () => {
  it('is no father\'s surname another person\'s name alone stands for', () => {
    const story = 'NUUK (Reuters) - Greenland\'s premier Jens-Frederik Nielsen said on Friday the island was not for sale. Danish King Frederik X will visit next month.';
    expect(linked(story)).toEqual([['Jens-Frederik Nielsen', 'person/jens-frederik-nielsen'], ['Frederik X', 'person/frederik-x']]);
  });

  it('leaves a Spanish name of two surnames its father\'s', () => {
    const story = 'Spain\'s Víctor Rodríguez Padilla won the stage. Rodríguez said he was tired.';
    const [full, alone] = linked(story);
    expect(alone[1]).toBe(full[1]);
  });
});

describe('a first name alone', () => {
  it('is the person whose full name any mention opens with it, past a headline\'s slug before the fullest', () => {
    const story = 'NFL AMERICAN FOOTBALL-TOMAS BRENNIG RETIRES.\nPHILADELPHIA 1996-08-29\nTomas Brennig, the league\'s leading rusher, retired Thursday.\n" Tomas was one of the most exciting players, " said the owner.';
    const ids = new Set(readMentions(story).filter((m) => m.type === 'PERSON').map((m) => m.entity));
    expect(ids.size).toBe(1);
  });
});

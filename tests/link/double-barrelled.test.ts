// A double-barrelled surname is whole in an article: its last part alone is the person named by it alone. Invented
// sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);

describe('a surname alone in an article that names a double-barrelled one and the plain one', () => {
  it('is the plain one\'s, whichever was named first', () => {
    expect(people('Nkosazana Dlamini-Zuma lost to Cyril Ramaphosa, the deputy of President Jacob Zuma. Zuma allies won other posts.').at(-1))
      .toEqual(['Zuma', 'person/jacob-zuma']);
  });

  it('and a demonym\'s other spelling is the people\'s', () => {
    expect(readMentions('Belarussian police detained 200 people.').find((m) => m.type === 'NORP')?.entity).toBe('norp/belarusian');
  });
});

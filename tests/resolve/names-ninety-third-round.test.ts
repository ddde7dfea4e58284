// Names read wrong in the ninety-third review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

describe('a city named for its club before a score', () => {
  it('is the club after a verb of a result', () => {
    expect(readNames('Vitesse Arnhem upstaged Utrecht 1-0 despite ending the match with ten men.'))
      .toEqual([['Vitesse Arnhem', 'ORG'], ['Utrecht', 'ORG']]);
  });

  it('is the city elsewhere', () => {
    expect(readNames('The court in Utrecht ruled on the case.')).toEqual([['Utrecht', 'GPE']]);
  });
});

describe('the titles of a grand duchy', () => {
  it('stay out of the name', () => {
    const [guillaume] = readMentions('Grand Duke Guillaume took the oath.').filter((m) => m.type === 'PERSON');
    expect([guillaume.text, guillaume.title, guillaume.entity]).toEqual(['Guillaume', 'Grand Duke', 'person/guillaume-of-luxembourg']);
  });
});

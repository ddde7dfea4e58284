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

describe('streets and squares of French, Dutch and German cities', () => {
  it('are facilities, by the word that opens or ends their name', () => {
    expect(readNames('Protesters gathered on Place Flagey and marched down Rue Neuve to the Boulevard Anspach.'))
      .toEqual([['Place Flagey', 'FAC'], ['Rue Neuve', 'FAC'], ['Boulevard Anspach', 'FAC']]);
    expect(readNames('He told reporters at the ministry on Boulevard de la République.')).toEqual([['Boulevard de la République', 'FAC']]);
    expect(readNames('Tourists crowded Alexanderplatz.')).toEqual([['Alexanderplatz', 'FAC']]);
  });

  it('leave a surname that is only the word', () => {
    expect(readNames('Mayor Eberhard van der Laan spoke.')).toEqual([['Eberhard van der Laan', 'PERSON']]);
  });
});

describe('cities named like their clubs in a list of places', () => {
  it('are places after a preposition of place', () => {
    expect(readNames('Crowds also gathered in Marseille, Lyon, Nantes and Rennes.'))
      .toEqual([['Marseille', 'GPE'], ['Lyon', 'GPE'], ['Nantes', 'GPE'], ['Rennes', 'GPE']]);
  });

  it('stay the clubs elsewhere', () => {
    expect(readNames('He played for Marseille, Lyon and Rennes.')).toEqual([['Marseille', 'ORG'], ['Lyon', 'ORG'], ['Rennes', 'ORG']]);
  });
});

describe('"Sheikha"', () => {
  it('is a title, out of the name', () => {
    const [moza] = readMentions('Sheikha Moza bint Nasser opened the school.').filter((m) => m.type === 'PERSON');
    expect([moza.text, moza.title]).toEqual(['Moza bint Nasser', 'Sheikha']);
  });
});

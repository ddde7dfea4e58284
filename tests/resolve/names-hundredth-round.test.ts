// Names read wrong in the hundredth review round and a linking rule noted in the ninety-ninth (Australia's bare
// "Senate"). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const entityOf = (text: string, name: string) => readMentions(text).find((m) => m.text === name)?.entity;

describe('the registry people an article names', () => {
  it('tell a shared name apart by the country they are part of', () => {
    const story = 'Labor and the Greens struck a deal to pass the housing bill through the Senate. Prime Minister Anthony Albanese said it would pass. Peter Dutton said the Coalition would oppose it.';
    expect(entityOf(story, 'Senate')).toBe('org/australian-senate');
    expect(entityOf(story, 'Labor')).toBe('org/australian-labor-party');
  });

  it('leave a story of Congress its Senate', () => {
    expect(entityOf('Senate Majority Leader Chuck Schumer said the Senate would vote on Thursday. President Joe Biden backs the bill.', 'Senate')).toBe('org/us-senate');
  });
});

describe('a treaty\'s name', () => {
  it('is a law, by its last word or by its kind and "of" opening it', () => {
    const read = readMentions('The two sides signed the Declaration of Principles in 2015, the Treaty of Rome and the Good Friday Agreement.');
    expect(read.filter((m) => m.type === 'LAW').map((m) => m.text)).toEqual(['Declaration of Principles', 'Treaty of Rome', 'Good Friday Agreement']);
  });
});

describe('a surname alone', () => {
  it('is not a credited writer\'s, and is the family name an East Asian name writes first', () => {
    const story = 'SEOUL (Reuters) - A court on Monday acquitted Samsung Electronics chairman Lee Jae-yong of fraud. Lee had denied wrongdoing.\n\n(Reporting by Joyce Lee; Editing by Ed Davies)';
    expect(readMentions(story).filter((m) => m.text === 'Lee').map((m) => m.entity)).toEqual(['person/lee-jae-yong']);
    expect(readMentions('Kim Moon-soo conceded. Kim said he respected the result.').map((m) => m.entity)).toEqual(['person/kim-moon-soo', 'person/kim-moon-soo']);
  });
});

describe('a name with umlauts', () => {
  it('is found as the press spells them out', () => {
    expect(readMentions('Green leader Cem Oezdemir met Markus Soeder. Oezdemir said it went well.').filter((m) => m.type === 'PERSON' && m.text !== 'Green').map((m) => m.entity))
      .toEqual(['person/cem-ozdemir', 'person/markus-soder', 'person/cem-ozdemir']);
  });
});

describe('a long form several entries share, before the acronym it defines', () => {
  it('is the acronym\'s entry where the long form is one of its names', () => {
    expect(readMentions('The Democratic Party (DIKO) backed him. DIKO said.').map((m) => m.entity)).toEqual(['org/diko', 'org/diko', 'org/diko']);
    expect(entityOf('The Democratic Party won the House.', 'Democratic Party')).toBe('org/democratic-party');
  });
});

describe('a byline that credits a desk or the staff', () => {
  it('names nobody, where a writer\'s byline names the writers', () => {
    expect(readMentions('Title of the story\n\nBy Sports Desk\n\nLONDON - Arsenal won on Sunday.').map((m) => m.text)).toEqual(['LONDON', 'Arsenal', 'Sunday']);
    expect(readMentions('Headline\n\nBy Our Correspondent\n\nThe council met.').filter((m) => m.type === 'PERSON')).toEqual([]);
    expect(readMentions('Headline\n\nBy Natalie Grover and Arathy Somasekhar\n\nOil rose.').filter((m) => m.type === 'PERSON').map((m) => m.text))
      .toEqual(['Natalie Grover', 'Arathy Somasekhar']);
  });
});

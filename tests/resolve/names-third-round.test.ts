// Names of today's news the model reads in part or as the wrong kind: a short name of an entity the article named in
// full, a people's adjective before a national competition, a building's kind after an adjective, an air base,
// numbered roads, a spacecraft read as a people's name, a medicine after its kind, a member's party and seat, a name ended
// on a particle, and conditions' abbreviations. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('a short name of an entity the article names in full', () => {
  it('types a registry alias of one word as the entity named in full before it, whatever the model read', () => {
    const read = readMentions("Meta Platforms agreed to buy a stake in the start-up, and its founder will join Meta's new team.");
    expect(read.filter((m) => m.text.startsWith('Meta')).map((m) => [m.text, m.type, m.entity])).toEqual([
      ['Meta Platforms', 'ORG', 'org/meta'], ['Meta', 'ORG', 'org/meta'],
    ]);
  });

  it('leaves a company\'s short name alone where the article never names it in full', () => {
    expect(names('S&P downgraded Italy on Friday.')).toEqual([['S&P', 'ORG'], ['Italy', 'GPE']]);
  });
});

describe('national competitions', () => {
  it('reads a people\'s adjective before "Grand Prix" as part of the event, as it does "Open"', () => {
    expect(names('Verstappen won the Spanish Grand Prix and the Japanese Grand Prix, and Sinner the Italian Open.')).toEqual([
      ['Verstappen', 'PERSON'], ['Spanish Grand Prix', 'EVENT'], ['Japanese Grand Prix', 'EVENT'], ['Sinner', 'PERSON'], ['Italian Open', 'EVENT'],
    ]);
  });
});

describe('buildings and bases', () => {
  it('reads a name ending in a building\'s kind as a facility where the model took it for a people\'s', () => {
    expect(names('The cardinals met in the Sistine Chapel.')).toEqual([['Sistine Chapel', 'FAC']]);
  });

  it('takes a facility\'s capitalised head into the name the model stopped short of, but not a surname that looks like one', () => {
    expect(names('Nathan Lane watched the final at Perth Stadium.')).toEqual([['Nathan Lane', 'PERSON'], ['Perth Stadium', 'FAC']]);
  });

  it('reads an air base as a facility, not a town', () => {
    expect(names('Iran fired missiles at Al Udeid Air Base in Qatar.')).toEqual([['Iran', 'GPE'], ['Al Udeid Air Base', 'FAC'], ['Qatar', 'GPE']]);
  });
});

describe('conditions\' abbreviations', () => {
  it('reads no name in the abbreviation of a virus or a treatment', () => {
    expect(names('The agency recommended RSV vaccines, and IVF clinics reopened.')).toEqual([]);
  });
});

describe('numbered roads', () => {
  it('reads a kind word and a number as one facility, and a lower-case kind word as none', () => {
    expect(names('Police closed Interstate 35 near Austin, and traffic on I-95 and Route 9A slowed.')).toEqual([
      ['Interstate 35', 'FAC'], ['Austin', 'GPE'], ['I-95', 'FAC'], ['Route 9A', 'FAC'],
    ]);
    expect(readMentions('The highway 20 miles north was closed.').map((m) => [m.text, m.type])).toEqual([['20 miles', 'QUANTITY']]);
  });
});

describe('medicines named after their kind', () => {
  it('reads the unregistered name right after "drug" or "vaccine" as the product, not a person, and a title after "drug" as no kind', () => {
    expect(names("Regulators approved Eli Lilly's Alzheimer's drug Kisunla and the vaccine Comirnaty, said drug czar Tom Homan.")).toEqual([
      ['Eli Lilly', 'ORG'], ['Kisunla', 'PRODUCT'], ['Comirnaty', 'PRODUCT'], ['Tom Homan', 'PERSON'],
    ]);
  });
});

describe('products between an owner and their kind', () => {
  it('reads a name of several words the model took for a people\'s as the product, not a people\'s adjective', () => {
    expect(names("The European Space Agency's Solar Orbiter spacecraft sent back images of its Chinese chips.")).toEqual([
      ['European Space Agency', 'ORG'], ['Solar Orbiter', 'PRODUCT'], ['Chinese', 'NORP'],
    ]);
  });
});

describe('a party, a member\'s title and a seat', () => {
  it('reads the party and the seat the model took for one organization as the party and a place', () => {
    expect(names('The Labour MP for Hampstead and Highgate, Tulip Siddiq, resigned.')).toEqual([
      ['Labour', 'ORG'], ['Hampstead and Highgate', 'GPE'], ['Tulip Siddiq', 'PERSON'],
    ]);
  });
});

describe('a person\'s name the model ended on a particle', () => {
  it('runs on to the capitalised word after the particle', () => {
    expect(names('Jean-Marie Le Pen founded the party, and Kevin De Bruyne joined Napoli.')).toEqual([
      ['Jean-Marie Le Pen', 'PERSON'], ['Kevin De Bruyne', 'PERSON'], ['Napoli', 'ORG'],
    ]);
  });
});

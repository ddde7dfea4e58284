// Names of today's news read as the wrong kind or in pieces, a thirteenth round: a party whose name holds a
// bracket ("Janata Dal (United)"), a car named after its maker, a facility after a modifier, unions, a dateline
// with a region and a dash, and capitalised plurals that open a sentence. Invented sentences through the shipped
// pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

const names = readNames;

describe('a registry name written with brackets', () => {
  it('reads the name across its brackets, closing one included, as the entry', () => {
    const read = readMentions("Nitish Kumar's Janata Dal (United) won 43 seats. The JD(U) said it would stay.");
    expect(read.filter((m) => m.type !== 'CARDINAL').map((m) => [m.text, m.type, m.entity])).toEqual([
      ['Nitish Kumar', 'PERSON', 'person/nitish-kumar'], ['Janata Dal (United)', 'ORG', 'org/janata-dal-united'], ['JD(U)', 'ORG', 'org/janata-dal-united'],
    ]);
  });

  it('does not read across brackets an alias written without them', () => {
    expect(names('Saddam (Hussein) said.')).not.toContainEqual(['Saddam (Hussein)', 'PERSON']);
    expect(names('Shares of Alphabet Inc. (GOOGL) rose.')).toContainEqual(['Alphabet Inc.', 'ORG']);
  });
});

describe('a car named after its maker', () => {
  it('reads the maker and the model as a product, however the model typed them', () => {
    expect(names('GM will move production of the Chevrolet Equinox to Kansas.')).toEqual([['GM', 'ORG'], ['Chevrolet Equinox', 'PRODUCT'], ['Kansas', 'GPE']]);
    expect(names('She traded a Kia Telluride for a Ford Bronco.')).toEqual([['Kia Telluride', 'PRODUCT'], ['Ford Bronco', 'PRODUCT']]);
  });

  it('leaves the maker\'s companies, places, titles and venues as they were', () => {
    expect(names('The car was made by Kia Motor Corp of South Korea.')).toContainEqual(['Kia Motor Corp', 'ORG']);
    expect(names('Ford Motor Co said sales rose.')).toEqual([['Ford Motor Co', 'ORG']]);
    expect(names('The Honda Center hosted the game.')).not.toContainEqual(['Honda Center', 'PRODUCT']);
  });
});

describe('a facility after a modifier', () => {
  it('reads the name before a modifier and a facility noun as the facility', () => {
    expect(names('Ukrainian drones struck the Novoshakhtinsk oil refinery.')).toEqual([['Ukrainian', 'NORP'], ['Novoshakhtinsk', 'FAC']]);
    expect(names('He was held at the Evin maximum-security prison.')).toEqual([['Evin', 'FAC']]);
  });
});

describe('unions and datelines', () => {
  it('reads a union whose name joins two trades as one organization', () => {
    expect(names('Boeing workers went on strike, the International Association of Machinists and Aerospace Workers said.')).toEqual([
      ['Boeing', 'ORG'], ['International Association of Machinists and Aerospace Workers', 'ORG'],
    ]);
    expect(names('The Teamsters and the UAW backed the bill, as did SAG-AFTRA.')).toEqual([['Teamsters', 'ORG'], ['UAW', 'ORG'], ['SAG-AFTRA', 'ORG']]);
  });

  it('reads a dateline of capitals, a region and a dash, with the region\'s full stop', () => {
    expect(names('CAPE CANAVERAL, Fla. — SpaceX launched a rocket on Tuesday.')).toEqual([['CAPE CANAVERAL', 'GPE'], ['Fla.', 'GPE'], ['SpaceX', 'ORG']]);
  });
});

describe('words that open a sentence capitalised', () => {
  it('reads a plural common noun there as no name, and a place after "constituency of" as a place', () => {
    expect(names('Drones struck a refinery in Russia.')).toEqual([['Russia', 'GPE']]);
    expect(names('Tariffs hit exports to Canada.')).toEqual([['Canada', 'GPE']]);
    expect(names('He won the constituency of Dickson in Queensland.')).toEqual([['Dickson', 'GPE'], ['Queensland', 'GPE']]);
  });

  it('reads an abbreviation of a vaccine as no name', () => {
    expect(names('Health Secretary Robert F. Kennedy Jr. questioned the MMR vaccine.')).toEqual([['Robert F. Kennedy Jr.', 'PERSON']]);
  });
});

describe('places listed before their kind', () => {
  it('reads every name of a list before "provinces" as a place, those the model read as people too', () => {
    expect(names('Thousands fled from Nghe An, Ha Tinh and Quang Tri provinces.')).toEqual([['Nghe An', 'GPE'], ['Ha Tinh', 'GPE'], ['Quang Tri', 'GPE']]);
  });
});

describe('names that end in a plus sign, and companies of India and other markets', () => {
  it('reads a registry name ending in "+" whole, over the model\'s shorter name', () => {
    expect(names('OPEC+ agreed to raise output, and Disney+ lost subscribers to Apple TV+.')).toEqual([
      ['OPEC+', 'ORG'], ['Disney+', 'PRODUCT'], ['Apple TV+', 'PRODUCT'],
    ]);
  });

  it('reads a company named like a people\'s adjective as the company', () => {
    expect(names('Reliance sold its stake in Asian Paints.')).toContainEqual(['Asian Paints', 'ORG']);
  });
});

describe('a registry name written with a comma, a laboratory, and a title in quotation marks after its article', () => {
  it('reads a university named with its campus after a comma as one organization, and a laboratory named after a person as one', () => {
    expect(names('Scientists at the University of California, Berkeley, and Lawrence Berkeley National Laboratory reported it.')).toEqual([
      ['University of California, Berkeley', 'ORG'], ['Lawrence Berkeley National Laboratory', 'ORG'],
    ]);
  });

  it('keeps a town and its state apart when the registry writes no comma between them', () => {
    expect(names('He lives in Washington, D.C., and in Apple, Google and Meta he trusts.')).toEqual([
      ['Washington', 'GPE'], ['D.C.', 'GPE'], ['Apple', 'ORG'], ['Google', 'ORG'], ['Meta', 'ORG'],
    ]);
  });

  it('reads a quoted title that opens with an article as a work, the article left out of its span', () => {
    expect(names('Taylor Swift\'s "The Life of a Showgirl" sold 4 million units.')).toEqual([['Taylor Swift', 'PERSON'], ['Life of a Showgirl', 'WORK_OF_ART']]);
    expect(names('She starred in "The White Lotus" last year.')).toEqual([['White Lotus', 'WORK_OF_ART']]);
  });
});

describe('a court named by its kind', () => {
  it('reads the kind and "Court" as one organization after a possessive or an article', () => {
    expect(names("Kenya's High Court on Monday suspended the order.")).toEqual([['Kenya', 'GPE'], ['High Court', 'ORG']]);
    expect(names('The Court of Appeal upheld it, and the Crown Court had agreed.')).toEqual([['Court of Appeal', 'ORG'], ['Crown Court', 'ORG']]);
  });

  it('leaves a longer name the model read around the kind as it is', () => {
    expect(names('The Delhi High Court ruled.')).toEqual([['Delhi High Court', 'ORG']]);
  });
});

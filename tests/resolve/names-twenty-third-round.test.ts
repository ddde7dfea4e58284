// Names and amounts of the news of 1996 to 2026 read wrong, a thirty-first review round. Invented sentences through the
// shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY', 'ORDINAL'].includes(m.type)).map((m) => [m.text, m.type]);
const money = (text: string, published?: string) => readMentions(text, published)
  .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('a local paper\'s dateline, its place in capitals and a dash alone', () => {
  it('is the place, cut where the model ran it into the story', () => {
    expect(names('REGINA — The Cowessess First Nation says it has found unmarked graves.')[0]).toEqual(['REGINA', 'GPE']);
    expect(names('EDMONTON — Hotel occupancy rose in June, according to Tourism Edmonton. Edmonton had not reached the final since 2006.'))
      .toContainEqual(['Edmonton', 'GPE']);
  });

  it('is not a label that opens a line so', () => {
    expect(names('BREAKING — The Senate passed the bill.')).toEqual([['Senate', 'ORG']]);
  });
});

describe('a bare "$" in a local paper\'s story from a country of another dollar', () => {
  it('is that country\'s dollar', () => {
    expect(money('OTTAWA — The federal government will spend $2 billion on housing, the minister said after talks with U.S. officials.'))
      .toEqual([['$2 billion', 'CAD']]);
  });

  it('stays the US dollar where the story writes its own with a sign of its own, or in a wire\'s story', () => {
    expect(money('TORONTO — Loblaw fell 64 cents to C$67.05 while Apple rose $2.')).toEqual([['64 cents', 'CAD'], ['C$67.05', 'CAD'], ['$2', 'USD']]);
    expect(money('OTTAWA (Reuters) - The government will spend $2 billion on housing.')).toEqual([['$2 billion', 'USD']]);
  });

  it('leaves cents marked as the US\'s after them', () => {
    expect(money('OTTAWA — The loonie traded at 77.15 cents US, and the bank spent $2 billion.')).toEqual([['77.15 cents', 'USD'], ['$2 billion', 'CAD']]);
  });
});

describe('an organization, a title and a person the model ran into one name', () => {
  it('is parted at the title where the organization is an acronym or one the registry knows', () => {
    expect(names('NDP Leader Rachel Notley said she was pausing her campaign.')).toEqual([['NDP', 'ORG'], ['Rachel Notley', 'PERSON']]);
    expect(names('Assembly of First Nations National Chief Perry Bellegarde urged Ottawa to act.'))
      .toEqual([['Assembly of First Nations', 'ORG'], ['Perry Bellegarde', 'PERSON'], ['Ottawa', 'GPE']]);
  });

  it('leaves a title\'s own first words and a place\'s official alone', () => {
    expect(names('Vice Chairman Martin Schlegel is seen as a frontrunner.')).toEqual([['Martin Schlegel', 'PERSON']]);
    expect(names('Santa Fe County Sheriff Adan Mendoza said deputies found the bodies.')).toEqual([['Santa Fe County', 'GPE'], ['Adan Mendoza', 'PERSON']]);
  });
});

describe('an era beside its year', () => {
  it('is no name', () => {
    expect(names('The temple was built in 500 BC by the king. Vesuvius erupted in AD 79.').map(([text]) => text)).not.toContain('BC');
    expect(names('The temple was built in 500 BC by the king. Vesuvius erupted in AD 79.').map(([text]) => text)).not.toContain('AD');
  });

  it('leaves the province\'s abbreviation a place', () => {
    expect(names('Kamloops, B.C., was hot.')).toEqual([['Kamloops', 'GPE'], ['B.C.', 'GPE']]);
  });
});

describe('a person\'s name the model ended before particles apart and a surname', () => {
  it('runs on over them', () => {
    expect(names('By Antonio de la Jara in Santiago')).toEqual([['Antonio de la Jara', 'PERSON'], ['Santiago', 'GPE']]);
    expect(names('Humberto de la Calle led the talks.')).toEqual([['Humberto de la Calle', 'PERSON']]);
  });
});

describe('Canada\'s Indigenous peoples', () => {
  it('are peoples, and the assembly of their chiefs an organization', () => {
    expect(names('More than 150,000 First Nations, Métis and Inuit children attended the schools. The Assembly of First Nations said so.'))
      .toEqual([['First Nations', 'NORP'], ['Métis', 'NORP'], ['Inuit', 'NORP'], ['Assembly of First Nations', 'ORG']]);
  });
});

describe('a movement named after a day', () => {
  it('is one organization after "the" or an owner', () => {
    expect(names('Protesters led by the June 5 Movement marched. Egypt\'s April 6 Youth Movement was banned.'))
      .toEqual([['June 5 Movement', 'ORG'], ['Egypt', 'GPE'], ['April 6 Youth Movement', 'ORG']]);
  });

  it('is no name where the day is a date', () => {
    expect(names('On June 5 Group leaders met. Since the June 5 Party congress, nothing changed.').map(([text]) => text)).not.toContain('June 5 Group');
    expect(names('Since the June 5 Party congress, nothing changed.').map(([text]) => text)).not.toContain('June 5 Party');
  });
});

describe('pounds of money', () => {
  it('are money, where pounds of a thing weigh', () => {
    expect(money("The government will inject 37 billion pounds of taxpayers' money into the banks.")).toEqual([['37 billion pounds', 'GBP']]);
    expect(money('Police seized 5 pounds of cocaine.')).toEqual([]);
  });
});

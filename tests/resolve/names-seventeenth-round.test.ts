// Names, money, times and links of the news of 1996 to 2026 read wrong, a twenty-fourth round. Invented sentences
// through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const money = (text: string, published: string) => readMentions(text, published).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

describe('money of a name with a usual country', () => {
  it('is the money of that name of the country the article is filed from', () => {
    expect(money('COLOMBO 1996-12-16\nThe government will spend 40 billion rupees on defence.', '1996-12-16')).toEqual([['40 billion rupees', 'LKR']]);
    expect(money('ISLAMABAD 1996-12-16\nShe defaulted on 60 billion rupees.', '1996-12-16')).toEqual([['60 billion rupees', 'PKR']]);
    expect(money('CAIRO 1996-12-16\nEgypt will spend 3 billion pounds on roads.', '1996-12-16')).toEqual([['3 billion pounds', 'EGP']]);
  });

  it('keeps its usual country at home, where the article says nothing else, and the country the article states', () => {
    expect(money('NEW DELHI 1996-12-16\nThe dam cost 60 billion rupees.', '1996-12-16')).toEqual([['60 billion rupees', 'INR']]);
    expect(money('The fine was 25,000 Pakistani rupees and a further 5,000 rupees.', '1996-12-16')).toEqual([['25,000 Pakistani rupees', 'PKR'], ['5,000 rupees', 'PKR']]);
    expect(money('KARACHI 1996-12-16\nA fine of 500 Indian rupees, then 300 rupees.', '1996-12-16')).toEqual([['500 Indian rupees', 'INR'], ['300 rupees', 'INR']]);
  });

  it('leaves dollars the US\'s wherever the story is filed from', () => {
    expect(money('SYDNEY 1996-12-16\nThe deal was worth 20 million dollars.', '1996-12-16')).toEqual([['20 million dollars', 'USD']]);
  });
});

const names = (text: string) => readMentions(text).filter((m) => !['CARDINAL', 'DATE', 'PERCENT', 'TIME', 'MONEY'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a stock index named before the words markets quote it by', () => {
  it('is a PRODUCT, whatever the model read its name as', () => {
    expect(names('The Dow Jones industrial average rose, while the Nasdaq composite gained.')).toEqual([['Dow Jones', 'PRODUCT'], ['Nasdaq', 'PRODUCT']]);
    expect(names("Tokyo's Nikkei share average fell 2 percent.")).toEqual([['Tokyo', 'GPE'], ['Nikkei', 'PRODUCT']]);
  });

  it('leaves a place, a person and an exchange their kinds', () => {
    expect(names('The Jakarta composite index fell.')).toEqual([['Jakarta', 'GPE']]);
    expect(names("Ponting's batting average fell.")).toEqual([['Ponting', 'PERSON']]);
    expect(names('The Karachi Stock Exchange index fell by 7.84 points.')).toEqual([['Karachi Stock Exchange', 'ORG']]);
  });
});

describe('a one-word registry name read once as its entry\'s kind', () => {
  it('keeps that kind where the model reads it otherwise', () => {
    expect(names('Wegovy is made by the Danish drugmaker Novo Nordisk. NICE recommends Wegovy for adults.').filter(([text]) => text === 'Wegovy'))
      .toEqual([['Wegovy', 'PRODUCT'], ['Wegovy', 'PRODUCT']]);
  });
});

describe('a US state\'s name before a word for a party\'s members', () => {
  it('is the place, and the word the party\'s people', () => {
    expect(names('Senator Charles Grassley, the Iowa Republican who heads the panel, said.')).toEqual([['Charles Grassley', 'PERSON'], ['Iowa', 'GPE'], ['Republican', 'NORP']]);
    expect(names('Rep. Barney Frank, a Massachusetts Democrat, said.')).toEqual([['Barney Frank', 'PERSON'], ['Massachusetts', 'GPE'], ['Democrat', 'NORP']]);
  });

  it('leaves a party named after its state whole', () => {
    expect(names('The New York Republican Party met.')).toEqual([['New York Republican Party', 'ORG']]);
  });
});

describe('the place that says whose a name is', () => {
  it('is none that ends the sentence before', () => {
    expect(readMentions('Oil output rose offshore near Pointe-Noire. Elf Aquitaine of France said.').find((m) => m.text === 'Elf Aquitaine')?.entity).toBe('org/elf-aquitaine');
  });
});

describe('a word the model read as a name of no kind', () => {
  it('is none where it has no capital, or opens the sentence as a verb or an adjective', () => {
    expect(names('Shares of Twitter\'s rival fell.')).toEqual([['Twitter', 'ORG']]);
    expect(names('Masked gunmen shot dead six Red Cross workers.')).toEqual([['Red Cross', 'ORG']]);
  });
});

describe('a holiday the model read as a name', () => {
  it('is part of the days it names', () => {
    expect(readMentions('Pilots struck during the Labor Day weekend.', '1998-09-10').map((m) => [m.text, m.type])).toEqual([['the Labor Day weekend', 'DATE']]);
  });
});

describe('titles the registry lacked', () => {
  it('stay out of the person\'s name', () => {
    expect(names('National Security Adviser Jake Sullivan said the talks were useful.')).toEqual([['Jake Sullivan', 'PERSON']]);
    expect(names('Chief of General Staff Valery Gerasimov visited the front.')).toEqual([['Valery Gerasimov', 'PERSON']]);
  });
});

describe('a name before a facility\'s noun', () => {
  it('is the facility\'s', () => {
    expect(names('Miners at the Zasyadko mine went on strike.')).toEqual([['Zasyadko', 'FAC']]);
  });
});

describe('a place the registry names with its article', () => {
  it('keeps the article, which is its name\'s own word', () => {
    expect(names('The tribunal in The Hague indicted him.')).toEqual([['The Hague', 'GPE']]);
    expect(names('THE HAGUE 2012-12-10\nThe court ruled.')).toContainEqual(['THE HAGUE', 'GPE']);
    expect(names('The Netherlands won.')).toEqual([['Netherlands', 'GPE']]);
  });
});

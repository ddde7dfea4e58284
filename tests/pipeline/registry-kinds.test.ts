// A name the registry knows as a company is no people's name, whatever the name model reads; and the
// titles of agencies and officers stay out of the names after them. Invented sentences where the names are
// not the registry's own.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('registry kinds and officers\' titles', () => {
  it('types a company the model read as a people\'s name by its registry entry', () => {
    expect(readMentions('Boeing and Airbus, which build the jets, referred questions to regulators.').map((m) => [m.text, m.type]))
      .toEqual([['Boeing', 'ORG'], ['Airbus', 'ORG']]);
  });

  it('keeps an administrator\'s or a solicitor general\'s title out of the name', () => {
    const people = readMentions('Agency Administrator Tomas Brandt spoke. Solicitor General Ilse Varga replied.').filter((m) => m.type === 'PERSON');
    expect(people.map((m) => [m.text, m.title])).toEqual([['Tomas Brandt', 'Administrator'], ['Ilse Varga', 'Solicitor General']]);
  });
});

describe('products', () => {
  const named = (text: string) => readMentions(text).map((m) => [m.text, m.type]);

  it('types the products the registry knows, with the model words after their names', () => {
    expect(named('Shares of the maker of Ozempic and Wegovy rose. Apple unveiled the iPhone 17 and AirPods Pro 3.')).toEqual([
      ['Ozempic', 'PRODUCT'], ['Wegovy', 'PRODUCT'], ['Apple', 'ORG'], ['iPhone 17', 'PRODUCT'], ['AirPods Pro 3', 'PRODUCT'],
    ]);
  });

  // Names the model reads as places, peoples or organizations, which the registry knows by the forms the news writes.
  it.each([
    ['a weapon system', 'Kyiv asked for more Patriot air-defence systems, and Berlin sent two Patriot batteries.', [
      ['Kyiv', 'GPE'], ['Patriot air-defence systems', 'PRODUCT'], ['Berlin', 'GPE'], ['two', 'CARDINAL'], ['Patriot batteries', 'PRODUCT'],
    ]],
    ['the oil benchmarks', 'Brent crude futures rose 1%, and West Texas Intermediate crude gained 85 cents. WTI later fell.', [
      ['Brent crude', 'PRODUCT'], ['1%', 'PERCENT'], ['West Texas Intermediate crude', 'PRODUCT'], ['85 cents', 'MONEY'], ['WTI', 'PRODUCT'],
    ]],
    ['football\'s leagues and competitions, as events', 'He left La Liga for the Premier League, won the Champions League and played at Euro 2024; the Bundesliga season ended.', [
      ['La Liga', 'EVENT'], ['Premier League', 'EVENT'], ['Champions League', 'EVENT'], ['Euro 2024', 'EVENT'], ['Bundesliga', 'EVENT'],
    ]],
    ['the EU\'s court by its full name, whose last words are the EU\'s', 'The Court of Justice of the European Union ruled on Thursday.', [
      ['Court of Justice of the European Union', 'ORG'], ['Thursday', 'DATE'],
    ]],
    ['stock indexes, with the figures in their names, where the model read their first words as a company or a people', 'The S&P 500 hit a record, the Dow Jones Industrial Average and the Nasdaq Composite rose, and the FTSE 100 fell.', [
      ['S&P 500', 'PRODUCT'], ['Dow Jones Industrial Average', 'PRODUCT'], ['Nasdaq Composite', 'PRODUCT'], ['FTSE 100', 'PRODUCT'],
    ]],
    ['a tennis major by the name the press gives it, and a museum', 'He lost at Roland Garros, then visited the Louvre.', [
      ['Roland Garros', 'EVENT'], ['Louvre', 'FAC'],
    ]],
    ['a trade bloc, a travel site and a pilgrimage', 'Mercosur signed the deal. Booking.com faces limits. The Hajj drew pilgrims.', [
      ['Mercosur', 'ORG'], ['Booking.com', 'ORG'], ['Hajj', 'EVENT'],
    ]],
    ['a devolved parliament, a cricket series and ground, and an index named with a hyphen', 'The Scottish Parliament met. The Ashes opened at the Gabba. The JSE Top-40 index rose.', [
      ['Scottish Parliament', 'ORG'], ['Ashes', 'EVENT'], ['Gabba', 'FAC'], ['JSE Top-40', 'PRODUCT'],
    ]],
    ['the accounting firms, which the model read as people', 'Clubs spent a record sum, Deloitte said. KPMG agreed.', [
      ['Deloitte', 'ORG'], ['KPMG', 'ORG'],
    ]],
  ])('knows %s', (_, text, expected) => {
    expect(named(text as string)).toEqual(expected);
  });

  it('keeps a figure before a product a number', () => {
    expect(named('Two F-35 fighters flew over the base.')).toEqual([['Two', 'CARDINAL'], ['F-35', 'PRODUCT']]);
  });
});

// Amounts of the ninety-seventh review round (retail, airlines, public health, personal finance, parliaments), as
// [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';
import { readMentions } from '../shipped-pipeline.js';

const moneyOf = (text: string) => readMentions(text).filter((m) => m.type === 'MONEY').map((m) => [m.text, m.value, m.currency]);

describe('rand and naira with no thousands and no scale', () => {
  it('are money in an article that writes the money surely elsewhere', () => {
    expect(readings('The old age grant rises by R90 to R2,180 a month, a fee of R200 or R14.05.')).toEqual([
      ['MONEY', 'R90', 90, 'ZAR'], ['MONEY', 'R2,180', 2180, 'ZAR'], ['MONEY', 'R200', 200, 'ZAR'], ['MONEY', 'R14.05', 14.05, 'ZAR'],
    ]);
    expect(readings('Petrol rose to N617 a litre; the budget is N28.7 trillion.')).toEqual([
      ['MONEY', 'N617', 617, 'NGN'], ['MONEY', 'N28.7 trillion', 28700000000000, 'NGN'],
    ]);
  });

  it('are no money alone, nor a road after "the" beside rand', () => {
    expect(readings('A fee of R200 or R300.')).toEqual([]);
    expect(readings('Tolls on the R21 rose to R2,180.')).toEqual([['MONEY', 'R2,180', 2180, 'ZAR']]);
  });
});

describe('bare dollars of a story with no dateline', () => {
  it('are the dollars of the country most of its places and bodies are in, though a few lie abroad', () => {
    const text = 'The NSW Rural Fire Service said 146 fires were burning across NSW and Victoria. Gladys Berejiklian said the Bureau of '
      + 'Meteorology expected 44 degrees. The Insurance Council of Australia said claims had reached $375 million. Scott Morrison '
      + 'cut short his holiday in Hawaii.';
    expect(moneyOf(text)).toEqual([['$375 million', 375000000, 'AUD']]);
  });

  it('stay US dollars under a wire dateline on a line of its own, whatever the bodies', () => {
    const text = 'Douglas & Lomason shares rise on merger.\nFARMINGTON HILLS, Mich.\n1996-08-30\nDouglas & Lomason agreed to be acquired by '
      + 'Magna International Inc for $31 a share. Magna International said Magna International would keep the plants.';
    expect(moneyOf(text)).toEqual([['$31', 31, 'USD']]);
  });
});

describe('a figure in "m" after a height of water', () => {
  it('is metres', () => {
    expect(readings('River levels had reached 4.9m by 6am and could rise to between 5.2m and 5.4m.').filter(([type]) => type !== 'TIME')).toEqual([
      ['QUANTITY', '4.9m', 4.9, 'm'], ['QUANTITY', '5.2m', 5.2, 'm'], ['QUANTITY', '5.4m', 5.4, 'm'],
    ]);
    expect(readings('Waves of up to 6m are forecast.')).toEqual([['QUANTITY', '6m', 6, 'm']]);
  });

  it('stays millions after levels of no water', () => {
    expect(readings('Unemployment levels rose to 1.6m.')).toEqual([['CARDINAL', '1.6m', 1600000]]);
  });
});

describe('codes and names the numbers recognizer counted', () => {
  it('leaves a law\'s section with a capital letter a section, no temperature', () => {
    expect(readings('Deductions under Section 80C rose, and a late fee applies under Section 234F.')).toEqual([]);
    expect(readings('Temperatures hit 40C in Delhi.')).toEqual([['QUANTITY', '40C', 40, 'degC']]);
  });

  it('leaves "two-way" no count', () => {
    expect(readings("Canada's two-way trade with Asia grew.")).toEqual([]);
  });

  it('leaves an emergency number before its calls a name', () => {
    expect(readings('The outage cut off 911 calls in some regions.')).toEqual([]);
    expect(readings('The 747 passengers were safe.')).toEqual([['CARDINAL', '747', 747]]);
  });
});

describe('bare dollars where the story writes the US dollar as such', () => {
  it('are those of the country most of its places and bodies are in', () => {
    const text = 'Fonterra cut its forecast milk price to $5.25 a kilogram, as whole milk powder fell to US$1,752 a tonne. The Reserve Bank '
      + 'of New Zealand and Westpac New Zealand said farmers in Waikato would be hit, while the Reserve Bank of Australia held rates.';
    expect(moneyOf(text)).toEqual([['$5.25', 5.25, 'NZD'], ['US$1,752', 1752, 'USD']]);
  });

  it('stay US dollars where the story writes another dollar by its sign too', () => {
    const text = 'Cineplex Odeon closed at C$12.875 in Toronto and at $11 in New York, after a US$666 million offer. The Reserve Bank of '
      + 'Australia and the Australian Securities Exchange were not involved, said the Australian Competition and Consumer Commission.';
    expect(moneyOf(text).map(([span, , currency]) => [span, currency])).toEqual([['C$12.875', 'CAD'], ['$11', 'USD'], ['US$666 million', 'USD']]);
  });
});

describe('a dateline written with a hyphen before "A"', () => {
  it('is a local paper\'s, its bare dollars its country\'s', () => {
    expect(moneyOf('SINGAPORE - A man was fined $8,000 on Thursday for cheating, the court heard.')).toEqual([['$8,000', 8000, 'SGD']]);
  });
});

describe('a crop\'s yield and weight, written against the digits', () => {
  it('are quantities in tonnes a hectare, kilograms a hectolitre and tonnes', () => {
    expect(readings('Yields are averaging 7.4-7.8t/ha, below the 76kg/hl standard; the crop is forecast at 800,000-900,000t.')).toEqual([
      ['QUANTITY', '7.4', 7.4, 't/ha'], ['QUANTITY', '7.8t/ha', 7.8, 't/ha'], ['QUANTITY', '76kg/hl', 76, 'kg/hl'],
      ['QUANTITY', '800,000', 800000, 't'], ['QUANTITY', '900,000t', 900000, 't'],
    ]);
  });
});

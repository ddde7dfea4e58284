// Fractions as markets quote them after decimals, a rank whose name follows a comma, and a number after a compound's
// unit. Invented sentences through the numbers recognizer: [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { numbersIn } from './read.js';

const readings = (text: string) => numbersIn(text)
  .map((x) => [x.type, x.text, x.value ?? null, ...(x.attrs?.currency ? [x.attrs.currency as string] : [])]);

describe('a fraction after a price in decimals', () => {
  it('is a fraction of its last place, a cent, hyphened or apart', () => {
    expect(readings('Corn fell 6-1/4 cents to $4.86-3/4 a bushel.')).toEqual([['MONEY', '6-1/4 cents', 0.0625, 'USD'], ['MONEY', '$4.86-3/4', 4.8675, 'USD']]);
    expect(readings('Wheat closed at $8.50 3/4 a bushel.')).toEqual([['MONEY', '$8.50 3/4', 8.5075, 'USD']]);
  });

  it('leaves a whole number\'s fraction whole', () => {
    expect(readings('The bond rose to 99 3/4.')).toEqual([['CARDINAL', '99 3/4', 99.75]]);
  });
});

describe('"a" and an ordinal before a comma and a name', () => {
  it('is a rank, not a fraction; before "of" a fraction still', () => {
    expect(readings('A seventh, Oliver Schmidt, was arrested.')).toEqual([['ORDINAL', 'seventh', 7]]);
    expect(readings('A third of the crop was lost.')).toEqual([['CARDINAL', 'A third', 0.3333333333333333]]);
  });
});

describe('a number after "to" and a unit that ends a hyphened compound', () => {
  it('is a number, not the end of a range of durations', () => {
    expect(readings('Users grew year-over-year to 49 million.')).toEqual([['CARDINAL', '49 million', 49000000]]);
  });
});

describe('a scale\'s abbreviation and a milestone', () => {
  it('takes the stop of "bil." and "tril." where the sentence goes on with the currency', () => {
    expect(readings('Sony forecasts a 520 bil. yen loss, and Toyota earned 2.3 tril. yen.'))
      .toEqual([['MONEY', '520 bil. yen', 520e9, 'JPY'], ['MONEY', '2.3 tril. yen', 2.3e12, 'JPY']]);
  });

  it('reads a currency that is a common word after "the" and words that describe as a milestone', () => {
    expect(readings('The index sank below the psychologically important 1,000 mark, and he was fined 1,000 marks.'))
      .toEqual([['CARDINAL', '1,000', 1000], ['MONEY', '1,000 marks', 1000, 'DEM']]);
  });
});

describe('a ship\'s size and the trade press\'s rates', () => {
  it('are quantities in their units', () => {
    expect(readings('The 203,000 dwt vessel carried 23,000 TEU, and the plant makes 4,000 t/d.'))
      .toEqual([['QUANTITY', '203,000 dwt', 203000], ['QUANTITY', '23,000 TEU', 23000], ['QUANTITY', '4,000 t/d', 4000]]);
  });
});

describe('a quarter of what a name begins', () => {
  it('is a share, no stretch of time', () => {
    expect(readings('UPS handles about a quarter of U.S. parcel volume, up from three quarters of 2021.'))
      .toEqual([['CARDINAL', 'a quarter', 0.25]]);
  });
});

describe('a fraction after a change verb, "by" and a qualifier', () => {
  it('is the size of the change', () => {
    expect(readings('Latvia\'s economy shrank by nearly a quarter in 2009.')).toEqual([['CARDINAL', 'a quarter', 0.25]]);
    expect(readings('Sales fell by a quarter.')).toEqual([['CARDINAL', 'a quarter', 0.25]]);
  });
});

describe('one quarter or half of a thing, and "a quarter" after an amount', () => {
  it('is a share of what "of" names; after an amount it is "per quarter", no number', () => {
    expect(readings('About a quarter of revenue comes from China.')).toEqual([['CARDINAL', 'a quarter', 0.25]]);
    expect(readings('About half of output is exported.')).toEqual([['CARDINAL', 'half', 0.5]]);
    expect(readings('Output grew 5% a quarter, and the dividend is 10 cents a quarter.')).toEqual([['PERCENT', '5%', 5], ['MONEY', '10 cents', 0.1, 'USD']]);
    expect(readings('Half of last year was lost.')).toEqual([]);
  });
});

describe('a count before a month\'s name that is an English word too', () => {
  it('counts where the word is written in lower case: the verb, no month', () => {
    expect(readings('Nearly 2 million march against the extradition bill.')).toEqual([['CARDINAL', '2 million', 2000000]]);
    expect(readings('Up to 500 may attend.')).toEqual([['CARDINAL', '500', 500]]);
    expect(readings('Prices rose on 2 March.')).toEqual([]);
  });
});

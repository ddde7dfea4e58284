// Amounts of the hundred-and-fifth review round (sovereign debt, mining, crypto markets, climate talks, motor racing), as
// [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? null]);

describe('a fraction after a change\'s "by"', () => {
  it('is a share whatever follows it but a noun', () => {
    expect(read('Sales rose by a quarter last year.')).toEqual([['CARDINAL', 'a quarter', 0.25, null]]);
    expect(read('Jewellery purchases fell by a third last year.')).toEqual([['CARDINAL', 'a third', 1 / 3, null]]);
    expect(read('Sales rose by half last year.')).toEqual([['CARDINAL', 'half', 0.5, null]]);
  });

  it('is a share after a cost that blew out, no quarter of a year', () => {
    expect(readMentions('The cost has blown out by a quarter in just two years.').map((m) => [m.type, m.text])).toEqual([['CARDINAL', 'a quarter'], ['DATE', 'two years']]);
  });

  it('leaves "by a third party" to the noun', () => {
    expect(read('The deal was reviewed by a third party.')).toEqual([]);
  });
});

describe('"half of" a thing counted by no unit, past its adjectives', () => {
  it('is a share', () => {
    expect(read('Binance handles more than half of global spot trading.')).toEqual([['CARDINAL', 'half', 0.5, null]]);
  });
});

describe('the code exchanges write for bitcoin after an amount', () => {
  it('is money in bitcoin', () => {
    expect(read('The reward fell from 6.25 BTC to 3.125 BTC.')).toEqual([['MONEY', '6.25 BTC', 6.25, 'XBT'], ['MONEY', '3.125 BTC', 3.125, 'XBT']]);
  });
});

describe('"$US" before an amount', () => {
  it('marks the US dollar, so a bare "$" in a story of Australia\'s places is Australia\'s', () => {
    expect(read('Fortescue shares rose to $18.96 in Perth and Sydney as Western Australia iron ore fetched $US105 a tonne.').filter(([type]) => type === 'MONEY'))
      .toEqual([['MONEY', '$18.96', 18.96, 'AUD'], ['MONEY', '$US105', 105, 'USD']]);
  });
});

describe('a hyphen glued to a vulgar fraction', () => {
  it('joins a score, no sign of the number after it', () => {
    expect(read('Europe won 16½-11½.').some(([, , value]) => typeof value === 'number' && value < 0)).toBe(false);
  });
});

describe('a capitalised unit in prose after a word in lower case', () => {
  it('is a name\'s word, no unit', () => {
    expect(read('Streaming would account for 1 in 7 Cup races.')).toEqual([['CARDINAL', '1', 1, null], ['CARDINAL', '7', 7, null]]);
    expect(read('Add 2 cups of flour.')).toEqual([['QUANTITY', '2 cups', 2, null]]);
  });
});

describe('an emergency number one reaches', () => {
  it('is no number', () => {
    expect(read('Customers were unable to reach 911 after the outage.')).toEqual([]);
  });

  it('leave a count of units after "reached" a number', () => {
    expect(read('Sales reached 911 units.')).toEqual([['CARDINAL', '911', 911, null]]);
  });
});

describe('a "P" against an amount with a scale', () => {
  it('is the Philippine peso, as Manila\'s press writes it', () => {
    expect(read('The LRT extension costs P50 billion.')).toEqual([['MONEY', 'P50 billion', 50000000000, 'PHP']]);
  });
});

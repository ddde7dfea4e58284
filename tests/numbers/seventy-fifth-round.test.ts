// Money and measures of the seventy-fifth review round (South America's smaller economies, Moldova, physics and
// astronomy, the lumber trade, dairy): the currencies and units the tables lacked, each inside a news sentence, as
// [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings, type Expected } from './read.js';

describe('currencies named after the amount', () => {
  it.each<[string, Expected]>([
    ['The budget is 90 trillion guaranies.', [['MONEY', '90 trillion guaranies', 90e12, 'PYG']]],
    ['Reserves stood at 4 trillion sucres in 1999.', [['MONEY', '4 trillion sucres', 4e12, 'ECS']]],
    // a country's people before a name several countries' money shares
    ['The average wage is about 400 Moldovan lei.', [['MONEY', '400 Moldovan lei', 400, 'MDL']]],
    ['It costs 50 lei in Bucharest.', [['MONEY', '50 lei', 50, 'RON']]],
    // the real is a common word: money only after a large amount
    ['Suzano will invest 22.2 billion real in the mill.', [['MONEY', '22.2 billion real', 22.2e9, 'BRL']]],
    ['The 11 real ones stayed.', [['CARDINAL', '11', 11]]],
    ['Milk fetched 45.0 eurocents a litre.', [['MONEY', '45.0 eurocents', 0.45, 'EUR']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});

describe('units of physics, astronomy and the lumber trade', () => {
  it.each<[string, Expected]>([
    ['A signal at 125 gigaelectronvolts was reported.', [['QUANTITY', '125 gigaelectronvolts', 125, 'GeV']]],
    ['The collider reaches 13.6 TeV.', [['QUANTITY', '13.6 TeV', 13.6, 'TeV']]],
    ['The star is 4.2 parsecs away.', [['QUANTITY', '4.2 parsecs', 4.2, 'pc']]],
    ['The survey covers 28 square degrees.', [['QUANTITY', '28 square degrees', 28, 'deg2']]],
    ['The planet is 16 Earth masses.', [['QUANTITY', '16 Earth masses', 16, 'M_earth']]],
    ['The mill produced 400 million board feet of lumber.', [['QUANTITY', '400 million board feet', 400e6, 'fbm']]],
  ])('%s', (text, expected) => expect(readings(text)).toEqual(expected));
});

describe('a number word that opens the story after its dateline', () => {
  it('is a count, as at a sentence\'s start, though a capitalised word follows', () => {
    expect(readings('NASSAU (Reuters) - Five Caribbean nations agreed.')).toEqual([['CARDINAL', 'Five', 5]]);
  });
});

// Amounts of the ninety-fourth review round (agriculture, aviation), as [type, span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';

describe('a unit after "a" or "an" and another unit', () => {
  it('is one compound unit, a yield', () => {
    expect(readings('Yields reached 173 bushels an acre.')).toEqual([['QUANTITY', '173 bushels an acre', 173, 'bu/acre']]);
    expect(readings('Farms harvest 8 tonnes a hectare.')).toEqual([['QUANTITY', '8 tonnes a hectare', 8, 't/ha']]);
  });

  it('leaves a unit of time to the time rules, and a price a price', () => {
    expect(readings('He ran 10 miles a day.')).toEqual([['QUANTITY', '10 miles', 10, 'mi']]);
  });
});

describe('"a tonne" after a price restated in brackets', () => {
  it('is the rate of the price, no quantity', () => {
    expect(readings('Wheat closed at 241.50 euros ($271) a tonne.')).toEqual([['MONEY', '241.50 euros', 241.5, 'EUR'], ['MONEY', '$271', 271, 'USD']]);
  });
});

describe('a figure after "building" the verb', () => {
  it('counts what is built', () => {
    expect(readings('Airbus is building five jets a month.')).toEqual([['CARDINAL', 'five', 5]]);
  });

  it('stays a building\'s number after the noun', () => {
    expect(readings('The fire started in Building 7.')).toEqual([]);
  });
});

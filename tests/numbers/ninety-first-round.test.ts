// Amounts of the ninety-first review round (nuclear power and uranium, demographics, video games, telecoms), as [type,
// span, value, unit or currency].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';
import { readings } from './read.js';

describe('pounds in an article that prices a thing by the pound', () => {
  it('weigh it', () => {
    expect(readings('Uranium tops $100 a pound. Reactors need about 180 million pounds a year.'))
      .toEqual([['MONEY', '$100', 100, 'USD'], ['QUANTITY', '180 million pounds', 1.8e8, 'lb']]);
  });

  it('are sterling where restated in another money, or where nothing is priced by the pound', () => {
    expect(readings('Costs could rise to 35 billion pounds ($44.6 billion). Coffee sold at $3 a pound.'))
      .toEqual([['MONEY', '35 billion pounds', 3.5e10, 'GBP'], ['MONEY', '$44.6 billion', 4.46e10, 'USD'], ['MONEY', '$3', 3, 'USD']]);
    expect(readings('Lenders lent 5 million pounds.')).toEqual([['MONEY', '5 million pounds', 5e6, 'GBP']]);
  });
});

describe('a figure after a period of time and "and"', () => {
  it('is a figure of its own where the period is told as a date or a rank, or a noun follows it', () => {
    expect(readings('The rate will fall to 0.68 this year and 0.65 in 2025.')).toEqual([['CARDINAL', '0.68', 0.68], ['CARDINAL', '0.65', 0.65]]);
    expect(readings('It sold 6.5 million copies in its first week and 12.6 million by September.'))
      .toEqual([['CARDINAL', '6.5 million', 6.5e6], ['ORDINAL', 'first', 1], ['CARDINAL', '12.6 million', 1.26e7]]);
    expect(readings('The auction ended after seven days and 40 rounds.')).toEqual([['CARDINAL', '40', 40]]);
  });

  it("is the length's other end after a count of the unit", () => {
    expect(readings('It will take a year or two.')).toEqual([]);
  });
});

describe("the Caucasus' and Central Asia's money", () => {
  const money = (text: string) => readMentions(text, '2024-01-10').filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

  it("is Armenia's dram, and the manat of the country the story is from", () => {
    expect(money('Each refugee got a one-time payment of 100,000 drams (about $250).')).toEqual([['100,000 drams', 'AMD'], ['$250', 'USD']]);
    expect(money('ASHGABAT, Turkmenistan (Reuters) - The budget assumed revenue of around 100 billion manats.')).toEqual([['100 billion manats', 'TMT']]);
    expect(money('BAKU (Reuters) - The budget assumed revenue of 35 billion manats.')).toEqual([['35 billion manats', 'AZN']]);
  });
});

describe('bare cents in an article whose other money is one dollar or the euro', () => {
  const money = (text: string) => readMentions(text, '2022-12-15').filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

  it('are of that money', () => {
    expect(money('The cap limits gas to 12 cents per kilowatt-hour, and households will save 500 euros.'))
      .toEqual([['12 cents', 'EUR'], ['500 euros', 'EUR']]);
  });

  it("are the US's beside US dollars too", () => {
    expect(money('The cap limits gas to 12 cents, while oil traded at $80 and gas at 500 euros.'))
      .toEqual([['12 cents', 'USD'], ['$80', 'USD'], ['500 euros', 'EUR']]);
  });
});

describe("water's measures", () => {
  it('are cusecs and cubic hectometres', () => {
    expect(readings('The river carried 600,000 cusecs; the reservoirs held 99 cubic hectometres.'))
      .toEqual([['QUANTITY', '600,000 cusecs', 600000, 'ft3/s'], ['QUANTITY', '99 cubic hectometres', 99, 'hm3']]);
  });
});

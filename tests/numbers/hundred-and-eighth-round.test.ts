// Amounts of the hundred-and-eighth and hundred-and-ninth review rounds (power utilities, US state elections, agriculture,
// Asian central banks, sport), as [type, span, value].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null]);

describe('a fraction of one percent', () => {
  it('is one percentage', () => {
    expect(read('A recount is triggered if the margin falls to one-tenth of 1 percent.')).toEqual([['PERCENT', 'one-tenth of 1 percent', 0.1]]);
    expect(read('Biden won the state by two-thirds of one percent.')).toEqual([['PERCENT', 'two-thirds of one percent', 2 / 3]]);
  });

  it('leaves a fraction of a million people a count', () => {
    expect(read('Half of 1,000 people voted.')).toEqual([['CARDINAL', '1,000', 1000]]);
  });
});

describe('kilovolts', () => {
  it('measure a line\'s voltage', () => {
    expect(readMentions('It built 55 miles of lines of 345 kilovolts or more.').filter((m) => m.type === 'QUANTITY').map((m) => m.text)).toEqual(['55 miles', '345 kilovolts']);
  });
});

describe('pounds of a measure', () => {
  it('weigh per bushel or per square inch, and cost per person', () => {
    const kinds = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text]);
    expect(kinds('Test weights were 58 pounds per bushel.')).toEqual([['QUANTITY', '58 pounds']]);
    expect(kinds('Tyres are inflated to 35 pounds per square inch.')).toEqual([['QUANTITY', '35 pounds']]);
    expect(kinds('Tickets cost 58 pounds per person.')).toEqual([['MONEY', '58 pounds']]);
  });
});

describe('a currency hung on a hyphen after a scale', () => {
  it('is the money of that name', () => {
    expect(readMentions('The government unveiled a 6.7 trillion-won extra budget.').map((m) => [m.type, m.text, m.currency])).toEqual([['MONEY', '6.7 trillion-won', 'KRW']]);
  });
});

describe('a unit\'s letters in capitals between a year and a noun', () => {
  it('are a name\'s, not millilitres, and the year a date', () => {
    const read = readMentions('He will join for the 2027 MLS season.');
    expect(read.filter((m) => m.type === 'QUANTITY')).toEqual([]);
    expect(read.find((m) => m.text === '2027')?.type).toBe('DATE');
  });
});

describe('"plus and minus" before a figure', () => {
  it('gives a margin either way, as "plus or minus" does, no negative', () => {
    expect(read('The band was widened to plus and minus 0.5%.')).toEqual([['PERCENT', '0.5%', 0.5]]);
  });
});

describe('a currency that is a common word after capitalised words', () => {
  it('is money only after a nationality the table knows', () => {
    expect(read('He won 22 Grand Slam crowns.')).toEqual([['CARDINAL', '22', 22]]);
    expect(readMentions('It cost 500 Swedish crowns.').map((m) => [m.type, m.currency])).toEqual([['MONEY', 'SEK']]);
  });
});

describe('"crores of" and "lakhs of"', () => {
  it('are vague counts, as "millions of" is', () => {
    expect(readMentions('Crores of workers joined the strike.').map((m) => [m.type, m.text, m.value ?? null])).toEqual([['CARDINAL', 'Crores', null]]);
  });
});

describe('barrels of oil equivalent', () => {
  it('measure reserves, and output by the day', () => {
    const quantities = (text: string) => readMentions(text).filter((m) => m.type === 'QUANTITY').map((m) => m.text);
    expect(quantities('Exxon pumped 3.7 million barrels of oil equivalent a day.')).toEqual(['3.7 million barrels of oil equivalent a day']);
    expect(quantities('It holds 3 billion barrels of oil equivalent in reserves.')).toEqual(['3 billion barrels of oil equivalent']);
  });
});

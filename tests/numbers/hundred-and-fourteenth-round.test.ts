// Amounts of the hundred-and-twenty-first to hundred-and-twenty-fifth hand reviews (stop 81: chips and data centres,
// polar science), as [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('Taiwan\'s dollar', () => {
  it('is "T$" as the wires write it, and "NT$"', () => {
    expect(read('Net profit fell to T$238.7 billion, while NT$5 billion was spent.'))
      .toEqual([['MONEY', 'T$238.7 billion', 238.7e9, 'TWD'], ['MONEY', 'NT$5 billion', 5e9, 'TWD']]);
  });
});

describe('units', () => {
  it('read "deg C" and "deg F" as the scales', () => {
    expect(read('Data centres run at 22 deg C to 25 deg C.')).toEqual([['QUANTITY', '22 deg C', 22, 'degC'], ['QUANTITY', '25 deg C', 25, 'degC']]);
    expect(read('It rose 1 deg F.')).toEqual([['QUANTITY', '1 deg F', 1, 'degF']]);
  });

  it('read gigatonnes and zettajoules', () => {
    expect(read('The ice sheet lost 197 gigatonnes, and the ocean gained 15 zettajoules.'))
      .toEqual([['QUANTITY', '197 gigatonnes', 197, 'Gt'], ['QUANTITY', '15 zettajoules', 15, 'ZJ']]);
  });
});

describe('pounds', () => {
  it('weigh where they restate a weight after ", or" or follow the noun "weight"', () => {
    expect(read('At 1.24 kilograms, or about 2.7 pounds, it is light.')).toEqual([['QUANTITY', '1.24 kilograms', 1.24, 'kg'], ['QUANTITY', '2.7 pounds', 2.7, 'lb']]);
    expect(read('He missed weight by 1.5 pounds.')).toEqual([['QUANTITY', '1.5 pounds', 1.5, 'lb']]);
  });

  it('stay money after money told before "or"', () => {
    expect(read('Britain will spend 5 billion pounds on roads, or 2 billion pounds more.'))
      .toEqual([['MONEY', '5 billion pounds', 5e9, 'GBP'], ['MONEY', '2 billion pounds', 2e9, 'GBP']]);
  });
});

describe('fixed phrases', () => {
  it('rank nothing in South Asia\'s police complaint', () => {
    expect(read('The police registered a first information report against the suspect.')).toEqual([]);
  });
});

describe('doses and loads', () => {
  it('read international units and volt-amperes', () => {
    expect(read('Half took 2,000 international units of vitamin D3.')).toEqual([['QUANTITY', '2,000 international units', 2000, 'IU']]);
    expect(read('The discount covers homes using up to 2,200 volt-amperes.')).toEqual([['QUANTITY', '2,200 volt-amperes', 2200, 'VA']]);
  });
});

describe('a dollar country\'s paper credited on the dateline', () => {
  it('writes its own dollar as a bare sign', () => {
    expect(readMentions('SYDNEY (The Sydney Morning Herald) - Qantas has agreed to pay $120 million to settle a lawsuit.')
      .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency])).toEqual([['$120 million', 'AUD']]);
  });
});

describe('a verb\'s particle before a figure', () => {
  it('is no bound: "rolled over 25 times", "could go up to S$3,000"', () => {
    expect(readMentions('The jackpot had rolled over 25 times, and prizes could go up to S$3,000.').filter((m) => NUMBERS.includes(m.type)).map((m) => [m.text, m.qualifier ?? null]))
      .toEqual([['25', null], ['S$3,000', null]]);
    expect(readMentions('He served over 25 times.').map((m) => [m.text, m.qualifier ?? null])).toEqual([['25', 'over']]);
  });
});

describe('ages in a range', () => {
  it('are counts after "the ages of ... range from" and "in age from", as after "aged"', () => {
    expect(read('The ages of the sick people range from 32 to 94 years.')).toEqual([['CARDINAL', '32', 32, null], ['CARDINAL', '94', 94, null]]);
    expect(read('Ill people range in age from 2 to 102 years.')).toEqual([['CARDINAL', '2', 2, null], ['CARDINAL', '102', 102, null]]);
  });
});

describe('"nm"', () => {
  it('is a ship\'s nautical miles before a bearing, a chip\'s nanometres elsewhere', () => {
    expect(read('The incident was 20 nm southeast of Jask, and the vessel was 12 nm off the coast.'))
      .toEqual([['QUANTITY', '20 nm', 20, 'nmi'], ['QUANTITY', '12 nm', 12, 'nmi']]);
    expect(read('TSMC makes 3nm chips.')).toEqual([['QUANTITY', '3nm', 3, 'nm']]);
  });
});

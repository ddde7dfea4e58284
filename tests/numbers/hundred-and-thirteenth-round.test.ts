// Amounts of the hundred-and-sixteenth to hundred-and-twentieth hand reviews (stop 80: water, Central Africa and the Sahel,
// a dollar country's papers), as [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions, readMentionsOf } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('CFA francs', () => {
  it('are the union\'s money the sentence\'s country has', () => {
    expect(read('Chad will spend 50 billion CFA francs on roads.')).toEqual([['MONEY', '50 billion CFA francs', 50e9, 'XAF']]);
    expect(read('Senegal will spend 50 billion CFA francs on roads.')).toEqual([['MONEY', '50 billion CFA francs', 50e9, 'XOF']]);
  });

  it('are West Africa\'s where nothing tells, and never another franc', () => {
    expect(read('It cost 500 francs CFA.')).toEqual([['MONEY', '500 francs CFA', 500, 'XOF']]);
    expect(read('Swiss voters approved 500 million Swiss francs, and Mali 20 billion CFA francs.'))
      .toEqual([['MONEY', '500 million Swiss francs', 500e6, 'CHF'], ['MONEY', '20 billion CFA francs', 20e9, 'XOF']]);
  });

  it('are written with the sign before or after the amount', () => {
    expect(read('The loan of FCFA 20 billion to Cameroon was signed.')).toEqual([['MONEY', 'FCFA 20 billion', 20e9, 'XAF']]);
    expect(read('Gabon\'s budget is 2 trillion FCFA.')).toEqual([['MONEY', '2 trillion FCFA', 2e12, 'XAF']]);
  });
});

describe('units of water', () => {
  it('measure a flow, a supply and a store', () => {
    expect(read('The flow fell to 16 m3/s, or 40 cumecs upstream.')).toEqual([['QUANTITY', '16 m3/s', 16, 'm3/s'], ['QUANTITY', '40 cumecs', 40, 'm3/s']]);
    expect(read('Metrowater supplies 1,040 MLD from the 150-MLD plant.')).toEqual([['QUANTITY', '1,040 MLD', 1040, 'MLD'], ['QUANTITY', '150-MLD', 150, 'MLD']]);
    expect(read('Storage stood at 7.4 tmcft.')).toEqual([['QUANTITY', '7.4 tmcft', 7.4, 'tmcft']]);
  });
});

describe('a dollar country\'s paper named as the source', () => {
  const money = (text: string, source: string) => readMentionsOf({ id: 'paper', text, published: '2026-02-12', source })
    .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);

  it('writes its own dollar with a bare sign', () => {
    expect(money('A one-zone fare will go up 15 cents to $2.85.', 'Vancouver Sun')).toEqual([['15 cents', 'CAD'], ['$2.85', 'CAD']]);
    expect(money('Canada will match donations up to $15-million; the WFP needs US$60-million.', 'The Globe and Mail'))
      .toEqual([['$15-million', 'CAD'], ['US$60-million', 'USD']]);
    expect(money('Rangers issued fines worth up to $4000.', 'Sydney Morning Herald')).toEqual([['$4000', 'AUD']]);
  });

  it('keeps the US dollar for the figure it writes as the US\'s elsewhere', () => {
    expect(money('Logan wins approval for $8.4 billion debt overhaul\n\nLogan\'s US$8.4 billion restructuring was sanctioned; fees were $2 million.', 'The Business Times'))
      .toEqual([['$8.4 billion', 'USD'], ['US$8.4 billion', 'USD'], ['$2 million', 'SGD']]);
  });

  it('keeps the US dollar\'s sign where it writes its own with one of its own', () => {
    expect(money('FIDE set the prize fund at $500,000; tickets cost C$30.', 'The Globe and Mail')).toEqual([['$500,000', 'USD'], ['C$30', 'CAD']]);
  });

  it('leaves another outlet\'s bare sign the US dollar', () => {
    expect(money('A one-zone fare will go up 15 cents to $2.85.', 'The Boston Globe')).toEqual([['15 cents', 'USD'], ['$2.85', 'USD']]);
  });
});

describe('a slash after a code\'s word', () => {
  it('joins two codes, no fraction', () => {
    expect(read('The drug is in a Phase 1/2 trial and a Phase 2/3 study.')).toEqual([]);
    expect(read('About 1/2 of patients responded.')).toEqual([['CARDINAL', '1/2', 0.5, null]]);
  });
});

describe('the first end of a range of amounts', () => {
  it('takes the money its second end\'s name was carried to', () => {
    expect(read('KARACHI - A goat sold for 80,000 to 120,000 rupees.')).toEqual([['MONEY', '80,000', 80000, 'PKR'], ['MONEY', '120,000 rupees', 120000, 'PKR']]);
    expect(read('MANILA - Bangus sold at 220 to 260 pesos a kilo.')).toEqual([['MONEY', '220', 220, 'PHP'], ['MONEY', '260 pesos', 260, 'PHP']]);
  });

  it('leaves a first end that names its own money', () => {
    expect(read('GENEVA - The fee rose from 5 euros to 6 francs.')).toEqual([['MONEY', '5 euros', 5, 'EUR'], ['MONEY', '6 francs', 6, 'CHF']]);
  });
});

describe('a fraction word after "the" and an end of a ranking', () => {
  it('is a share, no rank', () => {
    expect(read('The poorest fifth of households gain most; incomes of the top tenth rose.')).toEqual([['CARDINAL', 'fifth', 0.2, null], ['CARDINAL', 'tenth', 0.1, null]]);
  });

  it('leaves a rank of a noun after it', () => {
    expect(read('He was the best third baseman.')).toEqual([['ORDINAL', 'third', 3, null]]);
  });
});

describe('"HK" before dollars or cents', () => {
  it('is Hong Kong\'s', () => {
    expect(read('The shares fell 62 HK cents to HK$3.10.')).toEqual([['MONEY', '62 HK cents', 0.62, 'HKD'], ['MONEY', 'HK$3.10', 3.1, 'HKD']]);
  });
});

describe('a bare "degrees" after a temperature in its sentence', () => {
  it('is in that temperature\'s scale', () => {
    expect(read('Temperatures hit 40.1C on Friday, 0.9 degrees above the old record.')).toEqual([['QUANTITY', '40.1C', 40.1, 'degC'], ['QUANTITY', '0.9 degrees', 0.9, 'degC']]);
    expect(read('Highs of 95F are forecast, about 10 degrees above normal.')).toEqual([['QUANTITY', '95F', 95, 'degF'], ['QUANTITY', '10 degrees', 10, 'degF']]);
  });

  it('is an angle before it or in another sentence', () => {
    expect(read('The plane banked 30 degrees as temperatures rose to 35C.')).toEqual([['QUANTITY', '30 degrees', 30, 'deg'], ['QUANTITY', '35C', 35, 'degC']]);
    expect(read('It was 20C. The ship turned 90 degrees.')).toEqual([['QUANTITY', '20C', 20, 'degC'], ['QUANTITY', '90 degrees', 90, 'deg']]);
  });
});

// Amounts of the hundred-and-twelfth review round (shipping, banking, athletics, tourism), as [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions, readMentionsOf } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('a multiple', () => {
  it('measures nothing and opens no range', () => {
    expect(read('The central bank raised the minimum capital tenfold to 500 billion naira.'))
      .toEqual([['CARDINAL', 'tenfold', 10, null], ['MONEY', '500 billion naira', 500e9, 'NGN']]);
    expect(read('Output rose threefold to 30 tonnes.')).toEqual([['CARDINAL', 'threefold', 3, null], ['QUANTITY', '30 tonnes', 30, 't']]);
  });
});

describe('a range whose first end\'s hyphen hangs', () => {
  it('shares the unit the second end hyphens', () => {
    expect(read('Panamaxes carry 60,000- to 70,000-tonne cargoes.')).toEqual([['QUANTITY', '60,000', 60000, 't'], ['QUANTITY', '70,000-tonne', 70000, 't']]);
  });
});

describe('a people named in an amount\'s sentence', () => {
  it('tells whose money a name several countries share is', () => {
    expect(read('The Norwegian federation said he would receive a bonus of 1 million kroner.')).toEqual([['MONEY', '1 million kroner', 1e6, 'NOK']]);
  });
});

describe('a lone "half" after a qualifier of size', () => {
  it('is a share', () => {
    expect(read('A survey found that fewer than half were full.')).toEqual([['CARDINAL', 'half', 0.5, null]]);
    expect(read('Roughly half said yes.')).toEqual([['CARDINAL', 'half', 0.5, null]]);
  });

  it('leaves a clock\'s half and a half of a unit to the time rules', () => {
    expect(read('We met at about half past six.')).toEqual([]);
    expect(read('It took more than half an hour.')).toEqual([]);
  });
});

describe('"over" between a verb of spreading and a count of stages', () => {
  it('is the verb\'s, no bound', () => {
    const qualified = (text: string) => readMentions(text).map((m) => [m.text, m.qualifier ?? null]);
    expect(qualified('The election was held over seven phases.')).toEqual([['seven', null]]);
    expect(qualified('Voting was spread over two rounds.')).toEqual([['two', null]]);
  });

  it('stays "more than" before a count of other things', () => {
    expect(readMentions('They held over 500 meetings.').map((m) => [m.text, m.qualifier])).toEqual([['500', 'over']]);
  });
});

describe('a mark after an amount in a bare dollar sign', () => {
  it('says whose dollar it is', () => {
    expect(read('It costs $20 million Cdn, officials said.')).toEqual([['MONEY', '$20 million Cdn', 20e6, 'CAD']]);
    expect(read('SYDNEY - The state spent $20 million US on it.')).toEqual([['MONEY', '$20 million US', 20e6, 'USD']]);
  });

  it('is no people\'s word before its noun', () => {
    expect(read('Traders bought $5 US shares.')).toEqual([['MONEY', '$5', 5, 'USD']]);
  });
});

describe('an article whose source is a national agency or broadcaster', () => {
  it('writes that country\'s dollar as a bare sign', () => {
    const doc = readMentionsOf({ id: 'heist', text: 'Police said $20 million in gold was stolen from Toronto Pearson, and $20 million Cdn was insured.', published: '2024-10-03', source: 'CBC News' });
    expect(doc.filter((m) => m.type === 'MONEY').map((m) => m.currency)).toEqual(['CAD', 'CAD']);
  });
});

describe('units of energy and of a transformer\'s power', () => {
  it('measure', () => {
    expect(read('JET produced a record 69 megajoules of energy.')).toEqual([['QUANTITY', '69 megajoules', 69, 'MJ']]);
    expect(read('They installed a 500 megavolt-ampere transformer.')).toEqual([['QUANTITY', '500 megavolt-ampere', 500, 'MVA']]);
  });
});

describe('"Sh" before an amount', () => {
  it('is the shilling of the country the story or its sentence is of', () => {
    expect(read('DAR ES SALAAM — The railway cost Sh10.04 trillion, the finance ministry said.')[0][3]).toBe('TZS');
    expect(read("Uganda's budget is Sh50 trillion.")[0][3]).toBe('UGX');
    expect(read('NAIROBI — The budget is Sh3.6 trillion.')[0][3]).toBe('KES');
  });
});

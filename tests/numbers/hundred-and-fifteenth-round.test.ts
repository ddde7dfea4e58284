// Amounts of the hundred-and-twenty-sixth and later hand reviews (stop 82: European gas and LNG, Japanese and Korean
// earnings), as [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions, readMentionsOf } from '../shipped-pipeline.js';

const NUMBERS: readonly string[] = ['CARDINAL', 'ORDINAL', 'PERCENT', 'MONEY', 'QUANTITY'];
const read = (text: string) => readMentions(text).filter((m) => NUMBERS.includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('gas in the trade\'s units', () => {
  it('reads million cubic metres a day and billion a year', () => {
    expect(read('Flows averaged about 40 mcm/d, and the link carries 12 bcm/y.'))
      .toEqual([['QUANTITY', '40 mcm/d', 40, 'mcm/d'], ['QUANTITY', '12 bcm/y', 12, 'bcm/yr']]);
  });

  it('reads million cubic feet a day as millions, not thousands', () => {
    expect(read('The field makes 300 MMcf/d and 2.5 bcfd.')).toEqual([['QUANTITY', '300 MMcf/d', 300, 'MMcf/d'], ['QUANTITY', '2.5 bcfd', 2.5, 'bcf/d']]);
  });
});

describe('a small amount of won', () => {
  it('is money before "per"', () => {
    expect(read('It will pay a dividend of 361 won per common share.')).toEqual([['MONEY', '361 won', 361, 'KRW']]);
  });

  it('is no money where "won" is a verb', () => {
    expect(read('The team won 3 games.')).toEqual([['CARDINAL', '3', 3, null]]);
  });
});

describe('a share in words before a range\'s end', () => {
  it('takes no measure of the end after it', () => {
    expect(read('Wholesale gas prices rose by a fifth to 415p a therm.')).toEqual([['CARDINAL', 'a fifth', 0.2, null], ['MONEY', '415p', 4.15, 'GBP']]);
  });

  it('leaves a fraction in figures the range\'s', () => {
    expect(read('Output rose 1/2 to 3 tons.')).toEqual([['QUANTITY', '1/2', 0.5, 't'], ['QUANTITY', '3 tons', 3, 't']]);
  });
});

describe('thousands before a glued "m"', () => {
  it('are metres where no currency or noun stands beside them', () => {
    expect(read('He climbed all 14 peaks above 8,000m without oxygen.')).toEqual([['CARDINAL', '14', 14, null], ['QUANTITY', '8,000m', 8000, 'm']]);
  });

  it('are millions beside a currency or what they count', () => {
    expect(read('Revenue reached 8,000m yen, and a further 1,500m shares were sold.'))
      .toEqual([['MONEY', '8,000m yen', 8e9, 'JPY'], ['CARDINAL', '1,500m', 1.5e9, null]]);
    expect(read('It raised Rs 1,200m.')).toEqual([['MONEY', 'Rs 1,200m', 1.2e9, 'INR']]);
  });
});

describe('"not more than"', () => {
  it('qualifies a figure as "no more than" does', () => {
    expect(readMentions('Prices rose not more than 5%.').filter((m) => m.type === 'PERCENT').map((m) => m.qualifier)).toEqual(['not more than']);
  });
});

describe('a range of pounds after a verb of weighing', () => {
  it('weighs at both ends', () => {
    expect(read('The steers weighed 700 to 750 pounds.')).toEqual([['QUANTITY', '700', 700, 'lb'], ['QUANTITY', '750 pounds', 750, 'lb']]);
  });
});

describe('Uganda\'s "Shs"', () => {
  it('is the shilling of the country a story is filed from', () => {
    const money = readMentionsOf({ id: 'ug', text: 'KAMPALA, March 20 (Reuters) - The court fined him Shs 5 million and costs of Shs500,000.', published: '2024-03-20' })
      .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.value, m.currency]);
    expect(money).toEqual([['Shs 5 million', 5e6, 'UGX'], ['Shs500,000', 500000, 'UGX']]);
  });
});

describe('a local paper\'s dateline with a colon', () => {
  it('makes a bare dollar the country\'s', () => {
    const money = readMentionsOf({ id: 'au', text: 'CANBERRA: Commonwealth public servants will get pay rises costing the budget $3.5 billion.', published: '2024-02-09' })
      .filter((m) => m.type === 'MONEY').map((m) => m.currency);
    expect(money).toEqual(['AUD']);
  });
});

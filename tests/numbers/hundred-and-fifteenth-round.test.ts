// Amounts of the hundred-and-twenty-sixth and later hand reviews (stop 82: European gas and LNG, Japanese and Korean
// earnings), as [type, span, value, currency or unit].
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

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

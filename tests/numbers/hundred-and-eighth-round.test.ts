// Amounts of the hundred-and-eighth review round (power utilities, US state elections), as [type, span, value, unit].
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

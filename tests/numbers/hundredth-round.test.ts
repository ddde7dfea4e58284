// Amounts of the hundredth review round (Asian property, European transport strikes, music festivals), as [type, span, value, unit or
// currency].
import { describe, expect, it } from 'vitest';
import { readings } from './read.js';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string) => readMentions(text).filter((m) => !['DATE', 'TIME'].includes(m.type)).map((m) => [m.type, m.text, m.value ?? null, m.currency ?? m.unit ?? null]);

describe('a vague count before more than one scale', () => {
  it('takes them all, and the money after them', () => {
    expect(read('The state will inject several hundred billion yuan, and a few hundred thousand people came.')).toEqual([
      ['MONEY', 'several hundred billion yuan', null, 'CNY'], ['CARDINAL', 'a few hundred thousand', null, null],
    ]);
  });
});

describe('ordinals joined by "and" before a unit of time', () => {
  it('rank it, both of them', () => {
    expect(read('The walkouts are the fourth and fifth days of action.')).toEqual([['ORDINAL', 'fourth', 4, null], ['ORDINAL', 'fifth', 5, null]]);
  });
});

describe('pounds hung on a hyphen before a word and a fee', () => {
  it('are money, and before other nouns a weight', () => {
    expect(readings('Tickets cost 355 pounds plus a 5-pound booking fee; a 10-pound baby.')).toEqual([
      ['MONEY', '355 pounds', 355, 'GBP'], ['MONEY', '5-pound', 5, 'GBP'], ['QUANTITY', '10-pound', 10, 'lb'],
    ]);
  });
});

// A rate written as a compound's hyphened words before a noun, and a number hyphened into a noun of a kind. Invented
// sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const numbers = (text: string) => readMentions(text)
  .filter((m) => ['CARDINAL', 'QUANTITY', 'DATE', 'TIME'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a rate in a compound\'s hyphened words', () => {
  it('is one quantity, with no duration of its own', () => {
    expect(numbers('Shell shut the 180,000 barrel-a-day offshore field.')).toEqual([['180,000 barrel-a-day', 'QUANTITY']]);
    expect(numbers('The 180,000-barrel-per-day plant restarted.')).toEqual([['180,000-barrel-per-day', 'QUANTITY']]);
    expect(numbers('A 10-mile-an-hour wind blew.')).toEqual([['10-mile-an-hour', 'QUANTITY']]);
  });

  it('leaves a singular unit apart from a time after it when written with spaces', () => {
    expect(numbers('He ran a mile an hour later.')).toEqual([['a mile', 'QUANTITY'], ['an hour later', 'DATE']]);
  });
});

describe('a number hyphened into a noun of a kind', () => {
  it('counts nothing', () => {
    expect(numbers('Curry made 10 3-pointers. He drove an 18-wheeler.')).toEqual([['10', 'CARDINAL']]);
  });
});

// Dates of the eighty-seventh review round (climate, astronomy, mergers, retail, profiles), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const dates = (text: string, published: string) => readMentions(text, published)
  .filter((m) => ['DATE', 'TIME', 'CARDINAL'].includes(m.type)).map((m) => [m.text, m.type, m.value]);

describe('a year after 2100', () => {
  it('is a year after a preposition of time', () => {
    expect(dates('Seas could rise by a metre by 2100. The comet will not return until 2126.', '2024-03-10'))
      .toEqual([['2100', 'DATE', '2100'], ['2126', 'DATE', '2126']]);
  });

  it('is a count anywhere else', () => {
    expect(dates('The index rose by 2150 points.', '2024-03-10')).toEqual([['2150', 'CARDINAL', 2150]]);
    expect(dates('In 2150 tests the model failed.', '2024-03-10')).toEqual([['2150', 'CARDINAL', 2150]]);
  });
});

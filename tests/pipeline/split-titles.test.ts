// A title the name model cut in two ("Chief [Executive Jensen Huang]") is kept out of the name whole and
// recorded. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('a title split by the name model', () => {
  it('takes the title\'s opening words before the name and its last words inside it together', () => {
    const text = 'Shares rose. Chief Executive Priya Raman told analysts.';
    expect(readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title]))
      .toEqual([['Priya Raman', 'Chief Executive']]);
  });
});

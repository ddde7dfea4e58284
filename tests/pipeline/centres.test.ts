// Centres and institutes named for what they study, in the singular or the plural, with a subject of two
// things joined by "and". Invented names.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('centres and institutes', () => {
  it('takes a plural head and a subject joined by "and" into one ORG', () => {
    const text = 'Officials of the Varden Centres for Soil Science and Forestry met staff of the Kestrel Institutes of Health on Monday.';
    expect(readMentions(text).filter((m) => m.type === 'ORG').map((m) => m.text))
      .toEqual(['Varden Centres for Soil Science and Forestry', 'Kestrel Institutes of Health']);
  });
});

// Abbreviations of common nouns are no names (lexicon/common-abbreviations.json), whatever the model reads
// them as. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('abbreviations of common nouns', () => {
  it('reads no name in "AI", "CEO" or "GDP"', () => {
    expect(readMentions('Scaling frontier AI requires compute, Altman said. The CEO of Apple said GDP would grow.').map((m) => [m.text, m.type]))
      .toEqual([['Altman', 'PERSON'], ['Apple', 'ORG']]);
  });
});

// British police ranks as press releases abbreviate them stay out of the officer's name. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('abbreviated police ranks', () => {
  it('keeps "Det Ch Insp", "Supt" and "DCI" out of the name and records them as titles', () => {
    const text = 'Det Ch Insp Sarah Kent said the inquiry went on. Supt Mark Hale and DCI Ann Poole agreed.';
    expect(readMentions(text).filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title]))
      .toEqual([['Sarah Kent', 'Det Ch Insp'], ['Mark Hale', 'Supt'], ['Ann Poole', 'DCI']]);
  });
});

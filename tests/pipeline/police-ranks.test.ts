// British police ranks as press releases abbreviate them stay out of the officer's name. Invented sentences.
import { describe, expect, it } from 'vitest';
import { shippedPipeline } from '../shipped-pipeline.js';

const pipeline = shippedPipeline();

describe('abbreviated police ranks', () => {
  it('keeps "Det Ch Insp", "Supt" and "DCI" out of the name and records them as titles', () => {
    const doc = pipeline.process({ id: 'ranks', text: 'Det Ch Insp Sarah Kent said the inquiry went on. Supt Mark Hale and DCI Ann Poole agreed.' }, { file: 'ranks' }, 'ranks');
    expect(doc.mentions.filter((m) => m.type === 'PERSON').map((m) => [doc.text.slice(m.start, m.end), m.attrs?.title]))
      .toEqual([['Sarah Kent', 'Det Ch Insp'], ['Mark Hale', 'Supt'], ['Ann Poole', 'DCI']]);
  });
});

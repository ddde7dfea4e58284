// A name the model read as a person, joined by "and" to a place after a preposition of place, is a place; a
// person named with a given name stays one. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).map((m) => [m.text, m.type]);

describe('places joined by "and"', () => {
  it('types the second of two places joined after "in" a place', () => {
    expect(names('Authorities in Da Nang and Quang Ngai prepared to evacuate residents.')).toEqual([['Da Nang', 'GPE'], ['Quang Ngai', 'GPE']]);
  });

  it('leaves a person with a given name, and a person after "to", a person', () => {
    expect(names('He flew to Paris and Marcel Dubois met him.')).toEqual([['Paris', 'GPE'], ['Marcel Dubois', 'PERSON']]);
  });
});

// A person's name never runs on past the full stop that ends its sentence: only an initial or "Jr." takes
// one inside a name. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => m.text);

describe('names at the end of a sentence', () => {
  it('ends a name after a title at its full stop, and the next sentence opens its own', () => {
    const text = 'She was greeted by Prime Minister Lotte Brandsma. Okafor, who arrived late, thanked her.';
    expect(people(text)[0]).toBe('Lotte Brandsma');
    expect(readMentions(text).filter((m) => m.text.includes('. '))).toEqual([]);
  });

  it('keeps initials inside the name and "Jr." out of it', () => {
    expect(people('Governor Walter T. Hennessey Jr. signed it, and Senator R. Delacroix objected.'))
      .toEqual(['Walter T. Hennessey', 'R. Delacroix']);
  });
});

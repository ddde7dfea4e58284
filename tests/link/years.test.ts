// A shared name's entries told apart by the article's year (RegistryEntry.years), through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const entityOf = (text: string, published: string, name: string) =>
  readMentions(text, published).find((m) => m.text === name)?.entity;

describe('a surname two presidents share', () => {
  it('is the one whose years hold the article\'s', () => {
    expect(entityOf('The pact was negotiated by the Bush administration last December.', '1993-11-18', 'Bush')).toBe('person/george-h-w-bush');
    expect(entityOf('The Bush administration launched the war.', '2003-03-20', 'Bush')).toBe('person/george-w-bush');
  });
});

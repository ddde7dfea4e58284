// Names read wrong in the eighty-fifth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).filter((m) => m.type === 'ORG').map((m) => [m.text, m.entity]);

describe("a registry organization's name with a small word inside, written with a word more", () => {
  it('is one organization, not the words after the small one, and its umbrella is the body the registry knows', () => {
    expect(names('Habitat for Humanity International said on Monday it would build 500 homes.'))
      .toEqual([['Habitat for Humanity International', 'org/habitat-for-humanity']]);
    expect(names('Save the Children International opened an office in Juba.'))
      .toEqual([['Save the Children International', 'org/save-the-children']]);
  });

  it('keeps the name the registry knows where no word runs on', () => {
    expect(names('Habitat for Humanity said it would build homes.')).toEqual([['Habitat for Humanity', 'org/habitat-for-humanity']]);
  });

  it('does not take a name the registry knows whole for its umbrella', () => {
    expect(names('Philip Morris International raised its forecast.')).toEqual([['Philip Morris International', 'org/philip-morris-international']]);
  });
});

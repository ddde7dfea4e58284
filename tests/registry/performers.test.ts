// Performers known by a stage name the name model reads as a company or a place ("Bad Bunny" ORG): registry people
// (registry/people.jsonl), with no surname of their own where the last word of the stage name is a letter or a
// common word ("Cardi B" gives "B" to nobody). Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('performers by stage name', () => {
  it('types and links a stage name and the performer\'s real name as one person', () => {
    const got = readMentions('Bad Bunny closed his residency. The singer, whose real name is Benito Antonio Martínez Ocasio, thanked the crowd.')
      .filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);
    expect(got).toEqual([['Bad Bunny', 'person/bad-bunny'], ['Benito Antonio Martínez Ocasio', 'person/bad-bunny']]);
  });

  it('gives a stage name\'s last letter to no one', () => {
    const got = readMentions('Cardi B sang first. Group B plays on Friday.').filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);
    expect(got).toEqual([['Cardi B', 'person/cardi-b']]);
  });
});

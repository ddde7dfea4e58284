// A facility named after a person ends in a head no one is named ("Steve Jobs Theater", "John Lennon Airport"):
// it is a FAC though it opens with a given name. Heads that are also surnames keep a person's name a person's
// ("Nathan Lane", "Bruce Arena"; name-types.json surnameHeads). Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text).map((m) => [m.text, m.type]);

describe('facilities named after people', () => {
  it('types a given-named facility by its head, and a person with a head-like surname a person', () => {
    expect(names('Cook spoke at the Steve Jobs Theater. Nathan Lane and Bruce Arena flew from John Lennon Airport.')).toEqual([
      ['Cook', 'PERSON'], ['Steve Jobs Theater', 'FAC'], ['Nathan Lane', 'PERSON'], ['Bruce Arena', 'PERSON'], ['John Lennon Airport', 'FAC'],
    ]);
  });
});

// Venues named by their last word are facilities, whatever the model read the rest as: theatres always,
// castles and abbeys where the model read a place (a person may be named Castle). Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

function typed(text: string): string[] {
  return readMentions(text).map((m) => `${m.type} ${m.text}`);
}

describe('venues by their last word', () => {
  it('types theatres, castles and abbeys FAC', () => {
    expect(typed('The ceremony at the Dolby Theatre was hosted by Jimmy Kimmel. They met at Windsor Castle and later at Westminster Abbey.'))
      .toEqual(['FAC Dolby Theatre', 'PERSON Jimmy Kimmel', 'FAC Windsor Castle', 'FAC Westminster Abbey']);
  });
});

// A name written with full stops keeps its place inside a hyphened adjective, as "Lyon" does in "Lyon-based"
// (ANNOTATION.md): "U.S.-listed", "U.S.-brokered". Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('abbreviated names in hyphened adjectives', () => {
  it('reads the place inside "U.S.-listed" and "U.S.-brokered"', () => {
    expect(readMentions('Its U.S.-listed shares rose as a U.S.-brokered ceasefire held.').map((m) => [m.text, m.type]))
      .toEqual([['U.S.', 'GPE'], ['U.S.', 'GPE']]);
  });

  it('keeps military ranks and a forum out of people', () => {
    expect(readMentions('Tests identified Sergeant First Class Ran Gvili, the Hostages and Missing Families Forum said.')
      .filter((m) => m.type === 'PERSON' || m.type === 'ORG').map((m) => [m.text, m.type]))
      .toEqual([['Ran Gvili', 'PERSON'], ['Hostages and Missing Families Forum', 'ORG']]);
  });
});

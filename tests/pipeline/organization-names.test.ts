// Names of organizations: courts by their kind, heads with their subjects.
// A court named by a place and the court's kind ("Southwark Crown Court", "Sindh High Court") is an ORG, the
// body that sits there, whatever the model made of the place in it; a court of a tennis ground ("Stadium
// Court") is a place. The endings are data (src/lexicon/organization-heads.json, neverEndsPlace). Invented sentences.
import { describe, expect, it } from 'vitest';
import { heads, ROLES } from '../../src/lexicon/organization-heads.js';
import { readMentions } from '../shipped-pipeline.js';

const typeOf = (text: string, name: string) => readMentions(text).find((m) => m.text === name)?.type;

describe('courts', () => {
  it('types a court of law named after its town an ORG, a tennis court a place', () => {
    expect(typeOf('Jubair pleaded guilty at Southwark Crown Court on Thursday.', 'Southwark Crown Court')).toBe('ORG');
    expect(typeOf('The match was moved to Stadium Court because of rain.', 'Stadium Court')).not.toBe('ORG');
  });
});

describe('organizations named by a head and a subject', () => {
  it('reads a subject word that only begins a title ("Defense" of "Defense Secretary") as the subject', () => {
    expect(readMentions('A deputy administrator of the Office of Civil Defense said 13 people were missing.').filter((m) => m.type === 'ORG').map((m) => m.text))
      .toEqual(['Office of Civil Defense']);
  });
});

describe('the heads table', () => {
  it('joins a founding day and a movement\'s head into one organization, not a party\'s meeting day', () => {
    expect(readMentions('Leaders of the June 5 Movement marched in Bamako.').filter((m) => m.type === 'ORG').map((m) => m.text)).toEqual(['June 5 Movement']);
    expect(readMentions('Delegates met before the June 5 Party congress.').some((m) => m.type === 'ORG' && m.text.startsWith('June 5'))).toBe(false);
  });

  it('names only roles some rule reads, so a misspelt role cannot silently drop a head from its rule', () => {
    const known: ReadonlySet<string> = new Set(ROLES);
    const unknown = Object.entries(heads).flatMap(([word, roles]) => roles.filter((r) => !known.has(r)).map((r) => `${word}: ${r}`));
    expect(unknown).toEqual([]);
    expect(Object.keys(heads).filter((w) => w !== w.toLowerCase())).toEqual([]);
  });
});

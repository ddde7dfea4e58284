// Companies and clubs whose names read like people or places are typed and linked from the registry's
// data (registry/companies.jsonl, registry/sports.jsonl), not guessed from the words. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

function mentionsOf(text: string): { text: string; type: string; entity?: string }[] {
  return readMentions(text).map(({ text: t, type, entity }) => ({ text: t, type, entity }));
}

describe('registry companies and clubs', () => {
  it('types a company named like a person ORG and links it', () => {
    const got = mentionsOf('The contract went to Lockheed Martin, which builds the satellites. Morgan Stanley and Wells Fargo advised the buyers.');
    expect(got).toEqual(expect.arrayContaining([
      { text: 'Lockheed Martin', type: 'ORG', entity: 'org/lockheed-martin' },
      { text: 'Morgan Stanley', type: 'ORG', entity: 'org/morgan-stanley' },
      { text: 'Wells Fargo', type: 'ORG', entity: 'org/wells-fargo' },
    ]));
  });

  it('links a club named in full and by its short name to one entity', () => {
    const got = mentionsOf('Tottenham Hotspur beat Wolverhampton Wanderers 2-1 on Sunday. Spurs now face Wolves again in the cup.');
    const ids = (name: string) => got.filter((m) => m.text === name).map((m) => `${m.type} ${m.entity}`);
    expect(ids('Tottenham Hotspur')).toEqual(['ORG org/tottenham-hotspur']);
    expect(ids('Spurs')).toEqual(['ORG org/tottenham-hotspur']);
    expect(ids('Wolves')).toEqual(['ORG org/wolverhampton-wanderers']);
  });
});

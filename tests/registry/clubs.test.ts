// Clubs whose bare name is no place the registry knows are linked by it ("Arsenal", "Everton"). A club named
// like its city ("Liverpool") has no bare alias: with the city and the club both in the registry, an article
// full of places chose the city and retyped the side a GPE (CoNLL's training part lost 3 ORGs), so the side
// stays an ORG, an organization of its own apart from the city (link/teams.ts). Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.entity).map((m) => [m.text, m.type, m.entity]);

describe('registry clubs', () => {
  it('links clubs by their bare names', () => {
    expect(linked('Arsenal drew with Everton on Sunday.')).toEqual([
      ['Arsenal', 'ORG', 'org/arsenal-fc'], ['Everton', 'ORG', 'org/everton-fc'],
    ]);
  });

  it('keeps a side named like its city an ORG', () => {
    expect(linked('Elsewhere, title hopefuls Liverpool were held 0-0 at home by Arsenal.'))
      .toEqual([['Liverpool', 'ORG', 'nil:org/liverpool'], ['Arsenal', 'ORG', 'org/arsenal-fc']]);
  });
});

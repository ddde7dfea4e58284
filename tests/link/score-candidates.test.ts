// The evidence an ambiguous name takes from the article's other linked entities.
import { describe, expect, it } from 'vitest';
import { lookupAlias } from '../../src/registry/alias-index.js';
import { scoreCandidates } from '../../src/link/score-candidates.js';
import { smallIndex } from './small-registry.js';

const index = smallIndex();
const georgia = lookupAlias(index, 'Georgia');
const scoreOf = (linked: Map<string, number>, id: string) =>
  scoreCandidates(index, georgia, 'GPE', { linked }).find((c) => c.id === id)!.score;

describe('neighbours as evidence', () => {
  it('read the counts the article has reached, not those of the first time the map was scored', () => {
    // Atlanta is part of the US state: a second mention of it is more evidence for the state.
    const linked = new Map([['gpe/atlanta', 1]]);
    const once = scoreOf(linked, 'gpe/georgia-us-state');
    linked.set('gpe/atlanta', 2); // the same entities, a count changed
    const twice = scoreOf(linked, 'gpe/georgia-us-state');
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBe(scoreOf(new Map([['gpe/atlanta', 2]]), 'gpe/georgia-us-state'));
  });
});

import { describe, expect, it } from 'vitest';
import { linkAmbiguityCases } from './ambiguity/link-cases.js';

describe('ambiguous aliases, chosen by type, the other entities in the article and the prior', () => {
  const results = linkAmbiguityCases();

  it('links the names of the hand-built ambiguity set to the entity each sentence means', () => {
    const wrong = results.filter((r) => r.got !== r.entity).map((r) => `${r.mention} → ${r.got} (want ${r.entity}): ${r.text} ${JSON.stringify(r.candidates)}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the losing candidates, with scores, best first', () => {
    const amazon = results.find((r) => r.entity === 'loc/amazon-river')!;
    expect(amazon.candidates?.map((c) => c.id)).toEqual(['loc/amazon-river', 'org/amazon']);
    const scores = amazon.candidates!.map((c) => c.score);
    expect(scores[0]).toBeGreaterThan(scores[1]);
    expect(scores[1]).toBeGreaterThan(0);
  });
});

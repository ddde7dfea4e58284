// Political parties are ORGs linked to the registry (registry/political-parties.jsonl) even where the name model,
// reading an adjective of a people ("Christian Democratic"), would call the name a NORP. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('registry political parties', () => {
  it('types and links parties named in full, by a short name or by an acronym', () => {
    const got = readMentions('The Christian Democratic Appeal and D66 said on Monday they would not govern with the PVV, while Pheu Thai and the Trinamool Congress won seats.')
      .filter((m) => m.type !== 'DATE').map((m) => [m.text, m.type, m.entity]);
    expect(got).toEqual([
      ['Christian Democratic Appeal', 'ORG', 'org/christian-democratic-appeal'], ['D66', 'ORG', 'org/d66'],
      ['PVV', 'ORG', 'org/party-for-freedom'], ['Pheu Thai', 'ORG', 'org/pheu-thai'],
      ['Trinamool Congress', 'ORG', 'org/trinamool-congress'],
    ]);
  });
});

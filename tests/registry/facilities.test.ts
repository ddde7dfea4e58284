// Buildings, grounds, airports, dams, bridges, plants and squares the news names are FACs linked to the
// registry (registry/facilities.jsonl), where the name model reads a stadium as its club's town or a court
// building as a people. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('registry facilities', () => {
  it('types and links famous facilities by name and short name', () => {
    const got = readMentions('The trial opened at the Old Bailey. Fans flew into Heathrow for the final at Wembley, and the Zaporizhzhia nuclear plant lost power.')
      .map((m) => [m.text, m.type, m.entity]);
    // A one-word name the model read as a town is the registry's facility: a building stands for no team or government.
    expect(got).toEqual([
      ['Old Bailey', 'FAC', 'fac/old-bailey'], ['Heathrow', 'FAC', 'fac/heathrow-airport'], ['Wembley', 'FAC', 'fac/wembley-stadium'],
      ['Zaporizhzhia nuclear plant', 'FAC', 'fac/zaporizhzhia-nuclear-power-plant'],
    ]);
  });
});

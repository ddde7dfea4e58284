// A one-word name with its title, which the registry knows as one person's alias ("King Hussein"), links to that
// person, not to the person of the same surname the article names in full. Invented sentences, shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('a titled one-word name the registry knows', () => {
  it('links to the titled person, apart from the full name that shares its surname', () => {
    const people = readMentions('Saddam Hussein met envoys on Monday. Later, King Hussein of Jordan said he carried no message from Baghdad.')
      .filter((m) => m.type === 'PERSON').map((m) => [m.text, m.entity]);
    expect(people).toEqual([['Saddam Hussein', 'person/saddam-hussein'], ['Hussein', 'person/hussein-of-jordan']]);
  });

  it('leaves the surname alone without the title to the person named in full', () => {
    const people = readMentions('Saddam Hussein met envoys on Monday. Hussein said the talks had failed.')
      .filter((m) => m.type === 'PERSON').map((m) => m.entity);
    expect(people).toEqual(['person/saddam-hussein', 'person/saddam-hussein']);
  });
});

// Links read from what the article writes around a name: a one-word name with its title, which the registry knows
// as one person's alias ("King Hussein"), links to that person, not to the person of the same surname the article names
// in full; a registry name that owns its 's ("Moody's") links with or without it. Invented sentences, shipped pipeline.
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

describe('a registry name that owns its \'s', () => {
  it('links whether the mention holds the \'s or the guideline left it out', () => {
    expect(readMentions('Moody\'s cut the rating on Friday.').find((m) => m.type === 'ORG')?.entity).toBe('org/moody-s');
    expect(readMentions('McDonald\'s said sales rose.').find((m) => m.type === 'ORG')?.entity).toBe('org/mcdonald-s');
  });

  it('leaves an owner\'s possessive to the owner', () => {
    expect(readMentions('Apple\'s shares rose on Friday.').find((m) => m.type === 'ORG')?.entity).toBe('org/apple');
  });
});

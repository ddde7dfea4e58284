// Names read wrong in the hundred-and-fifth review round (Nigeria, the Philippines and Indonesia, Brazil). Invented
// sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const linked = (text: string) => readMentions(text).filter((m) => m.entity).map((m) => [m.text, m.entity]);

describe('a name in a list closed by its kind in the plural', () => {
  it('is the registry\'s name with that kind', () => {
    expect(linked('Floods hit Bayelsa, Delta and Rivers states on Monday.')).toEqual([
      ['Bayelsa', 'gpe/bayelsa-state'], ['Delta', 'gpe/delta-state'], ['Rivers', 'gpe/rivers-state'],
    ]);
  });

  it('leaves a name whose kind the list does not close to its own reading', () => {
    expect(linked('Delta cancelled flights to Lagos and Abuja.').find(([text]) => text === 'Delta')?.[1]).not.toBe('gpe/delta-state');
  });
});

describe('the round\'s registry entries', () => {
  it('link Nigeria\'s governors and the Philippines\' cities', () => {
    expect(linked('Kano State Governor Abba Kabir Yusuf met Borno Governor Babagana Zulum in Abuja.')).toContainEqual(['Babagana Zulum', 'person/babagana-zulum']);
    expect(linked('Flooding closed roads in Pasig and Taguig on Tuesday.')).toEqual([['Pasig', 'gpe/pasig'], ['Taguig', 'gpe/taguig']]);
  });
});

describe('Brazil\'s supreme court', () => {
  it('is one entry by every name the press gives it', () => {
    const story = 'Brazil\'s Supreme Court upheld the ruling in Brasilia. The Supremo Tribunal Federal (STF) will hear the appeal.';
    expect(new Set(linked(story).filter(([, id]) => id?.startsWith('org/')).map(([, id]) => id))).toEqual(new Set(['org/supreme-federal-court']));
  });
});

describe('a desk\'s byline in capitals', () => {
  it('names nobody', () => {
    expect(readMentions('By NATION CORRESPONDENT\nNAIROBI — The county said on Monday.').filter((m) => m.type === 'PERSON')).toEqual([]);
  });
});

describe('the titles of a lord mayor, an opposition leader and a regional commissioner', () => {
  it('stay out of the name, and the place before them is a place', () => {
    expect(readMentions('Kampala Lord Mayor Erias Lukwago said.').map((m) => [m.text, m.type, m.title])).toEqual([
      ['Kampala', 'GPE', undefined], ['Erias Lukwago', 'PERSON', 'Lord Mayor'],
    ]);
    expect(readMentions('Leader of the Opposition Joel Ssenyonyi said.').map((m) => [m.text, m.type, m.title])).toEqual([
      ['Joel Ssenyonyi', 'PERSON', 'Leader of the Opposition'],
    ]);
  });
});

describe('a place\'s name before a governor\'s office', () => {
  it('is the state, county or province the registry names with that kind, not the city', () => {
    expect(linked('Kano Governor Abba Kabir Yusuf said.')).toContainEqual(['Kano', 'gpe/kano-state']);
    expect(linked('New York Governor Kathy Hochul said.')).toContainEqual(['New York', 'gpe/new-york-state']);
  });
});

describe('the hundred-and-seventh round\'s registry entries', () => {
  it('give a country\'s bare "Supreme Court" and "Treasury" to that country\'s story', () => {
    expect(linked('COLOMBO (Reuters) - Sri Lanka\'s Supreme Court on Monday blocked the tax law.')).toContainEqual(['Supreme Court', 'org/supreme-court-sri-lanka']);
    expect(linked('Italy\'s Treasury sold bonds on Tuesday, Economy Minister Giancarlo Giorgetti said in Rome.')).toContainEqual(['Treasury', 'org/italian-treasury']);
  });
});

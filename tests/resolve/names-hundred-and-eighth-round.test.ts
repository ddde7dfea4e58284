// Names read wrong in the hundred-and-eighth review round (Vietnam, Thailand and Malaysia; the Gulf states; Central Europe).
// Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => m.text);

describe('an Arabic name', () => {
  it('runs on through its patronymics and family name after a title', () => {
    expect(people('MANAMA (Reuters) - King Hamad bin Isa Al Khalifa met ministers on Monday.')).toEqual(['Hamad bin Isa Al Khalifa']);
    expect(people('Crown Prince Mohammed bin Salman al-Saud spoke on Monday.')).toEqual(['Mohammed bin Salman al-Saud']);
  });
});

describe('an acronym in brackets after an organization\'s name', () => {
  it('is that organization\'s, and an organization, though the registry gives its letters to another thing', () => {
    const story = 'WARSAW (Reuters) - The Polish People\'s Party (PSL) said on Monday it would back the bill. PSL leaders met later.';
    const psl = readMentions(story).filter((m) => m.text === 'PSL');
    expect(psl.map((m) => [m.type, m.entity])).toEqual([['ORG', 'org/polish-peasant-party'], ['ORG', 'org/polish-peasant-party']]);
  });

  it('leaves the letters to their registry entry where no name defines them', () => {
    expect(readMentions('LAHORE - The Pakistan Cricket Board said the PSL final would be held in Lahore.').find((m) => m.text === 'PSL')?.entity).toBe('event/pakistan-super-league');
  });

  it('binds no place in brackets to the name before it', () => {
    expect(readMentions('Reuters (UK) reported the deal on Monday.').find((m) => m.text === 'UK')?.type).toBe('GPE');
  });
});

describe('the round\'s registry entries', () => {
  it('link the Gulf\'s and Central Europe\'s people and bodies', () => {
    const linked = (text: string) => readMentions(text).filter((m) => m.entity?.startsWith('person/') || m.entity?.startsWith('org/')).map((m) => [m.text, m.entity]);
    expect(linked('DOHA (Reuters) - Qatar\'s emir met Roshn Group executives on Monday.')).toContainEqual(['Roshn Group', 'org/roshn']);
  });
});

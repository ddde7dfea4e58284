// Names of the news of 1995 to 2026 read wrong, the forty-second review round (Pakistan and Afghanistan, the Balkans,
// luxury goods, mining, labour unions, German politics, housing, Asian wires of the 1990s). Invented sentences through
// the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type, m.entity]);

describe('a name a country\'s body bears without its country', () => {
  it('is not the one body of another country the registry holds, in a story filed from elsewhere', () => {
    const commission = (text: string) => read(text, '2024-01-13').find(([name]) => name === 'Central Election Commission');
    // The registry holds Russia's, Albania's and Taiwan's: a story from Belgrade names none of them.
    expect(commission('BELGRADE (Reuters) - The Central Election Commission said Vucic won.')?.[2]).toMatch(/^nil:/);
    expect(commission('MOSCOW (Reuters) - The Central Election Commission said Putin won.')?.[2]).toBe('org/russia-central-election-commission');
    expect(commission('LONDON (Reuters) - The Central Election Commission said Putin won in Russia.')?.[2]).toBe('org/russia-central-election-commission');
  });

  it('is left unlinked where the registry holds one body of that name, known also by its country\'s qualified name', () => {
    // "South Korean National Intelligence Service" is the entry's alias: its name alone is any country's.
    expect(read('SEOUL (Reuters) - The National Intelligence Service said Kim was ill.', '2024-01-13'))
      .toContainEqual(['National Intelligence Service', 'ORG', 'org/national-intelligence-service-south-korea']);
    expect(read('ROME (Reuters) - The National Intelligence Service said it had no comment.', '2024-01-13'))
      .toContainEqual(['National Intelligence Service', 'ORG', 'nil:org/national-intelligence-service']);
  });

  it('keeps a name only one body bears, whatever the dateline', () => {
    expect(read('PARIS (Reuters) - The BBC said on Monday it would cut jobs.', '2024-01-13')).toContainEqual(['BBC', 'ORG', 'org/bbc']);
  });
});

describe('a list of places', () => {
  it('makes a place of a name the registry knows only as one, however sure the model is of an organization', () => {
    expect(read('Values in Melbourne dropped 0.3%, while Perth, Adelaide and Brisbane posted gains.').filter(([, type]) => type !== 'PERCENT'))
      .toEqual([['Melbourne', 'GPE', 'gpe/melbourne'], ['Perth', 'GPE', 'gpe/perth'], ['Adelaide', 'GPE', 'gpe/adelaide'], ['Brisbane', 'GPE', 'gpe/brisbane-au']]);
  });
});

describe('two full names of one first name and surname', () => {
  it('are two people where their middle names differ', () => {
    const people = read('Police chief Muhammad Ijaz Khan said the attacker wore a uniform. Chief Minister Muhammad Azam Khan announced a day of mourning.')
      .filter(([, type]) => type === 'PERSON');
    expect(people).toEqual([['Muhammad Ijaz Khan', 'PERSON', 'nil:person/muhammad-ijaz-khan'], ['Muhammad Azam Khan', 'PERSON', 'nil:person/muhammad-azam-khan']]);
  });

  it('are one where a middle name is shared or one has none', () => {
    const ids = read('Hillary Rodham Clinton spoke. Hillary Diane Rodham Clinton was born in 1947. Hillary Clinton left.')
      .filter(([, type]) => type === 'PERSON').map(([, , id]) => id);
    expect(new Set(ids)).toEqual(new Set(['person/hillary-clinton']));
  });
});

describe('titles of unions and governments', () => {
  it('are no part of the organization named before them', () => {
    expect(read('RCN General Secretary Pat Cullen said nurses were angry.')).toEqual([['RCN', 'ORG', 'org/royal-college-of-nursing'], ['Pat Cullen', 'PERSON', 'person/pat-cullen']]);
    expect(read('Myanmar\'s military detained State Counsellor Aung San Suu Kyi on Monday.', '2021-02-01').filter(([, type]) => type === 'PERSON'))
      .toEqual([['Aung San Suu Kyi', 'PERSON', 'person/aung-san-suu-kyi']]);
  });
});

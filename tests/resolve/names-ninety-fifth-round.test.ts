// Names read wrong in the ninety-fifth review round (Turkey, Greece and Cyprus; Pakistan, Bangladesh and Sri Lanka; East
// Africa). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions, readNames } from '../shipped-pipeline.js';

describe('titles of South Asian and trade offices', () => {
  it('stay out of the name, which then links', () => {
    const people = readMentions('Chief Adviser Muhammad Yunus met Inspector General of Police Baharul Alam. Yunus left.')
      .filter((m) => m.type === 'PERSON').map((m) => [m.text, m.title, m.entity]);
    expect(people).toEqual([
      ['Muhammad Yunus', 'Chief Adviser', 'person/muhammad-yunus'],
      ['Baharul Alam', 'Inspector General of Police', 'nil:person/baharul-alam'],
      ['Yunus', undefined, 'person/muhammad-yunus'],
    ]);
  });
});

describe('names the model split or mistyped, now registry entries', () => {
  it('are whole and of their type', () => {
    expect(readNames('Erhurman leads the Republican Turkish Party (CTP).'))
      .toEqual([['Erhurman', 'PERSON'], ['Republican Turkish Party', 'ORG'], ['CTP', 'ORG']]);
    expect(readNames('Jaish-e-Mohammed claimed the attack.')).toEqual([['Jaish-e-Mohammed', 'ORG']]);
  });

  it('link the name the press uses for a person beside the one he goes by', () => {
    const ids = readMentions('Bobi Wine, whose real name is Robert Kyagulanyi, said Kyagulanyi would run again.').map((m) => m.entity);
    expect(ids).toEqual(['person/bobi-wine', 'person/bobi-wine', 'person/bobi-wine']);
  });
});

describe('a town of the country Georgia written with it after a comma', () => {
  it('links, the country as good a whole as the US state of that name', () => {
    expect(readMentions('Protesters gathered in Tbilisi, Georgia, and Kutaisi, Georgia.').filter((m) => m.text !== 'Georgia').map((m) => m.entity))
      .toEqual(['gpe/tbilisi', 'gpe/kutaisi']);
    expect(readMentions('Delta is based in Atlanta, Georgia.').find((m) => m.text === 'Atlanta')?.entity).toBe('gpe/atlanta');
  });
});

describe('entries of the ninety-sixth round (the Andes, US states, Central Asia and the Caucasus)', () => {
  it('link names the model had nowhere to link', () => {
    const ids = readMentions('Prime Minister Olzhas Bektenov met Kaspi.kz executives in Astana. Goods leave the port of Callao for El Alto.')
      .map((m) => [m.text, m.entity]);
    expect(ids).toEqual([['Olzhas Bektenov', 'person/olzhas-bektenov'], ['Kaspi.kz', 'org/kaspi-kz'], ['Astana', 'gpe/astana'],
      ['Callao', 'gpe/callao'], ['El Alto', 'gpe/el-alto']]);
  });
});

describe('a dateline with a date written day first and a dash, as Australian and British papers write it', () => {
  it('is a local paper\'s, whose bare dollar is its country\'s', () => {
    const money = readMentions('Tourism surges\n\nSYDNEY, 10 July — Tickets cost $250 and hotels $300 a night.', '2025-07-10')
      .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);
    expect(money).toEqual([['$250', 'AUD'], ['$300', 'AUD']]);
  });

  it('leaves a wire\'s dateline with its agency the wire\'s', () => {
    const money = readMentions('SYDNEY, July 10 (Reuters) - The miner paid $250 million.', '2025-07-10')
      .filter((m) => m.type === 'MONEY').map((m) => [m.text, m.currency]);
    expect(money).toEqual([['$250 million', 'USD']]);
  });
});

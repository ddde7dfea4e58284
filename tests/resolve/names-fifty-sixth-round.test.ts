// Names and numbers of the news of 1995 to 2026 read wrong, the fifty-sixth review round and after (cybersecurity,
// espionage, European club football, fraud trials, taxes and pensions, the Chinese economy, gambling, sport in
// Australia and New Zealand). Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, published?: string) => readMentions(text, published).map((m) => [m.text, m.type, m.entity]);

describe('a figure with a capital scale letter that the registry knows as a company', () => {
  it('is the company where it owns or does something', () => {
    expect(read('3M said on Tuesday it would cut jobs. 3M\'s shares fell.', '2024-05-01').filter(([, type]) => type !== 'DATE'))
      .toEqual([['3M', 'ORG', 'org/3m'], ['3M', 'ORG', 'org/3m']]);
  });

  it('stays a figure before what it counts', () => {
    expect(read('The app had 3M users.').map(([text, type]) => [text, type])).toEqual([['3M', 'CARDINAL']]);
  });
});

describe('the sides of a result in prose', () => {
  it('are teams after "lost to" and where one side is a team already', () => {
    expect(read('Denver lost to Miami 102-99.').map(([text, type]) => [text, type])).toEqual([['Denver', 'ORG'], ['Miami', 'ORG']]);
    expect(read('Alabama defeated Auburn 27-24.').map(([text, type]) => [text, type])).toEqual([['Alabama', 'ORG'], ['Auburn', 'ORG']]);
  });

  it('but a place after "to" with no result verb before it stays a place', () => {
    expect(read('The delegation flew to Miami 20-25 times.').map(([text, type]) => [text, type])).toContainEqual(['Miami', 'GPE']);
  });
});

// An acronym the article uses without defining it is the organization the article names with exactly its
// initials ("the Halden Workers Front … the HWF"), unless two do, or the registry already knows the acronym;
// a one-word name is the organization the article names ending in it, unless two do.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

function entityOf(text: string, name: string): string | undefined {
  return readMentions(text).find((m) => m.text === name)?.entity;
}

describe('acronyms by their initials', () => {
  it('binds an undefined acronym to the organization with its initials, with or without small words', () => {
    expect(entityOf('The Halden Workers Front said on Monday it would strike. The HWF has 4,000 members.', 'HWF'))
      .toBe('nil:org/halden-workers-front');
    expect(entityOf('The Coalition for Open Rivers agreed on Monday. COR will sue the company.', 'COR'))
      .toBe('nil:org/coalition-for-open-rivers');
  });

  it('leaves it alone when two organizations share the initials', () => {
    expect(entityOf('The Halden Workers Front and the Hamar Weavers Federation met. The HWF said no.', 'HWF')).toBe('nil:org/hwf');
  });

  it('keeps what the registry knows', () => {
    expect(entityOf('The Alliance Party won two seats, AP reported.', 'AP')).toBe('org/associated-press');
  });
});

describe('organizations by their last word', () => {
  it('links a one-word name to the one organization of the article ending in it', () => {
    const text = 'Cole Ridge Mavericks beat the Harbour Town Pelicans 106-88 on Monday. The Mavericks led from the start.';
    expect(entityOf(text, 'Mavericks')).toBe('nil:org/cole-ridge-mavericks');
  });

  it('leaves it alone when two organizations end in it', () => {
    expect(entityOf('Manchester United and Newcastle United drew 1-1. United fans left early.', 'United')).toBe('nil:org/united');
  });
});

describe('organizations by their first words', () => {
  const entities = (text: string, name: string) => [...new Set(readMentions(text).filter((m) => m.text === name).map((m) => m.entity))];

  it('links a short name to the same name with its legal form before any other it begins', () => {
    const text = 'Halvard Textiles said sales fell. Its parent, Halvard PLC, said Halvard would cut 300 jobs, and Halvard S.A. agreed.';
    expect(entities(text, 'Halvard')).toEqual(['nil:org/halvard-plc']);
  });

  it('links a short name to the shortest longer name it begins, the one the others are named after', () => {
    const text = 'Brenmark Pharma cut 9,000 jobs. Brenmark shares rose, and the Brenmark Pharma Foundation backed the plan.';
    expect(entities(text, 'Brenmark')).toEqual(['nil:org/brenmark-pharma']);
  });

  it('gives every mention of a short name one entity, whichever fuller name comes first', () => {
    const text = 'Ostrava said Ostrava Steel would merge. Ostrava Steel Inc. said Ostrava agreed.';
    expect(entities(text, 'Ostrava').length).toBe(1);
    expect(entities(text, 'Ostrava Steel')).toEqual(entities(text, 'Ostrava Steel Inc.'));
  });
});

describe('a place before an organization\'s name', () => {
  it('denies the one registry entry of another country', () => {
    expect(entityOf("Kenya's National Security Council met in Nairobi.", 'National Security Council')).toBe('nil:org/national-security-council');
  });

  it('keeps an entry of the same country, and reads no dateline agency as the owner', () => {
    expect(entityOf("Washington's Federal Reserve raised rates.", 'Federal Reserve')).toBe('org/federal-reserve');
    expect(entityOf('WASHINGTON (Reuters) - NASA said on Monday it would fly.', 'NASA')).toBe('org/nasa');
  });
});

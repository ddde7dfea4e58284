// Names of the news of 1996 to 2026 read wrong, a twenty-ninth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const names = (text: string) => readMentions(text)
  .filter((m) => !['CARDINAL', 'PERCENT', 'TIME', 'MONEY', 'DATE', 'QUANTITY', 'ORDINAL'].includes(m.type)).map((m) => [m.text, m.type]);

describe('a dateline\'s credit', () => {
  it('is the agency with nothing before its bracket, as Bloomberg opens a story', () => {
    expect(names('(Bloomberg) -- Bayer AG completed its takeover of Monsanto Co. on Thursday.')).toContainEqual(['Bloomberg', 'ORG']);
  });

  it('is no credit in a bracket without a dash after it', () => {
    expect(names('(Corrects spelling of Bayer in first paragraph)')).not.toContainEqual(['Corrects', 'ORG']);
  });
});

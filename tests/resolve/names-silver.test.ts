// The third round on real text nobody tuned for (TimeBank's news as a silver set): wire and business
// stories of 1989-1998 and broadcast transcripts. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const NUMBERS = new Set(['CARDINAL', 'DATE', 'MONEY', 'PERCENT', 'ORDINAL', 'QUANTITY', 'TIME']);
const names = (text: string) => readMentions(text).filter((m) => !NUMBERS.has(m.type)).map((m) => [m.text, m.type]);

describe('a company met again without its legal suffix', () => {
  it('is the company, though its name looks like a person\'s, and shares its id', () => {
    const read = readMentions('Martin Hale Co. said it rejected the offer. Martin Hale shares fell $2, and Martin Hale declined to comment.')
      .filter((m) => !NUMBERS.has(m.type));
    expect(read.map((m) => [m.text, m.type])).toEqual([['Martin Hale Co.', 'ORG'], ['Martin Hale', 'ORG'], ['Martin Hale', 'ORG']]);
    expect(new Set(read.map((m) => m.entity)).size).toBe(1);
  });

  it('leaves a person alone whose surname alone is a company\'s first word', () => {
    expect(names('Ellery Holdings Ltd. raised its dividend. Marta Ellery, no relation, said she sold her shares.'))
      .toContainEqual(['Marta Ellery', 'PERSON']);
  });
});

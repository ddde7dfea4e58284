// A particle hyphened before a capitalised word ("al-Thani", "el-Sisi") is part of a person's name after a
// title or honorific. Invented names.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('particles hyphened to a name', () => {
  it('takes them into the name a title opens', () => {
    expect(readMentions('Prime Minister Sheikh Hamad bin Khalifa al-Varani said so.').filter((m) => m.type === 'PERSON').map((m) => m.text))
      .toEqual(['Hamad bin Khalifa al-Varani']);
  });
});

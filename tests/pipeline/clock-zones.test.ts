// A time zone inside a clock time is part of it, whatever the name model reads there ("0100 GMT" was a NORP
// "GMT" and no time). Invented sentence.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('clock times with a zone', () => {
  it('keeps the zone inside the time', () => {
    expect(readMentions('The blast came at 0100 GMT (9 p.m. EDT) on Sunday.', '2025-03-12').map((m) => [m.text, m.type]))
      .toEqual([['0100 GMT', 'TIME'], ['9 p.m. EDT', 'TIME'], ['Sunday', 'DATE']]);
  });
});

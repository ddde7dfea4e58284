// A month written in lower case and hyphened to a capitalised word is part of a person's name ("Kim Jae-june"),
// no date; a month in lower case elsewhere still is one. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

describe('months inside names', () => {
  it('reads "Jae-june" as part of a name and "mid-june" as a month', () => {
    expect(readMentions('Kim Jae-june, executive vice president, told analysts.').map((m) => [m.text, m.type])).toEqual([['Kim Jae-june', 'PERSON']]);
    expect(readMentions('Sales rose in mid-june.', '2025-11-30').map((m) => [m.text, m.type])).toEqual([['mid-june', 'DATE']]);
  });
});

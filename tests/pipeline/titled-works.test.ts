// A quotation in title case after a noun or verb of works is one WORK_OF_ART, and a list of titles after one cue
// shares it (lexicon/work-titles.json); a quotation of speech is none. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const works = (text: string) => readMentions(text).filter((m) => m.type === 'WORK_OF_ART').map((m) => m.text);

describe('titles of works after a cue', () => {
  it('reads a quoted title after "the novel" whole, and each title of a list after one cue', () => {
    expect(works('In prison he wrote the novel "Devil on the Cross" on toilet paper.')).toEqual(['Devil on the Cross']);
    expect(works('His books, including "Weep Not, Child" (1964) and "Decolonising the Mind" (1986), were translated.'))
      .toEqual(['Weep Not, Child', 'Decolonising the Mind']);
  });

  it('reads no title in a quotation of speech or without a cue', () => {
    expect(works('He called the plan "a disaster" and said "Nobody Knows" what comes next.')).toEqual([]);
  });
});

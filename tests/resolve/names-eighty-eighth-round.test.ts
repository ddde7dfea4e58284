// Names read wrong in the eighty-eighth review round. Invented sentences through the shipped pipeline.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const read = (text: string, types: string[]) => readMentions(text).filter((m) => types.includes(m.type)).map((m) => [m.text, m.type, m.entity]);

describe("a surname after a peer's title", () => {
  it('is no registry person of the surname who is no peer', () => {
    expect(read('Lord Ashcroft, the former Conservative deputy chairman, said the party faced defeat.', ['PERSON']))
      .toEqual([['Ashcroft', 'PERSON', 'nil:person/ashcroft']]);
    expect(read('Lord Howell said so in the House of Lords on Tuesday.', ['PERSON'])).toEqual([['Howell', 'PERSON', 'nil:person/howell']]);
  });

  it('is the peer the registry knows, or the person the article named in full', () => {
    expect(read('Lord Cameron said on Tuesday that aid would continue.', ['PERSON'])).toEqual([['Cameron', 'PERSON', 'person/david-cameron']]);
    expect(read('Lord Kinnock said the party had lost its way.', ['PERSON'])).toEqual([['Kinnock', 'PERSON', 'person/neil-kinnock']]);
    expect(read('Peter Hain spoke first. Lord Hain said the deal was sound.', ['PERSON']))
      .toEqual([['Peter Hain', 'PERSON', 'nil:person/peter-hain'], ['Hain', 'PERSON', 'nil:person/peter-hain']]);
  });
});

// Writers' credits name people: a byline line and a wire story's closing credits. Invented names.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';

const people = (text: string) => readMentions(text).filter((m) => m.type === 'PERSON').map((m) => m.text);

describe('writers\' credits', () => {
  it('reads every name of a byline and of closing credits as a person, and the places after "in" as places', () => {
    const text = 'Oil Rises\n\nBy Varsha Quennell and Aruna Venkatapuram\n\nOil rose on Monday.\n\n(Reporting by Varsha Quennell in Oslo and Aruna Venkatapuram in Perth; Additional reporting by Ilka Dorrance; Editing by Mirela Sandoz and Ewan Fairleigh)';
    expect(people(text)).toEqual(['Varsha Quennell', 'Aruna Venkatapuram', 'Varsha Quennell', 'Aruna Venkatapuram', 'Ilka Dorrance', 'Mirela Sandoz', 'Ewan Fairleigh']);
    expect(readMentions(text).filter((m) => m.type === 'GPE').map((m) => m.text)).toEqual(['Oslo', 'Perth']);
  });

  it('takes no name from a bracket that opens with another word before "by"', () => {
    expect(people('The firm (Owned by Vantor Holdings) grew.')).toEqual([]);
  });
});

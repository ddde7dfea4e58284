// An appositive headed by an organization's noun types the name before it ORG, and only that: a
// person's appositive, or "the company said" after a place, leaves the name's type alone. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';
import { organizationsByCue } from '../../src/resolve/organization-cues.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();

function typeOf(text: string, name: string): string | undefined {
  return readMentions(text).find((m) => m.text === name)?.type;
}

/** The type the cue gives a name the model read as a PERSON (or as `type`). */
function cued(text: string, name: string, type: 'PERSON' | 'GPE' | 'NORP' = 'PERSON'): string {
  const start = text.indexOf(name);
  return organizationsByCue(text, [{ start, end: start + name.length, type, source: 'model', confidence: 0.5 }], registry)[0].type;
}

describe('organizations named by an appositive', () => {
  it('types a company ORG through the whole pipeline, and its later mentions with it', () => {
    const text = 'Investors cheered on Monday. Harlan Vosk, a small drugmaker based in Ohio, said its trial had worked. Harlan Vosk did not say when it would apply for approval.';
    expect(readMentions(text).filter((m) => m.text === 'Harlan Vosk').map((m) => m.type)).toEqual(['ORG', 'ORG']);
  });

  it('reads the nouns, modifiers and followers of the table', () => {
    expect(cued('Bavarian Nordic, the Danish company that makes the vaccine, said', 'Bavarian Nordic')).toBe('ORG');
    expect(cued('Meridel Harrow, the largest bank in Norway, said', 'Meridel Harrow')).toBe('ORG');
    expect(cued('FTX, the exchange he founded, collapsed', 'FTX')).toBe('ORG');
  });

  it('leaves people and places alone', () => {
    expect(cued('Tom Brown, a member of the club, said', 'Tom Brown')).toBe('PERSON');
    expect(cued('Jane Doe, a 34-year-old bank clerk, said', 'Jane Doe')).toBe('PERSON');
    expect(cued("Jane Doe, the firm's lawyer, said", 'Jane Doe')).toBe('PERSON');
    expect(cued('Kim Lee, the party chairman, said', 'Kim Lee')).toBe('PERSON');
    expect(typeOf('Sales rose in Ohio, the company said.', 'Ohio')).toBe('GPE');
  });
});

describe('employers named by a job before them', () => {
  it('types the name after "analysts at" ORG through the whole pipeline', () => {
    const text = 'Shares in Kelvra Mining fell 4 percent on Tuesday, said analysts at Ostermann Pryce.';
    expect(typeOf(text, 'Ostermann Pryce')).toBe('ORG');
  });

  it('reads a job and "at", "with" or "from" before a person, a place or a people', () => {
    expect(cued('said Ana Ruiz, an economist at Valdemar.', 'Valdemar', 'GPE')).toBe('ORG');
    expect(cued('according to strategists with the Halvard Group', 'Halvard Group', 'PERSON')).toBe('ORG');
    expect(cued('said a dealer from Brennik', 'Brennik', 'NORP')).toBe('ORG');
  });

  it('leaves places the registry knows, possessives and other jobs alone', () => {
    expect(cued('said an analyst at Tbilisi', 'Tbilisi', 'GPE')).toBe('GPE');
    expect(cued("said an analyst at Valdemar's office", 'Valdemar', 'GPE')).toBe('GPE');
    expect(cued('said an analyst at Valdemar-based Orlin', 'Valdemar', 'GPE')).toBe('GPE');
    expect(cued('said a teacher at Valdemar', 'Valdemar', 'GPE')).toBe('GPE');
    expect(cued('analysts met at Valdemar', 'Valdemar', 'GPE')).toBe('GPE');
  });
});

describe('organizations named by their kind after them', () => {
  it('makes an ORG of a name of several words before a kind of organization', () => {
    expect(cued('ties to the leftist Black Harrow guerrilla group of the 1970s', 'Black Harrow', 'GPE')).toBe('ORG');
    expect(cued('leader of the Vardan Unity party said', 'Vardan Unity', 'PERSON')).toBe('ORG');
  });

  it('leaves one word, a place or a people the registry knows, and a name whose clause goes on', () => {
    expect(cued('the Vardan group said', 'Vardan', 'GPE')).toBe('GPE');
    expect(cued('a Washington, D.C. pressure group', 'Washington, D.C.', 'GPE')).toBe('GPE');
    expect(cued('Jo Varga said party members agreed', 'Jo Varga', 'PERSON')).toBe('PERSON');
    expect(cued('Mike Pompeo party members agreed', 'Mike Pompeo', 'PERSON')).toBe('PERSON');
    expect(cued('Kim Lee, the party chairman', 'Kim Lee', 'PERSON')).toBe('PERSON');
  });
});

// Each token's cues (a title's first word, an honorific, a role) are read once per article, and most tokens are
// passed over by their first letters alone (people.ts, tokenCues): the shortcut must never lose a cue.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { RegistryIndex } from '../../src/registry/alias-index.js';
import { tokenCues } from '../../src/resolve/people.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();
/** The same registry with title starts that cannot be listed: no table of openings, every token looked up. */
const unlisted: RegistryIndex = { ...registry, titleStarts: { has: (word) => registry.titleStarts.has(word) } };

const TEXT = 'PRESIDENT Jo Bloggs met Mr. Smith, Dr Ade Okoro and striker Femi Bello (Secretary Lee) at 3 p.m. & later; '
  + 'the late Nipsey Hussle and SECRETARY-GENERAL Ann Cole, president Óscar Arias.';

describe('tokenCues', () => {
  it('finds the cues whatever the case or the marks around them', () => {
    const { tokens } = tokenize(TEXT);
    const cued = tokens.filter((_, k) => tokenCues(tokens, registry)[k] !== 0).map((t) => t.text);
    expect(cued).toEqual(expect.arrayContaining(['PRESIDENT', 'Mr.', 'Dr', 'striker', 'Secretary', 'late', 'president']));
    for (const word of ['Jo', 'met', 'Smith', 'and', 'at', '3', '&', 'later', 'the', 'Óscar']) expect(cued).not.toContain(word);
  });

  it('finds a cue word that opens with a digit, and none in the figures around it', () => {
    // A registry whose titles open with figures: the tokens that open with one are looked up by their first digit.
    const starts = new Set([...registry.titleStarts as Set<string>, '1st', '2nd']);
    const figured: RegistryIndex = { ...registry, titleStarts: starts };
    const text = 'On 1996-08-30 the 1st Secretary and 2nd Lieutenant met 3rd-placed Ann Cole, 1-0 up, at 10 a.m.';
    const { tokens } = tokenize(text);
    const cues = tokenCues(tokens, figured);
    const cued = tokens.filter((_, k) => cues[k] !== 0).map((t) => t.text);
    expect(cued).toEqual(expect.arrayContaining(['1st', '2nd']));
    for (const word of ['1996-08-30', '3rd-placed', '1-0', '10']) expect(cued).not.toContain(word);
    expect([...cues]).toEqual([...tokenCues(tokens, { ...figured, titleStarts: { has: (word) => starts.has(word) } })]);
  });

  it('answers for every token as a lookup of each token does', () => {
    const seed = readFileSync('corpus/iranfocus-2019-12-20-maximum-pressure.txt', 'utf8');
    for (const text of [TEXT, seed]) {
      const { tokens } = tokenize(text);
      const cues = tokenCues(tokens, registry);
      expect(cues.some((bits) => bits !== 0)).toBe(true);
      expect([...cues]).toEqual([...tokenCues(tokens, unlisted)]);
    }
  });
});

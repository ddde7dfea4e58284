// resolve's shortcuts give the answers of what they stand in for: the quick title test before a name,
// the sources asked without splitting, the first-letter checks, the flatMap loop.
import { describe, expect, it } from 'vitest';
import { buildRegistryIndex, type RegistryIndex } from '../../src/registry/alias-index.js';
import { foldKey, normalizeName } from '../../src/registry/normalize.js';
import { wordsBefore } from '../../src/registry/words-before.js';
import { titleBefore } from '../../src/registry/titles.js';
import { startsDigit, startsLetter, startsLower, startsUpper } from '../../src/resolve/first-letter.js';
import { mapMany } from '../../src/resolve/map-many.js';
import { hasSource, joinSources } from '../../src/resolve/sources.js';
import { isWhiteSpace, wordsOf } from '../../src/resolve/white-space.js';
import { allCaps, innerCapital, stem } from '../../src/resolve/headlines.js';
import { hasDigit, hasLower } from '../../src/resolve/score-lines.js';
import { remembered } from '../../src/resolve/remembered.js';
import { ENTRIES, TITLES } from '../link/small-registry.js';

/** titleBefore without its quick test of the first words: every run of the words before, longest first. */
function everyRunBefore(text: string, start: number, index: RegistryIndex): string | undefined {
  const words = wordsBefore(text, start, 60);
  for (let n = Math.min(index.maxTitleWords, words.length); n >= 1; n--) {
    const run = words.slice(words.length - n);
    if (index.titles.has(foldKey(normalizeName(run.join(' '))))) return run.join(' ');
  }
  return undefined;
}

describe('titleBefore', () => {
  // Titles that fold to other pieces than they are written in: a hyphen, a dot, an accent, brackets.
  const registry = buildRegistryIndex({ entries: ENTRIES, titles: [...TITLES, 'Vice-President', 'Prés. du Conseil', 'Lt. Gen.'] });
  const text = [
    'Secretary of State Mike Pompeo met Vice-President Ana Diaz and vice president Li Na.',
    '(President Kim) said Prés. du Conseil Jean Roux, — Lt. Gen. Bo Ek and Mr. Smith; not Presidents Ali.',
    'Supreme  Leader Ali, the Leader Omar, SECRETARY Jo Bloggs and ... Dr. No',
  ].join('\n');

  it('finds the title a search of every run finds, at every position of a text', () => {
    const found: string[] = [];
    for (let start = 0; start <= text.length; start++) {
      const title = everyRunBefore(text, start, registry);
      expect(titleBefore(text, start, registry), `at ${start}`).toBe(title);
      if (title) found.push(title);
    }
    // The text holds titles, written as folding changes them and after words that fold to nothing ("— Lt. Gen.", "(President"),
    // so the comparison covers both answers.
    expect(new Set(found)).toEqual(new Set(['Secretary of State', 'Vice-President', 'vice president', 'Prés. du Conseil', '— Lt. Gen.',
      '(President', 'Mr.', 'Secretary', 'SECRETARY', 'Supreme Leader', '... Dr.']));
  });
});

describe('sources', () => {
  it('tells whether a recognizer is among a source’s names', () => {
    for (const source of ['registry', 'model', 'registry+model', 'model+registry', 'model+registry+rules', 'registryx', 'x+registryx', '']) {
      expect(hasSource(source, 'registry'), source).toBe(source.split('+').includes('registry'));
    }
  });

  it('joins two sources, each name once, in order', () => {
    const pairs = [['model', 'model'], ['model', 'registry'], ['registry+model', 'model'], ['rules', 'model+rules'], ['', 'model']];
    for (const [a, b] of pairs) expect(joinSources(a, b)).toBe([...new Set([...a.split('+'), ...b.split('+')])].join('+'));
  });
});

describe('first letters and mapMany', () => {
  it('answers as the Unicode regexes do', () => {
    for (const word of ['Kenya', 'said', 'Ärger', 'über', '1996', ',', '', 'ǅemal', '𝐀x', '_a', '北京', 'ʼa']) {
      expect(startsLetter(word), word).toBe(/^\p{L}/u.test(word));
      expect(startsUpper(word), word).toBe(/^\p{Lu}/u.test(word));
      expect(startsLower(word), word).toBe(/^\p{Ll}/u.test(word));
      expect(startsDigit(word), word).toBe(/^\d/.test(word));
    }
  });

  it('flattens one level as flatMap does', () => {
    const f = (n: number, k: number) => (n % 2 ? [] : [n, k]);
    expect(mapMany([1, 2, 3, 4], f)).toEqual([1, 2, 3, 4].flatMap(f));
  });
});

describe('white space', () => {
  it('tells every UTF-16 code as /\\s/ does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });

  it('splits words as split(/\\s+/) and filter(Boolean) do', () => {
    for (const text of ['', ' ', 'Kenya', '  Aung San\u00a0Suu\tKyi \n', 'a\u2009b\u3000c\ufeff', 'x  y']) {
      expect(wordsOf(text), JSON.stringify(text)).toEqual(text.split(/\s+/).filter(Boolean));
    }
  });
});

describe('headline words', () => {
  const words = ['concedes', 'conceded', 'concede', 'holding', 'ing', 'trees', 'red', 's', '', 'es', 'ed', 'iPhone', 'eBay', 'IBM', 'U.S.',
    'Ärger', 'über', 'éClair', 'aÉ', 'a1B', 'ab-C', '1996', 'A', 'a', 'NATO-led', 'ÇA', 'çA', 'xY', 'x'];
  it('stems as the regex does', () => {
    for (const w of words) expect(stem(w), w).toBe(w.replace(/(?:e[sd]|ing|[sde])$/, ''));
  });
  it('tells inner capitals and all-caps words as the Unicode regexes do', () => {
    for (const w of words) {
      expect(innerCapital(w), w).toBe(/^\p{Ll}+\p{Lu}/u.test(w));
      expect(allCaps(w), w).toBe(/^[^\p{Ll}]+$/u.test(w));
    }
  });
});

describe('results-line tokens', () => {
  it('finds digits and small letters as the regexes do', () => {
    for (const w of ['', '3', '2-1', 'x9', 'Ärger', 'ÄRGER', 'ÄR9', '(', 'ab', '.', 'ǅ', 'ǅa', '٣', '𝐀x', '𝐚']) {
      expect(hasDigit(w), w).toBe(/\d/.test(w));
      expect(hasLower(w), w).toBe(/\p{Ll}/u.test(w));
    }
  });
});

describe('remembered', () => {
  it('answers as the function does, asking it once a text', () => {
    const asked: string[] = [];
    const length = remembered((text: string) => (asked.push(text), text.length));
    expect(['Kenya', 'said', 'Kenya', '', ''].map(length)).toEqual([5, 4, 5, 0, 0]);
    expect(asked).toEqual(['Kenya', 'said', '']);
  });
});

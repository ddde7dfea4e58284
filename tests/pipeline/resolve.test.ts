import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/document.js';
import { resolveMentions, trimName } from '../../src/stages/resolve.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';
import { loadConfig } from '../../src/config.js';
import { createPipeline } from '../../src/pipeline.js';
import { readMentions } from '../shipped-pipeline.js';

const registry = smallIndex();

const cand = (text: string, span: string, type: Candidate['type'], confidence = 0.8, source = 'test', from = 0): Candidate => {
  const start = text.indexOf(span, from);
  return { start, end: start + span.length, type, confidence, source };
};

describe('trimName', () => {
  const text = 'the White House’s plan. The U.S. said; the Smiths\' dog.';
  it('drops a leading "the" and a possessive', () => {
    const c = trimName(text, cand(text, 'the White House’s', 'ORG'))!;
    expect(text.slice(c.start, c.end)).toBe('White House');
  });
  it('keeps the full stop of an abbreviation but not other trailing punctuation', () => {
    const c = trimName(text, cand(text, 'The U.S.', 'GPE'))!;
    expect(text.slice(c.start, c.end)).toBe('U.S.');
    const d = trimName(text, cand(text, 'plan.', 'ORG'))!;
    expect(text.slice(d.start, d.end)).toBe('plan');
    const inBrackets = '(the U.S.) said';
    const e = trimName(inBrackets, cand(inBrackets, 'the U.S.)', 'GPE'))!;
    expect(inBrackets.slice(e.start, e.end)).toBe('U.S.');
  });
  it('takes a name of capitalised words as it stands, and still cuts what such a name may carry', () => {
    const plain = 'Officials at New York Life said so.';
    const c = cand(plain, 'New York Life', 'ORG', 0.8, 'model');
    expect(trimName(plain, c)).toBe(c);
    const the = 'In The Hague and THE HAGUE.';
    expect(the.slice(...spanOf(trimName(the, cand(the, 'The Hague', 'GPE', 0.8, 'model'))!))).toBe('Hague');
    expect(the.slice(...spanOf(trimName(the, cand(the, 'THE HAGUE', 'GPE', 0.8, 'model'))!))).toBe('HAGUE');
    const weekday = 'the network CNBC Friday that rates';
    expect(weekday.slice(...spanOf(trimName(weekday, cand(weekday, 'CNBC Friday', 'ORG', 0.8, 'model'))!))).toBe('CNBC');
    // Only the model runs a name on into the weekday: a registry's span stays.
    expect(weekday.slice(...spanOf(trimName(weekday, cand(weekday, 'CNBC Friday', 'ORG', 0.8, 'registry'))!))).toBe('CNBC Friday');
  });
  it('cuts a lower-case word the model took in before a name, and a "the" after it, but not a name\'s particle', () => {
    const text = 'Trading on the Sydney Futures Exchange and of Acme rose; de Silva said.';
    expect(text.slice(...spanOf(trimName(text, cand(text, 'on the Sydney Futures Exchange', 'ORG', 0.8, 'model'))!))).toBe('Sydney Futures Exchange');
    expect(text.slice(...spanOf(trimName(text, cand(text, 'of Acme', 'ORG', 0.8, 'model'))!))).toBe('Acme');
    expect(text.slice(...spanOf(trimName(text, cand(text, 'de Silva', 'PERSON', 0.8, 'model'))!))).toBe('de Silva');
  });
});

const spanOf = (c: Candidate): [number, number] => [c.start, c.end];

/** The mentions resolve makes of these candidates, as [span, label]. */
function typedSpans(text: string, candidates: Candidate[]): [string, string][] {
  return resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]);
}

describe('resolveMentions', () => {
  it('takes the longest name when recognizers agree on confidence', () => {
    const text = 'The US State Department said so.';
    const { tokens } = tokenize(text);
    const mentions = resolveMentions(text, tokens, [
      cand(text, 'US', 'GPE', 0.9), cand(text, 'US State Department', 'ORG', 0.9), cand(text, 'State Department', 'ORG', 0.9),
    ], registry);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['US State Department']);
  });

  it('lets a date swallow a number inside it even when the number is more confident', () => {
    const text = 'It began five weeks ago.';
    const { tokens } = tokenize(text);
    const mentions = resolveMentions(text, tokens, [cand(text, 'five', 'CARDINAL', 0.99), cand(text, 'five weeks ago', 'DATE', 0.7)], registry);
    expect(mentions.map((m) => m.type)).toEqual(['DATE']);
  });

  it('makes one more confident mention of two recognizers that agree', () => {
    const text = 'Paris is big.';
    const { tokens } = tokenize(text);
    const [m] = resolveMentions(text, tokens, [cand(text, 'Paris', 'GPE', 0.6, 'a'), cand(text, 'Paris', 'GPE', 0.5, 'b')], registry);
    expect(m.confidence).toBeCloseTo(0.8);
    expect(m.source).toBe('a+b');
  });

  it('takes the label of a multi-word registry name over the model’s, unless the name is a place', () => {
    const text = 'The White House thanked New York and Leeds.';
    expect(typedSpans(text, [
      cand(text, 'White House', 'GPE', 0.97, 'model'), cand(text, 'White House', 'ORG', 0.9, 'registry'),
      cand(text, 'New York', 'ORG', 0.9, 'model'), cand(text, 'New York', 'GPE', 0.85, 'registry'),
      cand(text, 'Leeds', 'ORG', 0.9, 'model'), cand(text, 'Leeds', 'GPE', 0.85, 'registry'),
    ])).toEqual([['White House', 'ORG'], ['New York', 'ORG'], ['Leeds', 'ORG']]);
  });

  it('takes a time expression over the model\'s miscellaneous name on the same span, not over a person or a place', () => {
    const text = 'Shops shut on New Year\'s Day and reopen in mid-June, Paris said.';
    expect(typedSpans(text, [
      cand(text, 'New Year\'s Day', 'NORP', 0.98, 'model'), cand(text, 'New Year\'s Day', 'DATE', 0.85, 'timex'),
      cand(text, 'mid-June', 'EVENT', 0.9, 'model'), cand(text, 'mid-June', 'DATE', 0.85, 'timex'),
      cand(text, 'Paris', 'GPE', 0.95, 'model'), cand(text, 'Paris', 'DATE', 0.5, 'timex'),
    ])).toEqual([['New Year\'s Day', 'DATE'], ['mid-June', 'DATE'], ['Paris', 'GPE']]);
  });

  it('lets a confident longer name take a place or a same-kind name inside it, but not a person', () => {
    const text = 'Kansas City joined U.S. Congress talks, said Secretary of State Mike Pompeo.';
    const { tokens } = tokenize(text);
    const mentions = resolveMentions(text, tokens, [
      cand(text, 'Kansas City', 'GPE', 0.8, 'model'), cand(text, 'Kansas', 'GPE', 0.9, 'registry'),
      cand(text, 'U.S. Congress', 'ORG', 0.75, 'registry'), cand(text, 'Congress', 'ORG', 0.97, 'model'),
      cand(text, 'State Mike Pompeo', 'ORG', 0.9, 'model'), cand(text, 'Mike Pompeo', 'PERSON', 0.95, 'registry'),
    ], registry);
    expect(mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Kansas City', 'U.S. Congress', 'Mike Pompeo']);
  });

  it('never returns overlapping mentions and gives each its sentence', () => {
    const text = 'Ann Lee met Bob.\nThen Bob Ray left Rome.';
    const { tokens } = tokenize(text);
    const mentions = resolveMentions(text, tokens, [
      cand(text, 'Ann Lee', 'PERSON', 0.7), cand(text, 'Lee met', 'ORG', 0.6),
      cand(text, 'Bob Ray', 'PERSON', 0.5), cand(text, 'Ray left Rome', 'ORG', 0.4), cand(text, 'Rome', 'GPE', 0.9),
    ], registry);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.sentence])).toEqual([['Ann Lee', 0], ['Bob Ray', 1], ['Rome', 1]]);
  });
});

describe('the shipped pipeline\'s mentions', () => {
  it('never overlap, whatever a rule grows after the choice ("[T-Mobile] Park" beside the model\'s "Mobile Park")', () => {
    const pipeline = createPipeline(loadConfig('pipeline.config.json'));
    for (const text of ['T-Mobile Park hosted the game.', 'Fans packed T-Mobile Park on Sunday.']) {
      const { mentions } = pipeline.process({ id: 'flat', text }, { file: 'flat' }, 'flat');
      expect(mentions.length).toBeGreaterThan(0);
      mentions.slice(1).forEach((m, k) => expect(m.start).toBeGreaterThanOrEqual(mentions[k].end));
    }
  });
});

describe('titles', () => {
  const resolved = (text: string, spans: [string, Candidate['type']][]) => {
    const { tokens } = tokenize(text);
    return resolveMentions(text, tokens, spans.map(([span, type]) => cand(text, span, type, 0.9)), registry);
  };

  it('records a title right before a person and keeps it out of the span', () => {
    const [m] = resolved('Secretary of State Mike Pompeo spoke.', [['Mike Pompeo', 'PERSON']]);
    expect(m.attrs?.title).toBe('Secretary of State');
  });

  it('cuts a title a recognizer left inside a PERSON span', () => {
    const text = 'Then Secretary Pompeo spoke. Later Ms. Doe left.';
    const mentions = resolved(text, [['Secretary Pompeo', 'PERSON'], ['Ms. Doe', 'PERSON']]);
    expect(mentions.map((m) => [text.slice(m.start, m.end), m.attrs?.title])).toEqual([['Pompeo', 'Secretary'], ['Doe', 'Ms.']]);
  });

  it('does not take a word across a line break for a title', () => {
    const [m] = resolved('He met the Secretary\nMike Pompeo.', [['Mike Pompeo', 'PERSON']]);
    expect(m.attrs?.title).toBeUndefined();
  });
});

describe('spans are decided by resolve alone', () => {
  it('gives the same spans with and without the link stage', () => {
    const config = loadConfig('pipeline.config.json');
    const text = 'Secretary of State Mike Pompeo met Secretary Pompeo’s aides and Dr. Jane Roe in Lisbon.';
    const spans = (stages: typeof config.stages) => createPipeline({ ...config, stages })
      .process({ id: 't', text }, { file: 't' }, 't').mentions.map((m) => [text.slice(m.start, m.end), m.type, m.attrs?.title]);
    const withLink = spans(['tokenize', 'recognize', 'resolve', 'link']);
    expect(withLink).toContainEqual(['Mike Pompeo', 'PERSON', 'Secretary of State']);
    expect(spans(['tokenize', 'recognize', 'resolve'])).toEqual(withLink);
  });
});

describe('holidays and parts of months through the shipped pipeline', () => {
  it('reads them as dates, which the name model took for a people', () => {
    const dates = (text: string) => readMentions(text, '2013-02-12').map((m) => `${m.type} ${m.text}`);
    expect(dates('The plant has been shut since mid-June.')).toEqual(['DATE mid-June']);
    expect(dates('The law took effect on New Year\'s Day.')).toEqual(['DATE New Year\'s Day']);
  });
});

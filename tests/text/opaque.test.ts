// Stretches that cannot be words: found before wink reads the text, kept as one opaque token, never a name.
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline.js';
import { loadConfig } from '../../src/config.js';
import { opaqueSpans } from '../../src/text/opaque.js';
import { tokenize } from '../../src/text/tokenize.js';

const blob = 'dGhpcyBpcyBhIHRlc3Qgb2YgYmFzZTY0IGJsb2I=';

describe('opaqueSpans', () => {
  it('finds URLs, e-mail addresses, blobs and overlong runs, without the punctuation around them', () => {
    const text = `See (https://www.iran.gov/news), mail press@un.org. Key ${blob}; hash ${'ab12'.repeat(10)}; ${'Z' + 'a'.repeat(80)}.`;
    expect(opaqueSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'https://www.iran.gov/news', 'press@un.org', blob, 'ab12'.repeat(10), 'Z' + 'a'.repeat(80),
    ]);
  });

  it('ends a run at every space that \\s matches, and at no other character', () => {
    const spaces = ['\t', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u2028', '\u202f', '\u3000', '\ufeff'];
    const text = spaces.map((s) => `${s}press@un.org${s}word`).join('');
    expect(opaqueSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(spaces.map(() => 'press@un.org'));
    // A zero-width space is no space: the address runs on through it.
    const joined = 'www.un.org\u200bword and\u0085x@y.org';
    expect(opaqueSpans(joined).map((s) => joined.slice(s.start, s.end))).toEqual(['www.un.org\u200bword', 'and\u0085x@y.org']);
  });

  it('leaves words alone: long names, hyphenated compounds, acronyms, numbers', () => {
    const text = 'Llanfairpwllgwyngyll state-of-the-art U.S.-backed COVID-19 1,000,000,000 H.Res.752 Mr. Pompeo’s';
    expect(opaqueSpans(text)).toEqual([]);
  });
});

describe('tokenize with opaque stretches', () => {
  it('keeps each as one token marked opaque, which wink never reads', () => {
    const run = 'Q' + 'x'.repeat(200_000);
    const text = `Angela Merkel met ${run} in Paris.`;
    const { tokens, sentences } = tokenize(text);
    expect(tokens.map((t) => (t.opaque ? 'OPAQUE' : t.text))).toEqual(['Angela', 'Merkel', 'met', 'OPAQUE', 'in', 'Paris', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(sentences).toEqual([{ start: 0, end: text.length }]);
    expect(tokens[3].pos).toBe('X');
  });
});

describe('the pipeline', () => {
  const pipeline = createPipeline(loadConfig('pipeline.config.json'));
  it('makes no mention in a URL, an address or a blob, and still finds the names around them', () => {
    const text = `Angela Merkel wrote at https://www.iran.gov/Angela-Merkel and press@un.org with Zorblax${'Q'.repeat(70)} and ${blob} in Paris.`;
    const doc = pipeline.process({ id: 'x', text }, { file: 'x' }, 'x');
    expect(doc.mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Angela Merkel', 'Paris']);
  });
});

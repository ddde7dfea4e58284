import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/tokenize.js';

describe('tokenize', () => {
  it('gives tokens UTF-16 offsets that slice back to the token, past emoji', () => {
    const text = '🙂 Mr. Pompeo’s note: $1.2 billion.';
    const { tokens } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === 'Pompeo')?.pos).toBe('PROPN');
  });

  it('keeps a word with letters of the Latin alphabet\'s extensions whole, as the article writes it', () => {
    const text = 'Sławosz Uznański met Luka Dončić and Nguyễn Thị Đào in Łódź.';
    const { tokens } = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(['Sławosz', 'Uznański', 'met', 'Luka', 'Dončić', 'and', 'Nguyễn', 'Thị', 'Đào', 'in', 'Łódź', '.']);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });

  it('ends a sentence at every line break: headlines and datelines carry no full stop', () => {
    const text = 'SOCCER - LATE GOAL WINS\nMADRID 1996-08-30\nThe match ended.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['SOCCER - LATE GOAL WINS', 'MADRID 1996-08-30', 'The match ended.']);
  });

  it('ends no sentence at a clock\'s "p.m." before a place\'s time, and one before another sentence', () => {
    const text = 'The deal priced at 4 p.m. New York time Wednesday, people said. He left at 4 p.m. Then he slept.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The deal priced at 4 p.m. New York time Wednesday, people said.', 'He left at 4 p.m.', 'Then he slept.']);
  });

  it('does not split inside a name with full stops such as H.Res.752', () => {
    const text = 'The House passed H.Res.752 on Thursday. It was late.';
    const { sentences } = tokenize(text);
    expect(sentences).toHaveLength(2);
  });

  it('ends a sentence at "in" and its stop after a word, which wink reads as the inch, but not after a figure', () => {
    const text = 'The government should have stepped in. John Smith said. It grew to 5 in. wide.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The government should have stepped in.', 'John Smith said.', 'It grew to 5 in. wide.']);
  });

  it('does not end a sentence at a title\'s abbreviation before a name, but at a unit\'s or a temperature\'s stop before a capital', () => {
    const text = 'It was led by the Rev. Paul Ouderkirk. Maj. Gen. John Smith spoke. Output rose 50,000 b/d. Gold fell. It hit 47.7C. Sydney was cooler.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['It was led by the Rev. Paul Ouderkirk.', 'Maj. Gen. John Smith spoke.',
      'Output rose 50,000 b/d.', 'Gold fell.', 'It hit 47.7C.', 'Sydney was cooler.']);
  });

  it('does not end a sentence before a word in lower case: the stop was an abbreviation', () => {
    const text = 'The flat measures 100 sq. ft. and costs $5. iPhone sales rose.';
    const { sentences } = tokenize(text);
    expect(sentences.map((s) => text.slice(s.start, s.end))).toEqual(['The flat measures 100 sq. ft. and costs $5.', 'iPhone sales rose.']);
  });

  it('keeps "U.S." whole after a hyphen, where wink reads "U" "." "S.", and the word before the hyphen apart', () => {
    const text = 'The Canada-U.S. border and a pro-U.K. group.';
    expect(tokenize(text).tokens.map((t) => t.text)).toEqual(['The', 'Canada', '-', 'U.S.', 'border', 'and', 'a', 'pro', '-', 'U.K.', 'group', '.']);
    expect(tokenize(text).sentences).toHaveLength(1);
    // The stop inside the abbreviation is the joined token's: a sentence that ends on it ends there.
    const two = 'He is anti-U.S. The border opened.';
    expect(tokenize(two).sentences.map((s) => two.slice(s.start, s.end))).toEqual(['He is anti-U.S.', 'The border opened.']);
  });
});

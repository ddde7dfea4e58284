// Rules added after the error analysis on held-out Reuters news (issue 12), on invented sentences:
// each takes the model's and the registry's candidates as given and checks what resolve makes of them.
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/document.js';
import { resolveMentions } from '../../src/stages/resolve.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';

const registry = smallIndex();

/** Each candidate is [span, type, confidence?, source?], found in order after the previous one. */
function resolved(text: string, spans: [string, Candidate['type'], number?, string?][]): [string, string][] {
  let from = 0;
  const candidates = spans.map(([span, type, confidence = 0.8, source = 'model']) => {
    const start = text.indexOf(span, from);
    if (start < 0) throw new Error(`"${span}" not found`);
    from = start;
    return { start, end: start + span.length, type, confidence, source };
  });
  return resolveMentions(text, tokenize(text).tokens, candidates, registry).map((m) => [text.slice(m.start, m.end), m.type]);
}

describe('longer names', () => {
  it('takes the model’s longer place over a registry alias at its start, when the model is more sure than not', () => {
    const text = 'Police seek suspects in Harwick City jewel heist.';
    expect(resolved(text, [['Harwick', 'LOC', 0.85, 'registry'], ['Harwick City', 'GPE', 0.6]])).toEqual([['Harwick City', 'GPE']]);
    expect(resolved(text, [['Harwick', 'LOC', 0.85, 'registry'], ['Harwick City', 'GPE', 0.4]])).toEqual([['Harwick', 'LOC']]);
  });
});

// Builds a Doc with hand-placed mentions, as resolve would leave it, for link tests.
import { createDoc, type Doc, type Label, type Mention } from '../../src/document.js';

/** Each span is [text, label], found in order after the previous one. */
export function docWith(text: string, spans: [string, Label][]): Doc {
  let from = 0;
  const mentions: Mention[] = spans.map(([s, type]) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`"${s}" not found after ${from}`);
    from = start + s.length;
    return { start, end: start + s.length, type, source: 'test', confidence: 1, sentence: 0 };
  });
  return { ...createDoc({ id: 't', text }), mentions };
}

export const mentionText = (doc: Doc, i: number) => doc.text.slice(doc.mentions[i].start, doc.mentions[i].end);

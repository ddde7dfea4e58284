// The tokenizer reuses wink's entries for words earlier texts added (src/text/wink.ts); each text
// must still be read exactly as a fresh process reads it, whatever was read before, in any order.
import { describe, expect, it, vi } from 'vitest';
import type { tokenize as Tokenize } from '../../src/text/tokenize.js';

/** The tokenizer of a new module instance: a new wink instance that has read nothing. */
async function freshTokenizer(): Promise<typeof Tokenize> {
  vi.resetModules();
  return (await import('../../src/text/tokenize.js')).tokenize;
}

const texts = [
  // A possessive that ends a sentence is one word to wink; inside one, "Zorblax" + "'s".
  "The idea was Zorblax's.",
  "Zorblax's spokesman Tom Brandt said on Monday that Zorblax's plan failed.",
  // "96" is a word inside a date written with full stops, a number alone: the same string added
  // under two categories, with different parts of speech.
  'PAY DATE 24.SEP.96',
  'He scored 96 runs for Kolarov in 1995/96.',
  // Unknown words again, in other cases, with their lower-case forms.
  'KOLAROV and Zorblax met kolarov, zorblax and ZORBLAX at Vrbnik.',
  'Vrbnik, 24.SEP.96 - Zorblax said 96.',
  // Words of the model whose lower case is none of its words: adding one ("Scarlett,") adds its lower case.
  'Steve met Scarlett. Steve. Scarlett, steve and scarlett left Meta.',
  'Then steve and Steve, scarlett and Scarlett.',
];

describe('the tokenizer after other texts', () => {
  it('gives each text the tokens of a fresh process, in order, reversed and again', async () => {
    const alone = [];
    for (const text of texts) alone.push((await freshTokenizer())(text));
    expect(alone[3].tokens.find((t) => t.text === '96')?.pos).toBe('NUM');
    expect(alone[2].tokens.find((t) => t.text === '96')?.pos).not.toBe('NUM');
    const shared = await freshTokenizer();
    const order = [...texts.keys(), ...[...texts.keys()].reverse(), ...texts.keys()];
    for (const i of order) expect(shared(texts[i]), texts[i]).toEqual(alone[i]);
  });

  it("tells the model's own words by their ids, whatever was read before", async () => {
    vi.resetModules();
    const { readWithWink } = await import('../../src/text/wink.js');
    const known = (text: string) => readWithWink(text, (doc, { its }, modelWord) => (doc.tokens().out(its.uniqueId) as unknown as number[]).map(modelWord));
    expect(known('velmoran said')).toEqual([false, true]);
    // Read again after texts that added "velmoran": it keeps its entry, and is still no word of the model's.
    known('the velmoran and qzxfoo said');
    expect(known('qzxbar velmoran said')).toEqual([false, false, true]);
  });
});

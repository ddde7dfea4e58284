// A given name of two capitalised parts joined by an apostrophe makes a person's name of it and the
// capitalised words after it, whatever the model read. Invented names.
import { describe, expect, it } from 'vitest';
import { apostropheNames } from '../../src/resolve/name-shapes.js';
import { tokenize } from '../../src/text/tokenize.js';
import { smallIndex } from '../link/small-registry.js';
import { readMentions } from '../shipped-pipeline.js';

const registry = smallIndex();
const proposed = (text: string) => apostropheNames(text, tokenize(text).tokens, registry).map((c) => [text.slice(c.start, c.end), c.type]);

describe('given names joined by an apostrophe', () => {
  it('reads the whole name as one PERSON through the pipeline, and its surname alone later', () => {
    const people = readMentions("Ke'Shawna Joy Odumbe won best supporting actress. Odumbe thanked her mother.").filter((m) => m.type === 'PERSON');
    expect(people.map((m) => m.text)).toEqual(["Ke'Shawna Joy Odumbe", 'Odumbe']);
    expect(people[0].entity).toBe(people[1].entity);
  });

  it('proposes the name over the capitalised words after the given name', () => {
    expect(proposed("Ta'Varius Lemke caught two passes")).toEqual([["Ta'Varius Lemke", 'PERSON']]);
    expect(proposed("said Mo’Nique Vasquez, 41.")).toEqual([['Mo’Nique Vasquez', 'PERSON']]);
  });

  it('leaves elided articles, possessives, a small letter after the apostrophe and a street', () => {
    expect(proposed("L'Orvane shares rose, and D'Arvel Group fell")).toEqual([]);
    expect(proposed("Kenya's Odinga and Sana'a Province")).toEqual([]);
    expect(proposed("on Ke'Shawna Street")).toEqual([]);
  });
});

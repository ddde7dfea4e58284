// News style puts the titles of films, books and songs in quotation marks: a name that alone fills a
// quotation in prose is a WORK_OF_ART; scare quotes around a name the registry knows, a quoted one-word
// person, and headlines are left alone. Invented sentences.
import { describe, expect, it } from 'vitest';
import { readMentions } from '../shipped-pipeline.js';
import { workTitles } from '../../src/resolve/work-titles.js';
import type { Candidate } from '../../src/document.js';

function typed(text: string, name: string): string | undefined {
  return readMentions(text).find((m) => m.text === name)?.type;
}

/** The type workTitles gives a model name read as `type`, with a registry name on the same span or not. */
function titled(text: string, name: string, type: Candidate['type'], registry = false): string {
  const start = text.indexOf(name);
  const model: Candidate = { start, end: start + name.length, type, source: 'model', confidence: 0.6 };
  const others: Candidate[] = registry ? [{ ...model, source: 'registry' }] : [];
  return workTitles(text, [model, ...others])[0].type;
}

describe('titles in quotation marks', () => {
  it('types a quoted title in prose WORK_OF_ART through the pipeline', () => {
    expect(typed('She won best actress for "Marrow Lane", her second win after "The Glass Orchard" in 2019.', 'Marrow Lane')).toBe('WORK_OF_ART');
  });

  it('reads straight and curly quotes, with the comma inside', () => {
    expect(titled('The film “Vesper Hill,” a drama about miners, opened on Friday.', 'Vesper Hill', 'PERSON')).toBe('WORK_OF_ART');
    expect(titled('"Calder", a drama about miners, opened on Friday.', 'Calder', 'GPE')).toBe('WORK_OF_ART');
  });

  it('leaves scare quotes on a registry name, a quoted person and a headline alone', () => {
    expect(titled('the group calling itself "Islamic State" said', 'Islamic State', 'ORG', true)).toBe('ORG');
    expect(titled('Asked who was to blame, he said "Morrow."', 'Morrow', 'PERSON')).toBe('PERSON');
    expect(titled('"Vesper Hill" Tops Box Office', 'Vesper Hill', 'PERSON')).toBe('PERSON');
  });
});

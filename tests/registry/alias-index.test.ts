import { describe, expect, it } from 'vitest';
import { buildRegistryIndex } from '../../src/registry/alias-index.js';

const index = buildRegistryIndex({
  titles: ['Secretary of State', 'President'],
  entries: [
    { id: 'person/mike-pompeo', type: 'PERSON', name: 'Mike Pompeo', aliases: ['Michael R. Pompeo'] },
    { id: 'person/moon-jae-in', type: 'PERSON', name: 'Moon Jae-in', surnames: ['Moon'] },
    { id: 'person/mbs', type: 'PERSON', name: 'Mohammed bin Salman', surnames: [] },
    { id: 'person/hamdan', type: 'PERSON', name: 'Hamdan bin Mohammed Al Maktoum', aliases: ['Hamdan bin Mohammed'] },
    { id: 'gpe/iran', type: 'GPE', name: 'Iran', demonyms: ['Iranian', 'Iranians'] },
    { id: 'norp/iranian', type: 'NORP', name: 'Iranian', description: 'own entry' },
    { id: 'gpe/chile', type: 'GPE', name: 'Chile', demonyms: ['Chilean'] },
    { id: 'gpe/santiago', type: 'GPE', name: 'Santiago', partOf: 'gpe/chile' },
  ],
});

describe('buildRegistryIndex', () => {
  it('derives people’s surnames from the last word of their names, unless the entry lists them', () => {
    expect(index.surnames.get('pompeo')?.map((h) => h.id)).toEqual(['person/mike-pompeo']);
    expect(index.surnames.get('moon')?.map((h) => h.id)).toEqual(['person/moon-jae-in']);
    expect(index.surnames.has('in')).toBe(false);
    expect(index.surnames.has('salman')).toBe(false);
  });

  it('derives no surname from a father\'s name after "bin"', () => {
    expect(index.surnames.get('maktoum')?.map((h) => h.id)).toEqual(['person/hamdan']);
    expect(index.surnames.has('mohammed')).toBe(false);
  });

  it('makes a NORP entity of each place’s demonyms, merged into an explicit entry of that id', () => {
    expect(index.entries.get('norp/chilean')).toMatchObject({ type: 'NORP', name: 'Chilean', partOf: 'gpe/chile' });
    expect(index.entries.get('norp/iranian')).toMatchObject({ description: 'own entry', aliases: ['Iranian', 'Iranians'] });
    expect(index.folded.get('iranians')?.map((h) => h.id)).toEqual(['norp/iranian']);
  });

  it('keeps word prefixes of aliases, the inverse of partOf, and the title lexicon', () => {
    expect(index.prefixes.has('michael r')).toBe(true);
    expect(index.children.get('gpe/chile')).toEqual(['gpe/santiago', 'norp/chilean']);
    expect(index.titles.has('secretary of state')).toBe(true);
    expect(index.titleStarts.has('secretary')).toBe(true);
    expect(index.maxTitleWords).toBe(3);
  });
});

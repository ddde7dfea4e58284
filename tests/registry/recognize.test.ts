import { describe, expect, it } from 'vitest';
import { createDoc } from '../../src/document.js';
import { buildRegistryIndex, lookupAlias } from '../../src/registry/alias-index.js';
import { loadRegistry } from '../../src/registry/load.js';
import { foldKey } from '../../src/registry/normalize.js';
import { recognizeRegistryNames } from '../../src/registry/recognize.js';
import { tokenize } from '../../src/text/tokenize.js';

const index = buildRegistryIndex({
  titles: ['Secretary'],
  entries: [
    { id: 'gpe/united-states', type: 'GPE', name: 'United States', acronyms: ['US', 'U.S.'], demonyms: ['American'] },
    { id: 'gpe/iran', type: 'GPE', name: 'Iran', demonyms: ['Iranian', 'Iranians'] },
    { id: 'gpe/tehran', type: 'GPE', name: 'Tehran', partOf: 'gpe/iran' },
    { id: 'org/us-state-department', type: 'ORG', name: 'State Department', aliases: ['US State Department'] },
    { id: 'org/iran-judiciary', type: 'ORG', name: 'Iranian Judiciary' },
    { id: 'org/pmoi', type: 'ORG', name: 'People’s Mojahedin Organization of Iran', acronyms: ['PMOI'] },
    { id: 'org/amnesty-international', type: 'ORG', name: 'Amnesty International', aliases: ['Amnesty'] },
    { id: 'law/h-res-752', type: 'LAW', name: 'H.Res.752' },
    { id: 'person/mike-pompeo', type: 'PERSON', name: 'Mike Pompeo' },
    { id: 'person/li-wen', type: 'PERSON', name: 'Li Wen', aliases: ['Li'] },
  ],
});

function spans(text: string) {
  const doc = { ...createDoc({ id: 't', text }), ...tokenize(text) };
  return recognizeRegistryNames(doc, index).map((c) => ({ text: text.slice(c.start, c.end), type: c.type, confidence: c.confidence, source: c.source }));
}

describe('recognizeRegistryNames', () => {
  it('never runs a name across brackets, quotes or commas', () => {
    expect(spans('The regime of Mike (Pompeo) and Mike, Pompeo said.').map((s) => s.text)).not.toContain('Mike (Pompeo');
    expect(spans('The regime of Mike (Pompeo) and Mike, Pompeo said.').map((s) => s.text)).not.toContain('Mike, Pompeo');
  });

  it('matches whole tokens only, and demonyms as NORP', () => {
    expect(spans('Iranian officials met Iranians in Iran.').map((s) => [s.text, s.type])).toEqual([
      ['Iranian', 'NORP'], ['Iranians', 'NORP'], ['Iran', 'GPE'],
    ]);
  });
  it('takes the longest match', () => {
    expect(spans('The US State Department spoke.').map((s) => s.text)).toEqual(['US State Department']);
  });
  it('leaves the possessive outside the span, curly or straight', () => {
    expect(spans('Iran’s repression and Iran\'s courts.').map((s) => s.text)).toEqual(['Iran', 'Iran']);
  });
  it('keeps a possessive inside a name and matches across tokens split inside words', () => {
    expect(spans('the People’s Mojahedin Organization of Iran (PMOI) backed H.Res.752.').map((s) => s.text))
      .toEqual(['People’s Mojahedin Organization of Iran', 'PMOI', 'H.Res.752']);
  });
  it('matches "U.S." but not the pronoun "us"', () => {
    expect(spans('Tell us about U.S. policy.').map((s) => s.text)).toEqual(['U.S.']);
  });
  it('takes a short word in capitals for an acronym or a numeral, not a name folded to capitals: "LI" is not Li', () => {
    expect(spans('The Duke of Ostberg LI side met Li in TEHRAN.').map((s) => s.text)).toEqual(['Li', 'TEHRAN']);
    expect(lookupAlias(index, 'LI')).toEqual([]);
    expect(lookupAlias(index, 'Li').map((h) => h.id)).toEqual(['person/li-wen']);
  });

  it('needs the capitals of a multi-word alias: "the Iranian judiciary" is a demonym, not the ORG', () => {
    expect(spans('the Iranian judiciary ruled').map((s) => [s.text, s.type])).toEqual([['Iranian', 'NORP']]);
    expect(spans('the Iranian Judiciary ruled').map((s) => [s.text, s.type])).toEqual([['Iranian Judiciary', 'ORG']]);
  });
  it('is surer of a multi-word name than of a single word, and weakest on a bare surname', () => {
    const [full, single, surname] = spans('Amnesty International said so; Amnesty agreed, and Pompeo left.');
    expect([full.text, single.text, surname.text]).toEqual(['Amnesty International', 'Amnesty', 'Pompeo']);
    expect(surname.type).toBe('PERSON');
    expect(full.confidence).toBeGreaterThan(single.confidence);
    expect(single.confidence).toBeGreaterThan(surname.confidence);
    expect(full.source).toBe('registry');
  });
});

describe('bare surnames', () => {
  it('are surer after the full name or a title than alone', () => {
    const conf = (text: string) => spans(text).find((s) => s.text === 'Pompeo')!.confidence;
    const alone = conf('Then Pompeo left.');
    expect(conf('Mike Pompeo came. Then Pompeo left.')).toBeGreaterThan(alone);
    expect(conf('Then Secretary Pompeo left.')).toBeGreaterThan(alone);
  });
});

describe('matches inside a longer name', () => {
  it('are less sure next to another capitalised proper noun, but not next to a title', () => {
    const conf = (text: string, name: string) => spans(text).find((s) => s.text === name)!.confidence;
    expect(conf('He saw Tehran Times staff.', 'Tehran')).toBeLessThan(conf('He saw Tehran yesterday.', 'Tehran'));
    expect(conf('The U.S. Secretary spoke.', 'U.S.')).toBe(conf('The U.S. said so.', 'U.S.'));
  });
});

describe('the index as recognizeRegistryNames reads it', () => {
  it('holds every alias key, folded, among the prefixes (a span whose folded key is no prefix is not probed for aliases)', () => {
    const shipped = buildRegistryIndex(loadRegistry('registry'));
    const keys = [...shipped.exact.keys(), ...shipped.folded.keys()];
    expect(keys.length).toBeGreaterThan(1000);
    expect(keys.filter((key) => !shipped.prefixes.has(foldKey(key)))).toEqual([]);
  });
});

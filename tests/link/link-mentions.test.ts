import { describe, expect, it } from 'vitest';
import { linkMentions } from '../../src/link/link-mentions.js';
import { docWith, mentionText } from './make-doc.js';
import { buildRegistryIndex } from '../../src/registry/alias-index.js';
import { ENTRIES, smallIndex, TITLES } from './small-registry.js';

const index = smallIndex();

describe('acronyms defined in the text', () => {
  it('binds a parenthesised acronym of an unregistered organization to its long form', () => {
    const doc = linkMentions(docWith('The Coalition for Open Rivers (COR) met. Later, COR said no.', [
      ['Coalition for Open Rivers', 'ORG'], ['COR', 'ORG'], ['COR', 'ORG'],
    ]), index);
    const ids = doc.mentions.map((m) => m.entity);
    expect(ids[0]).toBe('nil:org/coalition-for-open-rivers');
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).toBe(ids[0]);
    expect(doc.entities).toHaveLength(1);
    expect(doc.entities[0]).toMatchObject({ name: 'Coalition for Open Rivers', inRegistry: false, mentions: [0, 1, 2] });
  });

  it('binds "X, or ACR" and lets the local definition win over nothing', () => {
    const doc = linkMentions(docWith('the Northern Alliance of Tenants, or NAT, protested; NAT grew.', [
      ['Northern Alliance of Tenants', 'ORG'], ['NAT', 'ORG'], ['NAT', 'ORG'],
    ]), index);
    expect(new Set(doc.mentions.map((m) => m.entity))).toEqual(new Set(['nil:org/northern-alliance-of-tenants']));
  });

  it('binds an organization\'s acronym in brackets whatever its letters (its name\'s in another language), but no place', () => {
    const bound = linkMentions(docWith('The Coalition for Open Rivers (CRA) met.', [
      ['Coalition for Open Rivers', 'ORG'], ['CRA', 'ORG'],
    ]), index);
    expect(bound.mentions[1].entity).toBe('nil:org/coalition-for-open-rivers');
    const apart = linkMentions(docWith('The Coalition for Open Rivers (UK) met.', [
      ['Coalition for Open Rivers', 'ORG'], ['UK', 'GPE'],
    ]), index);
    expect(apart.mentions[1].entity).not.toBe('nil:org/coalition-for-open-rivers');
  });

  it('links registered long and short forms to one registry entity', () => {
    const doc = linkMentions(docWith('the People’s Mojahedin Organization of Iran (PMOI), the Mojahedin-e Khalq, or MEK', [
      ['People’s Mojahedin Organization of Iran', 'ORG'], ['PMOI', 'ORG'], ['Mojahedin-e Khalq', 'ORG'], ['MEK', 'ORG'],
    ]), index);
    expect(new Set(doc.mentions.map((m) => m.entity))).toEqual(new Set(['org/pmoi']));
  });
});

describe('people', () => {
  it('binds a later surname and a title + surname to the full name seen earlier', () => {
    const doc = linkMentions(docWith('Secretary of State Mike Pompeo spoke. Pompeo said more. Secretary Pompeo left.', [
      ['Mike Pompeo', 'PERSON'], ['Pompeo', 'PERSON'], ['Pompeo', 'PERSON'],
    ]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['person/mike-pompeo', 'person/mike-pompeo', 'person/mike-pompeo']);
    expect(doc.entities[0]).toMatchObject({ id: 'person/mike-pompeo', inRegistry: true, description: 'US Secretary of State (2018–2021)' });
  });

  it('gives a new person one nil id for full name, surname and title + surname, equal in a second article', () => {
    const first = linkMentions(docWith('Jane Q. Doe arrived. Doe spoke. Later Ms. Doe left.', [
      ['Jane Q. Doe', 'PERSON'], ['Doe', 'PERSON'], ['Doe', 'PERSON'],
    ]), index);
    const ids = new Set(first.mentions.map((m) => m.entity));
    expect(ids).toEqual(new Set(['nil:person/jane-doe']));
    expect(first.entities).toEqual([expect.objectContaining({ id: 'nil:person/jane-doe', name: 'Jane Q. Doe', inRegistry: false })]);
    const second = linkMentions(docWith('Doe was there. Critics of Jane Doe disagreed.', [['Doe', 'PERSON'], ['Jane Doe', 'PERSON']]), index);
    expect(new Set(second.mentions.map((m) => m.entity))).toEqual(new Set(['nil:person/jane-doe']));
  });

  it('keys a person only ever named by surname by that surname', () => {
    const doc = linkMentions(docWith('Okonkwo spoke.', [['Okonkwo', 'PERSON']]), index);
    expect(doc.mentions[0].entity).toBe('nil:person/okonkwo');
  });

  it('keeps two people with one surname apart by first name', () => {
    const doc = linkMentions(docWith('Jane Doe and John Doe met.', [['Jane Doe', 'PERSON'], ['John Doe', 'PERSON']]), index);
    expect(doc.mentions[0].entity).not.toBe(doc.mentions[1].entity);
  });
});

describe('ambiguity', () => {
  it('takes Washington as a GPE to the city, recording the candidates and their scores', () => {
    const doc = linkMentions(docWith('Washington said no.', [['Washington', 'GPE']]), index);
    expect(doc.mentions[0].entity).toBe('gpe/washington-dc');
    expect(doc.mentions[0].linkCandidates?.map((c) => c.id)).toEqual(['gpe/washington-dc', 'gpe/washington-state']);
    expect(doc.mentions[0].linkCandidates![0].score).toBeGreaterThan(doc.mentions[0].linkCandidates![1].score);
    expect(doc.entities[0].wikidata).toBe('Q61');
  });

  it('takes Washington as a PERSON to the person', () => {
    const doc = linkMentions(docWith('George Washington crossed. Washington won.', [['George Washington', 'PERSON'], ['Washington', 'PERSON']]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['person/george-washington', 'person/george-washington']);
  });

  it('takes Georgia to the US state when Atlanta is in the article, to the country when Tbilisi is', () => {
    const us = linkMentions(docWith('Atlanta is the capital of Georgia.', [['Atlanta', 'GPE'], ['Georgia', 'GPE']]), index);
    expect(us.mentions[1].entity).toBe('gpe/georgia-us-state');
    const caucasus = linkMentions(docWith('Tbilisi is the capital of Georgia.', [['Tbilisi', 'GPE'], ['Georgia', 'GPE']]), index);
    expect(caucasus.mentions[1].entity).toBe('gpe/georgia');
  });

  it('takes a generic "Foreign Ministry" to the ministry of the country named before it', () => {
    const ir = linkMentions(docWith('a spokesman for Iran’s Foreign Ministry', [['Iran', 'GPE'], ['Foreign Ministry', 'ORG']]), index);
    expect(ir.mentions[1].entity).toBe('org/iran-foreign-ministry');
    const ru = linkMentions(docWith('the Russian Foreign Ministry said', [['Russian', 'NORP'], ['Foreign Ministry', 'ORG']]), index);
    expect(ru.mentions[1].entity).toBe('org/russia-foreign-ministry');
    expect(ru.mentions[0].entity).toBe('norp/russian');
  });
});

describe('output', () => {
  it('links demonyms to their own NORP entity, part of the country', () => {
    const doc = linkMentions(docWith('Iranian officials in Iran', [['Iranian', 'NORP'], ['Iran', 'GPE']]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['norp/iranian', 'gpe/iran']);
  });

  it('gives every named mention an entity and lists each entity once with its mention indexes', () => {
    const doc = linkMentions(docWith('The US and the U.S. State Department; America, 5 days.', [
      ['US', 'GPE'], ['U.S. State Department', 'ORG'], ['America', 'GPE'], ['5 days', 'DATE'],
    ]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['gpe/united-states', 'org/us-state-department', 'gpe/united-states', undefined]);
    expect(doc.entities.map((e) => [e.id, e.mentions])).toEqual([['gpe/united-states', [0, 2]], ['org/us-state-department', [1]]]);
  });

  it('does not change the input document, and never moves a span (resolve decides spans)', () => {
    const input = docWith('Secretary Pompeo spoke.', [['Secretary Pompeo', 'PERSON']]);
    const output = linkMentions(input, index);
    expect(input.mentions[0].entity).toBeUndefined();
    expect(output.mentions.map((m) => [m.start, m.end])).toEqual([[0, 16]]);
  });

});

describe('odd names', () => {
  it('links a PERSON made only of an initial without failing', () => {
    const doc = linkMentions(docWith('J. said so.', [['J.', 'PERSON']]), index);
    expect(doc.mentions[0].entity).toBe('nil:person/j');
  });
});

describe('shorter names of organizations', () => {
  it('binds a name that begins a fuller one of the same type in the article, before or after it', () => {
    const doc = linkMentions(docWith('Acme said so. Acme Holdings, the parent, agreed with Acme.', [
      ['Acme', 'ORG'], ['Acme Holdings', 'ORG'], ['Acme', 'ORG'],
    ]), index);
    expect(new Set(doc.mentions.map((m) => m.entity))).toEqual(new Set(['nil:org/acme-holdings']));
    expect(doc.entities[0].name).toBe('Acme Holdings');
  });

  it('does not bind across types or to a name that merely contains it', () => {
    const doc = linkMentions(docWith('Holdings fell. Acme Holdings rose. Acme Park opened.', [
      ['Holdings', 'ORG'], ['Acme Holdings', 'ORG'], ['Acme Park', 'FAC'],
    ]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['nil:org/holdings', 'nil:org/acme-holdings', 'nil:fac/acme-park']);
  });

  it("binds a head that ends names in general to the one organization of the article that ends in it", () => {
    const doc = linkMentions(docWith('Ostend City won. City led.', [['Ostend City', 'ORG'], ['City', 'ORG']]), index);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['nil:org/ostend-city', 'nil:org/ostend-city']);
    const two = linkMentions(docWith('Ostend City beat Lyr City. City led.', [['Ostend City', 'ORG'], ['Lyr City', 'ORG'], ['City', 'ORG']]), index);
    expect(two.mentions[2].entity).toBe('nil:org/city');
  });
});

describe('the type of an ambiguous name follows the entry the article chose', () => {
  const rivals = buildRegistryIndex({
    entries: [...ENTRIES,
      { id: 'loc/kestrel-river', type: 'LOC', name: 'Kestrel River', aliases: ['Kestrel'], prior: 0.4 },
      { id: 'org/kestrel', type: 'ORG', name: 'Kestrel', prior: 0.6 },
      { id: 'org/northwind', type: 'ORG', name: 'Northwind' },
      { id: 'org/globex', type: 'ORG', name: 'Globex' }],
    titles: TITLES,
  });

  it('retypes a place the evidence turned into the company of the same name', () => {
    const doc = linkMentions(docWith('Shares of Kestrel fell while Northwind and Globex rose.', [
      ['Kestrel', 'LOC'], ['Northwind', 'ORG'], ['Globex', 'ORG'],
    ]), rivals);
    expect(doc.mentions[0]).toMatchObject({ entity: 'org/kestrel', type: 'ORG' });
  });

  it('keeps the label where the chosen entry had no rival of it (metonymy) or is of its type', () => {
    const georgia = linkMentions(docWith('Georgia recalled its envoy, Tbilisi said.', [['Georgia', 'ORG'], ['Tbilisi', 'GPE']]), rivals);
    expect(georgia.mentions[0]).toMatchObject({ entity: 'gpe/georgia', type: 'ORG' });
    const river = linkMentions(docWith('Boats on the Kestrel waited.', [['Kestrel', 'LOC']]), rivals);
    expect(river.mentions[0]).toMatchObject({ entity: 'loc/kestrel-river', type: 'LOC' });
  });
});

describe('companies named with their legal form', () => {
  it('links "X Plc" or "X Corp." to the registry\'s X, and only to an organization', () => {
    const registry = buildRegistryIndex({
      entries: [...ENTRIES, { id: 'org/veltrix', type: 'ORG', name: 'Veltrix' }, { id: 'gpe/kestrel', type: 'GPE', name: 'Kestrel' }],
      titles: TITLES,
    });
    const doc = linkMentions(docWith('Veltrix Plc and Veltrix Corp. agreed; Kestrel Inc did not.', [
      ['Veltrix Plc', 'ORG'], ['Veltrix Corp.', 'ORG'], ['Kestrel Inc', 'ORG'],
    ]), registry);
    expect(doc.mentions.map((m) => m.entity)).toEqual(['org/veltrix', 'org/veltrix', 'nil:org/kestrel-inc']);
  });

  it('takes off every legal form at the end ("Co Ltd")', () => {
    const registry = buildRegistryIndex({ entries: [...ENTRIES, { id: 'org/veltrix', type: 'ORG', name: 'Veltrix' }], titles: TITLES });
    const doc = linkMentions(docWith('Veltrix Co Ltd agreed.', [['Veltrix Co Ltd', 'ORG']]), registry);
    expect(doc.mentions[0].entity).toBe('org/veltrix');
  });
});

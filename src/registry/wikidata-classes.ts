// Which registry type a Wikidata item is, from its instance-of (P31) values: data, reviewed like the registry.
// Only direct classes are read (the dump holds no subclass closure); an item none of whose classes is listed
// here is left out of an import. Add a class here rather than a case in code.
import type { RegistryEntry } from './schema.js';

export const WIKIDATA_CLASSES: Readonly<Record<string, RegistryEntry['type']>> = {
  Q5: 'PERSON', // human
  Q6256: 'GPE', // country
  Q3624078: 'GPE', // sovereign state
  Q7275: 'GPE', // state
  Q515: 'GPE', // city
  Q1549591: 'GPE', // big city
  Q1637706: 'GPE', // city with millions of inhabitants
  Q5119: 'GPE', // capital
  Q486972: 'GPE', // human settlement
  Q3957: 'GPE', // town
  Q532: 'GPE', // village
  Q1093829: 'GPE', // city of the United States
  Q35657: 'GPE', // state of the United States
  Q107390: 'GPE', // federated state
  Q10864048: 'GPE', // first-level administrative country subdivision
  Q4830453: 'ORG', // business
  Q783794: 'ORG', // company
  Q891723: 'ORG', // public company
  Q6881511: 'ORG', // enterprise
  Q43229: 'ORG', // organization
  Q484652: 'ORG', // international organization
  Q7278: 'ORG', // political party
  Q327333: 'ORG', // government agency
  Q3918: 'ORG', // university
  Q476028: 'ORG', // association football club
  Q1320047: 'ORG', // news agency
  Q4022: 'LOC', // river
  Q8502: 'LOC', // mountain
  Q23397: 'LOC', // lake
  Q165: 'LOC', // sea
  Q9430: 'LOC', // ocean
  Q5107: 'LOC', // continent
  Q23442: 'LOC', // island
  Q46831: 'LOC', // mountain range
  Q1248784: 'FAC', // airport
  Q483110: 'FAC', // stadium
  Q12280: 'FAC', // bridge
  Q1656682: 'EVENT', // event
  Q198: 'EVENT', // war
  Q1190554: 'EVENT', // occurrence
  Q820655: 'LAW', // statute
  Q34770: 'LANGUAGE', // language
  Q1288568: 'LANGUAGE', // modern language
  Q7725634: 'WORK_OF_ART', // literary work
  Q11424: 'WORK_OF_ART', // film
  Q2424752: 'PRODUCT', // product
  Q231002: 'NORP', // nationality
  Q41710: 'NORP', // ethnic group
};

// A hand-made registry for link tests, independent of the shipped data.
import { buildRegistryIndex } from '../../src/registry/alias-index.js';
import type { RegistryEntry } from '../../src/registry/schema.js';

export const ENTRIES: RegistryEntry[] = [
  { id: 'gpe/united-states', type: 'GPE', name: 'United States', aliases: ['America'], acronyms: ['US', 'U.S.'], demonyms: ['American', 'Americans'] },
  { id: 'gpe/iran', type: 'GPE', name: 'Iran', demonyms: ['Iranian', 'Iranians'] },
  { id: 'gpe/russia', type: 'GPE', name: 'Russia', demonyms: ['Russian', 'Russians'] },
  { id: 'gpe/georgia', type: 'GPE', name: 'Georgia', prior: 0.6 },
  { id: 'gpe/chechnya', type: 'GPE', name: 'Chechnya', demonyms: ['Chechen', 'Chechens'], partOf: 'gpe/russia' },
  { id: 'gpe/tbilisi', type: 'GPE', name: 'Tbilisi', partOf: 'gpe/georgia' },
  { id: 'gpe/georgia-us-state', type: 'GPE', name: 'Georgia (U.S. state)', aliases: ['Georgia'], partOf: 'gpe/united-states', prior: 0.4 },
  { id: 'gpe/atlanta', type: 'GPE', name: 'Atlanta', partOf: 'gpe/georgia-us-state' },
  { id: 'gpe/washington-dc', type: 'GPE', name: 'Washington, D.C.', aliases: ['Washington'], partOf: 'gpe/united-states', prior: 0.8, wikidata: 'Q61' },
  { id: 'gpe/washington-state', type: 'GPE', name: 'Washington (state)', aliases: ['Washington'], partOf: 'gpe/united-states', prior: 0.2 },
  { id: 'person/george-washington', type: 'PERSON', name: 'George Washington' },
  { id: 'org/pmoi', type: 'ORG', name: 'People’s Mojahedin Organization of Iran', aliases: ['Mojahedin-e Khalq'], acronyms: ['PMOI', 'MEK'] },
  { id: 'org/iran-foreign-ministry', type: 'ORG', name: 'Ministry of Foreign Affairs of Iran', aliases: ['Foreign Ministry'], partOf: 'gpe/iran' },
  { id: 'org/russia-foreign-ministry', type: 'ORG', name: 'Ministry of Foreign Affairs of Russia', aliases: ['Foreign Ministry'], partOf: 'gpe/russia' },
  { id: 'org/us-state-department', type: 'ORG', name: 'United States Department of State', aliases: ['State Department', 'US State Department'], partOf: 'gpe/united-states' },
  { id: 'person/mike-pompeo', type: 'PERSON', name: 'Mike Pompeo', titles: ['Secretary of State'], description: 'US Secretary of State (2018–2021)' },
];

export const TITLES = ['Secretary of State', 'Secretary', 'President', 'Supreme Leader', 'Ms.', 'Mr.', 'Dr.'];

export const smallIndex = () => buildRegistryIndex({ entries: ENTRIES, titles: TITLES });

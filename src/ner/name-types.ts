// From the tagger's CoNLL types to project labels, by the data table in lexicon/name-types.json.
import type { ConllType, Label } from '../document.js';
import { SKIPPED_BY_INITIALS } from '../lexicon/initials.js';
import { ORGANIZATION_ENDS } from '../lexicon/organization-heads.js';
// Imported, not read from disk: tsc copies the table next to the compiled module (dist/ner/lexicon/).
import nameTypes from './lexicon/name-types.json' with { type: 'json' };

interface NameTypeTable {
  locNames: string[];
  locCues: string[];
  facCues: string[];
  facilityHeads: string[];
  facilityOpeners: string[];
  facilitySuffixes: string[];
  buildingsOf: string[];
  naturalEnds: string[];
  surnameHeads: string[];
  corporateSuffixes: string[];
  abbreviatedSuffixes: string[];
  eventHeads: string[];
  lawHeads: string[];
  lawOpeners: string[];
  lawNames: string[];
  miscCues: Record<string, string[]>;
  languages: string[];
}

const table: NameTypeTable = nameTypes;
const locNames = new Set(table.locNames);
const locCues = new Set(table.locCues);
const facCues = new Set(table.facCues);
const facilityHeads = new Set(table.facilityHeads);
const facilityOpeners = new Set(table.facilityOpeners);
const buildingsOf = new Set(table.buildingsOf);
const facilitySuffixes = table.facilitySuffixes;
const naturalEnds = new Set(table.naturalEnds);
/** The opening nouns as a capitalised word writes them ("Camp", "Hotel"): asked of capitalised tokens without lower-casing them. */
const capitalisedOpeners = new Set(table.facilityOpeners.map((w) => w[0].toUpperCase() + w.slice(1)));
const surnameHeads = new Set(table.surnameHeads);
const corporateSuffixes = new Set(table.corporateSuffixes);
const eventHeads = new Set(table.eventHeads);
const lawHeads = new Set(table.lawHeads);
const lawNames = new Set(table.lawNames);
const lawOpeners = new Set(table.lawOpeners);
const organizationHeads = new Set([...ORGANIZATION_ENDS, ...table.corporateSuffixes]);
/** Last words that end the name of a place, a facility or an organization, never a person's. */
const nonPersonHeads = new Set([...table.locCues, ...table.facCues, ...table.facilityHeads, ...table.corporateSuffixes, ...ORGANIZATION_ENDS]);
const languages = new Set(table.languages);
const miscCue = new Map<string, Label>();
for (const [label, cues] of Object.entries(table.miscCues)) for (const cue of cues) miscCue.set(cue, label as Label);

/** The project label of a name the tagger typed `type`; `words` are its tokens. */
export function labelOf(type: ConllType, words: readonly string[], isGivenName: (word: string) => boolean = () => false): Label {
  // By push, not map: V8's map inlined in optimized code makes a holey array where the interpreter's makes a
  // packed one, and this function's code, meeting the other kind, was compiled again.
  const lower: string[] = [];
  for (const w of words) lower.push(w.toLowerCase());
  const last = lower[lower.length - 1] ?? '';
  // A person the tagger read with a given name before the last word may have a surname that only looks like a head
  // ("Nathan Lane", "Actress Sally Field"); a head no one is named ends a facility named after a person ("Steve Jobs Theater").
  const givenNamed = type === 'PER' && words.slice(0, -1).some(isGivenName);
  if (lower.length > 1 && facilityHeads.has(last) && !(givenNamed && surnameHeads.has(last))) return 'FAC';
  // (not an accord or an event named after one: "Plaza Accord", "Camp David Accords")
  if (lower.length > 1 && facilityOpeners.has(lower[0]) && !miscCue.has(last)) return 'FAC';
  // (a Dutch or German street or square, "Prins Clauslaan", "Alexanderplatz": its kind is the name's last letters)
  if (facilitySuffixes.some((s) => last.length >= s.length + 3 && last.endsWith(s))) return 'FAC';
  if (lower.length > 1 && corporateSuffixes.has(last.replace(/\.$/, ''))) return 'ORG';
  if (lower.length > 1 && eventHeads.has(last)) return 'EVENT';
  if (type !== 'PER' && (lower.length > 1 ? lawHeads : lawNames).has(words[words.length - 1])) return 'LAW';
  // So does a treaty's kind and "of" or "on" ("Treaty of Rome", "Declaration of Principles", "Convention on Cluster Munitions").
  if (type !== 'PER' && lower.length > 2 && (lower[1] === 'of' || lower[1] === 'on') && lawOpeners.has(words[0])) return 'LAW';
  // A natural place's kind and "of" open its name whatever the model typed it ("Bay of Bengal", "Gulf of Aden").
  if (lower.length > 2 && lower[1] === 'of' && locCues.has(lower[0])) return 'LOC';
  // A building's kind and "of" open its name whatever the model typed it ("Palace of Versailles", "Tower of London").
  if (lower.length > 2 && lower[1] === 'of' && buildingsOf.has(lower[0])) return 'FAC';
  // A natural place's kind no organization's name ends in ends a place's whatever the model typed it ("Black Rock Desert"),
  // but a body's name with a subject ("Association for Relations Across the Taiwan Straits").
  if (lower.length > 1 && type !== 'PER' && naturalEnds.has(last) && !lower.some((w) => SKIPPED_BY_INITIALS.has(w))) return 'LOC';
  if (type === 'PER') return 'PERSON';
  if (type === 'ORG') return 'ORG';
  const lastTwo = lower.slice(-2).join(' ');
  if (type === 'LOC') {
    if (locNames.has(lower.join(' ')) || (lower.length > 1 && locCues.has(last)) || (lower.length > 1 && locCues.has(lower[0]))) return 'LOC';
    if (lower.length > 1 && facCues.has(last)) return 'FAC';
    return 'GPE';
  }
  // A miscellaneous name ending in a natural place's kind is that place ("Texas Hill Country", read as a people's);
  // not one that counts them ("the 1,000 Lakes Rally").
  if (lower.length > 1 && locCues.has(last) && !miscCue.has(last) && !/\d/.test(lower[0])) return 'LOC';
  // And one ending in a building's kind is that building ("Sistine Chapel", read as a people's for its adjective).
  if (lower.length > 1 && facCues.has(last) && !/\d/.test(lower[0])) return 'FAC';
  if (lower.length === 1 && languages.has(last)) return 'LANGUAGE';
  return miscCue.get(lastTwo) ?? miscCue.get(last) ?? 'NORP';
}

/** Whether a name ending in this word is a place's, a facility's or an organization's, not a person's ("Motors", "Street"). */
export function endsNonPersonName(lastWord: string): boolean {
  return nonPersonHeads.has(lastWord.toLowerCase().replace(/\.$/, ''));
}

/** Whether a name ending in this word is an organization's ("Group", "Communications", "Ltd"). */
export function endsOrganizationName(lastWord: string): boolean {
  return organizationHeads.has(lastWord.toLowerCase().replace(/\.$/, ''));
}

/** Whether a name ending in this word is an event's ("Open", "Cup", "Championship"). */
export function endsEventName(lastWord: string): boolean {
  return eventHeads.has(lastWord.toLowerCase());
}

/** Whether a word (lower case) ends a facility's name ("stadium", "ground"). */
export function isFacilityHead(word: string): boolean {
  return facilityHeads.has(word);
}

/**
 * The kind of place a word (lower case) ends the name of, where no person's name ends in it: a facility's ("stadium"), a
 * natural place's ("glacier"); undefined for others.
 */
export function placeKindOfHead(word: string): 'FAC' | 'LOC' | undefined {
  return facilityHeads.has(word) && !surnameHeads.has(word) ? 'FAC' : naturalEnds.has(word) ? 'LOC' : undefined;
}

/** Whether a word (lower case) names a kind of building that ends a facility's name ("church", "tower", "hall"). */
export function isBuildingKind(word: string): boolean {
  return facCues.has(word);
}

/** Whether a word (lower case) ends a facility's name and may end a person's too ("Lane", "Arena"). */
export function isSurnameHead(word: string): boolean {
  return surnameHeads.has(word);
}

/** Whether a capitalised word, as written, opens a facility's name ("Camp", not "CAMP" or "camp"). */
export function opensFacilityNameCapitalised(word: string): boolean {
  return capitalisedOpeners.has(word);
}

/** Whether a word is a facility's head in the plural ("Prisons", "Airports"): it ends the last of a list of facilities. */
export function isPluralFacilityHead(word: string): boolean {
  const lower = word.toLowerCase();
  return lower.endsWith('s') && facilityHeads.has(lower) && facilityHeads.has(lower.slice(0, -1));
}

/** The company suffixes, as the name-type table writes them (lower case): "inc", "co", "sons". */
export const CORPORATE_SUFFIXES: readonly string[] = table.corporateSuffixes;

/** Whether a word in lower case, without its full stops, is a company suffix: "inc", "co", "plc". */
export function isCorporateSuffix(word: string): boolean {
  return corporateSuffixes.has(word);
}

/** The last words that make a name a law's, as written: "Act", "Bill". */
export const LAW_HEADS: readonly string[] = table.lawHeads;

/** Whether a word as written is a company's legal form: "Inc.", "PLC", "Co". */
export function isLegalForm(word: string): boolean {
  return corporateSuffixes.has(word.replace(/\./g, '').toLowerCase());
}

/** Company suffixes written with a full stop of their own ("Inc.", "Corp."), lower case: the stop is the name's. */
export const ABBREVIATED_SUFFIXES: ReadonlySet<string> = new Set(table.abbreviatedSuffixes);

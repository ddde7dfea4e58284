// Facilities named by a head noun outside their mention. A facility's opening noun runs on through the particles the
// model stopped at ("Palais des Festivals"; the particles are lexicon/facility-nouns.json's openerParticles). Listed under one plural head: "Wandsworth,
// Pentonville and Brixton Prisons", "Heathrow and Gatwick Airports": the head belongs to every name of
// the list, so the names before the last one are facilities too, whatever the model made of them alone
// (a town, an organization); the list is the mentions right before, joined by ", ", " and " or ", and",
// and the plural heads are the name-type table's (src/ner/lexicon/name-types.json). And before a head
// in lower case: "the Nord Stream 1 pipeline" (the number is the name's), "the Batajnica airport",
// "the Victor Okafor hospital", "Charles de Gaulle airport" (a person's name there is the facility's namesake, known
// to the registry or not); a place the registry knows stays what it is ("the Lagos airport"), and so does an adjective
// the model read as a people's ("an Ayurvedic hospital"); a facility's head capitalised after the name is the
// name's ("[Perth] Stadium"), and so is a place right before a facility's name ("[Newark] [Liberty International
// Airport]"). Those nouns are data (lexicon/facility-nouns.json).
import type { Candidate, Token } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { isBuildingKind, isFacilityHead, isPluralFacilityHead, isSurnameHead, opensFacilityNameCapitalised } from '../ner/name-types.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { Containers } from './containers.js';
import { joinWhereAdjacent } from './extend-mentions.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/facility-nouns.json' with { type: 'json' };
import placeCues from './lexicon/place-cues.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { endsInPlaceHead } from './place-heads.js';
import { adjectiveShaped } from './peoples.js';
import { candidate } from './candidates.js';
import { tokenAt } from '../text/token-at.js';

const ACRONYM = /^\p{Lu}{2,5}$/u;
/**
 * A facility noun right after a name, maybe after a number or a modifier: " 1 pipeline", " airport", " oil refinery";
 * not a player's position before his name ("Northern Transvaal centre Andre Snyman").
 */
const NOUN_AFTER = new RegExp(`^(?: (\\d{1,3}))?(?: (?:${table.modifiers.join('|')}))? (?:${table.nouns.join('|')})\\b(?! \\p{Lu})`, 'u');

const JOINER = /^(?:, | and |, and )$/;
/** A facility's opening noun, the particles after it and its capitalised words: "Palais des Festivals", "Coliseo de Puerto Rico". */
const OPENED = new RegExp(`\\p{Lu}\\p{Ll}+(?: (?:${table.openerParticles.join('|')})){1,2} \\p{Lu}[\\p{L}\\p{M}'’-]*(?: \\p{Lu}[\\p{L}\\p{M}'’-]*)*`, 'uy');
/** As sure as a confident model name: a facility's noun and a particle open nothing else. */
const OPENED_CONFIDENCE = 0.88;

/**
 * Facilities whose name opens with their noun and runs on through particles the model stops at ("[Palais] des
 * Festivals", "[Hotel] du Cap-Eden-Roc", "Coliseo de [Puerto Rico]"), proposed whole as FACs.
 */
export function facilitiesAfterOpener(text: string, tokens: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const t of tokens) {
    // An opening noun's token: most tokens are none, and need no match.
    if (!opensFacilityNameCapitalised(t.text)) continue;
    OPENED.lastIndex = t.start;
    const m = OPENED.exec(text);
    if (m) out.push(candidate(t.start, t.start + m[0].length, 'FAC', 'rules', OPENED_CONFIDENCE));
  }
  return out;
}

/** Mentions (sorted by start, without overlaps) with the names listed before a plural facility head typed FAC. */
export function facilitiesUnderOneHead(text: string, mentions: Candidate[]): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    if (m.type !== 'FAC') return;
    const span = text.slice(m.start, m.end);
    if (!span.includes(' ') || !isPluralFacilityHead(span.slice(span.lastIndexOf(' ') + 1))) return;
    for (let j = k - 1; j >= 0; j--) {
      const item = mentions[j];
      if (!NAME_LABELS.has(item.type) || item.type === 'PERSON' || !JOINER.test(text.slice(item.end, mentions[j + 1].start))) break;
      if (item.type !== 'FAC') (out ??= [...mentions])[j] = { ...item, type: 'FAC' };
    }
  });
  return out ?? mentions;
}

/** A facility's or a natural feature's head capitalised right after a name: " Stadium", " Airport", " River". */
const CAPITALISED_HEAD_AFTER = /^ ([A-Z][a-z]+)(?![\p{L}\p{M}'’-])/u;

/** The capitalised last words of a natural feature's name ("River", "Bay"). */
const FEATURE_HEADS: ReadonlySet<string> = new Set(placeCues.featureHeads);

/**
 * A name the model stopped short of a facility's capitalised head, the head taken in ("[Perth] Stadium"), unless a
 * person's name ends in that head as often ("Nathan Lane"); and of a natural feature's, a LOC ("the [Richmond] River",
 * where the registry read the city, "[Bremer] River", a surname).
 */
function headAfter(text: string, m: Candidate, registry: RegistryIndex): Candidate | undefined {
  const head = CAPITALISED_HEAD_AFTER.exec(text.slice(m.end, m.end + 16));
  const word = head?.[1].toLowerCase();
  if (!word || (m.type === 'PERSON' && isSurnameHead(word))) return undefined;
  // (not a head that opens a longer name: "the San Francisco Bay Area")
  if (FEATURE_HEADS.has(head![1]) && m.type !== 'NORP') {
    return /^ \p{Lu}/u.test(text.slice(m.end + head![0].length, m.end + head![0].length + 2)) ? undefined : { ...m, type: 'LOC', end: m.end + head![0].length };
  }
  // A kind of building, many of them surnames too ("Hall", "Church", "Tower"), only after a name no person's, and one the
  // registry does not know ("the [Annunciation Catholic] Church"; the "[Catholic] Church" is a body of believers).
  if (!isFacilityHead(word) && !(isBuildingKind(word) && m.type !== 'PERSON' && aliasTypes(registry, text.slice(m.start, m.end)).length === 0)) return undefined;
  return { ...m, type: 'FAC', end: m.end + head![0].length };
}

/**
 * A facility's head alone the model read as a name ("Massachusetts General [Hospital]", its "General" read as a
 * title): the capitalised words right before it are the facility's name with it, whatever the model made of them.
 * Mentions sorted by start, without overlaps.
 */
export function facilitiesBeforeHeadAlone(text: string, tokens: readonly Token[], mentions: Candidate[]): Candidate[] {
  let widened: Candidate[] | undefined;
  const out = mapEach(mentions, (m) => {
    if (!NAME_LABELS.has(m.type) || m.source !== 'model' || !/^[A-Z][a-z]+$/.test(text.slice(m.start, m.end))) return m;
    const word = text.slice(m.start, m.end).toLowerCase();
    if (!isFacilityHead(word) && !isBuildingKind(word)) return m;
    let k = tokenAt(tokens, m.start);
    let start = m.start;
    for (let n = 0; n < HEAD_NAME_WORDS && k > 0; n++) {
      const before = tokens[k - 1];
      if (!/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(before.text) || text.slice(before.end, tokens[k].start) !== ' ' || before.sentence !== tokens[k].sentence) break;
      if ((k - 1 === 0 || tokens[k - 2].sentence !== before.sentence) && SENTENCE_OPENERS.has(before.text)) break;
      start = before.start;
      k--;
    }
    if (start === m.start) return m;
    const fac: Candidate = { ...m, start, type: 'FAC' };
    (widened ??= []).push(fac);
    return fac;
  });
  if (!widened) return mentions;
  const inside = new Containers(widened);
  return out.filter((m) => widened!.includes(m) || !inside.holds(m));
}
/** Most words of a facility's name before its head. */
const HEAD_NAME_WORDS = 4;
/** Capitalised words that open a sentence without naming anything. */
const SENTENCE_OPENERS: ReadonlySet<string> = new Set(['The', 'A', 'An', 'At', 'In', 'On', 'To', 'From', 'Near', 'Outside', 'Inside', 'By', 'For', 'Its', 'His', 'Her', 'Their', 'Our']);

/**
 * Mentions (sorted by start) with a name before a facility noun typed FAC, and a number between taken into it; a
 * capitalised head after the name is taken in too (a natural feature's makes it a LOC).
 */
export function facilitiesBeforeNoun(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  const widened: Candidate[] = [];
  const out = mapEach(mentions, (m) => {
    if (!NAME_LABELS.has(m.type) || m.type === 'FAC') return m;
    // Most names are followed by something other than a space and a capital (the heads are English words): no match for them.
    const next = text.charCodeAt(m.end + 1);
    const headed = text.charCodeAt(m.end) === 32 && next >= 65 && next <= 90 ? headAfter(text, m, registry) : undefined;
    if (headed) {
      widened.push(headed);
      return headed;
    }
    const after = NOUN_AFTER.exec(text.slice(m.end, m.end + 24));
    if (!after) return m;
    // A people's name or an acronym before the noun says whose it is ("the North Afghan highway", "the SRC refinery"),
    // as an adjective the model read as a people's does ("an Ayurvedic hospital"; not "the Kosevo stadium").
    const name = text.slice(m.start, m.end);
    if ((m.type === 'NORP' && adjectiveShaped(name)) || ACRONYM.test(name) || aliasTypes(registry, name.slice(name.lastIndexOf(' ') + 1)).includes('NORP')) return m;
    // A person is the facility's namesake ("Charles de Gaulle airport"); a place or a body stays itself, and so does a
    // name ending in a place's head ("the Barrow County jail").
    const known = aliasTypes(registry, name).some((t) => t !== 'FAC' && t !== 'PERSON');
    if (known || endsInPlaceHead(text, m.start, m.end)) return m;
    const fac: Candidate = { ...m, type: 'FAC', end: after[1] ? m.end + 1 + after[1].length : m.end };
    if (fac.end > m.end) widened.push(fac);
    return fac;
  });
  if (!widened.length) return out;
  const inside = new Containers(widened);
  return out.filter((m) => NAME_LABELS.has(m.type) || !inside.holds(m));
}

/**
 * Mentions (sorted by start) with a place right before a facility's name that ends in its head taken into it:
 * "[Newark] [Liberty International Airport]", "[London] [Victoria Station]" (written with no word between, the place
 * is the name's first word, not where the facility is).
 */
export function placesOfFacilities(text: string, mentions: Candidate[]): Candidate[] {
  return joinWhereAdjacent(text, mentions, (place, facility) => {
    if (!PLACE_LABELS.has(place.type) || facility.type !== 'FAC') return false;
    const span = text.slice(facility.start, facility.end);
    return isFacilityHead(span.slice(span.lastIndexOf(' ') + 1).toLowerCase());
  });
}

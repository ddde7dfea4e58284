// Words right before a name that only a place has ("the village of Donje Ljupce", "the mayor of
// Acatepec"), or a state or province after it ("Austin, Texas, said"; not a network the registry knows: "CNN, Washington"): the model's person or organization
// there is a GPE, as sure as an honorific makes a person, so that one sense per name carries it to the
// name's other mentions; so is a name the model read as a people's after "near" that has no people's shape ("near
// [New Hope]"). And a place's police or by-election after it ("Pembroke Pines police said"): the model's
// organization or person there is the place (no one's name stands right before "police"), unless the
// registry knows the name as an organization or it ends in an organization's head noun ("the Interior
// Ministry police"). A name ending in a head only a place's name has ("Kerr County") is one too, and so is one the model
// stopped short of such a head ("[Utah] County"). The words are data (lexicon/place-cues.json).
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { SUBJECT_HEADS } from '../lexicon/organization-heads.js';
import { US_STATES } from '../lexicon/us-states.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { HONORIFIC_CONFIDENCE } from './people.js';
import { adjectiveShaped, mayBePeoples } from './peoples.js';
import { endsInPlaceHead, PLACE_HEADS } from './place-heads.js';
import { isWhiteSpace } from './white-space.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/place-cues.json' with { type: 'json' };
import { mapEach } from './map-many.js';
import { wordPattern } from './word-patterns.js';

const BEFORE = new RegExp(`\\b(?:${cues.before.map((w) => w.replace(/ /g, '\\s+')).join('|')})\\s+$`);
/** Every cue ends in "of" and a space: most names have none before them, and need no longer match. */
function ofBefore(text: string, start: number): boolean {
  let j = start;
  while (j > 0 && isWhiteSpace(text.charCodeAt(j - 1))) j--;
  return j < start && text.startsWith('of', j - 2);
}
/** How far before the name the cue words may reach. */
const REACH = 30;
/** Whether a place's cue stands right before a name: "the village of", "the mayor of". */
export function afterPlaceCue(text: string, start: number): boolean {
  return ofBefore(text, start) && BEFORE.test(text.slice(Math.max(0, start - REACH), start));
}
const AFTER = new RegExp(`^ (?:${cues.after.join('|')})\\b`);
const ORGANIZATION_HEAD = new RegExp(` (?:${[...SUBJECT_HEADS].join('|')})$`, 'i');

/** A place's official's title and the capital of a name after it: "[Florida] Gov. Ron DeSantis". */
const OFFICIAL_AFTER = new RegExp(`^ (?:${cues.officialsAfter.map((w) => w.replace(/\./g, '\\.')).join('|')}) \\p{Lu}`, 'u');

/** A place's official's title and name after a name the model read as an organization's or a person's, which the registry knows as a place ("[Florida] Gov. Ron DeSantis"). */
function officialOf(text: string, c: Candidate, registry: RegistryIndex): boolean {
  // Every title is capitalised after a space: most names are followed by something else, and need no slice or match.
  const next = text.charCodeAt(c.end + 1);
  if ((c.type !== 'ORG' && c.type !== 'PERSON') || text.charCodeAt(c.end) !== 32 || next < 65 || next > 90 || !OFFICIAL_AFTER.test(text.slice(c.end, c.end + 24))) return false;
  return aliasTypes(registry, text.slice(c.start, c.end)).some((t) => PLACE_LABELS.has(t));
}

/** A state or province after a comma, and the sentence going on or ending after it: "[Austin], Texas, said", "the [Austin], Texas-based firm". */
const REGION_AFTER = new RegExp(`^, (?:${[...US_STATES, ...cues.regionsAfter].map(wordPattern).join('|')})(?=[,;:)]| \\(|-(?:based|born|headquartered)\\b|\\.?(?:\\n|$)|\\. (?!\\p{Ll}))`, 'u');
/** Such a head right after a name the model stopped short of: "[Utah] County". */
const HEAD_AFTER = new RegExp(`^ (?:${PLACE_HEADS.join('|')})(?![\\p{L}\\p{M}'’-])`, 'u');
/** A score or "v" beside the name (written "|"): a side on a results line, a club ("Inverness 1 Ross County 1", "Notts County v York"). */
const SIDE_AROUND = /(?:\d|\bv) \||\| (?:\d|v\b)/;
/** One word: a town's name, not a person's two. */
const ONE_WORD = /^[^\s]+$/;
/** Two or three words ending in a town's head: "Hasbrouck Heights", "Palm Beach" (lexicon/place-cues.json townHeads). */
const TOWN_NAME = new RegExp(`^\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)? (?:${cues.townHeads.join('|')})$`, 'u');

const KIND_AFTER = new RegExp(`^ (?:${cues.kindsAfter.join('|')})\\b`);
const FEATURE_AFTER = new RegExp(`^ (?:${cues.featuresAfter.join('|')})\\b`);

/** A preposition of nearness right before a name: "near [New Hope]". */
const NEAR_BEFORE = new RegExp(`\\b(?:${cues.nearWords.join('|')}) $`);

/** A name the model read as a people's after "near" that has no people's shape and that the registry does not know: a town. */
function nearPlace(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (c.type !== 'NORP' || !NEAR_BEFORE.test(text.slice(Math.max(0, c.start - 8), c.start))) return false;
  const name = text.slice(c.start, c.end);
  return !mayBePeoples(name) && aliasTypes(registry, name).length === 0;
}


/**
 * A kind of region after a name the model read as a person's, an organization's or a people's that the registry does
 * not know ("the [Ashanti] region"); not an adjective's ("the restive Himalayan region"). `kinds`: the kinds read after
 * it, regions' by default, natural features' for a LOC.
 */
function regionOf(text: string, c: Candidate, registry: RegistryIndex, kinds = KIND_AFTER): boolean {
  if (text.charCodeAt(c.end) !== 32 || !kinds.test(text.slice(c.end, c.end + 14))) return false;
  const name = text.slice(c.start, c.end);
  return !(c.type === 'NORP' && adjectiveShaped(name)) && aliasTypes(registry, name).length === 0;
}

/** A place's police after the name the model read as an organization or a person, and nothing says the name is an organization's. */
function policeOf(text: string, c: Candidate, registry: RegistryIndex): boolean {
  // Every cue after opens with a space: most names are followed by something else, and need no slice or match.
  if ((c.type !== 'ORG' && c.type !== 'PERSON') || text.charCodeAt(c.end) !== 32 || !AFTER.test(text.slice(c.end, c.end + 20))) return false;
  const name = text.slice(c.start, c.end);
  return !ORGANIZATION_HEAD.test(name) && !aliasTypes(registry, name).includes('ORG');
}

/**
 * A state or province after a one-word name, or after a town's name of several words; most names have no comma after
 * them, and need no slice or match. Not a name the registry knows only as an organization: a broadcast's sign-off lists
 * the network before the place ("Pierre Thomas, CNN, Washington").
 */
function townOf(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (text.charCodeAt(c.end) !== 44) return false;
  const name = text.slice(c.start, c.end);
  const types = () => aliasTypes(registry, name);
  // A town's name of several words is one the registry knows as a place, or one ending in a town's head ("San Antonio,
  // Texas"): asked before the state after the comma is read, as most names of several words are people's.
  if (!ONE_WORD.test(name)) return (TOWN_NAME.test(name) || types().some((t) => PLACE_LABELS.has(t))) && REGION_AFTER.test(text.slice(c.end, c.end + REACH));
  if (!REGION_AFTER.test(text.slice(c.end, c.end + REACH))) return false;
  const known = types();
  return !known.includes('ORG') || known.some((t) => PLACE_LABELS.has(t));
}

/** A name of several words ending in a place's head ("Kerr County"), not one the registry knows as an organization. */
function placeHead(text: string, c: Candidate, registry: RegistryIndex): boolean {
  if (!endsInPlaceHead(text, c.start, c.end)) return false;
  const name = text.slice(c.start, c.end);
  return !SIDE_AROUND.test(text.slice(Math.max(0, c.start - 3), c.end + 3).replace(name, '|'))
    && !aliasTypes(registry, name).includes('ORG');
}

/** The name with a place's head right after it taken in ("[Utah] County"), or undefined; not a side on a results line. */
function headAfter(text: string, c: Candidate, registry: RegistryIndex): Candidate | undefined {
  // Every head is capitalised after a space: most names are followed by something else, and need no slice or match.
  const next = text.charCodeAt(c.end + 1);
  if (text.charCodeAt(c.end) !== 32 || next < 65 || next > 90) return undefined;
  const head = HEAD_AFTER.exec(text.slice(c.end, c.end + 16));
  if (!head) return undefined;
  const place = { ...c, end: c.end + head[0].length };
  return placeHead(text, place, registry) ? place : undefined;
}

export function placesByCue(text: string, candidates: Candidate[], registry: RegistryIndex): Candidate[] {
  return mapEach(candidates, (c) => {
    if (c.source !== 'model' || !NAME_LABELS.has(c.type) || c.type === 'FAC') return c;
    const headed = headAfter(text, c, registry);
    if (headed) return { ...headed, type: 'GPE', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    // (a place the model was unsure of is as sure before its state: "the [Irving], Texas-based company", not Kyrie Irving)
    if (PLACE_LABELS.has(c.type)) return c.type === 'GPE' && townOf(text, c, registry) ? { ...c, confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
    // "the Hayli Gubbi volcano": a natural feature's kind after the name, the same way, makes it a LOC.
    if (regionOf(text, c, registry, FEATURE_AFTER)) return { ...c, type: 'LOC', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) };
    const cued = afterPlaceCue(text, c.start)
      || townOf(text, c, registry) || policeOf(text, c, registry) || officialOf(text, c, registry) || placeHead(text, c, registry) || regionOf(text, c, registry) || nearPlace(text, c, registry);
    return cued ? { ...c, type: 'GPE', confidence: Math.max(c.confidence, HONORIFIC_CONFIDENCE) } : c;
  });
}

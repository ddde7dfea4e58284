// Names inside hyphenated words, before resolve chooses: "Lyon-based" and "Moreau-led" hold the mentions
// "Lyon" and "Moreau", "Oscar-winning" an award (suffixes in lexicon/hyphen-suffixes.json), and
// "Russia-Ukraine" holds two places when each part is a place the registry knows and the whole is not a name
// of its own; a town's name joined by a hyphened particle is one place ("Stoke-on-Trent"); a name the model read
// from its hyphen opens with the word before it ("Har[-Shefi]"), or is none; a lower-case prefix is no part of the
// name after it ("anti-[Israel]", "non-[EU]"). And the name after "-based" is an organization's ("Boston-based
// Reagan Communications"), and the registry's acronym before a suffix is its own ("a [UN]-backed government"); a compound
// of peoples is one people's adjective ("Franco-Belgian", "Sino-Soviet": lexicon/hyphen-suffixes.json, combiningForms).
import type { Candidate, NameLabel } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { ABBREVIATED_SUFFIXES, isLegalForm } from '../ner/name-types.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { isTitle } from '../registry/titles.js';
import { holdsCode } from './characters.js';
import { startsUpper } from './first-letter.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import suffixes from './lexicon/hyphen-suffixes.json' with { type: 'json' };
import { candidate } from './candidates.js';
import { codeAt } from './code-at.js';

const PLACE_SUFFIXES: ReadonlySet<string> = new Set(suffixes.places);
const AWARD_SUFFIXES: ReadonlySet<string> = new Set(suffixes.awards);
const SUFFIXES: ReadonlySet<string> = new Set([...suffixes.places, ...suffixes.others, ...suffixes.awards]);
const PREFIXES: ReadonlySet<string> = new Set(suffixes.prefixes);
/** "anti-Israel", "pro-U.S.": a lower-case word, a hyphen, a capital. */
const PREFIXED = /^(\p{Ll}+)-(?=\p{Lu})/u;
const NAMED_ALONE: ReadonlySet<string> = new Set(['PERSON', 'ORG', 'GPE', 'LOC', 'FAC']);
/** "Lyon-based", "New York-born", "U.S.-listed": a name, a hyphen, one lower-case word at the span's end. */
const SUFFIXED = /^(.*\p{L}\.?)-(\p{Ll}+)$/u;
/** The same suffix right after a span that stopped at the hyphen ("[Nantes]-based"). */
const SUFFIX_AFTER = /^-(\p{Ll}+)(?![\p{L}-])/u;

const COMBINING_FORMS: ReadonlySet<string> = new Set(suffixes.combiningForms);
/** "Franco-Belgian", "Sino-Soviet": a combining form, a hyphen, a capitalised word. */
const COMPOUND = /^(\p{Lu}\p{Ll}+)-(\p{Lu}\p{Ll}+)$/u;
/** How sure a compound of peoples is: surer than its parts, which the registry reads as a people and a person's name. */
const COMPOUND_CONFIDENCE = 0.9;

/**
 * Whether a word is a compound of peoples: a combining form before a people's name the registry knows or another
 * combining form ("Franco-Belgian", "Austro-Hungarian", "Judeo-Christian"; not "Indo-Pacific", a region).
 */
function peoplesCompound(span: string, registry: RegistryIndex): boolean {
  const m = COMPOUND.exec(span);
  return m !== null && COMBINING_FORMS.has(m[1])
    && (COMBINING_FORMS.has(m[2]) || lookupAlias(registry, m[2]).some((h) => registry.entries.get(h.id)?.type === 'NORP'));
}

function registryPlace(registry: RegistryIndex, text: string): 'GPE' | 'LOC' | undefined {
  for (const hit of lookupAlias(registry, text)) {
    const type = registry.entries.get(hit.id)?.type;
    if (type === 'GPE' || type === 'LOC') return type;
  }
  return undefined;
}

/** What the registry knows a name as, a people's name ("Soviet") as the people's. */
function registryType(registry: RegistryIndex, text: string): NameLabel | undefined {
  const hit = lookupAlias(registry, text)[0];
  return hit && (hit.kind === 'demonym' ? 'NORP' : registry.entries.get(hit.id)?.type);
}

const HYPHEN = 45;
/** A hyphened particle between the parts of a town's name ("-on-", "-sur-"), and one part after it. */
const JOINER = `-(?:${suffixes.placeJoiners.join('|')})-`;
const PART = '\\p{Lu}[\\p{L}\\p{M}]*';
/** A town's name that goes on after the model stopped: "[Stoke]-on-Trent", "[Saint-Germain]-en-Laye". */
const JOINED_PLACE = new RegExp(`^(?:${JOINER}${PART})+(?![\\p{L}\\p{M}-])`, 'u');
/** The first part of a town's hyphened name, before the part the model read: "Newcastle-upon-[Tyne]". */
const JOINED_PLACE_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}-])${PART}${JOINER}$`, 'u');
/** A town's hyphened name the model read whole, whatever it typed it: "Boulogne-sur-Mer". */
const WHOLE_JOINED_PLACE = new RegExp(`^${PART}(?:${JOINER}${PART})+$`, 'u');

/** The capitalised word a hyphenated name opens with, right before its hyphen: "Har" of "Har-Shefi". */
const HYPHEN_HEAD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’]*$/u;

/** The candidate with a suffixed or place-place hyphenated name taken apart, or a town's hyphened name made whole; unchanged otherwise. */
export function splitHyphenated(text: string, c: Candidate, registry: RegistryIndex): Candidate[] {
  if (!NAME_LABELS.has(c.type) || c.source === 'registry') return [c];
  // A hyphenated name the model read from its hyphen ("Har[-Shefi] said") opens with the capitalised word before it.
  if (text.charCodeAt(c.start) === HYPHEN) {
    const head = HYPHEN_HEAD.exec(text.slice(Math.max(0, c.start - 30), c.start));
    return head ? splitHyphenated(text, { ...c, start: c.start - head[0].length }, registry) : [];
  }
  // Every shape needs a hyphen in the span or right by it: most names have none, and need no slice or match.
  if (codeAt(text, c.start - 1) === HYPHEN) {
    const before = JOINED_PLACE_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start));
    if (before) return splitHyphenated(text, { ...c, start: c.start - before[0].length }, registry);
  }
  if (text.charCodeAt(c.end) !== HYPHEN && !holdsCode(text, c.start, c.end, HYPHEN)) return [c];
  if (peoplesCompound(text.slice(c.start, c.end), registry)) return [{ ...c, type: 'NORP', source: 'rules', confidence: Math.max(c.confidence, COMPOUND_CONFIDENCE) }];
  const prefixed = PREFIXED.exec(text.slice(c.start, c.end));
  if (prefixed && PREFIXES.has(prefixed[1])) {
    const name = { ...c, start: c.start + prefixed[0].length };
    // The model's people's or work's reading was of the adjective the prefix made ("post-Games"): without the
    // prefix, a name the registry does not know keeps only a reading of whom or where ("pre-Castro").
    const type = registryType(registry, text.slice(name.start, name.end)) ?? (NAMED_ALONE.has(c.type) ? c.type : undefined);
    return type ? splitHyphenated(text, { ...name, type }, registry) : [];
  }
  const joined = text.charCodeAt(c.end) === HYPHEN ? JOINED_PLACE.exec(text.slice(c.end, c.end + 40)) : null;
  if (joined) return [{ ...c, end: c.end + joined[0].length, type: PLACE_LABELS.has(c.type) ? c.type : 'GPE' }];
  const span = text.slice(c.start, c.end);
  if (WHOLE_JOINED_PLACE.test(span)) return [PLACE_LABELS.has(c.type) ? c : { ...c, type: 'GPE' }];
  const m = SUFFIXED.exec(span);
  const after = m ? undefined : SUFFIX_AFTER.exec(text.slice(c.end, c.end + 24));
  const [name, suffix] = m ? [m[1], m[2]] : [span, after?.[1]];
  if (suffix && SUFFIXES.has(suffix)) {
    const known = AWARD_SUFFIXES.has(suffix) ? 'WORK_OF_ART' : registryPlace(registry, name);
    const type = known ?? (PLACE_SUFFIXES.has(suffix) && !PLACE_LABELS.has(c.type) && c.type !== 'PERSON' ? 'GPE' : c.type);
    return [{ ...c, end: c.start + name.length, type }];
  }
  const parts = span.split('-');
  if (parts.length !== 2 || !parts.every(startsUpper) || lookupAlias(registry, span).length) return [c];
  const types = parts.map((p) => registryPlace(registry, p));
  if (!types[0] || !types[1]) return [c];
  const cut = c.start + parts[0].length;
  return [{ ...c, end: cut, type: types[0] }, { ...c, start: cut + 1, type: types[1] }];
}

/** Capitalised words right after "-based": "Boston-based Reagan Communications", "Ohio-based KeyCorp and …". */
const BASED_NAME = /(?<=\p{L}\.?-based )\p{Lu}[\p{L}\p{M}\d&'’.-]*(?: \p{Lu}[\p{L}\p{M}\d&'’.-]*){0,3}/gu;
/** Below the model's sure readings: where it read the name, its type stands. */
const BASED_CONFIDENCE = 0.6;
/**
 * The words up to one that ends its sentence ("Hong Kong-based CK Hutchison. With inflation ..."): a word with a stop
 * that is no initial ("J.") and no abbreviation with stops inside ("U.S."), or a company's abbreviated suffix ("Co.")
 * before a word that is no legal form ("Smith Co. The firm", but "Samsung Co. Ltd.").
 */
function endOfSentence(words: string): string {
  const split = words.split(' ');
  let at = 0;
  for (let k = 0; k < split.length - 1; k++) {
    const word = split[k];
    at += word.length;
    const suffix = ABBREVIATED_SUFFIXES.has(word.slice(0, -1).toLowerCase());
    if (word.endsWith('.') && word.length > 2 && !word.slice(0, -1).includes('.') && (!suffix || !isLegalForm(split[k + 1]))) return words.slice(0, at);
    at += 1;
  }
  return words;
}

/**
 * The name after a place and "-based" is what is based there, an organization ("Boston-based [Reagan
 * Communications]", "Ohio-based [KeyCorp]"), which the model, having read "Boston-based" as one word, leaves
 * unread; not a people's name ("a London-based Iraqi dissident") or a title, nor a name the registry knows.
 */
export function basedOrganizations(text: string, registry: RegistryIndex): Candidate[] {
  // Most articles hold no "-based" before a capital: nothing to match.
  if (!text.includes('-based ')) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(BASED_NAME)) {
    const words = endOfSentence(m[0]);
    const name = words.replace(/[.,]$/, (dot) => (dot === '.' && ABBREVIATED_SUFFIXES.has(words.slice(words.lastIndexOf(' ') + 1, -1).toLowerCase()) ? dot : ''));
    const first = name.split(' ')[0];
    if (lookupAlias(registry, first).some((h) => h.kind === 'demonym' || registry.entries.get(h.id)?.type === 'NORP') || isTitle(registry, [first]) || lookupAlias(registry, name).length) continue;
    out.push(candidate(m.index, m.index + name.length, 'ORG', 'rules', BASED_CONFIDENCE));
  }
  return out;
}

const PREFIX_WORD = `(?:${suffixes.prefixes.map((p) => `[${p[0]}${p[0].toUpperCase()}]${p.slice(1)}`).join('|')})`;
/** A prefix, its hyphen and up to four capitalised words: "Pro-Russia", "pro-U.S.", "ex-Manchester United". */
const PREFIXED_WORDS = new RegExp(`(?<![\\p{L}\\p{M}-])${PREFIX_WORD}-(\\p{Lu}[\\p{L}\\p{M}.'’]*(?: \\p{Lu}[\\p{L}\\p{M}.'’]*){0,3})`, 'gu');
/** As sure as a ticker: the registry knows the name, and the prefix says it stands on its own. */
const PREFIXED_CONFIDENCE = 0.9;

/** The name as the registry knows it, and its type; a stop that ends the sentence is left off unless the name holds it ("U.S."). */
function knownForm(registry: RegistryIndex, name: string): { form: string; type: NameLabel } | undefined {
  for (const form of name.endsWith('.') ? [name, name.slice(0, -1)] : [name]) {
    const type = registryType(registry, form);
    if (type) return { form, type };
  }
  return undefined;
}

/**
 * The registry's name after a prefix and its hyphen, which the model, reading the word whole, often leaves unread
 * ("Pro-Russia rebels", "a pro-U.S. group", "an ex-Manchester United striker"): the longest run of the words the
 * registry knows, typed as it knows it.
 */
export function prefixedNames(text: string, registry: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PREFIXED_WORDS)) {
    const start = m.index + m[0].length - m[1].length;
    const words = m[1].split(' ');
    for (let n = words.length; n > 0; n--) {
      const known = knownForm(registry, words.slice(0, n).join(' '));
      if (!known) continue;
      out.push(candidate(start, start + known.form.length, known.type, 'rules', PREFIXED_CONFIDENCE));
      break;
    }
  }
  return out;
}

/** Capitals, a hyphen and a lower-case word: "UN-backed", "ECOWAS-led", which wink may read as one word. */
const ACRONYM_SUFFIXED = /(?<![\p{L}\p{M}\d.-])(\p{Lu}{2,8})-(\p{Ll}+)(?![\p{L}\p{M}-])/gu;

/**
 * The registry's acronym before a suffix of hyphen-suffixes.json ("a UN-backed government", "an ECOWAS-led force"),
 * which the model, reading the word whole, leaves unread: typed as the registry knows it.
 */
export function suffixedAcronyms(text: string, registry: RegistryIndex): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(ACRONYM_SUFFIXED)) {
    if (!SUFFIXES.has(m[2])) continue;
    const type = registryType(registry, m[1]);
    if (type) out.push(candidate(m.index, m.index + m[1].length, type, 'rules', PREFIXED_CONFIDENCE));
  }
  return out;
}

// People's names the recognizers cut short, widened after resolve has chosen: the given name before a
// surname ("Ray [Knight]", "Randy [Velarde]"), name particles ("Aravinda de [Silva]", "[Van der] Westhuizen"),
// and the surname after a given name alone ("[Rose] Wanjala"). A given name is a word on the model's
// lists of people's name words; widening crosses one space at a time, never into another mention but
// the model's unsure guess at a given name it did not know ("[Rami] al-Saadani" read as a town).
import type { Candidate, Token } from '../document.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { foldKey } from '../registry/normalize.js';
import { titleBefore } from '../registry/titles.js';
import { tokenAt } from '../text/token-at.js';
import { holdsCode } from './characters.js';
import { isWhiteSpace } from './white-space.js';
import { joinToNext } from './extend-mentions.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from './lexicon/person-cues.json' with { type: 'json' };
import type { LowerCaseWords } from './lower-case.js';
import { formWrittenInLower, isCapitalPast, isHeadlineWord } from './headlines.js';
import { personName } from './people.js';
import { afterTitleOf } from './people-of-places.js';
import { mapEach } from './map-many.js';

/** Particles that may open a surname ("de Silva", "van der Westhuizen"); not "la", "le", "y", ordinary words elsewhere. */
const PARTICLES: ReadonlySet<string> = new Set(cues.surnameParticles);
const ROLES: ReadonlySet<string> = new Set(cues.roles);
const SPACE = 32;
const GIVEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
/** Between a particle and the rest of the name: more particles in lower case ("Van [der] Westhuizen"). */
const PARTICLES_BETWEEN = new RegExp(`^ (?:(?:${cues.surnameParticles.join('|')}) )*$`);

/** Particles between a given name and a surname that only people's names have: "van de", "von der". */
const VAN_OR_VON = new RegExp(`^ (?:${cues.peoplesParticles.join('|')})(?: (?:${cues.peoplesParticlesAfter.join('|')}))? $`);
/** Below this the model's one-word name before a person's is a guess at a given name it did not know ("Rami" as a town). */
const UNSURE = 0.5;

/**
 * The mentions with the model's one-word name right before a person's (a capitalised word, no registry
 * name, no title nor a title's see; unsure of it, or the name's particles between) taken into the person's:
 * "[Rami] [al-Saadani]", "[Virgil] van [Dijk]"; and a particle opening the name that the model read as
 * a name of its own, however sure: "[Van] der [Westhuizen]". An organization's name of several words
 * before the particles goes on through them: "[Brigade de Repression] du [Banditisme]" is one ORG.
 */
function joinGuessedGivenNames(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  /** The mentions taken into the next one, and the kind of the whole where it is not the person's. */
  const joined = new Map<number, Candidate['type'] | undefined>();
  for (let k = 0; k + 1 < mentions.length; k++) {
    const [g, p] = [mentions[k], mentions[k + 1]];
    if (g.type === 'PERSON' || g.source !== 'model') continue;
    const between = text.slice(g.end, p.start);
    // A Dutch or German surname after "van" or "von" is a person's whatever kind the model gave its one word ("Botic van
    // de [Zandschulp]" read as an organization).
    const surname = p.type !== 'PERSON' && p.source === 'model' && VAN_OR_VON.test(between) && !text.slice(p.start, p.end).includes(' ');
    if (p.type !== 'PERSON' && !surname) continue;
    const word = text.slice(g.start, g.end);
    if (PARTICLES.has(word.toLowerCase()) && PARTICLES_BETWEEN.test(between)) joined.set(k, undefined);
    else if (g.type === 'ORG' && between !== ' ' && PARTICLES_BETWEEN.test(between) && word.includes(' ')) joined.set(k, 'ORG');
    // Before a particle the model's word is a given name however sure it is of another kind ("Virgil van Dijk"),
    // unless the registry knows it ("Dutchman van Dijk"); right before the person's, a people's name is a
    // demonym ("Swede Kenneth Eriksson").
    else if (PARTICLES_BETWEEN.test(between) && (between !== ' ' || (g.type !== 'NORP' && g.confidence < UNSURE)) && GIVEN.test(word)
      && !registry.titleStarts.has(foldKey(word)) && !lookupAlias(registry, word).length && !afterTitleOf(text, g.start, registry)) joined.set(k, surname ? 'PERSON' : undefined);
  }
  return joinToNext(mentions, joined);
}

/**
 * Whether the article writes a word in lower case, as it is or, four letters or more, in another form of its stem
 * ("SCORES", "scored"; not a numeral, "Pedro [I]", whose "is" is no form of it).
 */
function writtenInLower(word: string, lower: LowerCaseWords): boolean {
  return lower.has(word) || (word.length >= 4 && formWrittenInLower(word, lower));
}

export function widenPeople(text: string, tokens: readonly Token[], lower: LowerCaseWords, found: Candidate[], registry: RegistryIndex, isNameWord: (word: string) => boolean): Candidate[] {
  const mentions = joinGuessedGivenNames(text, found, registry);
  const taken = new Uint8Array(text.length);
  for (const m of mentions) taken.fill(1, m.start, m.end);
  const wordBefore = (pos: number) => {
    // The word is followed by one space: most names follow something else, and need no slice or match.
    if (text.charCodeAt(pos - 1) !== 32) return undefined;
    // The run of non-space before that space, within 40 characters: what /(?:^|\s)(\S+) $/ finds in them, read backwards.
    let start = pos - 1;
    while (start > Math.max(0, pos - 40) && !isWhiteSpace(text.charCodeAt(start - 1))) start--;
    if (start === pos - 1) return undefined;
    return taken[start] || taken[pos - 2] ? undefined : { start, word: text.slice(start, pos - 1) };
  };
  return mapEach(mentions, (m) => {
    if (m.type !== 'PERSON') return m;
    let start = m.start;
    for (let w = wordBefore(start); w && PARTICLES.has(w.word.toLowerCase()); w = wordBefore(start)) start = w.start;
    const given = wordBefore(start);
    // A surname alone also takes in a given name not on the lists ("Jesper [Parnevik]") when the
    // word is nothing else: never written in lower case here, no role ("Opener Gooch"), no registry
    // name. Either way the word is a proper noun ("The Carl Vinson" is not a name), no title's
    // end ("Secretary of State Pompeo") and no headline's verb ("Macron Names [Lecornu]").
    const surnameOnly = () => text.slice(start, m.end).split(' ').filter((w) => !PARTICLES.has(w.toLowerCase())).length === 1;
    const unknownName = (word: string) => !lower.has(word) && !ROLES.has(foldKey(word)) && !lookupAlias(registry, word).length;
    if (given && GIVEN.test(given.word) && tokens[tokenAt(tokens, given.start)]?.pos === 'PROPN' && !registry.titleStarts.has(foldKey(given.word))
      && !isHeadlineWord(given.word)
      && !titleBefore(text, start, registry)
      && (isNameWord(given.word) || (surnameOnly() && unknownName(given.word)))) start = given.start;
    let end = m.end;
    // A name of one word (no space in it) takes in the surname after it: most names need no slice.
    if (text.charCodeAt(end) === SPACE && !holdsCode(text, start, end, SPACE) && isNameWord(text.slice(start, end))) {
      const next = /^ (\S+)/u.exec(text.slice(end, end + 40))?.[1]?.replace(/[.,;:!?)]+$/, '');
      // Not a headline's verb, nor a word the article writes in lower case, in any form ("Thai PM Paetongtarn [Suspended]
      // by Court", "JORDAN [SCORES] 45" over "Jordan scored 45").
      // Nor a past in capitals that names nobody ("BHUTTO [SACKED]").
      if (next && !taken[end + 1] && !writtenInLower(next, lower) && !isHeadlineWord(next) && !(isCapitalPast(next) && !isNameWord(next))
        && personName(text, start, end + 1 + next.length, registry)) end += 1 + next.length;
    }
    if (start === m.start && end === m.end) return m;
    taken.fill(1, start, end);
    return { ...m, start, end };
  });
}

// Teams named by their cities in match reports ("Milwaukee has won 10 of its last 15", "St Louis
// defeated Colorado", "a 56-13 win over Orrell"): in an article of results, a place just before a
// result verb or just after "over", "against", "defeated", "for" is its team, an ORG, and so is the place
// a player is named after ("Atlanta's Tom Glavine", "Seattle catcher John Marzano"). A nation stays a place
// (the guideline types a national side by its country). In any article, a name before a player's position
// and his name is his team ("Vitesse defender Ferdy Vierklau", which the model read as a people), unless
// the registry knows it as a nation or a people ("England striker", "Brazilian midfielder"), and so is a place followed
// by ", who" ("two ahead of Liverpool, who host Everton"): a city takes no "who". In any article,
// the two places around a result verb whose score follows are teams ("Boston beat Orlando 109-100"), the one
// after it too where the model read it as a person the registry knows as a place. The words are data
// (lexicon/match-reports.json).
import type { Candidate, Token } from '../document.js';
import { PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import { tokenFrom } from '../text/token-at.js';
import words from './lexicon/match-reports.json' with { type: 'json' };
import { startsDigit } from './first-letter.js';
import { isNation } from './nations.js';
import { afterPlaceCue } from './place-cues.js';
import { mapEach } from './map-many.js';

const RESULT_VERBS: ReadonlySet<string> = new Set(words.resultVerbs);
const AUXILIARIES: ReadonlySet<string> = new Set(words.auxiliaries);
const BEFORE: ReadonlySet<string> = new Set(words.before);
const BEFORE_OPPONENT: ReadonlySet<string> = new Set(words.beforeOpponent);
/** A result ("4-2", "56-13"). */
const RESULT = /^\d{1,3}-\d{1,3}$/;
/** What stands between a team and its player: "'s", or a position ("Seattle catcher John Marzano"). */
const PLAYER_AFTER = new RegExp(`^(?:['’]s| (?:${words.playerRoles.join('|')})) $`);
/** A player's position between his team and his name. */
const POSITION_BETWEEN = new RegExp(`^ (?:${words.positions.join('|')}) $`);
/** What the model may have made of a team named before its player: a place, a people, a person. */
const TEAM_MISREAD: ReadonlySet<string> = new Set([...PLACE_LABELS, 'NORP', 'PERSON']);
/** Results an article needs to read as a match report. */
const MIN_RESULTS = 3;

export function teamsInMatchReports(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let results = 0;
  // A result opens with a digit: most tokens do not, and need no match.
  for (const t of tokens) if (startsDigit(t.text) && RESULT.test(t.text) && ++results >= MIN_RESULTS) break;
  if (results === 0) return mentions;
  if (results < MIN_RESULTS) return sidesOfAResult(text, tokens, mentions, registry);
  /** "Atlanta's Tom Glavine", "Seattle catcher John Marzano": the place a player is named after is his team. */
  const playerAfter = (k: number) => mentions[k + 1]?.type === 'PERSON' && PLAYER_AFTER.test(text.slice(mentions[k].end, mentions[k + 1].start));
  return mapEach(mentions, (m, k) => {
    if (!PLACE_LABELS.has(m.type)) return m;
    const first = tokenFrom(tokens, m.start);
    let after = tokenFrom(tokens, m.end);
    while (after < tokens.length && AUXILIARIES.has(tokens[after].text)) after++;
    const verb = after < tokens.length && RESULT_VERBS.has(tokens[after].text);
    const follows = first > 0 && BEFORE.has(tokens[first - 1].text);
    if (!verb && !follows && !playerAfter(k)) return m;
    return isNation(registry, text.slice(m.start, m.end)) ? m : { ...m, type: 'ORG' };
  });
}

/**
 * "Boston beat Orlando 109-100", "Denver lost to Miami 102-99": a place, a result verb, a place (or a person the registry
 * knows as a place) and the score right after: both sides are teams, and so where one side is a team already ("Ohio State
 * beat Michigan 30-24", "Alabama defeated Auburn 27-24").
 * So is a place after a word a team follows and before the score ("beating Iowa 102-85").
 */
function sidesOfAResult(text: string, tokens: readonly Token[], mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  const isPlace = (m: Candidate) => PLACE_LABELS.has(m.type) || (m.type === 'PERSON' && aliasTypes(registry, text.slice(m.start, m.end)).some((t) => PLACE_LABELS.has(t)));
  const isSide = (m: Candidate) => m.type === 'ORG' || isPlace(m);
  mentions.forEach((m, k) => {
    const other = mentions[k + 1];
    if (!other || !isSide(m) || !isSide(other) || !(PLACE_LABELS.has(m.type) || isPlace(other))) return;
    const verb = tokenFrom(tokens, m.end);
    const score = tokenFrom(tokens, other.end);
    const opponent = verb + (BEFORE_OPPONENT.has(tokens[verb + 1]?.text) ? 2 : 1);
    if (!RESULT_VERBS.has(tokens[verb]?.text) || tokenFrom(tokens, other.start) !== opponent || !RESULT.test(tokens[score]?.text ?? '')) return;
    for (const [j, side] of [[k, m], [k + 1, other]] as const) {
      if (!isNation(registry, text.slice(side.start, side.end))) (out ??= [...mentions])[j] = { ...side, type: 'ORG' };
    }
  });
  const read = out ?? mentions;
  read.forEach((m, k) => {
    const first = tokenFrom(tokens, m.start);
    if (PLACE_LABELS.has(m.type) && first > 0 && BEFORE.has(tokens[first - 1].text) && RESULT.test(tokens[tokenFrom(tokens, m.end)]?.text ?? '')
      && !isNation(registry, text.slice(m.start, m.end))) (out ??= [...mentions])[k] = { ...m, type: 'ORG' };
  });
  return out ?? mentions;
}

/** A relative pronoun of people after a name: ", who ", which a team takes and a city never does. */
const WHO_AFTER = /^, who /;
/** How far before the place a person's name makes "who" his. */
const PERSON_REACH = 40;
/**
 * A preposition of where before the name: "In Washington, who decides?" asks about the place, and "guerrillas from
 * Anlong Veng, who" are who the clause is about.
 */
const WHERE_BEFORE = /\b(?:in|at|from|near|inside|outside|across|around|throughout)\s+$/i;

/**
 * Mentions (sorted by start) with a place followed by ", who" typed ORG ("two ahead of Liverpool, who host Everton"), unless
 * a nation, after a preposition of where or a kind of place and "of", or just after a person's name.
 */
export function teamsBeforeWho(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names are followed by no comma: the character is looked at first.
    const c = text.charCodeAt(m.end);
    if (!PLACE_LABELS.has(m.type) || c !== 44 || !WHO_AFTER.test(text.slice(m.end, m.end + 6))) return;
    // "Fannie Johnson, a member of St. Matthew's, who said": "who" is the person named just before.
    const prev = mentions[k - 1];
    if (prev?.type === 'PERSON' && m.start - prev.end <= PERSON_REACH) return;
    // ("a resident of the frontline town of Avdiivka, who asked" is about the resident)
    if (WHERE_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start)) || afterPlaceCue(text, m.start) || isNation(registry, text.slice(m.start, m.end))) return;
    (out ??= [...mentions])[k] = { ...m, type: 'ORG' };
  });
  return out ?? mentions;
}

/** Mentions (sorted by start) with the name before a player's position and his name typed ORG, unless it is a nation or a people. */
export function teamsOfPlayers(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    const player = mentions[k + 1];
    if (!TEAM_MISREAD.has(m.type) || player?.type !== 'PERSON' || player.start - m.end > 40 || !POSITION_BETWEEN.test(text.slice(m.end, player.start))) return;
    const name = text.slice(m.start, m.end);
    if (isNation(registry, name) || aliasTypes(registry, name).includes('NORP')) return;
    (out ??= [...mentions])[k] = { ...m, type: 'ORG' };
  });
  return out ?? mentions;
}

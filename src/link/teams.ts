// A city the model read as an organization is its team (now and then its council), not the place: "Barcelona beat
// Real Zaragoza", "Chicago 96 Vancouver 73", "Hamburg coach Felix Magath". Linked to the city, the club and the
// dateline's "BARCELONA" were one entity. It is the article's organization whose name it opens ("Chicago Bulls" ...
// "Chicago"), where one organization does, else an organization of its own name (not the registry's club of the
// city's name and an affix, "FC Barcelona": for a city of several teams that named its football club in baseball
// scores). Nations and states keep the place, as their governments and national sides stand for it ("Iran" as ORG).
import type { RegistryIndex } from '../registry/alias-index.js';
import { nilId } from './nil.js';
import { isUsState } from './qualifier.js';
import type { Decision } from './score-candidates.js';

/** The entity of each organization named by a city (mention index → entity id). */
export function teamsOfCities(organizations: number[], texts: string[], words: string[][], decisions: Map<number, Decision>, index: RegistryIndex): Map<number, string> {
  const teams = new Map<number, string>();
  const cityOf = (i: number) => {
    const entry = index.entries.get(decisions.get(i)?.entity ?? '');
    return entry?.type === 'GPE' && entry.partOf !== undefined && !entry.demonyms?.length && !isUsState(entry);
  };
  const named = organizations.filter(cityOf);
  // Most articles name no city as an organization: no names to gather.
  if (!named.length) return teams;
  const opened = openedNames(organizations.filter((i) => !cityOf(i)), words);
  for (const i of named) {
    const fuller = opened.get(words[i].join(' '));
    teams.set(i, fuller === undefined || fuller === null ? nilId('ORG', texts[i]) : decisions.get(fuller)!.entity);
  }
  return teams;
}

/** Each opening of the names of two or more words → the first mention of the one name it opens (null where two names share it). */
function openedNames(organizations: number[], words: string[][]): Map<string, number | null> {
  const opened = new Map<string, number | null>();
  const fullName = new Map<number, string>();
  for (const i of organizations) {
    const w = words[i];
    fullName.set(i, w.join(' '));
    for (let n = 1; n < w.length; n++) {
      const key = w.slice(0, n).join(' ');
      const seen = opened.get(key);
      if (seen === undefined) opened.set(key, i);
      else if (seen !== null && fullName.get(seen) !== fullName.get(i)) opened.set(key, null);
    }
  }
  return opened;
}

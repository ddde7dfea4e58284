// A city the model read as an organization is its team (now and then its council), not the place: "Barcelona beat
// Real Zaragoza", "Chicago 96 Vancouver 73", "Hamburg coach Felix Magath". Linked to the city, the club and the
// dateline's "BARCELONA" were one entity. It is the article's organization whose name it opens ("Chicago Bulls" ...
// "Chicago"; link's fullest names), where one does, else an organization of its own name (not the registry's club of
// the city's name and an affix, "FC Barcelona": for a city of several teams that named its football club in baseball
// scores). Nations and states keep the place, as their governments and national sides stand for it ("Iran" as ORG).
import type { RegistryIndex } from '../registry/alias-index.js';
import { nilId } from './nil.js';
import { isUsState } from './qualifier.js';
import type { Decision } from './score-candidates.js';

/** The entity of each of the organizations a city names (mention index → entity id); `fuller` gives the longer name a name opens. */
export function teamsOfCities(organizations: number[], fuller: (i: number) => number | undefined, texts: string[], decisions: Map<number, Decision>, index: RegistryIndex): Map<number, string> {
  const teams = new Map<number, string>();
  for (const i of organizations) {
    const entry = index.entries.get(decisions.get(i)?.entity ?? '');
    if (entry?.type !== 'GPE' || entry.partOf === undefined || entry.demonyms?.length || isUsState(entry)) continue;
    const long = fuller(i);
    teams.set(i, long === undefined ? nilId('ORG', texts[i]) : decisions.get(long)!.entity);
  }
  return teams;
}

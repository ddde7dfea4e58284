// What an appositive right after a name says the name is: a person's (", a teacher in Kumasi", ", the former
// striker"; not the subject of the next clause: "in Kabul, a Western diplomat said") or an organization's
// (", the Danish company that", ", a small drugmaker based in"; not ", a member of the club,", not "…, the
// company said"). One reader for the two rules that ask, people's cues (people.ts) and organizations' cues
// (organization-cues.ts). The nouns are data: people's roles (lexicon/person-cues.json), organizations'
// nouns and the words that may follow them (lexicon/organization-nouns.json, lexicon/organization-cues.json).
import personCues from './lexicon/person-cues.json' with { type: 'json' };
import organizationCues from './lexicon/organization-cues.json' with { type: 'json' };
import organizationNouns from './lexicon/organization-nouns.json' with { type: 'json' };

const words = (list: string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

/** ", a teacher", ", the former striker", ", the England scrum-half": determiners, at most one modifier, a role, and no "said" soon after. */
const ROLE = new RegExp(`^, (?:(?:a|an|the|former) )+(?:[A-Za-z-]+ )?(?:${personCues.roles.join('|')})\\b(?![^,.;]{0,40}\\b(?:said|says|told|added)\\b)`);
/**
 * ", the Danish company that", ", a small drugmaker based in": up to four modifiers before the noun (no
 * preposition or article among them: ", a member of the club," is a person), and after it a word of the
 * list or punctuation.
 */
const ORGANIZATION = new RegExp(`^\\s*,\\s+(?:the|a|an)\\s+(?:(?!(?:of|in|at|for|with|from|to|on|by|and|or|the|a|an)\\s)[\\p{L}\\p{N}'’.-]+\\s+){0,4}?`
  + `(?:${words(organizationNouns.nouns)})`
  + `(?=\\s*[,.;:)]|\\s+(?:${words(organizationCues.appositiveFollowers)})\\b)`, 'iu');
/** How far after the name an appositive may reach. */
const REACH = 80;

/** Whether the appositive after a name ending at `end` names a person's role. */
export function personAppositive(text: string, end: number): boolean {
  // Most names are followed by something else than ", ", and need no slice or match.
  return text.startsWith(', ', end) && ROLE.test(text.slice(end, end + REACH));
}

/** Whether the appositive after a name ending at `end` is headed by an organization's noun. */
export function organizationAppositive(text: string, end: number): boolean {
  return /^\s*,/.test(text.slice(end, end + 8)) && ORGANIZATION.test(text.slice(end, end + REACH));
}

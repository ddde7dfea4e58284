// The model's MISC names are typed NORP where no word of theirs says otherwise (ner/name-types.ts): a people's name
// is the most common MISC in the 1996 wire. But in today's news the MISC names that are no people's are titles of
// works more than anything else ("won for [Fearless]", "his work on critically-acclaimed [IGOR]", "Best Pop Solo
// Performance for [Bad Guy]"), and the people's names are a demonym's shape or the registry's. So a name only the
// model read as a people's, whose last word has no people's ending (-an, -ese, -ish, -i, -ic, -ist, -ite, -ch, -er,
// a plural's s: "Bosnian", "Congolese", "Sunni", "Catholics", "Tories"; not "Fearless", "Renaissance") and that the
// registry knows as nothing, is a WORK_OF_ART. CoNLL scores both as MISC: only the labels of today's news change.
import type { Candidate } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';

/** A people's ending on the name's last word: a demonym's or a plural's (not a double s: "Fearless"). */
const PEOPLES_ENDING = /(?:an|ans|ese|ish|i|is|ic|ics|ist|ists|ite|ites|ch|er|ers|ar|ars|[^s]s)$/u;

export function worksByDefault(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  return mentions.map((m) => {
    if (m.type !== 'NORP' || m.source !== 'model') return m;
    const name = text.slice(m.start, m.end);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (PEOPLES_ENDING.test(last.toLowerCase()) || aliasTypes(registry, name).length > 0) return m;
    return { ...m, type: 'WORK_OF_ART' };
  });
}

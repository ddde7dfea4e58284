// Photo credits name a photographer and agencies in a fixed form: "(JANE ROE/AFP via Getty Images)",
// "(Photo by Jane Roe/Getty Images)", "Photo: Jane Roe/Reuters", "Picture: Alamy". Proposed as a PERSON before the
// slash and ORGs after it (a line of one-word sources alone names agencies only); the Associated Press's form turns
// it round, the agency and its "Photo" before the slash ("(AP Photo/Jae C. Hong, File)"); resolve weighs them
// against the recognizers' candidates like any other. The lead words are data (lexicon/photo-credits.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/photo-credits.json' with { type: 'json' };
import { candidate } from './candidates.js';

const WORD = `\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
const NAME = `${WORD}(?: ${WORD}){1,3}`;
const AGENCY = `[\\p{Lu}\\d][\\p{L}\\d&.-]*(?: [\\p{Lu}][\\p{L}\\d&.-]*){0,3}`;
const CREDIT = new RegExp(
  `(?:\\((?:Photo by )?|(?:${table.lead.join('|')}): )(?!\\p{Lu}{2,5} Photos?/)(${NAME})/(${AGENCY})(?: via (${AGENCY}))?(?=\\)|$|\\n|\\.)`,
  'gmu',
);
/** The agency's photo before the slash, the photographer after it: "(AP Photo/Jae C. Hong)", "(AP Photo/Jae C. Hong, File)". */
const AGENCY_FIRST = new RegExp(`\\((\\p{Lu}{2,5}) Photos?/(${NAME})(?:, File)?\\)`, 'gu');
/** A credit line of agencies alone, one word each: "Picture: Alamy", "Photo: AP/Reuters". */
const AGENCIES_ONLY = new RegExp(`(?:${table.lead.join('|')}): ([\\p{Lu}\\d][\\p{L}\\d&.-]*(?:/[\\p{Lu}\\d][\\p{L}\\d&.-]*)*)[ \\t]*$`, 'gmu');
/** As sure as an honorific: the form says what each part is. */
const CONFIDENCE = 0.9;

/** A lead word and its colon, which a credit line of agencies opens with. */
const LEADS = table.lead.map((w) => `${w}: `);

export function photoCredits(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A credit holds a slash, a line of agencies a lead word and its colon: most articles hold neither, and
  // a search for a character or a word is faster than a match tried at every position.
  const slash = text.includes('/');
  const lead = LEADS.some((l) => text.includes(l));
  if (!slash && !lead) return out;
  if (slash) for (const m of text.matchAll(CREDIT)) {
    let at = m.index + m[0].indexOf(m[1]);
    out.push(candidate(at, at + m[1].length, 'PERSON', 'rules', CONFIDENCE));
    at += m[1].length + 1;
    out.push(candidate(at, at + m[2].length, 'ORG', 'rules', CONFIDENCE));
    if (m[3]) {
      at = m.index + m[0].length - m[3].length;
      out.push(candidate(at, at + m[3].length, 'ORG', 'rules', CONFIDENCE));
    }
  }
  if (slash) for (const m of text.matchAll(AGENCY_FIRST)) {
    out.push(candidate(m.index + 1, m.index + 1 + m[1].length, 'ORG', 'rules', CONFIDENCE));
    const at = m.index + m[0].indexOf('/') + 1;
    out.push(candidate(at, at + m[2].length, 'PERSON', 'rules', CONFIDENCE));
  }
  if (lead) for (const m of text.matchAll(AGENCIES_ONLY)) {
    let at = m.index + m[0].indexOf(m[1]);
    for (const agency of m[1].split('/')) {
      out.push(candidate(at, at + agency.length, 'ORG', 'rules', CONFIDENCE));
      at += agency.length + 1;
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// Writers' credits name people in a fixed form: a byline line ("By Natalie Grover and Arathy Somasekhar") and a
// wire story's closing credits ("(Reporting by Natalie Grover in London and Arathy Somasekhar in Houston; Editing
// by Louise Heavens)"). Each name there is proposed as a PERSON, as sure as an honorific; the place after "in"
// is left to the recognizers. The model reads an unfamiliar name there as a place or an organization, and one
// sense per name then carries that to the name's other mentions. The desk's initials a wire story ends with ("...
// closed at 38,811.39. NSA RT") name nobody the story speaks of.
import type { Candidate } from '../document.js';
import { candidate } from './candidates.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/bylines.json' with { type: 'json' };

/** An agency named after the writers on a byline's line ("By Megan Janetsky Associated Press"). */
const AGENCY = `(?:${table.agencies.join('|')})`;
/** A capitalised word that opens no agency's name. */
const WORD = `(?!${AGENCY}(?![\\p{L}]))\\p{Lu}[\\p{L}\\p{M}'’.-]*`;
/** A name of two to four capitalised words ("Natalie Grover", "Jonathan Stempel"). */
const NAME = `${WORD}(?: ${WORD}){1,3}`;
/** Names joined by commas and "and", as a byline lists them. */
const NAMES = `${NAME}(?:(?:,? and |, )${NAME})*`;
/** A byline line: "By", names joined by commas and "and", and at most an agency after them. */
const BYLINE = new RegExp(`^By (${NAMES})(?:,? ${AGENCY})?[ \\t]*$`, 'gmu');
/** Closing credits in brackets, opening with a writer's role (lexicon/bylines.json): each part a role, "by", and names, parts apart by semicolons. */
const CREDITS = new RegExp(`\\((?:${table.creditRoles.join('|')}) by [^()\\n]+\\)`, 'g');
/** One credited name in a list, with the place after "in" that may follow it. */
const CREDITED = new RegExp(`(?<=\\b[Bb]y |, |,? and )(${NAME})(?= in |,? and |, |;|\\)|$)`, 'gu');
/** The line under a byline that names the writer's agency, desk and role: "Associated Press Writer", "AP Sports Writer". */
const WRITER_LINE = new RegExp(`^By ${NAMES}[ \\t]*\\n([^\\n]*\\b(?:${table.writerRoles.join('|')}))[ \\t]*$`, 'gmu');
/** As sure as an honorific: the form says what each name is. */
const CONFIDENCE = 0.9;

export function bylines(text: string): Candidate[] {
  const out: Candidate[] = [];
  // Most articles hold neither: a search for the words first.
  if (text.includes('By ')) {
    // (up to the last name: the agency after it is left to the recognizers)
    for (const m of text.matchAll(BYLINE)) namesIn(m[0].slice(0, 3 + m[1].length), m.index, out);
  }
  if (text.includes(' by ')) {
    for (const m of text.matchAll(CREDITS)) namesIn(m[0], m.index, out);
  }
  return out;
}

/** The names credited in a byline or in closing credits starting at `at` (not a desk's: "By Sports Desk"). */
function namesIn(credit: string, at: number, out: Candidate[]): void {
  for (const m of credit.matchAll(CREDITED)) if (!isDesk(m[1])) out.push(candidate(at + m.index, at + m.index + m[1].length, 'PERSON', 'rules', CONFIDENCE));
}

/** Whether a credited "name" is a desk's or the staff's: "Sports Desk", "Staff Reporter", "Our Correspondent". */
// (in capitals too, as some papers set the byline: "By NATION CORRESPONDENT")
const isDesk = (name: string) => DESKS.has(name.slice(name.lastIndexOf(' ') + 1).toLowerCase());
const DESKS: ReadonlySet<string> = new Set(table.desks.map((desk) => desk.toLowerCase()));

/** The candidates without the desks a byline credits ("By Sports Desk" names nobody, whatever the model read there). */
export function withoutDeskBylines(text: string, candidates: Candidate[]): Candidate[] {
  // Most articles hold no byline: nothing to search.
  if (!text.includes('By ')) return candidates;
  const desks: { start: number; end: number }[] = [];
  for (const m of text.matchAll(BYLINE)) {
    for (const c of m[0].matchAll(CREDITED)) if (isDesk(c[1])) desks.push({ start: m.index + c.index, end: m.index + c.index + c[1].length });
  }
  if (!desks.length) return candidates;
  return candidates.filter((c) => !desks.some((d) => c.start < d.end && c.end > d.start));
}


/**
 * Names without the role on the line under a byline: "Associated Press Writer" is the agency ("Associated Press", as the
 * registry reads it) and the writer's role, no name of its own; a name that runs into the role is dropped.
 */
export function withoutWritersRoles(text: string, candidates: Candidate[]): Candidate[] {
  // Most articles hold no byline: nothing to search.
  if (!text.includes('By ')) return candidates;
  const roles: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WRITER_LINE)) {
    const end = m.index + m[0].indexOf(m[1]) + m[1].length;
    roles.push({ start: end - m[1].length, end });
  }
  if (!roles.length) return candidates;
  return candidates.filter((c) => !roles.some((r) => c.start >= r.start && c.end === r.end));
}

/** The desk's initials after a story's last sentence, up to its end: " NSA RT", "\nABS SJK". */
const DESK_INITIALS = /(?<=[.!?"”])\s+(?:\p{Lu}{2,4} ){0,2}\p{Lu}{2,4}\s*$/u;
/** How far from the story's end its sign-off is looked for. */
const SIGN_OFF_REACH = 20;

/** The candidates without those inside the desk's initials that close the story. */
export function withoutDeskInitials(text: string, candidates: Candidate[]): Candidate[] {
  const initials = DESK_INITIALS.exec(text.slice(-SIGN_OFF_REACH));
  if (!initials) return candidates;
  const start = text.length - Math.min(text.length, SIGN_OFF_REACH) + initials.index;
  return candidates.filter((c) => c.start < start);
}

// The head words of organizations' names, each listed once in organization-heads.json with the roles it plays:
// a last word no person's name ends in, a head before its subject, one whose subject may be two things joined,
// a last word no place's name ends in, a company's head after a name the model stopped before, a body's head after a
// people's or a place's name, an institution's head after a person's name, a unit's head an ordinal opens the name of,
// a movement's head after the day it is named after, an umbrella's last word after the body's name.
// Each rule reads the set of its role.
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './organization-heads.json' with { type: 'json' };

/** Every role a head may play; a role the table names that is not here is a typo no rule would read (tests check). */
export const ROLES = [
  'endsOrganization', 'subjectAfter', 'subjectsJoined', 'neverEndsPlace', 'companyAfterName', 'bodyAfterPeople', 'institutionAfterPerson', 'goesByName', 'numberedUnit', 'namedAfterDay', 'sameBodyBefore',
] as const;
type Role = (typeof ROLES)[number];

/** Each head word, in lower case, with its roles. */
export const heads: Record<string, readonly string[]> = table.heads;

function withRole(role: Role): ReadonlySet<string> {
  return new Set(Object.keys(heads).filter((word) => heads[word].includes(role)));
}

/** Last words of organizations' names that no person's name ends in ("Communications", "Mining"). */
export const ORGANIZATION_ENDS = withRole('endsOrganization');
/** Head nouns before a connector and a subject ("Ministry [of Transportation]"). */
export const SUBJECT_HEADS = withRole('subjectAfter');
/** Heads whose subject may be two things joined by "and" ("Department of Health and Human Services"). */
export const JOINED_SUBJECT_HEADS = withRole('subjectsJoined');
/** Last words, or last two, of organizations' names that never end a place's in CoNLL's data ("Police", "Crown Court"). */
export const NOT_PLACE_ENDS = withRole('neverEndsPlace');
/** The kinds of court named before "Court" ("high", "crown", "magistrates'"): the two-word heads that end in "court". */
export const COURT_KINDS: readonly string[] = Object.keys(heads).filter((h) => h.endsWith(' court')).map((h) => h.slice(0, -' court'.length));
/** Heads that end a company's name after a person's or a people's name the model stopped at ("[Republic] Records"). */
export const COMPANY_HEADS = withRole('companyAfterName');
/** Heads that end a body's name after a people's or a place's name the model read alone ("[Communist] Party", "[French] Army"). */
export const BODY_HEADS = withRole('bodyAfterPeople');
/**
 * Heads of institutions named after a person or another body ("Francis Crick Institute", "Novo Nordisk Foundation"):
 * resolve takes a person the model stopped before the head into the institution, and link never takes the shorter
 * name for the institution's ("Novo Nordisk" is not its foundation).
 */
export const NAMED_AFTER_HEADS = withRole('institutionAfterPerson');
/** Heads of institutions the name before them stands for alone ('Columbia University' ... 'Columbia said'): link takes it for the institution. */
export const GOES_BY_NAME_HEADS = withRole('goesByName');
/** Heads of units and courts whose names open with an ordinal in figures ("82nd Airborne Division", "the 5th Circuit"). */
export const NUMBERED_UNIT_HEADS = withRole('numberedUnit');
/** Heads of movements and groups named after the day of their founding event ("June 5 Movement"); not "party". */
export const NAMED_AFTER_DAY_HEADS = withRole('namedAfterDay');
/** Last words after which the name before names the same body, its umbrella ("Oxfam International"): link takes that name where the registry has no whole. */
export const SAME_BODY_HEADS = withRole('sameBodyBefore');

// resolve: the one place that decides between overlapping candidates. Adds: mentions (flat,
// sorted, each with its sentence). Name spans are trimmed to the guideline first (no leading
// "the", no trailing punctuation or possessive), agreeing recognizers reinforce each other, and
// then the best-scoring candidates are taken greedily so that no mention overlaps another.
// A number inside a date or time belongs to it ("five weeks", "May 2018") and is dropped.
// A title is kept out of a PERSON span and recorded on it ("Secretary of State Mike Pompeo").
// Every step is a sort, a sweep or an index: linear or n log n in the article's length.
import type { Candidate, Doc, Label, Mention, Token } from '../document.js';
import { LABELS, NAME_LABELS, NUMBER_LABELS, PLACE_LABELS, PLACE_OR_PEOPLE, TIME_LABELS, toConllType } from '../document.js';
import { ERAS, isAbbreviation, isCalendarWord, MONTHS, WEEKDAYS } from '../lexicon/calendar.js';
import { WIRE_SLUGS } from '../lexicon/wire-slugs.js';
import { isBuildingKind, isFacilityHead } from '../ner/name-types.js';
import { lookupAlias, type RegistryIndex } from '../registry/alias-index.js';
import { eponymousCompany } from '../registry/eponyms.js';
import { titleBefore, titleOf } from '../registry/titles.js';
import { consistentTypes, nameEchoes } from '../resolve/consistency.js';
import { bylines, withoutDeskBylines, withoutDeskInitials, withoutWritersRoles } from '../resolve/bylines.js';
import { photoCredits } from '../resolve/credits.js';
import { platformNames } from '../resolve/platforms.js';
import { tickers } from '../resolve/tickers.js';
import { splitConjoinedNames } from '../resolve/conjunctions.js';
import { Containers } from '../resolve/containers.js';
import { headlineNames } from '../resolve/headlines.js';
import { capsHeadlineNames, commonWordsInCaps } from '../resolve/caps-headlines.js';
import { organizationsInLists, peopleInLists, placesInLists } from '../resolve/lists.js';
import { teamsBeforeWho, teamsInMatchReports, teamsOfPlayers } from '../resolve/match-reports.js';
import { dropInitialWords } from '../resolve/initial-words.js';
import { dropInstitutionNouns } from '../resolve/institution-nouns.js';
import { firmsNamedByDemonym } from '../resolve/demonym-firms.js';
import { countryArms } from '../resolve/country-arms.js';
import { dropClosingStops, dropLetterStops } from '../resolve/letter-stops.js';
import { dropMonths, peopleNamedLikeMonths } from '../resolve/months.js';
import { abbreviationsOfNames, definingNames, dropCommonAbbreviations } from '../resolve/abbreviations.js';
import { conditionsByEponym } from '../resolve/conditions.js';
import { creditCandidates, creditsAsOrganizations, cutAtCredits, datelineCredits, datelinePlaces, datelines, personsNamedLikeDatelines } from '../resolve/datelines.js';
import { placesNamedLikePeoples, splitDemonyms } from '../resolve/demonyms.js';
import { membersSeats } from '../resolve/members-seats.js';
import { bareInitials, middleInitials } from '../resolve/middle-initials.js';
import { PARTICLE, peopleEndingInParticle } from '../resolve/particle-ends.js';
import { partyStates, stateMembers } from '../resolve/party-states.js';
import { peopleOfPlaces, placesOfTitles } from '../resolve/people-of-places.js';
import { organizationsOfPeople } from '../resolve/organizations-of-people.js';
import { placesWithParticles } from '../resolve/particle-places.js';
import { apostropheNames } from '../resolve/name-shapes.js';
import { coupledGivenNames } from '../resolve/couples.js';
import { nicknamedPeople } from '../resolve/nicknames.js';
import { Lines } from '../resolve/lines.js';
import { lowerCaseWords } from '../resolve/lower-case.js';
import { mapEach, mapMany, pushAll } from '../resolve/map-many.js';
import { candidate, lastNamesOfFullNames, ofOneShape } from '../resolve/candidates.js';
import { widenPeople } from '../resolve/given-names.js';
import { basedOrganizations, prefixedNames, splitHyphenated, suffixedAcronyms } from '../resolve/hyphens.js';
import { languagesSpoken, peoplesBeforeNouns } from '../resolve/language-words.js';
import { partnerships } from '../resolve/partnerships.js';
import { registryNamesRunOn } from '../resolve/registry-run-ons.js';
import { unionBranches } from '../resolve/union-locals.js';
import { dropCreditRatings } from '../resolve/credit-ratings.js';
import { regnalNumbers } from '../resolve/regnal-numbers.js';
import { peopleByPronoun } from '../resolve/pronoun-cues.js';
import { splitAtInnerWords } from '../resolve/inner-words.js';
import { splitTrailingAcronyms } from '../resolve/trailing-acronyms.js';
import { styledPeople } from '../resolve/styled-people.js';
import { peopleAfterPortfolios } from '../resolve/portfolio-titles.js';
import { dropTrailingTitle, splitAtInnerTitle } from '../resolve/inner-titles.js';
import { datedOrganizations } from '../resolve/dated-organizations.js';
import { givenNamesAfterPeople, peopleByGivenName } from '../resolve/world-given-names.js';
import { worksByDefault } from '../resolve/peoples.js';
import { dropTableFurniture } from '../resolve/table-furniture.js';
import { facilitiesAfterOpener, facilitiesBeforeHeadAlone, facilitiesBeforeNoun, facilitiesUnderOneHead, placesOfFacilities } from '../resolve/shared-heads.js';
import { teamsOnScoreLines } from '../resolve/score-lines.js';
import { venuesOnResultsLines } from '../resolve/venues.js';
import { organizationNames, possessiveOrganizations } from '../resolve/organizations.js';
import { ampersandInitials, ampersandNames, companySuffixes, numberedUnits, organizationsByHead } from '../resolve/organization-heads.js';
import { organizationsByCue } from '../resolve/organization-cues.js';
import { eventsByHead, placesOfEvents, wholeEvents } from '../resolve/event-heads.js';
import { numberedLaws } from '../resolve/numbered-laws.js';
import { courtCases } from '../resolve/court-cases.js';
import { datedLaws } from '../resolve/dated-laws.js';
import { lawSubjects } from '../resolve/law-subjects.js';
import { publicOffices } from '../resolve/public-offices.js';
import { courts } from '../resolve/courts.js';
import { numberedRoads } from '../resolve/numbered-roads.js';
import { placesByCue } from '../resolve/place-cues.js';
import { coordinatedPlaces, placesListedAfterKind, placesOfOneKind } from '../resolve/coordinated-places.js';
import { compassPlaces } from '../resolve/compass-places.js';
import { dropBareTitles, titleAlone } from '../resolve/bare-titles.js';
import { titledInstitutions } from '../resolve/titled-institutions.js';
import { partyHometowns } from '../resolve/party-hometowns.js';
import { openingVerb } from '../resolve/opening-words.js';
import { ownersOfTitles } from '../resolve/possessive-titles.js';
import { titledWorks, workTitles } from '../resolve/work-titles.js';
import { applyPersonCues, SPEECH_AFTER, tokenCues } from '../resolve/people.js';
import { isWithinNation } from '../resolve/nations.js';
import { possessiveCompanies, possessiveLandmarks, possessiveNames, splitAtPossessive } from '../resolve/possessive-names.js';
import { marketIndexes } from '../resolve/market-indexes.js';
import { productsByKind, shipNames } from '../resolve/product-kinds.js';
import { numberedModels, productModels } from '../resolve/product-models.js';
import { makersModels } from '../resolve/makers-models.js';
import { publications } from '../resolve/publications.js';
import { splitAtQuotationEnds } from '../resolve/quotation-ends.js';
import { cutBeforeSurerNames } from '../resolve/run-together.js';
import { hasSource, joinSources } from '../resolve/sources.js';
import { dropVersionLabels } from '../resolve/version-labels.js';
import type { Resources } from '../resources.js';
import { tokenAt } from '../text/token-at.js';
import type { Stage } from './stage.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import cues from '../resolve/lexicon/person-cues.json' with { type: 'json' };

const PLACE_OR_FACILITY: ReadonlySet<string> = new Set([...PLACE_LABELS, 'FAC']);
/** Whether a name holds a possessive followed by a space: "Magna's North American". */
function holdsPossessive(text: string, c: Candidate): boolean {
  for (let at = text.indexOf('s ', c.start + 1); at >= 0 && at < c.end; at = text.indexOf('s ', at + 2)) {
    if (text[at - 1] === "'" || text[at - 1] === '’') return true;
  }
  return false;
}
/** The names CoNLL-2003 scores as MISC: the name model's miscellaneous kinds. */
const MISC_LABELS: ReadonlySet<string> = new Set(LABELS.filter((label) => toConllType(label) === 'MISC'));

const LEADING_DETERMINER = /^(?:the|The|THE)\s+/;
/** "v" before a side the model took in ("v Glamorgan"). */
const LEADING_VERSUS = /^vs?\.?\s+/;
/** A wire's slug joined to the headline's first word ("[EXCLUSIVE-Apple] in talks", "UPDATE 2-[Oil]"). */
const LEADING_WIRE_SLUG = new RegExp(`^(?:${WIRE_SLUGS.join('|')})(?: \\d+)?-(?=\\p{Lu})`, 'u');
/** The possessive of the word before, which the tokenizer split off and the model took in ("singer['s Eras Tour]"). */
const LEADING_POSSESSIVE = /^['’]s\s+/;
/** "I'm" of a broadcast's sign-in, which the model took into the reporter's name or the programme's ("[I'm Sachi Koto]", "The [World I'm]"). */
const SIGN_IN_HEAD = /^I['’]m\s+/;
const SIGN_IN_TAIL = /\s+I['’]m$/;
/** A field separator of a page's furniture and what follows it in a span: no name runs across one. */
const SEPARATOR_TAIL = /\s*[|•].*$/su;
const TRAILING_PUNCTUATION = new Set([...' .,;:!?"“”‘’\'()[]{}«»—–-']);
const POSSESSIVE = /['’]s$/;
const OPENS_WITH_LETTER = /^\p{L}/u;
const CAPS_WORD = /^\p{Lu}{2,}$/u;
const POSSESSIVE_DATE = /['’]s (\S+)$/;
/** A full stop that belongs to the name: "U.S.", "Corp.". */
const ABBREVIATION_END = /(?:\b[A-Z]\.|\b(?:Inc|Corp|Co|Ltd|Jr|Sr|Bros|St)\.)$/;

/** A figure the model glued onto the end of a person's name ("A. Dale 69", "C. Tolley 4-68", a goal's minute: "Kofi Mensah 46th"). */
const PERSON_FIGURE_TAIL = /\s+\d[\d.,:\/-]*(?:st|nd|rd|th)?$/;
/** An acronym and a word after it: "CNBC Friday". */
const ACRONYM_WEEKDAY = /^\p{Lu}[\p{Lu}\d&]+ (\p{Lu}\p{Ll}+)$/u;
/** Whether a span opens with two capitals, as an acronym does: most names do not, and need no match. */
const acronymFirst = (span: string) => span.charCodeAt(1) >= 65 && span.charCodeAt(1) <= 90 && span.charCodeAt(0) >= 65 && span.charCodeAt(0) <= 90;
/** A person's name's last word in title case: a weekday written in full there is the date the sentence goes on with. */
const LAST_TITLE_CASE_WORD = / (\p{Lu}\p{Ll}+)$/u;
/** Whether a span ends in "day", read by code: most names do not, and need no match. */
const endsInDay = (text: string, end: number) => text.charCodeAt(end - 1) === 121 && text.charCodeAt(end - 2) === 97 && text.charCodeAt(end - 3) === 100;
/** A place after "in" at the end of a name: where the body or the building is ("Institute for Systems Biology in Seattle"). */
const IN_PLACE_TAIL = / in (\p{Lu}[\p{L}\p{M}.'’-]*(?: \p{Lu}[\p{L}\p{M}.'’-]*){0,2})$/u;
/** The types whose names the model runs on into a place after "in": an organization's, a facility's. */
const IN_PLACE_TAIL_TYPES: ReadonlySet<string> = new Set(['ORG', 'FAC']);
/** The types whose names the model runs on into a weekday: an organization's, a place's. */
const WEEKDAY_TAIL_TYPES: ReadonlySet<string> = new Set(['ORG', 'GPE', 'LOC', 'FAC']);
/**
 * A lower-case word the model took in before a name ("of Acme", "on the London ... Exchange", whose "the" the
 * determiner's trim then cuts), unless it is a name's particle ("de Silva", "al Sabah").
 */
const LOWERCASE_HEAD = /^(\p{Ll}+)\s+(?=\p{Lu}|the\s+\p{Lu})/u;
const NAME_PARTICLES: ReadonlySet<string> = new Set(cues.particles);
/** A year the model took into the name after it ("the [2026 World Cup]"): a date of its own, as CoNLL and TimeML mark it. */
const LEADING_YEAR = /^(?:19|20)\d\d\s+(?=\p{Lu})/u;
/**
 * A lower-case word the model glued onto the end of a name ("Dalsum of playing", "Marta were killed"); not a surname
 * opened by a particle and a hyphen ("Abdul-Malik al-Houthi").
 */
const LOWERCASE_TAIL = new RegExp(`\\s+(?!${PARTICLE}-\\p{Lu})\\p{Ll}[\\p{L}\\p{M}'’-]*$`, 'u');

/** What may follow a full stop that ends no sentence: a comma, a bracket, a dash ("CAPE CANAVERAL, Fla. —") or a word in lower case. */
const AFTER_ABBREVIATION = /^(?:[,;)]| [(\p{Ll}—–])/u;
/** A word's full stop where the sentence goes on is an abbreviation's, part of the name ("Sacramento, [Calif.], said"). */
function abbreviationDot(text: string, end: number): boolean {
  return text.charCodeAt(end - 1) === 46 && AFTER_ABBREVIATION.test(text.slice(end, end + 2));
}

/**
 * Whether a span is words of ASCII letters, each capitalised, one space between them, and does not open with "the":
 * most names. Of the trims below only a weekday after an acronym or a person's name can apply to one, and the span
 * needs no match.
 */
function plainCapitalisedWords(text: string, start: number, end: number): boolean {
  let wordStart = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (wordStart) return false;
      wordStart = true;
    } else if (c >= 65 && c <= 90) wordStart = false;
    else if (c >= 97 && c <= 122 && !wordStart) continue;
    else return false;
  }
  // "The", "THE" (and "the", which is no capitalised word) open a span the determiner's trim cuts.
  const the = end - start > 4 && text.charCodeAt(start + 3) === 32 && text.slice(start, start + 3).toLowerCase() === 'the';
  return !wordStart && !the;
}

/** Capitals in brackets, spaced from the words before them: an acronym after a name ("Children's Fund (UNICEF)"). */
const BRACKETED_ACRONYM_TAIL = / \([A-Z]{2,6}\)$/;
/** A closing parenthesis that one inside the span opened is the name's: "Janata Dal (United)", "JD(U)". */
function closesParenthesis(span: string): boolean {
  return span.endsWith(')') && span.indexOf('(') > 0;
}

/** An indefinite article the model took into a name at a sentence's start ("[A Tesla] Cybertruck exploded"). */
const LEADING_ARTICLE = /^(?:A|An) (?=\p{Lu})/u;
/** Whether the text at `start` opens with "A " or "An ", read by code: most names do not, and need no match. */
const opensWithArticle = (text: string, start: number) => text.charCodeAt(start) === 65
  && (text.charCodeAt(start + 1) === 32 || (text.charCodeAt(start + 1) === 110 && text.charCodeAt(start + 2) === 32));

/**
 * Trims a name span to what the guideline counts as the name; an indefinite article before a name the registry
 * knows too, where `registry` is given ("A Coruña" and "An Post" are names whole).
 */
export function trimName(text: string, c: Candidate, registry?: RegistryIndex): Candidate | null {
  let { start, end } = c;
  let m: RegExpMatchArray | null;
  const model = c.source === 'model';
  if (plainCapitalisedWords(text, start, end) && !(model && WEEKDAY_TAIL_TYPES.has(c.type) && acronymFirst(text.slice(start, start + 2)))
    && !(model && c.type === 'PERSON' && endsInDay(text, end))
    && !(model && registry && opensWithArticle(text, start))) return c;
  // Whether the model's span holds a sign-in's "I'm": asked of the first span only, as trimming only shortens it.
  let signIn: boolean | undefined;
  for (let changed = true; changed && start < end; ) {
    changed = false;
    const span = text.slice(start, end);
    if ((m = span.match(LEADING_DETERMINER))) { start += m[0].length; changed = true; continue; }
    if (model && (m = span.match(LOWERCASE_TAIL))) { end -= m[0].length; changed = true; continue; }
    if (model && (m = span.match(LOWERCASE_HEAD)) && !NAME_PARTICLES.has(m[1])) { start += m[0].length; changed = true; continue; }
    if (model && (m = span.match(LEADING_VERSUS) ?? span.match(LEADING_POSSESSIVE) ?? span.match(LEADING_WIRE_SLUG) ?? span.match(LEADING_YEAR))) { start += m[0].length; changed = true; continue; }
    if (model && registry && (m = span.match(LEADING_ARTICLE)) && lookupAlias(registry, span.slice(m[0].length)).length > 0) { start += m[0].length; changed = true; continue; }
    // Most names hold no apostrophe after an "I": no match for them.
    if (model && (signIn ??= span.includes("I'm") || span.includes('I’m'))) {
      if ((m = span.match(SIGN_IN_HEAD))) { start += m[0].length; changed = true; continue; }
      if ((m = span.match(SIGN_IN_TAIL))) { end -= m[0].length; changed = true; continue; }
    }
    // An acronym in brackets after the model's name is one of its own, not its name's end ("[Fund (UNICEF)]"), unless the
    // registry knows them together.
    if (model && (m = span.match(BRACKETED_ACRONYM_TAIL)) && !(registry && lookupAlias(registry, span).length)) { end -= m[0].length; changed = true; continue; }
    // A page's field separator ends a name: "Share on [X | Email]".
    if (model && (m = span.match(SEPARATOR_TAIL))) { end -= m[0].length; changed = true; continue; }
    if (POSSESSIVE.test(span) && end - start > 2) { end -= 2; changed = true; continue; }
    // A possessive and a month or weekday after it: the name ends at the possessive ("Labour Department's July").
    if ((m = span.match(POSSESSIVE_DATE)) && (isCalendarWord(MONTHS, m[1]) || isCalendarWord(WEEKDAYS, m[1]))) { end -= m[0].length; changed = true; continue; }
    // A figure after a person's name is a score or an age ("A. Dale 69"): no one's name ends in one.
    if (model && c.type === 'PERSON' && (m = span.match(PERSON_FIGURE_TAIL))) { end -= m[0].length; changed = true; continue; }
    // Nor a weekday, the date the sentence goes on with ("President [Donald Trump Monday] said").
    if (model && c.type === 'PERSON' && (m = span.match(LAST_TITLE_CASE_WORD)) && isCalendarWord(WEEKDAYS, m[1])
      && !isAbbreviation(WEEKDAYS, m[1].toLowerCase())) { end -= m[0].length; changed = true; continue; }
    // A town or a region the registry knows after "in" is where the model's organization is, unless the registry knows
    // the whole name ("[Institute for Systems Biology] in Seattle"); a nation there is the cause's ("Human Rights in China").
    if (model && registry && IN_PLACE_TAIL_TYPES.has(c.type) && (m = span.match(IN_PLACE_TAIL))
      && isWithinNation(registry, m[1]) && !lookupAlias(registry, span).length) { end -= m[0].length; changed = true; continue; }
    // A weekday after an acronym is the date the sentence goes on with ("network [CNBC Friday]"; "Black Friday" is a name).
    if (model && acronymFirst(span) && WEEKDAY_TAIL_TYPES.has(c.type) && (m = span.match(ACRONYM_WEEKDAY)) && isCalendarWord(WEEKDAYS, m[1])) { end -= m[1].length + 1; changed = true; continue; }
    if (TRAILING_PUNCTUATION.has(text[end - 1]) && !ABBREVIATION_END.test(span) && !abbreviationDot(text, end) && !closesParenthesis(span)) { end--; changed = true; }
  }
  // Most names need no trim: the candidate itself, not a copy.
  if (start === c.start && end === c.end) return c;
  return start < end ? { ...c, start, end } : null;
}

/** "The " or "THE " right before a span. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}])(?:The|THE) $/u;

/**
 * A place whose name the registry writes with its article keeps it, as the name's own word ("The Hague", "THE HAGUE"
 * of a dateline), where the guideline leaves a leading "the" out of other names.
 */
function withOwnArticle(text: string, c: Candidate, registry: RegistryIndex): Candidate {
  if (!PLACE_LABELS.has(c.type) || c.start < 4 || !ARTICLE_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))) return c;
  const named = lookupAlias(registry, text.slice(c.start, c.end)).some((hit) => registry.entries.get(hit.id)?.name.startsWith('The ') === true);
  return named ? { ...c, start: c.start - 4 } : c;
}

/**
 * Whose label to trust when two recognizers agree on a span but not on its label. A registry
 * match of several words names its entry's kind ("White House" is an ORG), unless the entry is a
 * place: places stand for their teams and governments ("New York" beat Boston), which the model
 * reads better from context.
 */
function labelWins(a: Candidate, b: Candidate, text: string, isNameWord: NameWords, surnames: () => ArticleSurnames): boolean {
  // A weekday alone is a date, whatever the name model makes of it ("Friday" is nobody in the news).
  const weekday = (c: Candidate) => TIME_LABELS.has(c.type) && isCalendarWord(WEEKDAYS, text.slice(c.start, c.end));
  if (weekday(a) !== weekday(b)) return weekday(a);
  // So is a time expression the name model reads on the same span as a name of the miscellaneous kind, its guess for
  // a capitalised phrase that is no person, organization or place: holidays and parts of months are dates to the
  // guideline ("New Year's Day", "mid-June" read as a people).
  // And so is a day's name of several capitalised words, whatever else the model reads it as ("on Black Friday", a place
  // to the model). A name the registry knows on the span stays the name.
  const timeOverName = (c: Candidate, other: Candidate) => TIME_LABELS.has(c.type) && hasSource(c.source, 'timex')
    && NAME_LABELS.has(other.type) && !hasSource(other.source, 'registry')
    && (MISC_LABELS.has(other.type) || TITLE_CASE_WORDS.test(text.slice(c.start, c.end)));
  if (timeOverName(a, b) !== timeOverName(b, a)) return timeOverName(a, b);
  const registryKind = (c: Candidate) =>
    hasSource(c.source, 'registry') && !PLACE_OR_FACILITY.has(c.type) && /\s/.test(text.slice(c.start, c.end));
  if (registryKind(a) !== registryKind(b)) return registryKind(a);
  // A people's name is one of the registry's demonyms: a name the registry knows as a company, a body or a
  // person is none ("Boeing" read as NORP by the model).
  const registryNotPeople = (c: Candidate, other: Candidate) => hasSource(c.source, 'registry') && c.type !== 'NORP'
    && !PLACE_OR_FACILITY.has(c.type) && other.type === 'NORP';
  if (registryNotPeople(a, b) !== registryNotPeople(b, a)) return registryNotPeople(a, b);
  // A building the registry knows is no town, whatever its one word looks like to the model ("at Anfield",
  // "in Natanz"): a facility does not stand for a team or a government the way a place does.
  const registryFacility = (c: Candidate, other: Candidate) => c.type === 'FAC' && hasSource(c.source, 'registry')
    && PLACE_LABELS.has(other.type) && !hasSource(other.source, 'registry');
  if (registryFacility(a, b) !== registryFacility(b, a)) return registryFacility(a, b);
  // A name the registry knows that a number recognizer read as a code and its amount is the name ("COP29" the
  // conference, not 29 Colombian pesos; "3M users", a figure and its scale, stays a number).
  const namedCode = (c: Candidate, other: Candidate) => hasSource(c.source, 'registry') && NAME_LABELS.has(c.type)
    && NUMBER_LABELS.has(other.type) && OPENS_WITH_LETTER.test(text.slice(other.start, other.end));
  if (namedCode(a, b) !== namedCode(b, a)) return namedCode(a, b);
  // A product, an event or a law the registry knows by a word in capitals is no organization the model reads by that
  // shape ("South Korea's [KOSPI] fell", "[BNB] fell 7%"): an index's or a coin's ticker looks like a company's. Nor is a
  // product it knows by any name, which the model reads as its maker's ("a Russian [Kinzhal] hypersonic missile").
  const knownKindInCaps = (c: Candidate, other: Candidate) => hasSource(c.source, 'registry') && MISC_LABELS.has(c.type)
    && c.type !== 'NORP' && other.type === 'ORG' && !hasSource(other.source, 'registry') && (c.type === 'PRODUCT' || CAPS_WORD.test(text.slice(c.start, c.end)));
  if (knownKindInCaps(a, b) !== knownKindInCaps(b, a)) return knownKindInCaps(a, b);
  // An organization the registry knows is no person the model is unsure of ("Rival Anthropic released", read as a
  // person's name at 0.39), nor one no word of whose name is a person's ("Anthropic's annualised revenue", at 0.79).
  // Unless the article names a person by it in full ("Rep. Rick Lazio ... Lazio, 42," is no football club). A surname that
  // is a company named after the article's registry person is the company however sure the model is ("Versace's
  // designers" beside "Donatella Versace"; registry/eponyms.ts).
  const knownOrganization = (c: Candidate, other: Candidate) => hasSource(c.source, 'registry') && c.type === 'ORG'
    && other.type === 'PERSON' && !hasSource(other.source, 'registry')
    && (other.confidence < UNSURE_PERSON || !text.slice(other.start, other.end).split(' ').some(isNameWord) || surnames().disowned.has(text.slice(other.start, other.end)))
    && !surnames().held.has(text.slice(other.start, other.end));
  if (knownOrganization(a, b) !== knownOrganization(b, a)) return knownOrganization(a, b);
  // A river, a region or a building says nothing: before a verb of speech a name the registry knows as an organization
  // or a person is that, not the place the model reads ("Amazon said", the company, not the river). A country speaks
  // for its government, so the model's GPE keeps its type. Nor does an organization the registry does not know by that
  // name speak where the registry knows a person by it ("The Trump administration froze grants. Trump said").
  const speaker = (c: Candidate, other: Candidate) => hasSource(c.source, 'registry') && (c.type === 'ORG' || c.type === 'PERSON')
    && (other.type === 'LOC' || other.type === 'FAC' || (other.type === 'ORG' && c.type === 'PERSON')) && !hasSource(other.source, 'registry')
    && SPEECH_AFTER.test(text.slice(c.end, c.end + 12));
  if (speaker(a, b) !== speaker(b, a)) return speaker(a, b);
  return a.confidence >= b.confidence;
}

/**
 * The longest name wins: a place or a name of the same kind inside a longer name ("Europe" in
 * "Organisation for Security and Cooperation in Europe", "Congress" in "U.S. Congress") gives way
 * when the model is at least as sure of the longer one as not: a registry alias is often the first
 * word of a longer name ("Atlantic" of "Atlantic City"). A person inside a longer name does not give
 * way: that is more often a title the model took in ("Secretary of State Mike Pompeo") than a company
 * named after its founder.
 */
const LONGER_NAME_CONFIDENCE = 0.5;
/** Whether a word (lower case) ends a facility's name as a building's: "stadium", "hospital". */
const namesBuilding = (word: string) => isFacilityHead(word) || isBuildingKind(word);
/** Below this the model's person gives way to an organization the registry knows on the same span. */
const UNSURE_PERSON = 0.5;

/** The last character of a registry name that runs past its word: "Disney+", "JD(U)". */
const MARK_END = /[+)]/;
/** A space or a slash between two words of a name. */
const SEVERAL_WORDS = /[ /]/;

/**
 * Confident names (sorted by start) by type, all of them, and the registry's names of several words or ending in a
 * mark, to find the names inside a longer one. Inside such a registry name any name gives way, whatever its type:
 * the model reads the first words of an index, a product or a party as a name of their own ("[S&P] 500", "[Dow
 * Jones] Industrial Average", "[Janata Dal] (United)", "[Disney]+"); and an organization gives way inside a facility named
 * by a building's word ("[Temple University] Hospital"). Returns the test of a name inside a longer one, and the registry's
 * names, inside which a time expression gives way too.
 */
function longerNames(text: string, names: readonly Candidate[]): { insideLongerName: (c: Candidate) => boolean; inRegistered: Containers } {
  const confident: Candidate[] = [];
  /** Where the confident names without a possessive inside end, by their start. */
  const endOfNameAt = new Map<number, number>();
  const registered: Candidate[] = [];
  const buildings: Candidate[] = [];
  const ofType = new Map<Label, Candidate[]>();
  for (const l of names) {
    if (l.confidence < LONGER_NAME_CONFIDENCE) continue;
    confident.push(l);
    // A facility whose last word names a building ("Temple University Hospital"): the organization it opens with is its.
    if (l.type === 'FAC' && namesBuilding(text.slice(text.lastIndexOf(' ', l.end - 1) + 1, l.end).toLowerCase())) buildings.push(l);
    // No possessive inside: "[Magna]'s [North American] car business" is two names the model ran together.
    if (!holdsPossessive(text, l)) endOfNameAt.set(l.start, Math.max(l.end, endOfNameAt.get(l.start) ?? 0));
    // A registry name of several words, spaced or joined by a slash ("S&P/TSX"), or one that ends in a mark past its
    // word ("Disney+", "JD(U)").
    if (hasSource(l.source, 'registry') && (SEVERAL_WORDS.test(text.slice(l.start, l.end)) || MARK_END.test(text[l.end - 1]))) registered.push(l);
    const same = ofType.get(l.type);
    if (same) same.push(l);
    else ofType.set(l.type, [l]);
  }
  const any = new Containers(confident);
  const inRegistered = new Containers(registered);
  const inBuilding = new Containers(buildings);
  const byType = new Map<Label, Containers>();
  for (const [type, same] of ofType) byType.set(type, new Containers(same));
  // A people's adjective that opens a longer name is the name's ("[Belgian] Grand Prix", "[Indonesian] Democratic
  // Party"); one inside it is often a name of its own ("U.S. [Roman Catholic] archdiocese").
  const opensLongerName = (c: Candidate) => c.type === 'NORP' && (endOfNameAt.get(c.start) ?? 0) > c.end;
  const insideLongerName = (c: Candidate) => NAME_LABELS.has(c.type) && ((PLACE_OR_FACILITY.has(c.type) ? any : byType.get(c.type))?.holdsLonger(c) === true
    || inRegistered.holdsLonger(c) || opensLongerName(c) || (c.type === 'ORG' && inBuilding.holdsLonger(c)));
  return { insideLongerName, inRegistered };
}

/** Candidates for the same span from several recognizers become one, more confident, naming them all ("registry+model"). */
function mergeAgreeing(text: string, candidates: Candidate[], isNameWord: NameWords, registry: RegistryIndex): Candidate[] {
  // A span's key is a number (start and end in one), not a string built for each of the article's candidates.
  const bySpan = new Map<number, Candidate>();
  const width = text.length + 1;
  // The last words of the model's people's names of several words, gathered only if a label is disputed that way.
  let surnames: ArticleSurnames | undefined;
  const articleSurnames = () => (surnames ??= disownedSurnames(text, lastNamesOfFullNames(text, candidates.filter((c) => c.source === 'model')), candidates, registry));
  for (const c of candidates) {
    const key = c.start * width + c.end;
    const seen = bySpan.get(key);
    if (!seen) { bySpan.set(key, c); continue; }
    const [best, other] = labelWins(seen, c, text, isNameWord, articleSurnames) ? [seen, c] : [c, seen];
    bySpan.set(key, candidate(best.start, best.end, best.type, joinSources(best.source, other.source),
      // (a number's qualifier or counted noun is no attribute of the time read on its span: "between [5] and 7 p.m.")
      1 - (1 - best.confidence) * (1 - other.confidence), best.value ?? other.value, best.type === other.type ? { ...other.attrs, ...best.attrs } : best.attrs));
  }
  return [...bySpan.values()];
}

/** The surnames of the people an article names in full: those they go by alone, and those they do not. */
interface ArticleSurnames { held: ReadonlySet<string>; disowned: ReadonlySet<string> }

/**
 * The article's surnames, parted: a registry person of the article whose surname is a company named after them disowns
 * it ("Prada" of "Miuccia Prada": the fashion house), while "Lazio" of "Rep. Rick Lazio" stays his.
 */
function disownedSurnames(text: string, held: Set<string>, candidates: readonly Candidate[], registry: RegistryIndex): ArticleSurnames {
  const disowned = new Set<string>();
  for (const c of candidates) {
    if (c.type !== 'PERSON' || !hasSource(c.source, 'registry')) continue;
    const span = text.slice(c.start, c.end);
    const surname = span.slice(span.lastIndexOf(' ') + 1);
    if (!held.has(surname)) continue;
    if (eponymousCompany(registry, span)) {
      held.delete(surname);
      disowned.add(surname);
    }
  }
  return { held, disowned };
}

/**
 * Keeps a title out of a PERSON span and records it, whether it was inside the span, right before it or across its start;
 * not out of the name a registry person goes by, whose first word only looks like one ("Sheikh Hasina"; an alias
 * such as "King Salman" is still cut).
 */
function recordTitle(text: string, m: Mention, registry: RegistryIndex): Mention {
  const span = text.slice(m.start, m.end);
  const found = titleOf(text, m.start, span, registry);
  if (!found) return m;
  if (found.cut > 0 && isPersonsName(registry, span)) {
    const before = titleBefore(text, m.start, registry);
    return before ? { ...m, attrs: { ...m.attrs, title: before } } : m;
  }
  // A second title after the first is cut too ("[Datuk Seri] [Dr] Anwar Ibrahim").
  let start = m.start + found.cut;
  let title = found.title;
  for (let next = titleOf(text, start, text.slice(start, m.end), registry); next && next.cut > 0; next = titleOf(text, start, text.slice(start, m.end), registry)) {
    start += next.cut;
    title += ` ${next.title}`;
  }
  return { ...m, start, attrs: { ...m.attrs, title } };
}

/** Whether a span is, as a whole, a registry person's name (an alias may open with a title: "King Salman"). */
function isPersonsName(registry: RegistryIndex, span: string): boolean {
  return lookupAlias(registry, span).some((h) => h.kind === 'name' && registry.entries.get(h.id)?.type === 'PERSON');
}

/** Whether a word is a person's name word (the name model's lists); none without a model. */
export type NameWords = (word: string) => boolean;

export function resolveMentions(text: string, tokens: Token[], recognized: Candidate[], registry: RegistryIndex, isNameWord: NameWords = () => false,
  isGivenName: NameWords = () => false): Mention[] {
  // (companies' arms in a country read before any rule reads their country as a surname, and again once names joined by
  // "and" are split: "MTN Ghana and Vodafone Ghana")
  const candidates = countryArms(text, ofOneShape(recognized), registry);
  const lower = lowerCaseWords(tokens);
  const lines = new Lines(text, tokens);
  // The model's names, corrected where its reading of words, lines and cues is known to fail.
  const filedFrom = datelines(text);
  const credits = datelineCredits(text);
  let read = datelinePlaces(text, filedFrom, dropCreditRatings(text, dropCommonAbbreviations(text, peopleNamedLikeMonths(text, dropMonths(text, dropTableFurniture(text, lines, conditionsByEponym(text, dropClosingStops(text, dropLetterStops(text, tokens, splitAtQuotationEnds(text, dropVersionLabels(text, candidates)))))))))));
  read = cutAtCredits(text, credits, withoutDeskInitials(text, withoutDeskBylines(text, withoutWritersRoles(text, read))));
  read = commonWordsInCaps(text, lines, capsHeadlineNames(text, lines, headlineNames(text, tokens, lines, dropInitialWords(text, tokens, dropInstitutionNouns(text, read, registry), lower), registry, isNameWord), lower), lower);
  read = eventsByHead(text, stateMembers(text, partyStates(text, placesByCue(text, organizationsByCue(text, organizationsByHead(text, read, registry, isNameWord), registry), registry))));
  read = mapMany(read, (c) => splitAtInnerTitle(text, dropTrailingTitle(text, c, registry), registry));
  read = organizationsOfPeople(text, placesOfTitles(text, peopleOfPlaces(text, splitDemonyms(text, ownersOfTitles(text, bareInitials(text, middleInitials(text, peopleEndingInParticle(text, membersSeats(text, read, registry)), registry, isNameWord)), registry), registry, isNameWord), registry, isNameWord), registry, isNameWord), registry);
  read = splitTrailingAcronyms(text, mapMany(mapMany(mapMany(splitConjoinedNames(text, workTitles(text, read), registry), (c) => splitAtInnerWords(text, c)), (c) => splitHyphenated(text, c, registry)), (c) => splitAtPossessive(text, c, registry)), registry);
  read = placesWithParticles(text, read);
  read = peopleByPronoun(text, tokens, regnalNumbers(text, givenNamesAfterPeople(text, peopleByGivenName(text, styledPeople(text, read, registry), registry), registry, isNameWord)));
  // Events named by words of their own ("Grand Prix"), and what the model ran into them cut off.
  const whole = wholeEvents(text, read);
  read = whole.candidates;
  // What each token may be before a person's name: the organizations' subjects end at a title, and people's cues read them.
  const cues = tokenCues(tokens, registry);
  const proposed = peopleAfterPortfolios(text, [...read, ...organizationNames(text, tokens, candidates, registry, cues, isNameWord), ...possessiveOrganizations(text, read), ...possessiveLandmarks(text, registry), ...possessiveCompanies(text, registry), ...nicknamedPeople(text, candidates, isNameWord), ...photoCredits(text), ...creditCandidates(credits), ...definingNames(text), ...shipNames(text), ...tickers(text), ...platformNames(text), ...bylines(text), ...apostropheNames(text, tokens, registry), ...numberedLaws(text), ...courtCases(text, tokens, registry), ...datedLaws(text, tokens), ...publicOffices(text, tokens), ...courts(text), ...whole.events, ...numberedRoads(text), ...titledWorks(text, tokens), ...facilitiesAfterOpener(text, tokens), ...basedOrganizations(text, registry), ...prefixedNames(text, registry), ...suffixedAcronyms(text, registry), ...partnerships(text, registry), ...numberedModels(text), ...registryNamesRunOn(text, read)], isNameWord);
  // Trimmed, a name may be a common noun's abbreviation only now ("the [AI] startup at").
  const trimmed = publications(text, possessiveNames(text, dropCommonAbbreviations(text, mapEach(applyPersonCues(text, tokens, proposed, registry, cues, lower, isNameWord),
    (c) => (NAME_LABELS.has(c.type) ? trimName(text, c, registry) : c)).filter((c): c is Candidate => c !== null)), registry), registry);
  const chosen = dropBareTitles(text, choose(text, mergeAgreeing(text, cutBeforeSurerNames(text, trimmed, (c) => (openingVerb(tokens, c) || titleAlone(text, c, registry) ? null : trimName(text, c))), isNameWord, registry)), registry);
  // Types the article settles around each mention: a law's first subject, a lower-case point of the compass, a unit's
  // ordinal, facilities' heads and the places that open them, company suffixes, unions' branches, products' models,
  // places that open events, results lines, lists, one sense per name. No title alone is a name.
  let typed = placesListedAfterKind(text, placesOfOneKind(text, coordinatedPlaces(text, placesOfEvents(text, makersModels(text, productModels(text, productsByKind(text, unionBranches(text, companySuffixes(text, ampersandInitials(text, ampersandNames(text, placesOfFacilities(text, facilitiesBeforeHeadAlone(text, tokens, facilitiesBeforeNoun(text, facilitiesUnderOneHead(text, numberedUnits(text, datedOrganizations(text, placesNamedLikePeoples(text, tokens, compassPlaces(text, lawSubjects(text, partyHometowns(text, titledInstitutions(text, countryArms(text, chosen, registry), registry), registry), registry), registry), registry)))), registry))), registry)), registry)), registry)), registry)), registry, isNameWord), registry, isNameWord), registry, isNameWord);
  typed = marketIndexes(text, typed, registry);
  typed = peoplesBeforeNouns(text, tokens, languagesSpoken(text, tokens, typed, registry), registry);
  typed = venuesOnResultsLines(text, teamsInMatchReports(text, tokens, teamsBeforeWho(text, teamsOfPlayers(text, teamsOnScoreLines(text, tokens, lines, typed, registry, lower), registry), registry), registry), lower);
  const consistent = creditsAsOrganizations(credits, personsNamedLikeDatelines(text, filedFrom, abbreviationsOfNames(text, tokens, firmsNamedByDemonym(text, tokens, consistentTypes(text, tokens, placesInLists(text, tokens, organizationsInLists(text, tokens, peopleInLists(text, tokens, typed, lower), registry), registry), registry)), lower)));
  // (an echo of the first word of "Alzheimer's Association" is still the disease's eponym: "suffer from Alzheimer's")
  const echoes = conditionsByEponym(text, mapEach(nameEchoes(text, tokens, consistent, lower, registry), (c) => trimName(text, c)).filter((c): c is Candidate => c !== null), consistent);
  // A name met again keeps the 's it owns ("after Boatmen's."), as the names it echoes do.
  const all = coupledGivenNames(text, worksByDefault(text, tokens, widenPeople(text, tokens, lower, echoes.length ? possessiveNames(text, [...consistent, ...echoes].sort((a, b) => a.start - b.start), registry) : consistent, registry, isNameWord), registry), isGivenName, registry);
  // A person's name of words that are all a title ("Chairman and [Chief Executive Officer] of") names no one.
  const mentions = mapEach(all.filter((c) => !(c.type === 'PERSON' && text.lastIndexOf(' ', c.end - 1) > c.start && titleAlone(text, c, registry))), (c) => {
    const m = mentionOf(withOwnArticle(text, c, registry), sentenceAt(tokens, c.start));
    return m.type === 'PERSON' ? recordTitle(text, m, registry) : m;
  });
  // A title left alone right before the person a surer name took ("[Dr] Ahmad Zahid Hamidi" after "Datuk Seri") is no
  // one; alone elsewhere it is a name ("King said", "Prince Sultan").
  return flat(mentions.filter((m, k) => !(m.type === 'PERSON' && mentions[k + 1]?.type === 'PERSON' && mentions[k + 1].start === m.end + 1 && titleAlone(text, m, registry))));
}

/**
 * Mentions (sorted by start) with none inside or across another, as the guideline wants them: of two that a name grown
 * after the choice ("[T-Mobile] Park" over the model's "Mobile Park") makes overlap, the longer.
 */
function flat(mentions: Mention[]): Mention[] {
  // Most articles have no such pair: the list is copied only from the first one.
  let out: Mention[] | undefined;
  let kept = mentions[0];
  for (let k = 1; k < mentions.length; k++) {
    const m = mentions[k];
    if (m.start < kept.end) {
      out ??= mentions.slice(0, k);
      if (m.end - m.start > kept.end - kept.start) out[out.length - 1] = kept = m;
    } else {
      out?.push(m);
      kept = m;
    }
  }
  return out ?? mentions;
}

/** Two or more words, each capitalised: "Black Friday", "Memorial Day", "New Year's Day". */
const TITLE_CASE_WORDS = /^\p{Lu}\S*(?:\s+\p{Lu}\S*)+$/u;

/** A time expression with a word and "day" in it: a holiday's name ("Columbus Day", "MLK day 2013"). */
const NAMED_DAY = /[^\s]\s+[Dd]ay\b/;

/**
 * The mentions chosen among the merged candidates (sorted by start): those inside a longer span that wins
 * dropped, then the best-scoring taken greedily so that none overlaps another.
 */
function choose(text: string, merged: Candidate[]): Candidate[] {
  // Sorted by start once, the sets below are built sorted and Containers sorts none of them again.
  merged.sort((a, b) => a.start - b.start);
  const times: Candidate[] = [], clocks: Candidate[] = [], amounts: Candidate[] = [], names: Candidate[] = [];
  for (const c of merged) {
    if (TIME_LABELS.has(c.type)) times.push(c);
    // A zone or a place inside a clock time is part of it ("0100 GMT", "noon Pacific time").
    if (c.type === 'TIME') clocks.push(c);
    // A currency's country inside an amount ("US$" of "US$4.7 billion"), or a scale's name inside a measure
    // ("Celsius" of "30 degrees Celsius"), is part of it; so is any name inside a sum of money, its currency's ("BTC" of
    // "37.6 BTC", bitcoin to the registry).
    else if (c.type === 'MONEY' || c.type === 'QUANTITY') amounts.push(c);
    else if (NAME_LABELS.has(c.type)) names.push(c);
  }
  const inTime = new Containers(times), inClock = new Containers(clocks), inAmount = new Containers(amounts);
  const inSum = new Containers(amounts.filter((c) => c.type === 'MONEY'));
  // A holiday named after someone is the day, the person's name its part ("MLK day", "Martin Luther King Day"), and so
  // is the holiday the model read as a name inside the days it names ("during [the [Labor Day] weekend]").
  const inHoliday = new Containers(times.filter((c) => NAMED_DAY.test(text.slice(c.start, c.end))));
  const { insideLongerName, inRegistered } = longerNames(text, names);
  // A weekday or a month inside a registry name of several words is the name's ("Sheffield Wednesday", in capitals
  // the registry is less sure of than the weekday). An era inside a date is the date's ("the third century [BC]", a
  // province to the model and the registry).
  const kept = merged.filter((c) => !(NUMBER_LABELS.has(c.type) && inTime.holds(c)) && !(NAME_LABELS.has(c.type) && inClock.holdsLonger(c)) && !insideLongerName(c)
    && !(NAME_LABELS.has(c.type) && ERAS.includes(text.slice(c.start, c.end)) && inTime.holdsLonger(c))
    && !(PLACE_OR_PEOPLE.has(c.type) && inAmount.holdsLonger(c)) && !(NAME_LABELS.has(c.type) && inSum.holdsLonger(c)) && !(TIME_LABELS.has(c.type) && inRegistered.holdsLonger(c))
    && !((c.type === 'PERSON' || (MISC_LABELS.has(c.type) && c.source === 'model')) && inHoliday.holdsLonger(c)));
  // The best-scoring candidate of overlapping ones is taken first, then the best of those it leaves free. Only
  // candidates that overlap decide between each other: each run of them (by start) is ordered and taken apart, and a
  // candidate that overlaps none, as most do, is taken as it stands.
  const taken = new Uint8Array(text.length);
  const chosen: Candidate[] = [];
  for (let i = 0; i < kept.length; ) {
    let j = i + 1;
    for (let reach = kept[i].end; j < kept.length && kept[j].start < reach; j++) reach = Math.max(reach, kept[j].end);
    if (j === i + 1) chosen.push(kept[i]);
    else pushAll(chosen, takenGreedily(kept.slice(i, j), taken));
    i = j;
  }
  return chosen;
}

/** Candidates that overlap, taken by score so that none overlaps another: sorted by start. */
function takenGreedily(overlapping: Candidate[], taken: Uint8Array): Candidate[] {
  // Longer spans win ties: the guideline takes the longest name.
  overlapping.sort((a, b) => b.confidence - a.confidence || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const chosen: Candidate[] = [];
  for (const c of overlapping) {
    if (overlapsTaken(taken, c)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start);
}

/**
 * A candidate as a mention in its sentence. Built field by field, not spread: the rules leave candidates of
 * many shapes, and a spread of so many shapes is V8's slow generic copy. Every field is present, a value and
 * attributes too when there are none, so that every mention has one shape for the stages after this one.
 */
function mentionOf(c: Candidate, sentence: number): Mention {
  return { start: c.start, end: c.end, type: c.type, source: c.source, confidence: c.confidence, sentence, value: c.value, attrs: c.attrs };
}

/** Whether a chosen mention already covers part of a span: a plain scan, no view made for each candidate. */
function overlapsTaken(taken: Uint8Array, c: Candidate): boolean {
  for (let i = c.start; i < c.end; i++) if (taken[i]) return true;
  return false;
}

/** The sentence of the token that holds (or follows) a position; the last one past the end. */
function sentenceAt(tokens: Token[], position: number): number {
  return tokens[Math.min(tokenAt(tokens, position), tokens.length - 1)]?.sentence ?? 0;
}

export function resolveStage(doc: Doc, { registry, model }: Pick<Resources, 'registry' | 'model'>): Doc {
  return { ...doc, mentions: resolveMentions(doc.text, doc.tokens, doc.candidates, registry, (word) => model.isNameWord(word), (word) => model.isGivenName(word)) };
}

export const stage: Stage = {
  name: 'resolve',
  requires: ['candidates', 'tokens'],
  assigns: ['mentions'],
  uses: () => ['registry', 'model'],
  run: resolveStage,
};

// The words a news wire writes before a story's headline, joined to it by a hyphen ("UPDATE 2-Oil falls",
// "EXCLUSIVE-Apple in talks", "SOCCER-Italy beat France"): a version, kind or desk of the story, no part of the name
// after it, and the version's number no count. Read by the numbers recognizer and by resolve's trim of a name; the
// story labels at the end, by the datelines.

/** Slugs that take the story's version number: "UPDATE 2-", "WRAPUP 1-". */
export const NUMBERED_WIRE_SLUGS: ReadonlySet<string> = new Set(['UPDATE', 'WRAPUP']);

/** Every slug, in capitals as the wire writes them. */
export const WIRE_SLUGS: readonly string[] = [
  ...NUMBERED_WIRE_SLUGS, 'EXCLUSIVE', 'ANALYSIS', 'INSIGHT', 'FACTBOX', 'EXPLAINER', 'BREAKINGVIEWS', 'CORRECTED',
  'REFILE', 'RPT', 'FOCUS', 'POLL', 'INTERVIEW', 'COLUMN', 'FEATURE',
  // The sports desk's: "SOCCER-Italy beat France", "OLYMPICS-Salt Lake Games close".
  'SOCCER', 'TENNIS', 'GOLF', 'CRICKET', 'OLYMPICS', 'ATHLETICS', 'RUGBY', 'BASKETBALL', 'BASEBALL', 'BOXING', 'CYCLING',
  'SKIING', 'SWIMMING', 'MOTOR RACING', 'MOTORCYCLING', 'FORMULA ONE',
];

/**
 * Labels a story or a caption opens a line with before a dash or a colon, in capitals like a dateline's place: "BREAKING — ",
 * "FILE — In this photo", "EDITOR'S NOTE — ", "NOTES: Second quarter figures not available".
 */
export const STORY_LABELS: readonly string[] = [
  'BREAKING', 'BREAKING NEWS', 'DEVELOPING', 'URGENT', 'FLASH', 'BULLETIN', 'ALERT', 'NEW', 'UPDATED', 'LIVE', 'WATCH',
  'VIDEO', 'PHOTOS', 'FILE', 'NOTE', 'NOTES', 'SOURCE', 'SOURCES', "EDITOR'S NOTE", "EDITOR’S NOTE", 'EDITORIAL', 'OPINION', 'REVIEW', 'CORRECTION',
  'CLARIFICATION', 'ADVISORY', 'ADVANCE', 'EMBARGOED', 'SPONSORED', 'ADVERTISEMENT', 'RECAP', 'PREVIEW', 'Q&A',
];

/** A story's version in brackets before its headline, as Yonhap writes it: "(LEAD)", "(2nd LD)", "(URGENT)". */
export const BRACKETED_VERSIONS: readonly string[] = ['LEAD', 'LD', 'URGENT'];

/**
 * National agencies and public broadcasters of a dollar's country by the credit they sign with, and the country whose
 * readers they write for: their stories' money in a bare sign is that country's, wherever they are filed from
 * ("CANBERRA, May 9 AAP - ... a $4.2 billion surplus", "EDMONTON (CBC News) — ... $50 million"). Not "ABC News", which
 * is Australia's broadcaster's and an American network's.
 */
export const HOME_AGENCIES: Readonly<Record<string, string>> = {
  AAP: 'gpe/australia', 'Australian Associated Press': 'gpe/australia', CP: 'gpe/canada', 'Canadian Press': 'gpe/canada',
  NZPA: 'gpe/new-zealand', 'New Zealand Press Association': 'gpe/new-zealand',
  CBC: 'gpe/canada', 'CBC News': 'gpe/canada', RNZ: 'gpe/new-zealand', 'Radio New Zealand': 'gpe/new-zealand',
};

/**
 * A dollar's country's national and city papers and broadcasters, by the name an article's source gives them, and the
 * country whose readers they write for: as with the agencies above, their money in a bare sign is that country's
 * ("Vancouver Sun": "fares will go up 15 cents to $2.85"), unless they write their own with a sign of its own ("C$30").
 */
const PRESS_BY_COUNTRY: Readonly<Record<string, readonly string[]>> = {
  'gpe/canada': ['The Globe and Mail', 'Globe and Mail', 'Toronto Star', 'Toronto Sun', 'National Post', 'Financial Post', 'Vancouver Sun',
    'Montreal Gazette', 'Ottawa Citizen', 'Calgary Herald', 'Edmonton Journal', 'Winnipeg Free Press', 'CTV News', 'Global News'],
  'gpe/australia': ['The Sydney Morning Herald', 'Sydney Morning Herald', 'The Age', 'The Australian', 'Australian Financial Review',
    'The Australian Financial Review', 'Herald Sun', 'The Courier-Mail', 'The West Australian', 'ABC News (Australia)', 'Guardian Australia', 'SBS News'],
  'gpe/new-zealand': ['The New Zealand Herald', 'New Zealand Herald', 'NZ Herald', 'Stuff', 'The Dominion Post'],
  'gpe/singapore': ['The Straits Times', 'Straits Times', 'The Business Times', 'CNA', 'Channel NewsAsia'],
};
export const HOME_PRESS: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(PRESS_BY_COUNTRY).flatMap(([country, names]) => names.map((name) => [name, country])),
);

/**
 * The registry's agencies that a dateline credits by a word the registry does not give them alone, or gives others too:
 * "SYDNEY (AAP) -" is Australian Associated Press, whose initials the American Academy of Pediatrics shares; "(Bloomberg)"
 * is the news service, not Michael Bloomberg; "(PA)" the Press Association; "MELBOURNE (AFP) -" Agence France-Presse,
 * though the story names the Australian Federal Police; "TORONTO (CP) -" The Canadian Press; "AMMAN (Petra) -" the Jordan
 * News Agency, not the ancient city.
 */
export const AGENCY_CREDITS: Readonly<Record<string, string>> = {
  AAP: 'org/australian-associated-press', PA: 'org/press-association', Bloomberg: 'org/bloomberg-news', AFP: 'org/afp',
  AP: 'org/associated-press', CP: 'org/canadian-press', Petra: 'org/petra-news-agency',
};

// Signs and words that make a number after "No." or "#" a rank ("ranked No. 1", "the No. 3 seed"), an ORDINAL;
// elsewhere the sign introduces a code ("wore No. 23", "No. 10 Downing Street").

/** Signs written before the digits of a rank, lower-cased. */
export const RANK_SIGNS: ReadonlySet<string> = new Set(['no.', '#']);

/** Signs of a rank written without their full stop, only with a capital ("the world's No 1", "the No 3 seed"; "no 1" is a determiner). */
export const CASED_RANK_SIGNS: ReadonlySet<string> = new Set(['No']);

/** How the names of nationalities end ("Croatian", "British", "Chinese", "French", "Swiss", "Greek"), which a city's name ("Beijing", "Shanghai") does not. */
export const NATIONALITY_ENDING = /(?:an|ish|ese|ch|ss|ek)$/;

/** The word before a rank in digits or words: "number one", "number 2". */
export const WORD_RANK_SIGNS: ReadonlySet<string> = new Set(['number']);

/** Nouns a rank goes before: "the No. 3 seed", "the No. 2 official", "the #1 song". */
export const RANK_NOUNS: ReadonlySet<string> = new Set([
  'seed', 'seeds', 'spot', 'position', 'ranking', 'rank', 'player', 'players', 'official', 'officials', 'pick', 'priority', 'choice',
  'team', 'contender', 'slot', 'place', 'song', 'single', 'album', 'hit', 'seller', 'bestseller', 'destination', 'exporter', 'importer',
  'producer', 'economy', 'issue', 'concern', 'cause', 'target', 'killer', 'man', 'woman', 'leader', 'executive', 'carrier', 'brand',
  'favourite', 'favorite', 'ranked', 'draft', 'overall', 'reason', 'problem', 'challenge', 'threat', 'source', 'goal', 'enemy', 'fan',
]);

/** Words a rank comes after: "ranked No. 1", "rose to No. 3", "is No. 2 in the world", "debuted at No. 1". */
export const RANK_BEFORE: ReadonlySet<string> = new Set([
  'ranked', 'ranks', 'rank', 'rated', 'seeded', 'is', 'was', 'are', 'were', 'be', 'been', 'remains', 'remained', 'became',
  'becomes', 'finished', 'debuted', 'entered', 'reached', 'hit', 'peaked', 'climbed', 'rose', 'fell', 'dropped', 'slipped', 'world', 'co-world',
]);

/** Prepositions between a verb of rank and the rank ("debuted at No. 1", "rose to No. 3"); alone they may lead to an address ("lives at No. 10"). */
export const RANK_LINKS: ReadonlySet<string> = new Set(['at', 'to']);

/** Nouns a number after "No." labels, besides the code introducers ("the No. 7 bus"): "his No. 10 shirt". */
export const LABELLED_NOUNS: ReadonlySet<string> = new Set(['shirt', 'shirts', 'jersey', 'jerseys', 'train', 'tram', 'shed', 'dock', 'engine', 'kit']);

/** The endings of an ordinal in digits ("1st", "22nd", "3rd", "14th"), a pattern the readers of digits build theirs with. */
export const ORDINAL_SUFFIX = '(?:st|nd|rd|th)';

// The states of the United States, as the press writes them: resolve reads a town's state after a comma
// ("Austin, Texas"), and the time rules read a sentence about the United States ("election day" there is
// its Election Day).
export const US_STATES: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida', 'Georgia', 'Hawaii',
  'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland', 'Massachusetts', 'Michigan',
  'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada', 'New Hampshire', 'New Jersey', 'New Mexico', 'New York',
  'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota',
  'Tennessee', 'Texas', 'Utah', 'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming',
];

/** States named like a country ("Georgia"): alone, no sign that a sentence is about the United States. */
export const STATES_NAMED_LIKE_COUNTRIES: ReadonlySet<string> = new Set(['Georgia']);

/**
 * The abbreviations the AP stylebook gives the states, as datelines and party tags write them ("LITTLE ROCK, Ark.",
 * "D-Mass."): the full stop is theirs, and without it most are words ("Mass", "Miss", "Wash"), so they are no
 * registry aliases; link reads them where a state stands. The eight states written in full have none.
 */
export const AP_STATE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Ala.': 'Alabama', 'Ariz.': 'Arizona', 'Ark.': 'Arkansas', 'Calif.': 'California', 'Colo.': 'Colorado', 'Conn.': 'Connecticut',
  'Del.': 'Delaware', 'Fla.': 'Florida', 'Ga.': 'Georgia', 'Ill.': 'Illinois', 'Ind.': 'Indiana', 'Kan.': 'Kansas', 'Ky.': 'Kentucky',
  'La.': 'Louisiana', 'Md.': 'Maryland', 'Mass.': 'Massachusetts', 'Mich.': 'Michigan', 'Minn.': 'Minnesota', 'Miss.': 'Mississippi',
  'Mo.': 'Missouri', 'Mont.': 'Montana', 'Neb.': 'Nebraska', 'Nev.': 'Nevada', 'N.H.': 'New Hampshire', 'N.J.': 'New Jersey',
  'N.M.': 'New Mexico', 'N.Y.': 'New York', 'N.C.': 'North Carolina', 'N.D.': 'North Dakota', 'Okla.': 'Oklahoma', 'Ore.': 'Oregon',
  'Pa.': 'Pennsylvania', 'R.I.': 'Rhode Island', 'S.C.': 'South Carolina', 'S.D.': 'South Dakota', 'Tenn.': 'Tennessee', 'Tex.': 'Texas',
  'Vt.': 'Vermont', 'Va.': 'Virginia', 'Wash.': 'Washington', 'W.Va.': 'West Virginia', 'Wis.': 'Wisconsin', 'Wyo.': 'Wyoming',
};

/** A dotted initialism ("U.S.", "N.Y."): a stop inside it too. */
const DOTTED = /\.\p{L}+\.$/u;

/** Whether a word's (or a name's last word's) stop is its own as an abbreviation's: a state the AP abbreviates ("Calif."), or a dotted initialism ("U.S."). */
export function endsInOwnStop(name: string): boolean {
  return DOTTED.test(name) || Object.hasOwn(AP_STATE_ABBREVIATIONS, name.slice(name.lastIndexOf(' ') + 1));
}

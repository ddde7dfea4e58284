// Titles only judges go by: a surname alone after one ("Mr Justice Johnson", "Judge Fraser") is a judge of that name,
// never a registry person of the surname who is none (Boris Johnson).

export const JUDICIAL_TITLES: ReadonlySet<string> = new Set([
  'judge', 'justice', 'justices', 'mr justice', 'mr. justice', 'mrs justice', 'mrs. justice', 'lord justice', 'lady justice',
  'madam justice', 'chief justice', 'associate justice', 'district judge', 'circuit judge', 'magistrate', 'recorder',
]);

/** Whether a title, as written or listed in the registry, is one only judges go by. */
export function isJudicialTitle(title: string): boolean {
  return JUDICIAL_TITLES.has(title.toLowerCase());
}

/** "Judge", "Justice": titles every court's judges go by, where "Mr Justice" or "Chief Justice" is one court's or rank's. */
export function isPlainJudicialTitle(title: string): boolean {
  return title === 'judge' || title === 'justice';
}

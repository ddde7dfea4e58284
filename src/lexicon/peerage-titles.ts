// Titles only peers go by: a surname alone after one ("Lord Ashcroft") is a peer of that name, never a registry person
// of the surname who is none (John Ashcroft, the US attorney general). "Lady" is left out: it also goes before a given
// name ("Lady Louise") and in stage names.

export const PEERAGE_TITLES: ReadonlySet<string> = new Set([
  'lord', 'baroness', 'baron', 'viscount', 'viscountess', 'earl', 'marquess',
]);

/** Whether a title, as written or listed in the registry, is one only peers go by. */
export function isPeerageTitle(title: string): boolean {
  return PEERAGE_TITLES.has(title.toLowerCase());
}

// Table lookup that ignores Object.prototype, so a word such as "constructor" finds nothing.
// Each table is read through a Map made on its first lookup: one kind of lookup for every table,
// which stays fast where a property read across dozens of tables of different shapes does not.
const AS_MAPS = new WeakMap<object, Map<string, unknown>>();

export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  let map = AS_MAPS.get(table) as Map<string, T> | undefined;
  if (!map) AS_MAPS.set(table, (map = new Map(Object.entries(table))));
  return map.get(key);
}

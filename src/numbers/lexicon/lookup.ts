// Table lookup that ignores Object.prototype, so a word such as "constructor" finds nothing.
export function lookup<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

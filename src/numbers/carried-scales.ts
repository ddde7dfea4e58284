// A temperature's scale named once in a sentence holds for a bare "degrees" told after it there: "hit 40.1C on Friday, 0.9
// degrees above the old record", "28 degrees Celsius in Madrid and 30 degrees in Seville", "highs of 95F, about 10 degrees
// above normal". Not one told before the temperature ("banked 30 degrees as temperatures rose to 35C"), an angle.
import type { Mention } from '../document.js';

/** Units of a temperature's scale, and the bare unit of degrees that takes one. */
const SCALES: ReadonlySet<string> = new Set(['degC', 'degF']);
const BARE_DEGREES = 'deg';

/** The mentions with each bare "degrees" after a temperature in its sentence given that temperature's scale. */
export function carriedScales(mentions: Mention[]): Mention[] {
  // Most articles hold no bare degrees: nothing to carry.
  if (!mentions.some((m) => m.attrs?.unit === BARE_DEGREES)) return mentions;
  let scale: { unit: string; sentence: number } | null = null;
  return mentions.map((m) => {
    const unit = m.type === 'QUANTITY' ? m.attrs?.unit : undefined;
    if (unit !== undefined && SCALES.has(unit)) scale = { unit, sentence: m.sentence };
    if (unit !== BARE_DEGREES || scale === null || scale.sentence !== m.sentence) return m;
    return { ...m, attrs: { ...m.attrs, unit: scale.unit } };
  });
}

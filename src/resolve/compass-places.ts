// A place's name written with its first word in lower case, as transcripts write a point of the compass
// ("a machine shop in north [Carolina]", "ranchers in south [Dakota]"): the model reads the rest alone,
// as a place or an organization. Where the registry knows the whole, capitalised, as a place, and the rest alone as
// no place, the lower-case word is part of the name and the registry's type is its type; "northern [California]"
// names no place the registry knows, and "eastern [Europe]", "south [Sudan]" are places the registry knows with a
// word describing them (so, in a transcript, is "northern [Ireland]"). The words are data (lexicon/place-cues.json `compassWords`).
import type { Candidate } from '../document.js';
import { NAME_LABELS, PLACE_LABELS } from '../document.js';
import { aliasTypes, type RegistryIndex } from '../registry/alias-index.js';
import cues from './lexicon/place-cues.json' with { type: 'json' };
import { codeAt } from './code-at.js';

const COMPASS: ReadonlySet<string> = new Set(cues.compassWords);
const LONGEST = Math.max(...cues.compassWords.map((w) => w.length));
const SPACE = 32;

/** Mentions (sorted by start) with the lower-case point of the compass before a place the registry knows whole taken in. */
export function compassPlaces(text: string, mentions: Candidate[], registry: RegistryIndex): Candidate[] {
  let out: Candidate[] | undefined;
  mentions.forEach((m, k) => {
    // Most names have no word in lower case right before them: the space and a lower-case letter are read first.
    if (!NAME_LABELS.has(m.type) || codeAt(text, m.start - 1) !== SPACE || !isLowerLetter(codeAt(text, m.start - 2))) return;
    const from = text.lastIndexOf(' ', m.start - 2) + 1;
    if (m.start - 1 - from > LONGEST) return;
    const word = text.slice(from, m.start - 1);
    if (!COMPASS.has(word)) return;
    // A place the registry knows alone is the place, the word before it a description ("eastern Europe", "south Sudan").
    const name = text.slice(m.start, m.end);
    const type = aliasTypes(registry, `${word[0].toUpperCase()}${word.slice(1)} ${name}`).find((t) => PLACE_LABELS.has(t));
    if (type && !aliasTypes(registry, name).some((t) => PLACE_LABELS.has(t))) (out ??= [...mentions])[k] = { ...m, start: from, type };
  });
  return out ?? mentions;
}

function isLowerLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

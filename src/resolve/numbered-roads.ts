// A road named by a kind word and a number ("Interstate 35", "Route 66", "Highway 401", "I-95", "the 101 Freeway") is one FAC, as a
// named street is: the model reads the kind word alone as an organization or a person ("[Interstate] 35" an ORG). So
// is a street named by an ordinal in figures ("West 5th Street", read as two places and an ORDINAL). The kind words
// are data (lexicon/numbered-roads.json).
import type { Candidate } from '../document.js';
// Imported, not read from disk: tsc copies the table next to the compiled module.
import table from './lexicon/numbered-roads.json' with { type: 'json' };
import { candidatesOfShape, longestFirst } from './word-patterns.js';

const KINDS = longestFirst(table.kinds);
const SHORT = longestFirst(table.shortForms);
/** A kind word and a road's number (one to three figures, a letter after some: "Route 9A"), or a short form and a hyphen ("I-95"). */
const NUMBERED_ROAD = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:(?:${KINDS})\\s+\\d{1,3}[A-Z]?|(?:${SHORT})-\\d{1,3})(?![\\p{L}\\p{N}]|[.,]\\d)`, 'gu');
/** A road's number and a kind of road after it: "the 101 Freeway". */
const NUMBER_FIRST_ROAD = new RegExp(`(?<![\\p{L}\\p{N}.,$-])\\d{1,3}[A-Z]?\\s+(?:${longestFirst(table.kindsAfterNumber)})(?![\\p{L}\\p{N}])`, 'gu');
const STREET_KINDS = longestFirst(table.streetKinds);
const COMPASS = longestFirst(table.compass);
/** An ordinal in figures and a street's kind, after a point of the compass or not: "West 5th Street", "42nd St.". */
const ORDINAL_STREET = new RegExp(`(?<![\\p{L}\\p{N}.-])(?:(?:${COMPASS})\\s+)?\\d{1,3}(?:st|nd|rd|th)\\s+(?:${STREET_KINDS})(?![\\p{L}\\p{N}])`, 'gu');
/** Surer than the model's pieces, so the whole is taken. */
const ROAD_CONFIDENCE = 0.95;

export function numberedRoads(text: string): Candidate[] {
  return [...candidatesOfShape(text, NUMBERED_ROAD, 'FAC', ROAD_CONFIDENCE), ...candidatesOfShape(text, NUMBER_FIRST_ROAD, 'FAC', ROAD_CONFIDENCE),
    ...candidatesOfShape(text, ORDINAL_STREET, 'FAC', ROAD_CONFIDENCE)];
}

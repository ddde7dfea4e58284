// One colour per family of labels, from the Okabe–Ito palette, which stays distinct for readers
// with the common colour-vision deficiencies. Colour is never the only cue: every highlight
// also prints its label. Shared by the review page and the Label Studio labelling config.
import type { Label } from '../document.js';

const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
} as const;

const FAMILY: Record<Label, keyof typeof OKABE_ITO> = {
  PERSON: 'orange',
  ORG: 'skyBlue',
  GPE: 'bluishGreen', LOC: 'bluishGreen', FAC: 'bluishGreen',
  NORP: 'reddishPurple',
  DATE: 'yellow', TIME: 'yellow',
  CARDINAL: 'blue', ORDINAL: 'blue', PERCENT: 'blue', MONEY: 'blue', QUANTITY: 'blue',
  LAW: 'vermillion', EVENT: 'vermillion', WORK_OF_ART: 'vermillion', PRODUCT: 'vermillion', LANGUAGE: 'vermillion',
};

export function labelColour(label: Label): string {
  return OKABE_ITO[FAMILY[label]];
}

/** Text on a label chip: black on the light colours, white on the dark ones. */
export function labelInk(label: Label): string {
  return ['blue', 'vermillion', 'bluishGreen'].includes(FAMILY[label]) ? '#FFFFFF' : '#000000';
}

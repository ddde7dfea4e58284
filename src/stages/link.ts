// link: gives every named mention the id of its canonical entity (a registry entry, or a
// stable `nil:` id) and lists the article's entities. Adds: mention.entity, entities.
import type { Doc } from '../document.js';
import { linkMentions } from '../link/link-mentions.js';
import type { Resources } from '../resources.js';
import type { Stage } from './stage.js';

export function linkStage(doc: Doc, { registry }: Resources): Doc {
  return linkMentions(doc, registry);
}

export const stage: Stage = {
  name: 'link',
  requires: ['mentions'],
  assigns: ['mention.entity', 'entities'],
  // It may also retype an ambiguous name to the entry the article's evidence chose (link-mentions.ts).
  uses: () => ['registry'],
  run: linkStage,
};

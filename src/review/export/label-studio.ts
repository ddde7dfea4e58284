// Label Studio: a tasks file (a JSON array) whose tasks carry the text in `data` and gazette's
// mentions as `predictions`, which Label Studio shows as pre-annotations to review and correct.
// Offsets are code points: Label Studio's text regions count code points since its emoji fix
// (label-studio-frontend #308), as gazette does. The labelling config to paste in the project
// settings comes with it.
import { LABELS } from '../../document.js';
import type { OutputDocument } from '../../schema/output.js';
import { labelColour } from '../palette.js';

export function labelStudioTask(doc: OutputDocument): object {
  const d = doc.document;
  const result = doc.mentions.map((m, i) => ({
    id: `m${i}`,
    from_name: 'label',
    to_name: 'text',
    type: 'labels',
    value: { start: m.start, end: m.end, text: m.text, labels: [m.type] },
    score: m.confidence,
    // Shown as the region's meta text in Label Studio: the entity and value to check.
    ...((m.entity || m.value !== undefined) && { meta: { text: [[m.entity, m.value === undefined ? undefined : `value=${m.value}`].filter(Boolean).join(' ')] } }),
  }));
  const score = result.length ? result.reduce((s, r) => s + r.score, 0) / result.length : 0;
  return {
    data: { text: doc.text, id: d.id, title: d.title, published: d.published, source: d.source, url: d.url },
    predictions: [{ model_version: `gazette ${doc.pipeline.version} ${doc.pipeline.configHash}`, score: Math.round(score * 1000) / 1000, result }],
  };
}

/** The NER labelling config that matches the tasks: from_name "label", to_name "text". */
export function labelStudioConfig(): string {
  return `<View>
  <Labels name="label" toName="text">
${LABELS.map((l) => `    <Label value="${l}" background="${labelColour(l)}"/>`).join('\n')}
  </Labels>
  <Text name="text" value="$text"/>
</View>
`;
}

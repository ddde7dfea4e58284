// `gazette export`: streams documents into one of the formats annotators' tools read. One-file
// formats are written to a temporary file renamed into place at the end; brat writes a folder
// (NAME.txt + NAME.ann per article, with its annotation.conf and visual.conf), each file whole.
import path from 'node:path';
import { makeFolder } from '../../folders.js';
import { AtomicFile, isStream, writeFileAtomically } from '../../registry/atomic-file.js';
import { distinctDocuments, type OutputError } from '../outputs.js';
import type { OutputDocument } from '../../schema/output.js';
import { bratAnnotationConf, bratAnnotations, bratVisualConf } from './brat.js';
import { conllArticle, type ConllLabels } from './conll.js';
import { labelStudioConfig, labelStudioTask } from './label-studio.js';
import { CSV_HEADER, mentionRows } from './mentions-csv.js';
import { spacyRecord } from './spacy.js';

export const FORMATS = ['conll', 'brat', 'label-studio', 'spacy', 'mentions-csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface ExportResult {
  articles: number;
  mentions: number;
  failed: OutputError[];
  /** Files written besides the export itself (brat's configs, Label Studio's labelling config). */
  extra: string[];
}

/** How one format writes: a head, one piece per document, a tail. */
interface FileFormat {
  head: string;
  piece(doc: OutputDocument, index: number): string;
  tail: string;
}

function fileFormat(format: Exclude<Format, 'brat'>, labels: ConllLabels): FileFormat {
  switch (format) {
    case 'conll': return { head: '', piece: (doc) => conllArticle(doc, labels), tail: '' };
    case 'label-studio': return { head: '[', piece: (doc, i) => `${i ? ',' : ''}\n${JSON.stringify(labelStudioTask(doc))}`, tail: '\n]\n' };
    case 'spacy': return { head: '', piece: (doc) => `${JSON.stringify(spacyRecord(doc))}\n`, tail: '' };
    case 'mentions-csv': return { head: CSV_HEADER, piece: mentionRows, tail: '' };
  }
}

export async function writeExport(inputs: readonly string[], format: Format, out: string, labels: ConllLabels = 'conll'): Promise<ExportResult> {
  const result: ExportResult = { articles: 0, mentions: 0, failed: [], extra: [] };
  async function* documents(): AsyncGenerator<OutputDocument> {
    for await (const { doc } of distinctDocuments(inputs, result.failed, { fileIds: format === 'brat' })) {
      result.articles++;
      result.mentions += doc.mentions.length;
      yield doc;
    }
  }
  if (format === 'brat') {
    makeFolder(out, 'export folder');
    for await (const doc of documents()) {
      writeFileAtomically(path.join(out, `${doc.document.id}.txt`), doc.text);
      writeFileAtomically(path.join(out, `${doc.document.id}.ann`), bratAnnotations(doc));
    }
    for (const [name, text] of [['annotation.conf', bratAnnotationConf()], ['visual.conf', bratVisualConf()]]) {
      writeFileAtomically(path.join(out, name), text);
      result.extra.push(path.join(out, name));
    }
    return result;
  }
  const { head, piece, tail } = fileFormat(format, labels);
  makeFolder(path.dirname(out), 'folder of the export file');
  const file = new AtomicFile(out);
  try {
    file.write(head);
    let i = 0;
    for await (const doc of documents()) file.write(piece(doc, i++));
    file.write(tail);
    file.commit();
  } catch (error) {
    file.abandon();
    throw error;
  }
  // Beside a stream (/dev/stdout) there is no folder of the user's to put it in: the command prints it.
  if (format === 'label-studio' && !isStream(out)) {
    const config = out.replace(/\.json$/, '') + '.label-config.xml';
    writeFileAtomically(config, labelStudioConfig());
    result.extra.push(config);
  }
  return result;
}

// The lines of a file as raw bytes, read in chunks (a file of any size is never held whole), each
// with its byte offsets. Shared by the JSONL readers: a run's inputs (each line's UTF-8 checked on
// its own), a run's JSONL output (whose line torn by a kill is cut off), the review tools (which
// read a document again from its offset).
import { createReadStream } from 'node:fs';

export interface ByteLine {
  /** The line's bytes, without its "\n" (a "\r" before it is kept). */
  bytes: Buffer;
  /** Byte offset of its first byte. */
  start: number;
  /** Byte offset just past its "\n" (for a last line without one, the end of the file). */
  end: number;
  /** False only for a last line with no "\n": one a kill may have torn. */
  whole: boolean;
}

export async function* byteLines(file: string): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = []; // the start of a line that runs on into the next chunk
  let start = 0;
  let position = 0; // offset of the chunk's first byte
  for await (const chunk of createReadStream(file) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl);
      const end = position + nl + 1;
      yield { bytes: pending.length ? Buffer.concat([...pending, piece]) : piece, start, end, whole: true };
      pending = [];
      start = end;
      from = nl + 1;
    }
    if (from < chunk.length) pending.push(chunk.subarray(from));
    position += chunk.length;
  }
  if (pending.length) yield { bytes: Buffer.concat(pending), start, end: position, whole: false };
}

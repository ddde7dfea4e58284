// The lines of a file as raw bytes, read in chunks (a file of any size is never held whole, nor a
// line longer than the reader asks for), each with its byte offsets. Shared by the JSONL readers:
// a run's inputs (each line's UTF-8 checked on its own), a run's JSONL output (whose line torn by
// a kill is cut off), the review tools (which read a document again from its offset).
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

export interface ByteLine {
  /** The line's bytes, without its "\n" (a "\r" before it is kept); none for a line over the reader's most. */
  bytes: Buffer;
  /** Byte offset of its first byte. */
  start: number;
  /** Byte offset just past its "\n" (for a last line without one, the end of the file). */
  end: number;
  /** False only for a last line with no "\n": one a kill may have torn. */
  whole: boolean;
  /** Set for a line longer than `mostBytes`, which is passed over, never held (its length: end - start). */
  tooLong?: true;
}

const NONE = Buffer.alloc(0);

/**
 * The lines of a file (or of a stream: standard input); `mostBytes`: the longest line held, a longer one (a file with
 * no line breaks) comes as tooLong, without its bytes.
 */
export async function* byteLines(source: string | Readable, mostBytes = Infinity): AsyncGenerator<ByteLine> {
  let pending: Buffer[] = []; // the start of a line that runs on into the next chunk
  let pendingBytes = 0;
  let tooLong = false; // the line under way is over mostBytes: its bytes are dropped as they come
  let start = 0;
  let position = 0; // offset of the chunk's first byte
  for await (const chunk of (typeof source === 'string' ? createReadStream(source) : source) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(0x0a); nl >= 0; nl = chunk.indexOf(0x0a, from)) {
      const piece = chunk.subarray(from, nl);
      const end = position + nl + 1;
      if (tooLong || pendingBytes + piece.length > mostBytes) yield { bytes: NONE, start, end, whole: true, tooLong: true };
      else yield { bytes: pending.length ? Buffer.concat([...pending, piece]) : piece, start, end, whole: true };
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      start = end;
      from = nl + 1;
    }
    if (from < chunk.length && !tooLong) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
      if (pendingBytes > mostBytes) { pending = []; tooLong = true; }
    }
    position += chunk.length;
  }
  if (tooLong) yield { bytes: NONE, start, end: position, whole: false, tooLong: true };
  else if (pending.length) yield { bytes: Buffer.concat(pending), start, end: position, whole: false };
}

/** A line of nothing but spaces and tabs (and the "\r" of a CRLF file): skipped by its readers. */
export function isBlankLine(bytes: Buffer): boolean {
  for (const byte of bytes) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d) return false;
  return true;
}

// Reading a file for the pipeline. Most files in a repository have nothing to do with EKS access:
// they are turned away on their bytes (the markers are ASCII, so a latin1 view finds them exactly
// where UTF-8 text has them), before any UTF-8 decode. The rest is decoded as UTF-8, or as UTF-16
// when a byte-order mark says so, without the BOM.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isBinary, isTemplate, mayHoldEksAccess } from './detect.ts';

export type ReadResult = { text: string } | { skipped: true } | { error: unknown };

/** The file's text when it may hold EKS access configuration to lint; `skipped` when it cannot. */
export function readSource(path: string): ReadResult {
  let bytes: Buffer;
  try {
    bytes = readBytes(path);
  } catch (error) {
    return { error };
  }
  if (!utf16Of(bytes) && !mayHoldEksAccess(bytes.toString('latin1'))) return { skipped: true };
  return judged(decodeBytes(bytes));
}

/** A text to lint, unless it is binary, unrelated, or a template of the config rather than the config. */
export function judged(text: string): ReadResult {
  return isBinary(text) || !mayHoldEksAccess(text) || isTemplate(text) ? { skipped: true } : { text };
}

// Most files are small: read into one reused buffer, sparing an allocation and a stat per file.
const chunk = Buffer.allocUnsafe(64 * 1024);

/** The file's bytes; a small file's are a view of `chunk`, valid until the next call. */
function readBytes(path: string): Buffer {
  const fd = openSync(path, 'r');
  try {
    const n = readSync(fd, chunk, 0, chunk.length, 0);
    // A positioned read leaves the file offset at 0: readFileSync(fd) reads the whole file.
    return n < chunk.length ? chunk.subarray(0, n) : readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The file's whole text as readSource decodes it, or undefined when it cannot be read. */
export function readWhole(path: string): string | undefined {
  try {
    return decodeBytes(readFileSync(path));
  } catch {
    return undefined;
  }
}

function utf16Of(b: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Bytes as text, the same wherever they come from (a file, the base revision, stdin). TextDecoder drops a leading BOM itself. */
export function decodeBytes(bytes: Buffer): string {
  return new TextDecoder(utf16Of(bytes) ?? 'utf-8', { fatal: false }).decode(bytes);
}

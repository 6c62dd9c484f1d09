// Writing a report piece by piece, to a file or to stdout. Writes to a pipe are queued, not
// blocking: without waiting for the pipe to drain, a large report would sit in memory whole (~25 MB
// of the 100 MB bench corpus's peak). A reader that goes away early (`| head`) ends the output, not
// the run: the exit code stays the findings'.
import { closeSync, openSync, writeSync } from 'node:fs';

/** Pieces are joined up to this size before a write: fewer, larger writes. */
const BATCH = 64 * 1024;

export async function writeStdout(chunks: Iterable<string>, out: NodeJS.WriteStream = process.stdout): Promise<void> {
  let gone = false;
  let failure: Error | undefined;
  const onError = (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') gone = true;
    else failure ??= e;
  };
  out.on('error', onError);
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        out.off('drain', done);
        out.off('close', done);
        resolve();
      };
      out.on('drain', done);
      out.on('close', done);
    });
  try {
    let batch = '';
    for (const c of chunks) {
      batch += c;
      if (batch.length < BATCH) continue;
      if (!out.write(batch) && !gone && !failure) await drained();
      batch = '';
      if (gone || failure) break;
    }
    if (batch && !gone && !failure) out.write(batch);
  } finally {
    // An EPIPE that comes after the last write must not become an unhandled 'error'.
    if (!failure) out.on('error', () => {});
    out.off('error', onError);
  }
  if (failure) throw failure;
}

/** The pieces into a file, one write each (a file's writes block: nothing is queued). */
export function writeFileInPieces(path: string, chunks: Iterable<string>): void {
  const fd = openSync(path, 'w');
  try {
    for (const c of chunks) writeSync(fd, c);
  } finally {
    closeSync(fd);
  }
}

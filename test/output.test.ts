// The report on stdout: written as the pipe drains (never queued whole), and a reader that goes
// away early ends the output quietly.
import { spawn } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { writeStdout } from '../src/output.ts';
import { AWS_AUTH, CLI, tree } from './support/cli.ts';

/** A stream whose buffer is full after every write until it is drained by hand. */
class SlowPipe extends EventEmitter {
  written: string[] = [];
  write(s: string): boolean {
    this.written.push(s);
    return false;
  }
}

describe('writeStdout', () => {
  it('waits for the stream to drain before the next write, in pieces of at most ~64 KB', async () => {
    const out = new SlowPipe();
    const piece = 'x'.repeat(1000);
    const done = writeStdout(Array.from({ length: 300 }, () => piece), out as unknown as NodeJS.WriteStream);
    await new Promise((r) => setTimeout(r, 20));
    expect(out.written).toHaveLength(1); // held until 'drain'
    expect(out.written[0].length).toBeGreaterThanOrEqual(64 * 1024);
    expect(out.written[0].length).toBeLessThan(64 * 1024 + 1000);
    while (out.written.length < 5) {
      out.emit('drain');
      await new Promise((r) => setTimeout(r, 5));
    }
    await done;
    expect(out.written.join('')).toBe(piece.repeat(300));
  });

  it('stops on EPIPE without throwing, and rethrows any other stream error', async () => {
    const gone = new SlowPipe();
    const first = writeStdout(Array.from({ length: 300 }, () => 'y'.repeat(1000)), gone as unknown as NodeJS.WriteStream);
    gone.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    gone.emit('close');
    await expect(first).resolves.toBeUndefined();
    expect(gone.written).toHaveLength(1);

    const broken = new SlowPipe();
    const second = writeStdout(Array.from({ length: 300 }, () => 'z'.repeat(1000)), broken as unknown as NodeJS.WriteStream);
    broken.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }));
    broken.emit('close');
    await expect(second).rejects.toThrow('EIO');
  });
});

describe('the CLI on a pipe', () => {
  it('ends quietly with the findings exit code when the reader closes early (| head)', async () => {
    const rows = Array.from({ length: 3000 }, (_, i) => `- rolearn: arn:aws:iam::111122223333:role/r${i}\n  username: u${i}\n  groups: [system:masters]`).join('\n');
    const dir = tree({ 'aws-auth.yaml': AWS_AUTH(rows) });
    const child = spawn(process.execPath, [CLI, '-f', 'json', '--fail-on', 'warning', '.'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((r) => child.on('close', r));
    expect(stderr).not.toMatch(/EPIPE|internal error|Unhandled/);
    expect(code).toBe(1);
  }, 30_000);
});

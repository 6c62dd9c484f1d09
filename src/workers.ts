// Large runs on several cores. Reading YAML with positions is most of a big run's time, so worker
// threads read and parse the YAML files ahead of the main thread, which extracts them one by one in
// the usual order (so the output is the same byte for byte). JSON stays on the main thread:
// jsonc-parser is faster than the copy back would be. Small runs never start a worker (one costs
// ~100 ms), nor do runs from source (tests under tsx: there is no bundled worker script).
// EKS_ACCESS_LINT_WORKERS=0 turns workers off; =N asks for N.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker as WorkerType } from 'node:worker_threads';
import { sniffSyntax, tooLargeToParse } from './detect.ts';
import { readSource } from './read.ts';
import { parseYaml, type ParsedYamlDoc } from './parse/yaml.ts';

const WORKER_SCRIPT = new URL('./parse-worker.mjs', import.meta.url);
/** Below this much YAML, a run is done before the workers would have started. */
const MIN_YAML_BYTES = 2 * 1024 * 1024;
/** Parsed files held for the main thread at most: bounds the memory spent ahead. */
const AHEAD = 8;
/** How long the main thread waits for one file from a worker before parsing it itself. */
const WAIT_MS = 15_000;

interface Job {
  id: number;
  path: string;
}
interface Done {
  id: number;
  docs: ParsedYamlDoc[] | null;
}

/** What a worker would parse: the file as lint() reads it, if its content calls for a YAML parse. */
function candidate(path: string): string | undefined {
  // Unreadable: the main thread reads it again and reports why it cannot.
  const read = readSource(path);
  if (!('text' in read)) return undefined;
  const syntax = sniffSyntax(read.text);
  return syntax === 'yaml' && !tooLargeToParse(read.text, syntax) ? read.text : undefined;
}

export interface ParsePool {
  /** The parsed documents of `path`, or undefined: then the main thread parses it itself. */
  take(path: string): Promise<ParsedYamlDoc[] | undefined>;
  close(): Promise<void>;
}

/** A pool for `files` (in the order they will be taken), or undefined when it would not pay. */
export function startParsePool(files: string[]): ParsePool | undefined {
  const asked = process.env.EKS_ACCESS_LINT_WORKERS;
  // One core for the main thread (it reads JSON and extracts), the others for YAML: on two cores one
  // worker is as fast as two (measured on the bench corpora), and its heap is one less.
  const count = asked !== undefined && asked !== '' ? Number(asked) : Math.max(1, Math.min(2, availableParallelism() - 1));
  if (!(count >= 1) || !existsSync(fileURLToPath(WORKER_SCRIPT))) return undefined;
  let yamlBytes = 0;
  for (const f of files) {
    if (/\.ya?ml$|\.template$/i.test(f)) yamlBytes += safeSize(f);
    if (yamlBytes >= MIN_YAML_BYTES) break;
  }
  if (yamlBytes < MIN_YAML_BYTES && asked === undefined) return undefined;

  // Loaded only here: a one-file run (a pre-commit hook) does not pay for node:worker_threads.
  const { Worker } = createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
  type Worker = WorkerType;
  const index = new Map(files.map((f, i) => [f, i]));
  // Per file handed out: the worker on it, then its result (null: nothing to parse, or it failed).
  const onWorker = new Map<number, Worker>();
  const results = new Map<number, ParsedYamlDoc[] | null>();
  const waiting = new Map<number, (docs: ParsedYamlDoc[] | null) => void>();
  const load = new Map<Worker, number>();
  let held = 0; // parsed results not yet taken
  let next = 0; // the next file to hand out
  let passed = 0; // the main thread is done with every file before this one
  const settle = (id: number, docs: ParsedYamlDoc[] | null) => {
    onWorker.delete(id);
    const wake = waiting.get(id);
    if (wake) {
      waiting.delete(id);
      wake(docs);
    } else if (id >= passed) {
      results.set(id, docs);
      if (docs) held++;
    }
  };
  const drop = (id: number) => {
    if (results.get(id)) held--;
    results.delete(id);
  };
  const feed = () => {
    for (;;) {
      const idle = [...load].sort((a, b) => a[1] - b[1])[0];
      if (!idle || idle[1] >= 2 || next >= files.length || held >= AHEAD) return;
      load.set(idle[0], idle[1] + 1);
      onWorker.set(next, idle[0]);
      idle[0].postMessage({ id: next, path: files[next] } satisfies Job);
      next++;
    }
  };
  for (let k = 0; k < Math.floor(count); k++) {
    const w = new Worker(WORKER_SCRIPT, { workerData: { eksAccessLintParser: true } });
    w.unref();
    load.set(w, 0);
    w.on('message', (m: Done) => {
      load.set(w, load.get(w)! - 1);
      settle(m.id, m.docs);
      feed();
    });
    // A worker that fails or exits costs only speed: the files it held are parsed on the main thread.
    const lost = () => {
      if (!load.has(w)) return;
      load.delete(w);
      for (const [id, on] of onWorker) if (on === w) settle(id, null);
      feed();
    };
    w.on('error', lost);
    w.on('exit', lost);
    w.on('messageerror', lost);
  }
  feed();

  return {
    async take(path) {
      const id = index.get(path);
      if (id === undefined) return undefined;
      // Results of files the main thread skipped (unrelated content) are dropped as it passes them.
      for (const k of results.keys()) if (k < id) drop(k);
      passed = id + 1;
      let docs: ParsedYamlDoc[] | null = null;
      if (id >= next) next = id + 1; // not handed out yet: parse it here, and hand out what follows
      else if (results.has(id)) docs = results.get(id)!;
      else if (onWorker.has(id)) {
        // The timer keeps the process alive while we wait (the workers are unref'd), and bounds the
        // wait: past it the main thread parses the file itself, whatever the worker is doing.
        let timer: NodeJS.Timeout | undefined;
        docs = await new Promise<ParsedYamlDoc[] | null>((resolve) => {
          waiting.set(id, resolve);
          timer = setTimeout(() => (waiting.delete(id), resolve(null)), WAIT_MS);
        });
        clearTimeout(timer);
      }
      drop(id);
      feed();
      return docs ?? undefined;
    },
    async close() {
      await Promise.all([...load.keys()].map((w) => w.terminate()));
    },
  };
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

// The worker side (src/parse-worker.ts runs it): parse what is asked, in order; null when there is
// nothing to parse or it failed (deep nesting: the main thread then reports it as it always does).
export function serve(port: MessagePort): void {
  port.on('message', (job: Job) => {
    let docs: ParsedYamlDoc[] | null = null;
    try {
      const text = candidate(job.path);
      docs = text === undefined ? null : parseYaml(text);
    } catch {
      docs = null;
    }
    try {
      // A tree too deep to copy back safely is left to the main thread, which reports it.
      if (docs && docs.some((d) => tooDeep(d.root))) docs = null;
      port.postMessage({ id: job.id, docs } satisfies Done);
    } catch {
      port.postMessage({ id: job.id, docs: null } satisfies Done);
    }
  });
}

const MAX_DEPTH = 512;

function tooDeep(root: ParsedYamlDoc['root']): boolean {
  const stack: [NonNullable<ParsedYamlDoc['root']>, number][] = root ? [[root, 1]] : [];
  const seen = new Set<object>(); // aliases share nodes: visit each once (an alias bomb is a DAG)
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > MAX_DEPTH) return true;
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.kind === 'map') for (const e of node.entries) stack.push([e.value, depth + 1]);
    else if (node.kind === 'seq') for (const it of node.items) stack.push([it, depth + 1]);
  }
  return false;
}

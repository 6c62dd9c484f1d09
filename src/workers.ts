// Large runs on several cores. Reading YAML with positions is most of a big run's time, so worker
// threads go through the run's files ahead of the main thread, reading, sniffing and parsing the YAML
// ones, while the main thread extracts every file in the usual order (so the output is the same byte
// for byte). JSON stays on the main thread: jsonc-parser is faster than the copy back would be.
// Small runs never start a worker (one costs ~100 ms), nor do runs from source (tests under tsx:
// there is no bundled worker script). EKS_ACCESS_LINT_WORKERS=0 turns workers off; =N asks for N.
//
// Who parses a file is settled through shared memory, one slot per file, so no file waits on a
// message round trip: a worker claims the next free file; the main thread, on reaching a file no
// worker has claimed, claims it and parses it itself (so a busy worker never holds it up); a file a
// worker is parsing, it waits for.
import { existsSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { fileURLToPath } from 'node:url';
import type { MessagePort, Worker as WorkerType } from 'node:worker_threads';
import { sniffSyntax, tooLargeToParse } from './detect.ts';
import { readSource } from './read.ts';
import { parseYaml, type ParsedYamlDoc } from './parse/yaml.ts';

const WORKER_SCRIPT = new URL('./parse-worker.mjs', import.meta.url);
/** Below this much YAML, a run is done before the workers would have started. */
const MIN_YAML_BYTES = 2 * 1024 * 1024;
/** Parsed files not yet taken by the main thread, at most: bounds the memory spent ahead. */
const AHEAD = 32;
/** Files the main thread parses ahead for itself while a worker is late, at most, and how far ahead it looks. */
const OWN_AHEAD = 4;
const OWN_SPAN = 64;
/** How long the main thread waits for one file from a worker before parsing it itself. */
const WAIT_MS = 15_000;

// A file's slot: free; a worker reads and sniffs it; a worker parses it (its result will come);
// nothing for a worker (not YAML, unreadable, too large: the main thread does as it always does);
// the main thread's; not about EKS access (readSource turned it away: the main thread need not
// read it).
export const SLOT = { FREE: 0, READING: 1, PARSING: 2, SKIPPED: 3, MAIN: 4, UNRELATED: 5 } as const;
const { FREE, READING, PARSING, SKIPPED, MAIN, UNRELATED } = SLOT;
// The counters before the slots: the next file a worker looks at, results posted, results the main
// thread took or dropped.
const CURSOR = 0;
const POSTED = 1;
const CONSUMED = 2;
const COUNTERS = 3;

export interface Shared {
  files: string[];
  memory: SharedArrayBuffer;
}
interface Done {
  id: number;
  docs: ParsedYamlDoc[] | null;
}

export const views = (memory: SharedArrayBuffer) => ({ counters: new Int32Array(memory, 0, COUNTERS), slots: new Int32Array(memory, COUNTERS * 4) });
export const sharedFor = (files: string[]): Shared => ({ files, memory: new SharedArrayBuffer((COUNTERS + files.length) * 4) });

/**
 * What a worker would parse: the file as lint() reads it, if its content calls for a YAML parse;
 * `unrelated` when lint() would turn it away unparsed.
 */
function candidate(path: string): string | 'unrelated' | undefined {
  // Unreadable: the main thread reads it again and reports why it cannot.
  const read = readSource(path);
  if ('skipped' in read) return 'unrelated';
  if (!('text' in read)) return undefined;
  const syntax = sniffSyntax(read.text);
  return syntax === 'yaml' && !tooLargeToParse(read.text, syntax) ? read.text : undefined;
}

export interface ParsePool {
  /** Whether a worker found `path` not about EKS access: lint() would turn it away, so it need not read it. */
  unrelated(path: string): boolean;
  /** The parsed documents of `path`, or undefined: then the main thread parses it itself. */
  take(path: string): Promise<ParsedYamlDoc[] | undefined>;
  close(): Promise<void>;
}

/**
 * A pool for `files` (in the order they will be taken), or undefined when it would not pay.
 * `tuneHeap`: V8 settings of the whole process may be changed (the CLI's runs, see below).
 */
export function startParsePool(files: string[], tuneHeap = false): ParsePool | undefined {
  const asked = process.env.EKS_ACCESS_LINT_WORKERS;
  // One core for the main thread (it reads JSON and extracts), the others for YAML.
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
  // A worker allocates all the time: its young generation starts at its largest (two 16 MB
  // semi-spaces; V8 reads this when it makes a thread's heap). Also, src/lint.ts may stop young
  // generations from growing: this keeps that from holding the workers' small.
  if (tuneHeap) setFlagsFromString('--min-semi-space-size=16');
  const shared = sharedFor(files);
  const { counters, slots } = views(shared.memory);
  const index = new Map(files.map((f, i) => [f, i]));
  const results = new Map<number, ParsedYamlDoc[] | null>();
  let waiting: { id: number; resolve: (docs: ParsedYamlDoc[] | null) => void } | undefined;
  let passed = 0; // the main thread is done with every file before this one (so a result for one is late)
  // What the workers spared the main thread (EKS_ACCESS_LINT_DEBUG says): parses, and reads of unrelated files.
  let fromWorkers = 0;
  let turnedAway = 0;
  let broken = false; // a worker failed: from then on the main thread parses what it has no result for
  const consumed = () => {
    Atomics.add(counters, CONSUMED, 1);
    Atomics.notify(counters, CONSUMED);
  };
  const workers: WorkerType[] = [];
  for (let k = 0; k < Math.floor(count); k++) {
    const w = new Worker(WORKER_SCRIPT, { workerData: shared });
    w.unref();
    workers.push(w);
    w.on('message', (m: Done) => {
      if (waiting?.id === m.id) (consumed(), waiting.resolve(m.docs));
      else if (m.id >= passed) results.set(m.id, m.docs);
      else consumed(); // late: the main thread gave up waiting for it
    });
    // A worker that fails costs only speed: what it held is parsed on the main thread. One that is
    // done (no file left to claim) exits with 0.
    const lost = () => {
      broken = true;
      Atomics.store(counters, CURSOR, files.length);
      waiting?.resolve(null);
    };
    w.on('error', lost);
    w.on('exit', (code) => code !== 0 && lost());
    w.on('messageerror', lost);
  }

  // Files the main thread claimed ahead and parsed while it waited for a worker.
  const own = new Map<number, ParsedYamlDoc[]>();
  /** Parse the next free file ahead of `id` for the main thread; false when there is none to take. */
  const parseAhead = (id: number): boolean => {
    if (own.size >= OWN_AHEAD) return false;
    for (let j = id + 1; j < Math.min(files.length, id + 1 + OWN_SPAN); j++) {
      if (Atomics.load(slots, j) !== FREE || Atomics.compareExchange(slots, j, FREE, MAIN) !== FREE) continue;
      const text = candidate(files[j]);
      // Read once: an unrelated file is marked so, as a worker would, and not read again.
      if (text === 'unrelated') Atomics.store(slots, j, UNRELATED);
      try {
        if (text !== undefined && text !== 'unrelated') own.set(j, parseYaml(text));
      } catch {
        // Parsed again when its turn comes, and reported then.
      }
      return true;
    }
    return false;
  };

  /** The result of file `id`, which a worker parses: it comes as a message. */
  const result = async (id: number): Promise<ParsedYamlDoc[] | null> => {
    // A worker that is late is a core idle on this thread: parse files ahead meanwhile.
    for (;;) {
      if (results.has(id)) {
        const docs = results.get(id)!;
        results.delete(id);
        consumed();
        return docs;
      }
      if (broken) return null;
      if (!parseAhead(id)) break;
      await new Promise((resolve) => setImmediate(resolve)); // a turn of the event loop: the messages come in
    }
    // The timer keeps the process alive while we wait (the workers are unref'd), and bounds the
    // wait: past it the main thread parses the file itself, whatever the worker is doing.
    let timer: NodeJS.Timeout | undefined;
    const docs = await new Promise<ParsedYamlDoc[] | null>((resolve) => {
      waiting = { id, resolve };
      timer = setTimeout(() => resolve(null), WAIT_MS);
    });
    clearTimeout(timer);
    waiting = undefined;
    return docs;
  };

  return {
    unrelated(path) {
      const id = index.get(path);
      if (id === undefined || Atomics.load(slots, id) !== UNRELATED) return false;
      turnedAway++;
      return true;
    },
    async take(path) {
      const id = index.get(path);
      if (id === undefined) return undefined;
      // Results of files the main thread passed by (they changed under us, or could not be read) are dropped.
      for (const k of results.keys()) if (k < id) (results.delete(k), consumed());
      for (const k of own.keys()) if (k < id) own.delete(k);
      passed = id;
      // A worker reads a file for a moment; one that died reading it must not hold the run (no event
      // comes in while this thread waits here): past the deadline the file is parsed here.
      let deadline = 0;
      for (;;) {
        const slot = Atomics.load(slots, id);
        if (slot === FREE && Atomics.compareExchange(slots, id, FREE, MAIN) === FREE) return undefined;
        if (slot === READING) {
          deadline ||= Date.now() + WAIT_MS;
          if (Atomics.wait(slots, id, READING, 50) === 'timed-out' && Date.now() > deadline) return undefined;
        } else if (slot === SKIPPED || slot === UNRELATED) return undefined;
        else if (slot === MAIN) {
          const docs = own.get(id);
          own.delete(id);
          return docs;
        }
        else if (slot === PARSING) {
          const docs = await result(id);
          if (docs) fromWorkers++;
          return docs ?? undefined;
        }
      }
    },
    async close() {
      if (process.env.EKS_ACCESS_LINT_DEBUG) process.stderr.write(`eks-access-lint: ${workers.length} parse worker(s) parsed ${fromWorkers} file(s) and turned away ${turnedAway}\n`);
      Atomics.store(counters, CURSOR, files.length);
      Atomics.notify(counters, CONSUMED);
      await Promise.all(workers.map((w) => w.terminate()));
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

// The worker side (src/parse-worker.ts runs it): claim the next free file; parse it if it is YAML
// and post the documents (null when the parse failed or the tree is too deep to copy back: the main
// thread then reports it as it always does). At most AHEAD results wait for the main thread.
export function serve(port: MessagePort, { files, memory }: Shared): void {
  const { counters, slots } = views(memory);
  for (;;) {
    for (;;) {
      const taken = Atomics.load(counters, CONSUMED);
      if (Atomics.load(counters, POSTED) - taken < AHEAD) break;
      Atomics.wait(counters, CONSUMED, taken, 100);
    }
    const id = Atomics.add(counters, CURSOR, 1);
    if (id >= files.length) return;
    if (Atomics.compareExchange(slots, id, FREE, READING) !== FREE) continue;
    let text: string | 'unrelated' | undefined;
    try {
      text = candidate(files[id]);
    } catch {
      // The main thread reads it again, and says what is wrong with it.
    }
    Atomics.store(slots, id, text === undefined ? SKIPPED : text === 'unrelated' ? UNRELATED : PARSING);
    Atomics.notify(slots, id);
    if (text === undefined || text === 'unrelated') continue;
    let docs: ParsedYamlDoc[] | null = null;
    try {
      docs = parseYaml(text);
      // A tree too deep to copy back safely is left to the main thread, which reports it.
      if (docs.some((d) => tooDeep(d.root))) docs = null;
    } catch {
      docs = null;
    }
    Atomics.add(counters, POSTED, 1);
    try {
      port.postMessage({ id, docs } satisfies Done);
    } catch {
      port.postMessage({ id, docs: null } satisfies Done);
    }
  }
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

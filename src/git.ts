// Git access for --base: which files a revision holds, which differ from the working tree, and their
// text at that revision. Every call is `git` run directly (execFileSync, no shell), in the repository
// root, against the commit the ref resolved to once, so a ref can never be read as an option.
// node:child_process (with net, dgram and streams behind it) loads only when --base is used: a run
// without it does not pay for it at start-up.
type ChildProcess = typeof import('node:child_process');

/** --base cannot be honoured: no git, not a repository, an unknown ref. The CLI exits 2. */
export class GitError extends Error {}

export interface BaseRevision {
  /** The ref as given, for messages. */
  ref: string;
  commit: string;
  /** The repository's top-level folder (as git reports it: real path). */
  root: string;
  /** Files at the base revision (root-relative, `/`-separated) → blob id. */
  blobs: Map<string, string>;
  /** Files whose working-tree content differs from the base (modified, deleted, type-changed). */
  changed: Set<string>;
  /** Files of the base revision that the working tree no longer has. */
  deleted: string[];
}

// Terraform plans run to tens of MB: never let a buffer limit cut a read short.
const MAX_BUFFER = 1 << 30;

function git(args: string[], cwd: string, input?: string | Buffer): Buffer {
  const { execFileSync } = process.getBuiltinModule('node:child_process') as ChildProcess;
  return execFileSync('git', args, {
    cwd,
    input,
    maxBuffer: MAX_BUFFER,
    stdio: ['pipe', 'pipe', 'pipe'],
    // No lock on the index for a read-only look (a pre-commit run or an editor may hold it).
    env: { ...process.env, GIT_OPTIONAL_LOCKS: '0', LC_ALL: 'C' },
  });
}

function failure(e: unknown): string {
  const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
  const line = err.stderr?.toString('utf8').trim().split('\n').find((l) => l.trim()) ?? '';
  return line.replace(/^fatal:\s*/, '') || err.message;
}

/** Resolve `ref` in the repository holding `cwd` and read what --base needs from it. */
export function openBase(cwd: string, ref: string): BaseRevision {
  if (!ref || ref.startsWith('-')) throw new GitError(`--base: "${ref}" is not a git revision`);
  let root: string;
  try {
    root = git(['rev-parse', '--show-toplevel'], cwd).toString('utf8').trim();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new GitError('--base needs git, and git is not installed (or not on PATH)');
    throw new GitError(`--base needs a git repository: ${failure(e)}`);
  }
  let commit: string;
  try {
    commit = git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], root).toString('utf8').trim();
  } catch {
    // A shallow clone (actions/checkout's default) lacks the base commit: say how to get it.
    throw new GitError(`--base: unknown revision "${ref}" (not a commit in ${root}; in a shallow clone, fetch more history, e.g. actions/checkout with fetch-depth: 0)`);
  }
  const blobs = new Map<string, string>();
  // `<mode> <type> <id>\t<path>`, NUL-terminated; submodules (commit) and symlinks (120000) hold no config.
  for (const rec of nulSplit(git(['ls-tree', '-r', '-z', '--full-tree', commit], root))) {
    const tab = rec.indexOf('\t');
    const [mode, type, id] = rec.slice(0, tab).split(' ');
    if (type === 'blob' && mode !== '120000') blobs.set(rec.slice(tab + 1), id);
  }
  const changed = new Set<string>();
  const deleted: string[] = [];
  // Without renames a moved file is the deletion of its old path (that old text is what the base had there).
  const status = nulSplit(git(['diff', '--name-status', '-z', '--no-renames', '--no-ext-diff', commit, '--'], root));
  for (let i = 0; i + 1 < status.length; i += 2) {
    changed.add(status[i + 1]);
    if (status[i] === 'D') deleted.push(status[i + 1]);
  }
  return { ref, commit, root, blobs, changed, deleted };
}

/** Texts of blobs by id, read through one `git cat-file --batch` (one process, not one per file). */
export function readBlobs(base: BaseRevision, ids: string[]): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  let buf: Buffer;
  try {
    buf = git(['cat-file', '--batch'], base.root, unique.join('\n') + '\n');
  } catch (e) {
    throw new GitError(`--base: cannot read files of ${base.ref}: ${failure(e)}`);
  }
  // Each answer: `<id> <type> <size>\n<content>\n`, or `<id> missing\n`.
  let at = 0;
  while (at < buf.length) {
    const nl = buf.indexOf(0x0a, at);
    if (nl === -1) break;
    const [id, type, size] = buf.subarray(at, nl).toString('utf8').split(' ');
    at = nl + 1;
    if (type === 'missing' || size === undefined) continue;
    const n = Number(size);
    out.set(id, buf.subarray(at, at + n));
    at += n + 1;
  }
  return out;
}

function nulSplit(buf: Buffer): string[] {
  const parts = buf.toString('utf8').split('\0');
  if (parts[parts.length - 1] === '') parts.pop();
  return parts;
}

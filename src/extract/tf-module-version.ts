// Which terraform-aws-modules/eks versions a `module` block can be: from its `version` constraint
// (registry source) or its `?ref=` tag (git source). Only what every allowed version shares is
// known: `~> 20.0` is v20+, `>= 19.0` is not (it allows v19), no version at all is unknown.

export interface ModuleVersion {
  /** `aws-auth` for `//modules/aws-auth`, else the root module. */
  submodule?: string;
  /** Every allowed version is at least `major`.0.0. */
  atLeast(major: number): boolean;
  /** Every allowed version is below `major`.0.0. */
  below(major: number): boolean;
}

type V = [number, number, number];

const REGISTRY = /^(?:(?:registry\.terraform\.io|registry\.opentofu\.org)\/)?terraform-aws-modules\/eks\/aws(?:\/\/modules\/([a-z0-9-]+))?$/i;
const GIT = /^(?:git::)?(?:https:\/\/|ssh:\/\/git@|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-eks(?:\.git)?(?:\/\/modules\/([a-z0-9-]+))?(?:\?(.*))?$/i;

/** The module's version facts, or undefined when the source is not terraform-aws-modules/eks. */
export function moduleVersion(source: string | undefined, version: string | undefined): ModuleVersion | undefined {
  if (!source) return undefined;
  const reg = REGISTRY.exec(source.trim());
  if (reg) return facts(reg[1], version === undefined ? undefined : bounds(version));
  const git = GIT.exec(source.trim());
  if (!git) return undefined;
  const ref = new URLSearchParams(git[2] ?? '').get('ref') ?? undefined;
  // A tag like v20.8.4 pins one version; a branch or commit tells nothing.
  const tag = ref && /^v?\d+(\.\d+){0,2}$/.test(ref) ? bounds(ref.replace(/^v/, '')) : undefined;
  return facts(git[1], tag);
}

function facts(submodule: string | undefined, b: Bounds | undefined): ModuleVersion {
  return {
    ...(submodule ? { submodule: submodule.toLowerCase() } : {}),
    atLeast: (major) => !!b?.lo && cmp(b.lo, [major, 0, 0]) >= 0,
    below: (major) => !!b?.hi && (cmp(b.hi.v, [major, 0, 0]) < 0 || (cmp(b.hi.v, [major, 0, 0]) === 0 && !b.hi.inclusive)),
  };
}

interface Bounds {
  lo?: V;
  hi?: { v: V; inclusive: boolean };
}

const PART = /^\s*(=|!=|>=|<=|>|<|~>)?\s*v?(\d+(?:\.\d+){0,2})(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?\s*$/;

/** Terraform constraint syntax: comma-separated `op version`, all of which must hold. Undefined when unreadable. */
export function bounds(constraint: string): Bounds | undefined {
  const out: Bounds = {};
  const lower = (v: V) => {
    if (!out.lo || cmp(v, out.lo) > 0) out.lo = v;
  };
  const upper = (v: V, inclusive: boolean) => {
    if (!out.hi || cmp(v, out.hi.v) < 0 || (cmp(v, out.hi.v) === 0 && !inclusive)) out.hi = { v, inclusive };
  };
  const parts = constraint.split(',');
  for (const part of parts) {
    const m = PART.exec(part);
    if (!m) return undefined;
    const segs = m[2].split('.').map(Number);
    const v: V = [segs[0], segs[1] ?? 0, segs[2] ?? 0];
    switch (m[1] ?? '=') {
      case '=': lower(v); upper(v, true); break;
      // `> v` is a weaker bound than the truth, which is all `atLeast` needs.
      case '>=': case '>': lower(v); break;
      case '<': upper(v, false); break;
      case '<=': upper(v, true); break;
      case '~>':
        lower(v);
        // Only the rightmost written part may grow: `~> 20.1` < 21.0.0, `~> 20.1.2` < 20.2.0; `~> 20` is read as no upper bound.
        if (segs.length === 2) upper([segs[0] + 1, 0, 0], false);
        else if (segs.length === 3) upper([segs[0], segs[1] + 1, 0], false);
        break;
      default: break; // != excludes one version only
    }
  }
  return out;
}

function cmp(a: V, b: V): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

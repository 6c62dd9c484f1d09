// Terraform policy associations → their access entries: the entry the association references,
// else the entry of the same principal on the same cluster, within one module. The Terraform
// builder joins within a file (src/extract/tf-resources.ts). Terraform reads all `*.tf.json` of a
// folder as one module, so what a configuration file cannot join there waits in
// `Model.unjoinedPolicies`, and `joinPolicies` joins it over the merged model of the run.
import type { AccessEntry, Cluster, ClusterRef, Model, UnjoinedPolicy } from './model.ts';
import { known, render, type Text } from './text.ts';

/** Clusters by resource id (the first of an id, as a search of the list finds it). */
export function clustersByResource(clusters: Cluster[]): Map<string, Cluster> {
  const out = new Map<string, Cluster>();
  for (const c of clusters) if (c.ref.resource && !out.has(c.ref.resource)) out.set(c.ref.resource, c);
  return out;
}

/** Associations joined to the entries of one module. */
export class PolicyJoin {
  private readonly byPrincipal = new Map<string, AccessEntry[]>();

  /** `entries`: the module's access entries by resource id. */
  constructor(readonly entries: Map<string, AccessEntry>, private readonly clusters: Map<string, Cluster>) {
    for (const e of entries.values()) {
      const key = render(e.principal);
      this.byPrincipal.set(key, [...(this.byPrincipal.get(key) ?? []), e]);
    }
  }

  /**
   * Attach the association to the entry it provably belongs to. One no entry can be proven for is
   * left out: a guessed entry would carry findings that are not its own. `own` gives the entry
   * object to change.
   */
  settle(p: UnjoinedPolicy, own: (e: AccessEntry) => AccessEntry = (e) => e): void {
    const target = this.target(p);
    if (target) own(target).policies.push(p.policy);
    // Unjoined, it may still be the policy of any entry here it is not provably foreign to.
    else if (!p.entry) for (const e of this.entries.values()) if (this.mayOwn(e, p)) own(e).policiesIncomplete = true;
  }

  /** Whether these entries settle the association as its whole module would: they hold what it references, and its entry. */
  settles(p: UnjoinedPolicy): boolean {
    if (p.entry) return this.entries.has(p.entry);
    if (p.clusterOfEntry && !this.entries.has(p.clusterOfEntry)) return false;
    return this.target(p) !== undefined;
  }

  private target(p: UnjoinedPolicy): AccessEntry | undefined {
    const cluster = this.clusterOf(p);
    const candidates = this.byPrincipal.get(render(p.principal)) ?? [];
    return (p.entry && this.entries.get(p.entry)) || candidates.find((e) => this.sameCluster(e.cluster, cluster) && samePrincipal(e.principal, p.principal));
  }

  private clusterOf(p: UnjoinedPolicy): ClusterRef {
    return (p.clusterOfEntry && this.entries.get(p.clusterOfEntry)?.cluster) || p.cluster;
  }

  /** Not provably for another principal or another cluster. */
  private mayOwn(e: AccessEntry, p: UnjoinedPolicy): boolean {
    const cluster = this.clusterOf(p);
    const a = known(e.principal)?.toLowerCase();
    const b = known(p.principal)?.toLowerCase();
    if (a !== undefined && b !== undefined && a !== b) return false;
    if (e.cluster.resource && cluster.resource && e.cluster.resource !== cluster.resource) return false;
    const an = this.nameOf(e.cluster);
    const bn = this.nameOf(cluster);
    return an === undefined || bn === undefined || an === bn;
  }

  private sameCluster(a: ClusterRef, b: ClusterRef): boolean {
    if (a.resource && a.resource === b.resource) return true;
    const an = this.nameOf(a);
    return an !== undefined && an === this.nameOf(b);
  }

  private nameOf(ref: ClusterRef): string | undefined {
    if (ref.name !== undefined) return ref.name;
    return known(ref.resource ? this.clusters.get(ref.resource)?.name : undefined);
  }
}

/**
 * The same principal: equal literals, or (in one configuration) the same reference expression,
 * which evaluates the same everywhere in the module unless it depends on the instance.
 */
function samePrincipal(a: Text, b: Text): boolean {
  const ka = known(a);
  if (ka !== undefined) return ka === known(b);
  if (known(b) !== undefined || render(a) !== render(b)) return false;
  return a.parts.every((p) => typeof p === 'string' || (!/\b(each|count|self)\./.test(p.unknown) && !p.unknown.includes('(not set)') && !p.unknown.includes('.principal_arn')));
}

/**
 * Join `model.unjoinedPolicies` to the entries of their module across files, once every file of
 * the run is in `model`; the list is emptied. The entries changed are copies: the files' own
 * models stay as extracted, since --base reuses an unchanged file's model in the before model.
 */
export function joinPolicies(model: Model): void {
  const pending = model.unjoinedPolicies;
  if (pending.length === 0) return;
  model.unjoinedPolicies = [];
  const byModule = new Map<string, Map<string, AccessEntry>>();
  for (const e of model.accessEntries) {
    if (!e.resource) continue;
    const module = e.resource.slice('tf:'.length, e.resource.lastIndexOf('#'));
    const entries = byModule.get(module) ?? new Map<string, AccessEntry>();
    byModule.set(module, entries.set(e.resource, e));
  }
  const clusters = clustersByResource(model.clusters);
  const joins = new Map<string, PolicyJoin>();
  const copies = new Map<AccessEntry, AccessEntry>();
  const own = (e: AccessEntry): AccessEntry => {
    let copy = copies.get(e);
    if (!copy) copies.set(e, (copy = { ...e, policies: [...e.policies] }));
    return copy;
  };
  for (const p of pending) {
    let join = joins.get(p.module);
    if (!join) joins.set(p.module, (join = new PolicyJoin(byModule.get(p.module) ?? new Map(), clusters)));
    join.settle(p, own);
  }
  if (copies.size) model.accessEntries = model.accessEntries.map((e) => copies.get(e) ?? e);
}

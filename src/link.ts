// Cross-file linking of objects to clusters: by the same logical resource, else by the same
// literal name (when exactly one scanned cluster has it). Never by a guess.
import type { Config } from './config.ts';
import type { AccessEntry, Cluster, ClusterRef, Model } from './model.ts';
import type { RuleContext } from './rule.ts';
import { known } from './text.ts';

export function makeContext(model: Model, before: Model | undefined, config: Config, clusterAccount?: string): RuleContext {
  const byResource = new Map<string, Cluster>();
  const byName = new Map<string, Cluster[]>();
  for (const c of model.clusters) {
    if (c.ref.resource) byResource.set(c.ref.resource, c);
    const name = known(c.name);
    if (name) byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  const clusterOf = (ref: ClusterRef): Cluster | undefined => {
    if (ref.resource && byResource.has(ref.resource)) return byResource.get(ref.resource);
    const named = ref.name ? byName.get(ref.name) : undefined;
    return named && named.length === 1 ? named[0] : undefined;
  };
  return {
    model,
    before,
    clusterOf,
    clusterAccount(ref) {
      const c = clusterOf(ref);
      if (c && typeof c.account === 'string') return c.account;
      const name = ref.name ?? known(c?.name);
      return (name && config.clusters?.[name]?.account) || clusterAccount || config.defaultAccount;
    },
    entriesOf(ref): AccessEntry[] {
      const target = clusterOf(ref);
      return target ? model.accessEntries.filter((e) => clusterOf(e.cluster) === target) : [];
    },
  };
}

// Terraform resources → the access model. Shared by configuration, plan and state: each hands
// over a resource's address and its attributes (Attrs), and the builder joins policy
// associations to their access entries once the whole document is read (src/join-policies.ts).
import { parseArn } from '../arn.ts';
import { clustersByResource, PolicyJoin } from '../join-policies.ts';
import type { AccessEntry, AccessPolicy, Cluster, ClusterRef, Model, NodeRole, Part, UnjoinedPolicy } from '../model.ts';
import { known, literal, unknownText, type Text } from '../text.ts';
import { extractTfAwsAuth } from './tf-aws-auth.ts';
import { clusterRefOf, entryAttribute, resourceId } from './tf-refs.ts';
import type { Attrs } from './tf-values.ts';

/** Resource types the model reads (everything else in a plan or state is skipped early). */
const TYPES = new Set([
  'aws_eks_cluster', 'aws_eks_access_entry', 'aws_eks_access_policy_association', 'aws_eks_node_group', 'aws_eks_fargate_profile',
  'kubernetes_config_map', 'kubernetes_config_map_v1', 'kubernetes_config_map_v1_data', 'kubernetes_manifest',
]);

export function isModelled(type: string): boolean {
  return TYPES.has(type);
}

export interface TfResource {
  type: string;
  /** Address within its module, with the instance key: `aws_eks_access_entry.this["admin"]`. */
  local: string;
  /** Module address: '' for the root module, `module.eks`. */
  module: string;
  body: Attrs;
  /** kubernetes_* resources: the cluster their kubernetes provider provably talks to (tf-provider.ts). */
  kubernetesCluster?: ClusterRef;
}

const origin = (b: Attrs) => ({ doc: b.doc, pointer: b.pointer });

export class TfBuilder {
  private readonly entries = new Map<string, AccessEntry>();
  private readonly pending: { p: UnjoinedPolicy; config: boolean }[] = [];

  constructor(readonly model: Model) {}

  add(r: TfResource): void {
    switch (r.type) {
      case 'aws_eks_cluster':
        this.model.clusters.push(cluster(r));
        break;
      case 'aws_eks_access_entry': {
        const e = accessEntry(r);
        const id = resourceId(r.module, stripIndexIn(r, r.local));
        // Associations in the folder's other files name it by this id (joinPolicies).
        if (r.body.mode === 'config') e.resource = id;
        this.model.accessEntries.push(e);
        this.entries.set(id, e);
        break;
      }
      case 'aws_eks_access_policy_association':
        this.pending.push({ p: association(r), config: r.body.mode === 'config' });
        break;
      case 'aws_eks_node_group':
        this.model.nodeRoles.push(nodeRole(r, 'node_role_arn', 'nodegroup'));
        break;
      case 'aws_eks_fargate_profile':
        this.model.nodeRoles.push(nodeRole(r, 'pod_execution_role_arn', 'fargate'));
        break;
      default:
        extractTfAwsAuth(r, this.model);
    }
  }

  /**
   * Attach each association to its entry in this document. A configuration file is one file of a
   * folder's module: an association whose entry may be in another file is left to joinPolicies.
   */
  finish(): void {
    const join = new PolicyJoin(this.entries, clustersByResource(this.model.clusters));
    for (const { p, config } of this.pending) {
      if (config && !join.settles(p)) this.model.unjoinedPolicies.push(p);
      else join.settle(p);
    }
    this.pending.length = 0;
  }
}

/** Configuration is read per resource block, not per instance: references drop the instance key. */
function stripIndexIn(r: TfResource, address: string): string {
  return r.body.mode === 'config' ? address.replace(/\[[^\]]*\]$/, '') : address;
}

function clusterOf(r: TfResource, key = 'cluster_name'): ClusterRef {
  return clusterRefOf(r.module, r.body.text(key), r.body.refs(key), r.body.mode === 'config');
}

function cluster(r: TfResource): Cluster {
  const b = r.body;
  const ac = b.block('access_config');
  let mode: Text | undefined = literal('CONFIG_MAP'); // EKS's default when nothing is sent (Terraform sends nothing)
  let explicit = false;
  let bootstrap: boolean | undefined = true; // the provider's and the API's default
  if (ac === 'unknown') {
    // Optional+Computed in a plan: unknown until apply. Defaulted only if the configuration omits it.
    const written = b.written('access_config');
    mode = undefined;
    explicit = written !== false;
    if (written !== false) bootstrap = undefined;
  } else if (ac) {
    const m = ac.text('authentication_mode');
    if (m && !(b.mode === 'values' && ac.unknown('authentication_mode'))) {
      mode = m;
      explicit = true;
    } else if (m) {
      mode = undefined;
      explicit = ac.written('authentication_mode') !== false;
    }
    const bs = ac.bool('bootstrap_cluster_creator_admin_permissions');
    bootstrap = bs === 'unknown' ? undefined : (bs ?? true);
  }
  const name = b.text('name');
  const ref: ClusterRef = { resource: resourceId(r.module, r.local) };
  if (known(name) !== undefined) ref.name = known(name);
  const acPointer = ac && ac !== 'unknown' ? ac.pointer : b.at('access_config');
  return {
    kind: 'cluster', tool: 'terraform', ref, name,
    account: accountOf(b),
    authenticationMode: mode, authenticationModeExplicit: explicit, bootstrapAdmin: bootstrap,
    origin: origin(b),
    fields: {
      name: { doc: b.doc, pointer: b.at('name') },
      authenticationMode: { doc: b.doc, pointer: ac && ac !== 'unknown' ? ac.at('authentication_mode') : acPointer },
      bootstrapAdmin: { doc: b.doc, pointer: ac && ac !== 'unknown' ? ac.at('bootstrap_cluster_creator_admin_permissions') : acPointer },
      accessConfig: { doc: b.doc, pointer: acPointer },
    },
  };
}

function accountOf(b: Attrs): Part {
  const arn = b.mode === 'values' ? parseArn(b.text('arn')) : undefined;
  if (arn && typeof arn.account === 'string' && /^\d{12}$/.test(arn.account)) return arn.account;
  return { unknown: 'provider account', means: 'account' };
}

function accessEntry(r: TfResource): AccessEntry {
  const b = r.body;
  const principal = b.text('principal_arn') ?? unknownText(`${r.module ? r.module + '.' : ''}${r.local}.principal_arn (not set)`);
  let username = b.text('user_name');
  let groups = b.list('kubernetes_groups');
  if (b.mode === 'values') {
    // Both are Optional+Computed: when the plan's configuration leaves them out, what EKS fills
    // in at apply is not the author's (a STANDARD entry gets no groups).
    if (b.written('kubernetes_groups') === false && b.unknown('kubernetes_groups')) groups = [];
    if (b.written('user_name') === false && b.unknown('user_name')) username = undefined;
    // State and plans also show what EKS filled in (node entries get `system:nodes` and a node
    // username). The API rejects `system:` groups and usernames from callers, so unless the
    // configuration provably writes the value, those came from EKS, not from the author.
    if (b.written('kubernetes_groups') !== true && groups) groups = groups.filter((g) => !known(g)?.startsWith('system:'));
    if (b.written('user_name') !== true && isGeneratedUsername(username, principal)) username = undefined;
  }
  return {
    kind: 'access-entry', tool: 'terraform',
    cluster: clusterOf(r), principal, type: b.text('type'), username, groups, policies: [],
    ...mayNotExist(b),
    origin: origin(b),
    fields: {
      cluster: { doc: b.doc, pointer: b.at('cluster_name') },
      principal: { doc: b.doc, pointer: b.at('principal_arn') },
      type: { doc: b.doc, pointer: b.at('type') },
      username: { doc: b.doc, pointer: b.at('user_name') },
      groups: { doc: b.doc, pointer: b.at('kubernetes_groups') },
    },
  };
}

const GENERATED_ROLE_USERNAME = /^arn:[^:]+:sts::\d{12}:assumed-role\/[^/]+\/\{\{SessionName\}\}$/;

function isGeneratedUsername(username: Text | undefined, principal: Text): boolean {
  const u = known(username);
  if (u === undefined) return false;
  return u.startsWith('system:node:') || GENERATED_ROLE_USERNAME.test(u) || u === known(principal);
}

/**
 * A configuration block with `count` (other than a literal 1) or `for_each` may stand for no
 * instance at all: like a CloudFormation Condition, comparing rules must not count it.
 */
function mayNotExist(b: Attrs): { condition?: string } {
  if (b.mode !== 'config') return {};
  if (b.written('for_each')) return { condition: 'for_each' };
  return b.written('count') && known(b.text('count')) !== '1' ? { condition: 'count' } : {};
}

function association(r: TfResource): UnjoinedPolicy {
  const b = r.body;
  const scope = b.block('access_scope');
  const s = scope && scope !== 'unknown' ? scope : undefined;
  const policy: AccessPolicy = {
    policyArn: b.text('policy_arn') ?? unknownText(`${r.local}.policy_arn (not set)`),
    scopeType: scope === 'unknown' ? unknownText(`${r.local}.access_scope`) : s?.text('type'),
    namespaces: s ? s.list('namespaces') : scope === 'unknown' ? undefined : [],
    ...mayNotExist(b),
    origin: origin(b),
    fields: {
      policyArn: { doc: b.doc, pointer: b.at('policy_arn') },
      scope: { doc: b.doc, pointer: s ? s.pointer : b.at('access_scope') },
      scopeType: { doc: b.doc, pointer: s ? s.at('type') : b.at('access_scope') },
      namespaces: { doc: b.doc, pointer: s ? s.at('namespaces') : b.at('access_scope') },
    },
  };
  const principal = b.text('principal_arn') ?? unknownText(`${r.module}.${r.local}.principal_arn (not set)`);
  const entryRef = (key: string) => {
    const ref = b.refs(key).map(entryAttribute)[0];
    return ref?.attr === key ? resourceId(r.module, stripIndexIn(r, ref.address)) : undefined;
  };
  return { policy, module: r.module, cluster: clusterOf(r), principal, entry: entryRef('principal_arn'), clusterOfEntry: entryRef('cluster_name') };
}

function nodeRole(r: TfResource, key: string, via: NodeRole['via']): NodeRole {
  const b = r.body;
  return {
    kind: 'node-role', tool: 'terraform', cluster: clusterOf(r), via,
    role: b.text(key) ?? unknownText(`${r.local}.${key} (not set)`),
    ...mayNotExist(b),
    origin: origin(b),
    fields: { role: { doc: b.doc, pointer: b.at(key) }, cluster: { doc: b.doc, pointer: b.at('cluster_name') } },
  };
}

// Rule: metadata plus check(model, report). A rule never parses and never knows line numbers.
import type { Config } from './config.ts';
import type { Suppression } from './suppress.ts';
import type { AccessEntry, AuthenticationMode, AwsAuthDocument, Cluster, ClusterRef, IdentityMapping, Located, Model, NodeRole } from './model.ts';

export type Severity = 'error' | 'warning' | 'note';
export type Level = Severity | 'off';
/** Input formats a rule is proven on (rules.md): aws-auth ConfigMap, Terraform kubernetes_config_map*, CDK, eksctl, CloudFormation, Terraform. */
export type Format = 'cm' | 'tfk' | 'cdk' | 'ectl' | 'cfn' | 'tf';

export interface RuleMeta {
  id: string;
  severity: Severity;
  description: string;
  /** Why, with the fact and its source. */
  rationale: string;
  /** Sources behind the rationale: reference sections and public URLs. */
  sources: string[];
  remediation: string;
  tags: string[];
  formats: Format[];
  messages: Record<string, string>;
  /** SARIF security-severity (0–10) for rules tagged `security`. */
  securitySeverity?: number;
  fixable?: boolean;
}

export interface ReportDescriptor {
  messageId: string;
  at: Located;
  /** A key of `at.fields`; the object's own origin when absent or unset. */
  field?: string;
  /** Appended to the field's pointer, e.g. `/2` for the third group. */
  path?: string;
  /** Point at the key rather than the value. */
  key?: boolean;
  data?: Record<string, string | number>;
  /** The principal concerned, for fingerprints. */
  principal?: string;
  /** A safe fix, named by what changes; the locate step turns it into text edits (or drops it when not certain). */
  fix?: FixSpec;
}

/**
 * What a safe fix changes, never where: `replace` gives the new value of the reported node (its key
 * with `key: true`) — a string, or a list of strings — written in the node's own style (quotes kept,
 * quoted when plain text would not read back as that string, JSON-escaped inside a JSON string);
 * `remove: 'key'` removes the reported key with its value (its lines in YAML, the property and its
 * comma in JSON).
 */
export type FixSpec = { replace: string | string[] } | { remove: 'key' };

export interface RuleContext {
  model: Model;
  /** The state before the change, for rules that compare (Terraform plan, --base). */
  before?: Model;
  /** The cluster an object names, when it is provably one of the scanned clusters. */
  clusterOf(ref: ClusterRef): Cluster | undefined;
  /** The cluster's 12-digit account, from its ARN, the config or --cluster-account. */
  clusterAccount(ref: ClusterRef): string | undefined;
  /**
   * Only for rules with `stage: 'suppressions'` (input/invalid-ignore, input/unused-ignore): the
   * ignores the suppress step found (inline forms or baseline entries), with what each matched.
   */
  readonly suppressions?: readonly Suppression[];
  /** The run's configuration (policy/* rules read `policy`). */
  readonly config: Readonly<Config>;
  /** Every cluster the run knows of, with the objects provably tied to it (see src/link.ts). */
  readonly clusters: readonly ClusterView[];
  /** The cluster an access entry, node role, aws-auth document or mapping is provably tied to. */
  viewOf(obj: AccessEntry | NodeRole | AwsAuthDocument | IdentityMapping | Cluster): ClusterView | undefined;
  /** The objects tied to no cluster: each may be any cluster's. */
  readonly untied: Untied;
}

export interface Untied {
  readonly accessEntries: readonly AccessEntry[];
  readonly nodeRoles: readonly NodeRole[];
  readonly awsAuth: readonly AwsAuthDocument[];
  readonly identityMappings: readonly IdentityMapping[];
}

/** How an object was tied to its cluster: said in cross-file messages. */
export interface Link {
  /** `!Ref Cluster`, `same cluster name "prod"`, `config clusters.prod.awsAuth`, … */
  how: string;
  /** A reference to the cluster's resource: within one file it needs no word. */
  plain: boolean;
  file: string;
}

/**
 * One cluster and everything provably its: a cluster in the scanned files, or one the files only
 * name (a literal `ClusterName`, or the config's `clusters.<name>`).
 */
export interface ClusterView {
  /** The cluster's resource in the scanned files, when there is one. */
  cluster?: Cluster;
  /** Its literal name, when known. */
  name?: string;
  /** For messages: its name, else its logical id or Terraform address. */
  label: string;
  /** The authentication mode, when it is known (a mode the files write but we cannot read is unknown). */
  mode?: AuthenticationMode;
  /** Where the mode comes from: written in the file, the creating tool's default, or the config. */
  modeFrom?: 'written' | 'default' | 'config';
  /** For messages: `written in a.yaml`, `CloudFormation's default (AccessConfig.AuthenticationMode not written)`. */
  modeWhy?: string;
  /** The 12-digit account, when known (cluster ARN, config `clusters.<name>.account`). */
  account?: string;
  entries: AccessEntry[];
  nodeRoles: NodeRole[];
  awsAuth: AwsAuthDocument[];
  /** The mappings of `awsAuth`. */
  mappings: IdentityMapping[];
  /** How each linked object was tied to the cluster. */
  links: Map<Located, Link>;
}

export interface Rule extends RuleMeta {
  /** `suppressions`: run after the suppress step, over `ctx.suppressions`, not the access model. */
  stage?: 'suppressions';
  check(ctx: RuleContext, report: (d: ReportDescriptor) => void): void;
}

export function defineRule(rule: Rule): Rule {
  for (const id of Object.keys(rule.messages)) if (!rule.messages[id]) throw new Error(`${rule.id}: empty message ${id}`);
  return rule;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

// Rule: metadata plus check(model, report). A rule never parses and never knows line numbers.
import type { AccessEntry, Cluster, ClusterRef, Located, Model } from './model.ts';

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
}

export interface RuleContext {
  model: Model;
  /** The state before the change, for rules that compare (Terraform plan, --base). */
  before?: Model;
  /** The cluster an object names, when it is provably one of the scanned clusters. */
  clusterOf(ref: ClusterRef): Cluster | undefined;
  /** The cluster's 12-digit account, from its ARN, the config or --cluster-account. */
  clusterAccount(ref: ClusterRef): string | undefined;
  /** Files a cross-file finding linked, for its message. */
  entriesOf(ref: ClusterRef): AccessEntry[];
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext, report: (d: ReportDescriptor) => void): void;
}

export function defineRule(rule: Rule): Rule {
  for (const id of Object.keys(rule.messages)) if (!rule.messages[id]) throw new Error(`${rule.id}: empty message ${id}`);
  return rule;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k: string) => (k in data ? String(data[k]) : m));
}

// The access model: what the files mean, independent of their format.
import type { SourceDoc } from './source.ts';
import type { Part, Text } from './text.ts';

export type { Text, Part } from './text.ts';

/** Where a model object (or one of its fields) comes from. */
export interface Origin {
  doc: SourceDoc;
  pointer: string;
  /** Exact outer-file offsets, when the place is not a node (a syntax error). */
  offsets?: [number, number];
}

export interface Located {
  origin: Origin;
  /** Per-field origins, by field name (`arn`, `groups`, `username`, `type` …). */
  fields: Record<string, Origin | undefined>;
  /**
   * CloudFormation: the `Condition` the object's resource is under. Whether it exists is then
   * unknown, so rules that compare objects (duplicates, conflicts) must not count it as present.
   */
  condition?: string;
}

/** Which tool's defaults apply to an object. */
export type Tool = 'kubernetes' | 'cloudformation' | 'cdk' | 'terraform' | 'terraform-module' | 'eksctl';

/** How an object names its cluster. Linking uses identity only, never a guess. */
export interface ClusterRef {
  /** Literal cluster name, when known. */
  name?: string;
  /** The same logical resource: `cfn:<file>#<LogicalId>` or `tf:<module scope>#aws_eks_cluster.<name>`. */
  resource?: string;
  /** How the extractor proved the tie, for messages (e.g. `kubernetes provider host = aws_eks_cluster.main.endpoint`). */
  via?: string;
}

export type AuthenticationMode = 'CONFIG_MAP' | 'API_AND_CONFIG_MAP' | 'API';

export interface Cluster extends Located {
  kind: 'cluster';
  tool: Tool;
  ref: ClusterRef;
  name?: Text;
  /** The cluster's account: a literal, or `{means:'account'}` for "the account this file deploys to". */
  account?: Part;
  authenticationMode?: Text;
  /** false when the mode is the tool's default, not written in the file. */
  authenticationModeExplicit: boolean;
  bootstrapAdmin?: boolean;
}

export interface AccessPolicy extends Located {
  policyArn: Text;
  scopeType?: Text;
  /** undefined = unknown; [] = none written. */
  namespaces?: Text[];
}

export interface AccessEntry extends Located {
  kind: 'access-entry';
  tool: Tool;
  cluster: ClusterRef;
  principal: Text;
  /** As written; undefined = not written (the API default is STANDARD). */
  type?: Text;
  username?: Text;
  /** undefined = unknown (e.g. computed in a plan); [] = none. */
  groups?: Text[];
  policies: AccessPolicy[];
  /**
   * More policies may apply than `policies` lists: a CloudFormation `AccessPolicies` behind an
   * `Fn::If`, or a Terraform policy association that could not be proven to belong to another entry.
   */
  policiesIncomplete?: true;
  /** Terraform configuration: the entry's resource id (`tf:dir:<folder>#aws_eks_access_entry.<name>`), which associations in other files of its folder name. */
  resource?: string;
}

export type AwsAuthSection = 'mapRoles' | 'mapUsers' | 'mapAccounts';

/** The YAML type a scalar had, as the authenticator's YAML 1.1 parser sees it. */
export type ValueType = 'string' | 'number' | 'boolean' | 'null' | 'map' | 'seq';

export interface IdentityMapping extends Located {
  kind: 'identity-mapping';
  document: AwsAuthDocument;
  section: AwsAuthSection;
  index: number;
  /** rolearn / userarn (matched case-insensitively, as the authenticator does); the account id for mapAccounts. */
  arn?: Text;
  /** undefined when absent or not a string. */
  username?: Text;
  /** String groups only, in order; a non-string group is `undefined` at its index. */
  groups: (Text | undefined)[];
  /** Every key of the entry as written, with the type of its value. */
  keys: MappingKey[];
  /** The list item itself, when it is not a mapping (a plain string, a null `- `): such an entry is dropped. */
  item?: ValueInfo & { text?: Text };
  /** Each group's type and source text, by index, when `groups` is a list. */
  groupValues?: ValueInfo[];
  /** mapRoles: the `sso` matcher, when its value is a mapping. */
  sso?: SsoMatcher;
}

/** A value as the authenticator's YAML 1.1 parser reads it. */
export interface ValueInfo {
  type: ValueType;
  /** Source text of a plain scalar (`yes`, `123`, `~`, `system:a - system:b`): what to quote, what was merged. */
  raw?: string;
}

export interface MappingKey extends ValueInfo {
  key: string;
  /** The value, when it is a string (unknown parts for `${…}`). */
  text?: Text;
  /** Where the key is written (report with `key: true` to point at the key itself). */
  origin?: Origin;
}

/** An `sso:` matcher (authenticator.md §1.2), its fields found case-insensitively (the last one wins). */
export interface SsoMatcher {
  permissionSetName?: MappingKey;
  accountID?: MappingKey;
  partition?: MappingKey;
  /** Every key of the matcher as written. */
  keys: MappingKey[];
}

export interface SectionResult {
  name: AwsAuthSection;
  origin: Origin;
  /** Why the authenticator loads zero entries from this section, if it does. */
  error?: { message: string; origin: Origin };
  /** go-yaml ends the section's document early: the authenticator reads the entries before it, and none after. */
  endsEarly?: { message: string; origin: Origin };
  /** Positions inside the section map line by line to the outer file. */
  exact: boolean;
  /** The section is an unevaluated expression (yamlencode, a template loop). */
  unknown: boolean;
}

export interface AwsAuthDocument extends Located {
  kind: 'aws-auth';
  tool: Tool;
  namespace?: Text;
  /** true when the namespace is not written and the tool's default (`default` in Terraform) applies. */
  namespaceDefaulted: boolean;
  cluster?: ClusterRef;
  sections: SectionResult[];
  /** metadata.name as written. */
  name?: Text;
  /** Every key under `data` as written (the authenticator reads only the exact section names); undefined when `data` is unknown. */
  dataKeys?: { key: string; origin: Origin }[];
}

export interface NodeRole extends Located {
  kind: 'node-role';
  tool: Tool;
  cluster: ClusterRef;
  role: Text;
  via: 'nodegroup' | 'fargate';
}

export interface ParseFailure extends Located {
  kind: 'parse-failure';
  message: string;
}

export interface Model {
  clusters: Cluster[];
  accessEntries: AccessEntry[];
  identityMappings: IdentityMapping[];
  awsAuth: AwsAuthDocument[];
  nodeRoles: NodeRole[];
  parseFailures: ParseFailure[];
  /** Terraform configuration policy associations their own file holds no entry for: joined over the folder (src/join-policies.ts). */
  unjoinedPolicies: UnjoinedPolicy[];
}

/** A Terraform policy association, with what joins it to its access entry. */
export interface UnjoinedPolicy {
  policy: AccessPolicy;
  /** Module scope of the association (`dir:<folder>` for configuration). */
  module: string;
  cluster: ClusterRef;
  principal: Text;
  /** The entry its `principal_arn` references, as a resource id. */
  entry?: string;
  /** The entry its `cluster_name` references (`aws_eks_access_entry.x.cluster_name`). */
  clusterOfEntry?: string;
}

export function emptyModel(): Model {
  return { clusters: [], accessEntries: [], identityMappings: [], awsAuth: [], nodeRoles: [], parseFailures: [], unjoinedPolicies: [] };
}

export function mergeModels(into: Model, from: Model): Model {
  into.clusters.push(...from.clusters);
  into.accessEntries.push(...from.accessEntries);
  into.identityMappings.push(...from.identityMappings);
  into.awsAuth.push(...from.awsAuth);
  into.nodeRoles.push(...from.nodeRoles);
  into.parseFailures.push(...from.parseFailures);
  into.unjoinedPolicies.push(...from.unjoinedPolicies);
  return into;
}

/** What an extractor yields for one file: the model, and for plans the state before the change. */
export interface Extracted {
  after: Model;
  before?: Model;
}

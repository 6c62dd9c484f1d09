// CloudFormation templates (YAML with short-form tags, and JSON) → model: AWS::EKS::Cluster,
// AccessEntry, Nodegroup, FargateProfile, and CDK's Custom::AWSCDK-EKS-Cluster. Works on DocNodes
// (never toJS(): it would lose the tags); values go through the intrinsic evaluator.
import type { AccessPolicy, Cluster, ClusterRef, Model, Origin, Tool } from '../model.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { known, literal, unknownText, type Text } from '../text.ts';
import { CDK_MANIFEST_TYPE, extractCdkAwsAuth } from './cdk-aws-auth.ts';
import { Evaluator } from './cfn-intrinsics.ts';
import { normalize, type CfnNode } from './cfn-normalize.ts';
import { CLUSTER_TYPES, indexTemplate, isPlainMap, prop, scalarString, type Resource, type Template } from './cfn-template.ts';
import { get } from './util.ts';

export function isCloudFormation(root: DocNode | undefined): boolean {
  return !!get(root, 'AWSTemplateFormatVersion') || get(root, 'Resources')?.kind === 'map';
}

interface Ctx {
  doc: SourceDoc;
  model: Model;
  tpl: Template;
  res: Resource;
  props: CfnNode;
  ev: Evaluator;
  /** Pointer of the resource: `/Resources/<LogicalId>`. */
  base: string;
}

type Reader = (ctx: Ctx) => void;

const READERS: Record<string, Reader> = {
  'AWS::EKS::Cluster': cfnCluster,
  'Custom::AWSCDK-EKS-Cluster': cdkCluster,
  // CDK aws-eks (v1): aws-auth inside a KubernetesManifest (cdk-aws-auth.ts).
  [CDK_MANIFEST_TYPE]: (ctx) => extractCdkAwsAuth({ ...ctx, id: ctx.res.id, condition: ctx.res.condition, cluster: clusterRef(ctx, prop(ctx.props, 'ClusterName')) }),
  'AWS::EKS::AccessEntry': accessEntry,
  'AWS::EKS::Nodegroup': (ctx) => nodeRole(ctx, 'NodeRole', 'nodegroup'),
  'AWS::EKS::FargateProfile': (ctx) => nodeRole(ctx, 'PodExecutionRoleArn', 'fargate'),
};

export function extractCloudFormation(doc: SourceDoc, model: Model): void {
  const { root, unknownTag } = normalize(doc);
  if (unknownTag) {
    // CloudFormation rejects the whole template, so nothing in it is read. One failure per file.
    if (!model.parseFailures.some((f) => f.origin.doc.file === doc.file)) {
      model.parseFailures.push({
        kind: 'parse-failure', message: `unknown CloudFormation tag "${unknownTag.tag}"`,
        origin: { doc, pointer: unknownTag.pointer, offsets: unknownTag.offsets }, fields: {},
      });
    }
    return;
  }
  const tpl = indexTemplate(root);
  for (const res of tpl.resources.values()) {
    const read = Object.hasOwn(READERS, res.type) ? READERS[res.type] : undefined;
    if (!read || !res.props) continue;
    // Inside a resource under Condition C, C holds (else the resource would not exist).
    const ev = new Evaluator(tpl, new Set(res.condition ? [res.condition] : []));
    read({ doc, model, tpl, res, props: res.props, ev, base: joinPointer('', 'Resources', res.id) });
  }
}

function at(ctx: Ctx, ...segs: (string | number)[]): Origin {
  return { doc: ctx.doc, pointer: joinPointer(ctx.base, 'Properties', ...segs) };
}

function located(ctx: Ctx, fields: Record<string, Origin>) {
  return { origin: { doc: ctx.doc, pointer: ctx.base }, fields, ...(ctx.res.condition ? { condition: ctx.res.condition } : {}) };
}

function cfnCluster(ctx: Ctx): void {
  pushCluster(ctx, 'cloudformation', [], { name: 'Name', accessConfig: 'AccessConfig', mode: 'AuthenticationMode', bootstrap: 'BootstrapClusterCreatorAdminPermissions' });
}

/** CDK aws-eks (v1): the CreateCluster request in camelCase under `Properties.Config` (eks-api-schemas.md §6). */
function cdkCluster(ctx: Ctx): void {
  pushCluster(ctx, 'cdk', ['Config'], { name: 'name', accessConfig: 'accessConfig', mode: 'authenticationMode', bootstrap: 'bootstrapClusterCreatorAdminPermissions' });
}

interface ClusterKeys {
  name: string;
  accessConfig: string;
  mode: string;
  bootstrap: string;
}

function pushCluster(ctx: Ctx, tool: Tool, under: string[], k: ClusterKeys): void {
  const config = under.reduce<CfnNode | undefined>((n, key) => prop(n, key), ctx.props);
  const name = ctx.ev.text(prop(config, k.name));
  const accessNode = prop(config, k.accessConfig);
  const access = readAccessConfig(ctx.ev, accessNode, k);
  const cluster: Cluster = {
    kind: 'cluster', tool,
    ref: clusterResource(ctx.doc, ctx.res.id, name),
    ...(name ? { name } : {}),
    // A cluster is in the account its stack deploys to.
    account: { unknown: 'AWS::AccountId', means: 'account' },
    authenticationMode: access.mode,
    authenticationModeExplicit: access.explicit,
    ...(access.bootstrap === undefined ? {} : { bootstrapAdmin: access.bootstrap }),
    ...located(ctx, {
      name: at(ctx, ...under, k.name),
      authenticationMode: at(ctx, ...under, k.accessConfig, k.mode),
      bootstrapAdmin: at(ctx, ...under, k.accessConfig, k.bootstrap),
      accessConfig: at(ctx, ...under, k.accessConfig),
    }),
  };
  ctx.model.clusters.push(cluster);
}

function readAccessConfig(ev: Evaluator, node: CfnNode | undefined, k: ClusterKeys) {
  // Not written (or AWS::NoValue): CloudFormation and the API default to CONFIG_MAP and bootstrap true.
  const absent = !node || ev.value(node)?.kind === 'none';
  if (absent) return { mode: literal('CONFIG_MAP'), explicit: false, bootstrap: true };
  if (!isPlainMap(node)) return { mode: unknownText(k.accessConfig), explicit: true, bootstrap: undefined };
  const modeNode = prop(node, k.mode);
  const mode = ev.text(modeNode, k.mode);
  const bootNode = prop(node, k.bootstrap);
  const boot = bootNode ? known(ev.text(bootNode))?.toLowerCase() : 'true';
  return {
    mode: mode ?? literal('CONFIG_MAP'),
    explicit: mode !== undefined,
    bootstrap: boot === 'true' ? true : boot === 'false' ? false : undefined,
  };
}

function clusterResource(doc: SourceDoc, id: string, name: Text | undefined): ClusterRef {
  const literalName = known(name);
  return { resource: `cfn:${doc.file.path}#${id}`, ...(literalName ? { name: literalName } : {}) };
}

/** `ClusterName`: the same logical resource when it is a `Ref` to a cluster here, else its name if known. */
function clusterRef(ctx: Ctx, node: CfnNode | undefined): ClusterRef {
  const name = ctx.ev.text(node);
  const target = node && node.kind === 'map' && node.entries.length === 1 && node.entries[0].key === 'Ref' ? scalarString(node.entries[0].value) : undefined;
  const res = target ? ctx.tpl.resources.get(target) : undefined;
  if (res && CLUSTER_TYPES.has(res.type)) return clusterResource(ctx.doc, res.id, name);
  const literalName = known(name);
  return literalName ? { name: literalName } : {};
}

function accessEntry(ctx: Ctx): void {
  const { ev, props } = ctx;
  const groupsNode = prop(props, 'KubernetesGroups');
  const type = ev.text(prop(props, 'Type'), 'Type');
  const username = ev.text(prop(props, 'Username'), 'Username');
  ctx.model.accessEntries.push({
    kind: 'access-entry', tool: 'cloudformation',
    cluster: clusterRef(ctx, prop(props, 'ClusterName')),
    principal: ev.text(prop(props, 'PrincipalArn'), 'PrincipalArn') ?? unknownText('PrincipalArn'),
    ...(type ? { type } : {}),
    ...(username ? { username } : {}),
    // Absent or removed → none; an intrinsic list we cannot evaluate → unknown.
    groups: !groupsNode || ev.value(groupsNode)?.kind === 'none' ? [] : ev.list(groupsNode),
    policies: policies(ctx),
    ...(policiesIncomplete(ctx) ? { policiesIncomplete: true as const } : {}),
    ...located(ctx, {
      principal: at(ctx, 'PrincipalArn'),
      type: at(ctx, 'Type'),
      username: at(ctx, 'Username'),
      groups: at(ctx, 'KubernetesGroups'),
      policies: at(ctx, 'AccessPolicies'),
      cluster: at(ctx, 'ClusterName'),
    }),
  });
}

/** `AccessPolicies` (or one of its items) behind an intrinsic such as `Fn::If`: more policies may apply than are read. */
function policiesIncomplete(ctx: Ctx): boolean {
  const list = prop(ctx.props, 'AccessPolicies');
  if (!list || ctx.ev.value(list)?.kind === 'none') return false;
  if (list.kind !== 'seq') return true;
  return list.items.some((item) => !isPlainMap(item) && ctx.ev.value(item)?.kind !== 'none');
}

function policies(ctx: Ctx): AccessPolicy[] {
  const list = prop(ctx.props, 'AccessPolicies');
  if (!list || list.kind !== 'seq') return [];
  const out: AccessPolicy[] = [];
  list.items.forEach((item, i) => {
    // An item behind Fn::If may or may not exist: left out rather than guessed.
    if (!isPlainMap(item)) return;
    const scope = prop(item, 'AccessScope');
    const nsNode = prop(scope, 'Namespaces');
    const scopeType = ctx.ev.text(prop(scope, 'Type'), 'AccessScope.Type');
    const namespaces = nsNode ? ctx.ev.list(nsNode) : []; // undefined only when not knowable
    out.push({
      policyArn: ctx.ev.text(prop(item, 'PolicyArn'), 'PolicyArn') ?? unknownText('PolicyArn'),
      ...(scopeType ? { scopeType } : {}),
      ...(namespaces ? { namespaces } : {}),
      origin: at(ctx, 'AccessPolicies', i),
      fields: {
        policyArn: at(ctx, 'AccessPolicies', i, 'PolicyArn'),
        scope: at(ctx, 'AccessPolicies', i, 'AccessScope'),
        scopeType: at(ctx, 'AccessPolicies', i, 'AccessScope', 'Type'),
        namespaces: at(ctx, 'AccessPolicies', i, 'AccessScope', 'Namespaces'),
      },
    });
  });
  return out;
}

function nodeRole(ctx: Ctx, key: string, via: 'nodegroup' | 'fargate'): void {
  ctx.model.nodeRoles.push({
    kind: 'node-role', tool: 'cloudformation', via,
    cluster: clusterRef(ctx, prop(ctx.props, 'ClusterName')),
    role: ctx.ev.text(prop(ctx.props, key), key) ?? unknownText(key),
    ...located(ctx, { role: at(ctx, key), cluster: at(ctx, 'ClusterName') }),
  });
}

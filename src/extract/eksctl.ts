// eksctl ClusterConfig (`apiVersion: eksctl.io/v1alpha5`, eks-api-schemas.md §5) → model: the
// cluster with eksctl's defaults, its access entries, the aws-auth rows eksctl writes for
// `iamIdentityMappings`, and the node roles of managed node groups and Fargate profiles.
// Strings go through withPlaceholders: these files are often templates (`${CLUSTER_NAME}`).
import type { AccessPolicy, AwsAuthDocument, AwsAuthSection, ClusterRef, IdentityMapping, Model, Origin, SectionResult } from '../model.ts';
import { joinPointer, type DocNode, type SourceDoc } from '../source.ts';
import { known, literal, render, unknownText, type Text } from '../text.ts';
import { withPlaceholders } from './aws-auth-section.ts';
import { get, items, str } from './util.ts';

export function isEksctlConfig(root: DocNode | undefined): boolean {
  return str(get(root, 'kind')) === 'ClusterConfig' && (str(get(root, 'apiVersion'))?.startsWith('eksctl.io/') ?? false);
}

interface Ctx {
  doc: SourceDoc;
  model: Model;
  ref: ClusterRef;
}

export function extractEksctl(doc: SourceDoc, model: Model): void {
  const root = doc.root;
  const name = text(get(root, 'metadata', 'name'));
  const literalName = known(name);
  // Objects of this file belong to its cluster: the same logical resource, whatever its name.
  const resource = `eksctl:${doc.file.path}#${doc.index}`;
  const ref: ClusterRef = { resource, ...(literalName ? { name: literalName } : {}), via: `the same eksctl ClusterConfig (${doc.file.path})` };
  const ctx: Ctx = { doc, model, ref };
  const at = (...segs: (string | number)[]): Origin => ({ doc, pointer: joinPointer('', ...segs) });

  const access = get(root, 'accessConfig');
  const modeNode = get(access, 'authenticationMode');
  const written = scalarText(modeNode);
  const bootNode = get(access, 'bootstrapClusterCreatorAdminPermissions');
  const boot = bootNode === undefined ? true : bootNode.kind === 'scalar' && typeof bootNode.value === 'boolean' ? bootNode.value : undefined;
  model.clusters.push({
    kind: 'cluster', tool: 'eksctl',
    ref: { resource, ...(literalName ? { name: literalName } : {}) },
    ...(name ? { name } : {}),
    // eksctl creates the cluster in the account of the credentials it runs with.
    account: { unknown: 'the account eksctl deploys to', means: 'account' },
    authenticationMode: written ?? defaultMode(root),
    authenticationModeExplicit: written !== undefined,
    ...(boot === undefined ? {} : { bootstrapAdmin: boot }),
    origin: at(), fields: {
      name: at('metadata', 'name'),
      authenticationMode: at('accessConfig', 'authenticationMode'),
      bootstrapAdmin: at('accessConfig', 'bootstrapClusterCreatorAdminPermissions'),
      accessConfig: at('accessConfig'),
    },
  });

  items(get(access, 'accessEntries')).forEach((item, i) => accessEntry(ctx, item, i));
  identityMappings(ctx, get(root, 'iamIdentityMappings'));
  items(get(root, 'managedNodeGroups')).forEach((ng, i) => {
    const role = text(get(ng, 'iam', 'instanceRoleARN'));
    if (role) pushNodeRole(ctx, role, 'nodegroup', at('managedNodeGroups', i, 'iam', 'instanceRoleARN'));
  });
  items(get(root, 'fargateProfiles')).forEach((fp, i) => {
    const role = text(get(fp, 'podExecutionRoleARN'));
    if (role) pushNodeRole(ctx, role, 'fargate', at('fargateProfiles', i, 'podExecutionRoleARN'));
  });
}

/** eksctl's default mode (defaults.go getDefaultAuthenticationMode): API_AND_CONFIG_MAP, except on Outposts. */
function defaultMode(root: DocNode | undefined): Text {
  // On Outposts the default depends on details we do not model (§2.4): unknown, not guessed.
  if (get(root, 'outpost') !== undefined) return unknownText('eksctl default authenticationMode on Outposts');
  return literal('API_AND_CONFIG_MAP');
}

/** A string value (placeholders unknown); undefined when absent or not a string. */
function text(node: DocNode | undefined): Text | undefined {
  const s = str(node);
  return s === undefined ? undefined : withPlaceholders(s);
}

/** Any scalar as the text eksctl would see (a number mode is still wrong, and shown as written). */
function scalarText(node: DocNode | undefined): Text | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? withPlaceholders(node.value) : literal(String(node.value));
}

function strings(node: DocNode | undefined): Text[] {
  return items(node).flatMap((n) => {
    const t = text(n);
    return t ? [t] : [];
  });
}

function accessEntry(ctx: Ctx, item: DocNode, i: number): void {
  const principal = text(get(item, 'principalARN'));
  // eksctl rejects an entry without principalARN before deploying: nothing to check.
  if (!principal) return;
  const base = joinPointer('', 'accessConfig', 'accessEntries', i);
  const at = (...segs: (string | number)[]): Origin => ({ doc: ctx.doc, pointer: joinPointer(base, ...segs) });
  const typeText = scalarText(get(item, 'type'));
  // `type: ""` is eksctl's spelling of "not set" (STANDARD).
  const type = typeText && known(typeText) !== '' ? typeText : undefined;
  const username = text(get(item, 'kubernetesUsername'));
  const policies: AccessPolicy[] = [];
  items(get(item, 'accessPolicies')).forEach((p, j) => {
    if (p.kind !== 'map') return;
    const pAt = (...segs: string[]) => at('accessPolicies', j, ...segs);
    const scopeType = text(get(p, 'accessScope', 'type'));
    policies.push({
      policyArn: text(get(p, 'policyARN')) ?? unknownText('policyARN'),
      ...(scopeType ? { scopeType } : {}),
      namespaces: strings(get(p, 'accessScope', 'namespaces')),
      origin: at('accessPolicies', j),
      fields: {
        policyArn: pAt('policyARN'), scope: pAt('accessScope'),
        scopeType: pAt('accessScope', 'type'), namespaces: pAt('accessScope', 'namespaces'),
      },
    });
  });
  ctx.model.accessEntries.push({
    kind: 'access-entry', tool: 'eksctl', cluster: ctx.ref, principal,
    ...(type ? { type } : {}),
    ...(username ? { username } : {}),
    groups: strings(get(item, 'kubernetesGroups')),
    policies,
    origin: at(), fields: {
      principal: at('principalARN'), type: at('type'), username: at('kubernetesUsername'),
      groups: at('kubernetesGroups'), policies: at('accessPolicies'),
    },
  });
}

/**
 * `iamIdentityMappings[]` → the aws-auth rows eksctl writes (authconfigmap.go): in kube-system,
 * under mapUsers when the ARN names a user, else mapRoles; `account` → mapAccounts. Fields point at
 * the eksctl keys; `keys` are the ones eksctl writes (`rolearn`/`userarn`, `username`, `groups`).
 */
function identityMappings(ctx: Ctx, list: DocNode | undefined): void {
  if (!list || list.kind !== 'seq' || list.items.length === 0) return;
  const { doc } = ctx;
  const listAt: Origin = { doc, pointer: '/iamIdentityMappings' };
  const document: AwsAuthDocument = {
    kind: 'aws-auth', tool: 'eksctl', namespace: literal('kube-system'), namespaceDefaulted: false,
    name: literal('aws-auth'), cluster: ctx.ref, sections: [], dataKeys: [],
    origin: listAt, fields: { name: listAt, namespace: listAt, data: listAt },
  };
  const rows: IdentityMapping[] = [];
  const counts: Record<AwsAuthSection, number> = { mapRoles: 0, mapUsers: 0, mapAccounts: 0 };
  list.items.forEach((item, i) => {
    if (item.kind !== 'map') return;
    const at = (...segs: string[]): Origin => ({ doc, pointer: joinPointer('/iamIdentityMappings', i, ...segs) });
    const has = (k: string) => get(item, k) !== undefined;
    const account = get(item, 'account');
    if (account !== undefined) {
      // eksctl rejects `account` with any other option ("account cannot be configured with any other options").
      if (has('arn') || has('username') || has('groups') || has('serviceName') || has('namespace')) return;
      const raw = account.kind === 'scalar' && account.value !== null ? (account.style === 'plain' && account.raw !== undefined ? account.raw : String(account.value)) : undefined;
      rows.push({
        kind: 'identity-mapping', document, section: 'mapAccounts', index: counts.mapAccounts++,
        ...(raw === undefined ? {} : { arn: withPlaceholders(raw) }),
        groups: [], keys: [{ key: '', type: 'string' }], origin: at(), fields: { arn: at('account') },
      });
      return;
    }
    // `serviceName` + `namespace` (e.g. emr-containers): eksctl generates the row itself, for a
    // service-linked role in the account it runs in, with its own username; nothing written here
    // is an aws-auth row to check, so it is not modelled.
    if (has('serviceName') || has('namespace')) return;
    const arn = text(get(item, 'arn'));
    // eksctl rejects a mapping without an ARN before writing anything.
    if (!arn) return;
    const section: AwsAuthSection = /^user\//.test(resourceOf(arn)) ? 'mapUsers' : 'mapRoles';
    const username = text(get(item, 'username'));
    const groupsNode = get(item, 'groups');
    // Only string groups: eksctl rejects any other item when it reads the file.
    const groups = strings(groupsNode);
    const m: IdentityMapping = {
      kind: 'identity-mapping', document, section, index: counts[section]++,
      arn, ...(username ? { username } : {}), groups,
      keys: [
        { key: section === 'mapUsers' ? 'userarn' : 'rolearn', type: 'string', text: arn, origin: at('arn') },
        ...(username ? [{ key: 'username', type: 'string' as const, text: username, origin: at('username') }] : []),
        ...(groupsNode?.kind === 'seq' ? [{ key: 'groups', type: 'seq' as const, origin: at('groups') }] : []),
      ],
      groupValues: groups.map(() => ({ type: 'string' as const })),
      origin: at(), fields: { arn: at('arn'), username: at('username'), groups: at('groups') },
    };
    rows.push(m);
  });
  if (rows.length === 0) return;
  for (const name of ['mapRoles', 'mapUsers', 'mapAccounts'] as const) {
    if (counts[name] === 0) continue;
    const section: SectionResult = { name, origin: listAt, exact: true, unknown: false };
    document.sections.push(section);
    document.dataKeys!.push({ key: name, origin: listAt });
  }
  ctx.model.awsAuth.push(document);
  ctx.model.identityMappings.push(...rows);
}

/** The resource part of an ARN's known prefix (`role/x`, `user/y`), or '' when not knowable. */
function resourceOf(arn: Text): string {
  // A placeholder account (`${AWS_ACCOUNT_ID}`) does not hide the resource after it.
  const fields = render(arn).split(':');
  return fields.length >= 6 ? fields.slice(5).join(':') : '';
}

function pushNodeRole(ctx: Ctx, role: Text, via: 'nodegroup' | 'fargate', origin: Origin): void {
  ctx.model.nodeRoles.push({
    kind: 'node-role', tool: 'eksctl', via, cluster: ctx.ref, role,
    origin, fields: { role: origin },
  });
}

// terraform-aws-modules/eks called from `*.tf.json` (eks-api-schemas.md §4.5): the root module's
// inputs become the Cluster it creates, its access entries with their policy associations, and (v19)
// the aws-auth rows it writes; the v20 `//modules/aws-auth` submodule's inputs become an aws-auth
// ConfigMap in kube-system. Positions are the JSON nodes of the inputs.
import type { AccessEntry, AccessPolicy, AwsAuthDocument, AwsAuthSection, Cluster, ClusterRef, IdentityMapping, MappingKey, Model, SectionResult, SsoMatcher, ValueInfo } from '../model.ts';
import { joinPointer, type DocNode, type MapEntry, type SourceDoc } from '../source.ts';
import { known, literal, unknownText, type Text } from '../text.ts';
import { typeOf } from './aws-auth-section.ts';
import { resourceId } from './tf-refs.ts';
import { parseTemplate, singleExpression } from './tf-template.ts';
import { ConfigAttrs, templateText, type ConfigScope, type Tri } from './tf-values.ts';
import { moduleVersion, type ModuleVersion } from './tf-module-version.ts';
import { get, str } from './util.ts';

/** Entry types whose policy associations the module skips (main.tf `flattened_access_entries`). */
const NO_POLICIES = new Set(['EC2_LINUX', 'EC2_WINDOWS', 'FARGATE_LINUX', 'HYBRID_LINUX']);
const SECTION_INPUTS: [AwsAuthSection, string][] = [['mapRoles', 'aws_auth_roles'], ['mapUsers', 'aws_auth_users'], ['mapAccounts', 'aws_auth_accounts']];
/** v19 adds a mapRoles row for the node role of each node group and Fargate profile it creates. */
const NODE_INPUTS = ['eks_managed_node_groups', 'self_managed_node_groups', 'fargate_profiles'];
/** Inputs only v20 and later accept: a file writing one is not for v19 (Terraform rejects unknown arguments). */
const V20_INPUTS = ['authentication_mode', 'access_entries', 'enable_cluster_creator_admin_permissions'];

interface Call {
  name: string;
  body: ConfigAttrs;
  version: ModuleVersion;
  /** Why its objects may not exist (count, for_each, an unknown `create`). */
  condition?: string;
}

/** Every `module` block whose source is terraform-aws-modules/eks (or its aws-auth submodule). */
export function extractModules(doc: SourceDoc, model: Model, scope: ConfigScope): void {
  for (const [calls, pointer] of objects(get(doc.root, 'module'), '/module')) {
    for (const e of calls.kind === 'map' ? calls.entries : []) {
      if (e.key === '//' || e.value.kind !== 'map') continue;
      const at = joinPointer(pointer, e.key);
      const version = moduleVersion(str(get(e.value, 'source')), str(get(e.value, 'version')));
      if (!version) continue;
      const body = new ConfigAttrs(doc, at, e.value, scope);
      const exists = existence(body);
      if (exists === false) continue;
      const call: Call = { name: e.key, body, version, ...conditionOf(body, exists) };
      if (version.submodule === 'aws-auth') awsAuth(call, model, undefined, false);
      else rootModule(call, model);
    }
  }
}

function objects(node: DocNode | undefined, pointer: string): [DocNode, string][] {
  if (node?.kind === 'map') return [[node, pointer]];
  if (node?.kind === 'seq') return node.items.flatMap((it, i): [DocNode, string][] => (it.kind === 'map' ? [[it, joinPointer(pointer, i)]] : []));
  return [];
}

/** `count = 0` or `create = false` creates nothing; an expression may. */
function existence(b: ConfigAttrs): Tri {
  const count = known(b.text('count'));
  if (count === '0') return false;
  const create = b.bool('create');
  if (create === false) return false;
  return create === 'unknown' ? 'unknown' : true;
}

function conditionOf(b: ConfigAttrs, exists: Tri): { condition?: string } {
  if (b.written('for_each')) return { condition: 'for_each' };
  if (b.written('count') && known(b.text('count')) !== '1') return { condition: 'count' };
  return exists === 'unknown' ? { condition: 'create' } : {};
}

function rootModule(call: Call, model: Model): void {
  const { body: b, version: v } = call;
  const doc = b.doc;
  const origin = { doc, pointer: b.pointer };
  const v20Inputs = V20_INPUTS.some((k) => b.written(k));
  // v21 renamed cluster_name to name.
  const nameKey = v.atLeast(21) ? 'name' : b.written('cluster_name') ? 'cluster_name' : 'name';
  const name = b.text(nameKey);
  const ref: ClusterRef = { resource: resourceId(b.scope.module, `module.${call.name}`) };
  if (known(name) !== undefined) ref.name = known(name);
  const modeWritten = b.written('authentication_mode');
  // v20+ defaults var.authentication_mode to API_AND_CONFIG_MAP; v19 sends no access_config, so
  // EKS's CONFIG_MAP applies. An unknown version means an unknown default.
  const mode = modeWritten ? b.text('authentication_mode') : v.atLeast(20) ? literal('API_AND_CONFIG_MAP') : v.below(20) ? literal('CONFIG_MAP') : undefined;
  // v20+ hard-codes bootstrap_cluster_creator_admin_permissions = false.
  const bootstrap = v.atLeast(20) || v20Inputs ? false : v.below(20) ? true : undefined;
  const creator = b.bool('enable_cluster_creator_admin_permissions');
  const cluster: Cluster = {
    kind: 'cluster', tool: 'terraform-module', ref, name,
    account: { unknown: 'provider account', means: 'account' },
    authenticationMode: mode, authenticationModeExplicit: modeWritten, bootstrapAdmin: bootstrap,
    ...(call.condition ? { condition: call.condition } : {}),
    origin,
    fields: {
      name: { doc, pointer: b.at(nameKey) },
      authenticationMode: modeWritten ? { doc, pointer: b.at('authentication_mode') } : origin,
      // Not an input: a written CONFIG_MAP is what makes the hard-coded false fail, else the creator-admin input stands in.
      bootstrapAdmin: modeWritten && known(mode) === 'CONFIG_MAP' ? { doc, pointer: b.at('authentication_mode') }
        : b.written('enable_cluster_creator_admin_permissions') ? { doc, pointer: b.at('enable_cluster_creator_admin_permissions') } : origin,
      accessConfig: origin,
    },
  };
  model.clusters.push(cluster);
  if (!v.below(20)) accessEntries(call, ref, model);
  if (creator === true || creator === 'unknown') model.accessEntries.push(creatorEntry(call, creator === true ? ref : {}, creator === 'unknown'));
  // v19 writes aws-auth itself when asked to (v20 moved that to the submodule).
  if (!v.atLeast(20) && !v20Inputs) {
    const manage = b.bool('manage_aws_auth_configmap');
    const create = b.bool('create_aws_auth_configmap');
    if (manage === true || create === true) awsAuth(call, model, ref, true);
    else if (manage === 'unknown' || create === 'unknown') awsAuth({ ...call, condition: call.condition ?? 'manage_aws_auth_configmap' }, model, ref, true);
  }
}

function accessEntries(call: Call, ref: ClusterRef, model: Model): void {
  const b = call.body;
  const node = get(b.node, 'access_entries');
  if (!node || (node.kind === 'scalar' && node.value === null)) return;
  if (node.kind !== 'map') {
    // An expression for the whole map: any entries may be in it, tied to no cluster so that no
    // rule holds them against this one, but counted as possible admins.
    model.accessEntries.push(placeholder(call, b.at('access_entries'), `module.${call.name}.access_entries`));
    return;
  }
  for (const e of node.entries) {
    if (e.key === '//') continue;
    const at = b.at('access_entries') + joinPointer('', e.key);
    if (e.value.kind !== 'map') model.accessEntries.push(placeholder(call, at, `module.${call.name}.access_entries["${e.key}"]`));
    else model.accessEntries.push(accessEntry(call, ref, e.key, new ConfigAttrs(b.doc, at, e.value, b.scope)));
  }
}

function accessEntry(call: Call, ref: ClusterRef, key: string, b: ConfigAttrs): AccessEntry {
  const what = `module.${call.name}.access_entries["${key}"]`;
  const type = b.text('type');
  const policies: AccessPolicy[] = [];
  let incomplete = false;
  const typeName = known(type);
  // The module skips associations for node types; when the type is an expression they may not exist.
  if (typeName === undefined || !NO_POLICIES.has(typeName)) {
    const assoc = get(b.node, 'policy_associations');
    if (assoc?.kind === 'map') {
      for (const p of assoc.entries) {
        if (p.key === '//') continue;
        if (p.value.kind !== 'map') incomplete = true;
        else policies.push(policy(new ConfigAttrs(b.doc, b.at('policy_associations') + joinPointer('', p.key), p.value, b.scope), `${what}.policy_associations["${p.key}"]`, type ? typeName === undefined : false, call.condition));
      }
    } else if (assoc && !(assoc.kind === 'scalar' && assoc.value === null)) incomplete = true;
  }
  return {
    kind: 'access-entry', tool: 'terraform', cluster: ref,
    principal: b.text('principal_arn') ?? unknownText(`${what}.principal_arn (not set)`),
    type, username: b.text('user_name'), groups: b.list('kubernetes_groups'), policies,
    ...(incomplete ? { policiesIncomplete: true as const } : {}),
    ...(call.condition ? { condition: call.condition } : {}),
    origin: { doc: b.doc, pointer: b.pointer },
    fields: {
      principal: { doc: b.doc, pointer: b.at('principal_arn') },
      type: { doc: b.doc, pointer: b.at('type') },
      username: { doc: b.doc, pointer: b.at('user_name') },
      groups: { doc: b.doc, pointer: b.at('kubernetes_groups') },
    },
  };
}

function policy(p: ConfigAttrs, what: string, typeUnknown: boolean, condition: string | undefined): AccessPolicy {
  const scope = p.block('access_scope');
  const s = scope && scope !== 'unknown' ? scope : undefined;
  const cond = condition ?? (typeUnknown ? 'type' : undefined);
  return {
    policyArn: p.text('policy_arn') ?? unknownText(`${what}.policy_arn (not set)`),
    scopeType: scope === 'unknown' ? unknownText(`${what}.access_scope`) : s?.text('type'),
    namespaces: s ? s.list('namespaces') : scope === 'unknown' ? undefined : [],
    ...(cond ? { condition: cond } : {}),
    origin: { doc: p.doc, pointer: p.pointer },
    fields: {
      policyArn: { doc: p.doc, pointer: p.at('policy_arn') },
      scope: { doc: p.doc, pointer: s ? s.pointer : p.at('access_scope') },
      scopeType: { doc: p.doc, pointer: s ? s.at('type') : p.at('access_scope') },
      namespaces: { doc: p.doc, pointer: s ? s.at('namespaces') : p.at('access_scope') },
    },
  };
}

/** Entries the files do not spell out: nothing about them is known. */
function placeholder(call: Call, pointer: string, what: string): AccessEntry {
  const doc = call.body.doc;
  return {
    kind: 'access-entry', tool: 'terraform', cluster: {}, principal: unknownText(what), type: unknownText(`${what}.type`),
    groups: undefined, policies: [], policiesIncomplete: true, condition: call.condition ?? 'access_entries',
    origin: { doc, pointer }, fields: {},
  };
}

/** `enable_cluster_creator_admin_permissions`: an entry for the caller with cluster-scope AmazonEKSClusterAdminPolicy. */
function creatorEntry(call: Call, ref: ClusterRef, conditional: boolean): AccessEntry {
  const doc = call.body.doc;
  const at = { doc, pointer: call.body.at('enable_cluster_creator_admin_permissions') };
  const condition = call.condition ?? (conditional ? 'enable_cluster_creator_admin_permissions' : undefined);
  return {
    kind: 'access-entry', tool: 'terraform', cluster: ref,
    principal: unknownText('data.aws_iam_session_context.current.issuer_arn'), type: literal('STANDARD'), groups: [],
    policies: [{
      policyArn: { parts: ['arn:', { unknown: 'partition', means: 'partition' }, ':eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy'] },
      scopeType: literal('cluster'), namespaces: [], origin: at, fields: {},
    }],
    ...(condition ? { condition } : {}),
    origin: at, fields: { principal: at },
  };
}

/** The ConfigMap the module writes: `data` = yamlencode of each input list, in kube-system. */
function awsAuth(call: Call, model: Model, cluster: ClusterRef | undefined, v19: boolean): void {
  const b = call.body;
  if (!v19) {
    // The submodule writes it unless both are turned off (manage defaults to true, create to false).
    const manage = b.bool('manage_aws_auth_configmap');
    const create = b.bool('create_aws_auth_configmap');
    if (manage === false && create !== true && create !== 'unknown') return;
    if ((manage === 'unknown' || manage === false) && create !== true) call = { ...call, condition: call.condition ?? 'manage_aws_auth_configmap' };
  }
  const doc = b.doc;
  const origin = { doc, pointer: b.pointer };
  const document: AwsAuthDocument = {
    kind: 'aws-auth', tool: 'terraform', sections: [], namespace: literal('kube-system'), namespaceDefaulted: false, name: literal('aws-auth'),
    ...(cluster ? { cluster } : {}),
    ...(call.condition ? { condition: call.condition } : {}),
    origin,
    fields: { name: origin, namespace: origin, data: origin },
    dataKeys: SECTION_INPUTS.map(([key, input]) => ({ key, origin: b.written(input) ? { doc, pointer: b.at(input) } : origin })),
  };
  model.awsAuth.push(document);
  const nodeRows = v19 && NODE_INPUTS.some((k) => nonEmpty(get(b.node, k)));
  for (const [name, input] of SECTION_INPUTS) {
    const node = get(b.node, input);
    const section: SectionResult = { name, origin: node ? { doc, pointer: b.at(input) } : origin, exact: true, unknown: name === 'mapRoles' && nodeRows };
    document.sections.push(section);
    if (!node || (node.kind === 'scalar' && node.value === null)) continue;
    if (node.kind !== 'seq') {
      section.unknown = true; // `${var.roles}`, `${concat(…)}`
      continue;
    }
    node.items.forEach((item, index) => {
      const pointer = joinPointer(b.at(input), index);
      if (item.kind === 'scalar' && typeof item.value === 'string' && name !== 'mapAccounts' && isExpression(item.value)) {
        section.unknown = true; // an item that is an expression may be any row
        return;
      }
      model.identityMappings.push(name === 'mapAccounts' ? account(document, b, pointer, item, index) : row(document, name, b, pointer, item, index));
    });
  }
}

function nonEmpty(n: DocNode | undefined): boolean {
  if (!n) return false;
  if (n.kind === 'map') return n.entries.some((e) => e.key !== '//');
  if (n.kind === 'seq') return n.items.length > 0;
  return n.value !== null;
}

function isExpression(s: string): boolean {
  const t = parseTemplate(s);
  return t.directive || singleExpression(t) !== undefined;
}

/** What yamlencode writes and the authenticator reads back: strings quoted, numbers and bools plain. */
function valueInfo(n: DocNode): ValueInfo {
  const type = typeOf(n);
  return n.kind === 'scalar' && (type === 'number' || type === 'boolean') ? { type, raw: String(n.value) } : { type };
}

function textOf(n: DocNode, b: ConfigAttrs): Text | undefined {
  if (n.kind !== 'scalar' || typeof n.value !== 'string') return undefined;
  return templateText(parseTemplate(n.value), b.scope);
}

function key(b: ConfigAttrs, pointer: string, e: MapEntry): MappingKey {
  const text = textOf(e.value, b);
  return { key: e.key, ...valueInfo(e.value), ...(text ? { text } : {}), origin: { doc: b.doc, pointer: joinPointer(pointer, e.key) } };
}

function row(document: AwsAuthDocument, section: AwsAuthSection, b: ConfigAttrs, pointer: string, item: DocNode, index: number): IdentityMapping {
  const m: IdentityMapping = { kind: 'identity-mapping', document, section, index, groups: [], keys: [], origin: { doc: b.doc, pointer }, fields: {} };
  if (item.kind !== 'map') {
    const text = textOf(item, b);
    m.item = { ...valueInfo(item), ...(text ? { text } : {}) };
    return m;
  }
  const arnKey = section === 'mapUsers' ? 'userarn' : 'rolearn';
  for (const e of item.entries) {
    const k = key(b, pointer, e);
    m.keys.push(k);
    const lower = e.key.toLowerCase().replace(/\u017f/g, 's');
    if (lower === arnKey) [m.arn, m.fields.arn] = [k.text, k.origin];
    else if (lower === 'username') [m.username, m.fields.username] = [k.text, k.origin];
    else if (lower === 'groups') {
      m.fields.groups = k.origin;
      const v = e.value;
      m.groups = v.kind === 'seq' ? v.items.map((g) => textOf(g, b)) : [];
      m.groupValues = v.kind === 'seq' ? v.items.map(valueInfo) : undefined;
      // `"${var.groups}"` may be the whole list.
      if (k.text && known(k.text) === undefined) m.groups = [k.text];
    } else if (section === 'mapRoles' && lower === 'sso') {
      m.fields.sso = k.origin;
      if (e.value.kind === 'map') m.sso = sso(b, k.origin!.pointer, e.value.entries);
    }
  }
  return m;
}

function sso(b: ConfigAttrs, pointer: string, entries: MapEntry[]): SsoMatcher {
  const out: SsoMatcher = { keys: [] };
  for (const e of entries) {
    const k = key(b, pointer, e);
    out.keys.push(k);
    const lower = e.key.toLowerCase();
    if (lower === 'permissionsetname') out.permissionSetName = k;
    else if (lower === 'accountid') out.accountID = k;
    else if (lower === 'partition') out.partition = k;
  }
  return out;
}

function account(document: AwsAuthDocument, b: ConfigAttrs, pointer: string, item: DocNode, index: number): IdentityMapping {
  const raw = item.kind === 'scalar' && item.value !== null ? String(item.value) : undefined;
  const text = item.kind === 'scalar' && typeof item.value === 'string' ? textOf(item, b) : raw === undefined ? undefined : literal(raw);
  return {
    kind: 'identity-mapping', document, section: 'mapAccounts', index,
    arn: text, groups: [], keys: [{ key: '', ...valueInfo(item) }],
    origin: { doc: b.doc, pointer }, fields: { arn: { doc: b.doc, pointer } },
  };
}

// The Terraform JSON extractor: configuration templates and references, plan before/after with
// unknowns, state in both shapes, aws-auth through kubernetes_config_map*, and malformed input.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { isTerraformJson } from '../src/extract/terraform.ts';
import type { Extracted, Located, Origin } from '../src/model.ts';
import { parseJson } from '../src/parse/json.ts';
import { SourceFile } from '../src/source.ts';
import { known, render } from '../src/text.ts';

const run = (doc: unknown, path = 'main.tf.json'): Extracted => {
  const text = typeof doc === 'string' ? doc : JSON.stringify(doc, null, 2);
  return extractFile(new SourceFile(path, text, 'json'));
};
const config = (resource: unknown) => run({ resource });
/** Where a field lands in the outer file, as `line:column`. */
const at = (o: Located, field?: string): string => {
  const origin: Origin = (field && o.fields[field]) || o.origin;
  const r = origin.offsets ? origin.doc.file.range(...origin.offsets) : origin.doc.locate(origin.pointer);
  return `${r.start.line}:${r.start.column}`;
};
const textAt = (o: Located, field: string): string => {
  const origin = o.fields[field]!;
  const [s, e] = origin.doc.locateOffsets(origin.pointer);
  return origin.doc.file.text.slice(s, e);
};

const plan = (changes: unknown[], configuration: unknown = { root_module: {} }) => ({
  format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: {} }, resource_changes: changes, configuration,
});
const change = (address: string, type: string, actions: string[], before: unknown, after: unknown, after_unknown: unknown = {}, module?: string) => ({
  address, ...(module ? { module_address: module } : {}), mode: /(^|\.)data\./.test(address) ? 'data' : 'managed', type, name: address.replace(/.*\./, '').replace(/\[.*$/, ''),
  provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions, before, after, after_unknown },
});
const NODE = 'arn:aws:iam::111122223333:role/eks-node';

describe('shape detection', () => {
  const root = (v: unknown) => parseJson(JSON.stringify(v)).root;
  it('claims Terraform config, plans and state only', () => {
    expect(isTerraformJson(root({ resource: { aws_eks_cluster: {} } }))).toBe(true);
    expect(isTerraformJson(root({ '//': {}, module: { eks: { source: 'x' } } }))).toBe(true);
    expect(isTerraformJson(root({ format_version: '1.2', resource_changes: [] }))).toBe(true);
    expect(isTerraformJson(root({ format_version: '1.0', values: { root_module: {} } }))).toBe(true);
    expect(isTerraformJson(root({ version: 4, serial: 3, lineage: 'x', resources: [] }))).toBe(true);
    expect(isTerraformJson(root({ AWSTemplateFormatVersion: '2010-09-09', Resources: {} }))).toBe(false);
    expect(isTerraformJson(root({ Resources: { resource: {} } }))).toBe(false);
    expect(isTerraformJson(root({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth' }, data: {} }))).toBe(false);
    expect(isTerraformJson(root({ resource: {}, kind: 'x', apiVersion: 'v1' }))).toBe(false);
    expect(isTerraformJson(root({ values: { a: 1 } }))).toBe(false); // a Helm values-like file
    expect(isTerraformJson(root({ resource: 'x', other: 1 }))).toBe(false);
  });
});

describe('*.tf.json configuration', () => {
  it('scopes a configuration file to its folder, so two stacks never share a cluster address', () => {
    const body = { resource: { aws_eks_cluster: { x: { name: 'c' } }, aws_eks_access_entry: { e: { cluster_name: '${aws_eks_cluster.x.name}', principal_arn: 'arn:aws:iam::111122223333:role/r' } } } };
    const dev = run(body, 'stacks/dev/cdk.tf.json').after;
    const prod = run(body, 'stacks/prod/cdk.tf.json').after;
    expect(dev.accessEntries[0].cluster.resource).toBe('tf:dir:stacks/dev#aws_eks_cluster.x');
    expect(prod.clusters[0].ref.resource).toBe('tf:dir:stacks/prod#aws_eks_cluster.x');
  });

  it('resolves cluster references, literals and deploying-account expressions', () => {
    const { after } = config({
      aws_eks_cluster: { this: { name: 'prod', access_config: { authentication_mode: 'API' } } },
      aws_eks_access_entry: {
        a: { cluster_name: '${aws_eks_cluster.this.name}', principal_arn: 'arn:${data.aws_partition.current.partition}:iam::${data.aws_caller_identity.current.account_id}:role/a' },
        b: { cluster_name: '${aws_eks_cluster.this.id}', principal_arn: 'arn:aws:iam::111122223333:role/b', user_name: 'lit:$${x}' },
        c: { cluster_name: 'staging', principal_arn: '${var.role}', type: 'STANDARD' },
        d: { cluster_name: '${module.eks.cluster_name}', principal_arn: 'arn:aws:iam::111122223333:role/d' },
      },
    });
    const [a, b, c, d] = after.accessEntries;
    expect(a.tool).toBe('terraform');
    expect(a.cluster).toEqual({ resource: 'tf:dir:.#aws_eks_cluster.this' });
    expect(b.cluster).toEqual({ resource: 'tf:dir:.#aws_eks_cluster.this' });
    expect(c.cluster).toEqual({ name: 'staging' });
    expect(d.cluster).toEqual({});
    expect(a.principal.parts).toEqual([
      'arn:', { unknown: 'data.aws_partition.current.partition', means: 'partition' }, ':iam::',
      { unknown: 'data.aws_caller_identity.current.account_id', means: 'account' }, ':role/a',
    ]);
    expect(known(b.username)).toBe('lit:${x}'); // `$${` is an escaped literal
    expect(c.principal.parts).toEqual([{ unknown: 'var.role' }]);
    expect(a.type).toBeUndefined();
    expect(known(c.type)).toBe('STANDARD');
    expect(a.groups).toEqual([]);
    const [cl] = after.clusters;
    expect(cl).toMatchObject({ ref: { resource: 'tf:dir:.#aws_eks_cluster.this', name: 'prod' }, authenticationModeExplicit: true, bootstrapAdmin: true, tool: 'terraform' });
    expect(known(cl.authenticationMode)).toBe('API');
    expect(cl.account).toEqual({ unknown: 'provider account', means: 'account' });
  });

  it('reads nested blocks written as an object or as an array, and skips // comments', () => {
    const { after } = config({
      aws_eks_cluster: {
        '//': { metadata: { path: 'stack/cluster' } },
        obj: { '//': 'comment', name: 'a', access_config: { authentication_mode: 'API_AND_CONFIG_MAP', bootstrap_cluster_creator_admin_permissions: false } },
        arr: { name: 'b', access_config: [{ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: 'true' }] },
        none: { name: 'c' },
      },
    });
    expect(after.clusters.map((c) => [known(c.name), known(c.authenticationMode), c.authenticationModeExplicit, c.bootstrapAdmin])).toEqual([
      ['a', 'API_AND_CONFIG_MAP', true, false],
      ['b', 'API', true, true],
      ['c', 'CONFIG_MAP', false, true], // EKS's default when Terraform sends nothing
    ]);
    expect(after.clusters[1].fields.authenticationMode!.pointer).toBe('/resource/aws_eks_cluster/arr/access_config/0/authentication_mode');
  });

  it('joins policy associations to their entry by reference or by the same cluster and principal', () => {
    const { after } = config({
      aws_eks_cluster: { this: { name: 'prod' } },
      aws_eks_access_entry: {
        admin: { cluster_name: '${aws_eks_cluster.this.name}', principal_arn: '${aws_iam_role.admin.arn}' },
        view: { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/view' },
      },
      aws_eks_access_policy_association: {
        admin: {
          cluster_name: '${aws_eks_cluster.this.name}', principal_arn: '${aws_eks_access_entry.admin.principal_arn}',
          policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', access_scope: { type: 'cluster' },
        },
        view: {
          cluster_name: '${aws_eks_cluster.this.name}', principal_arn: 'arn:aws:iam::111122223333:role/view',
          policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', access_scope: [{ type: 'namespace', namespaces: ['dev', 'qa'] }],
        },
        via_entry: {
          cluster_name: '${aws_eks_access_entry.view.cluster_name}', principal_arn: 'arn:aws:iam::111122223333:role/view',
          policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy', access_scope: { type: 'cluster' },
        },
        orphan: { cluster_name: 'other', principal_arn: 'arn:aws:iam::111122223333:role/view', policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy', access_scope: { type: 'cluster' } },
      },
    });
    const [admin, view] = after.accessEntries;
    expect(admin.policies.map((p) => known(p.scopeType))).toEqual(['cluster']);
    expect(view.policies.map((p) => known(p.policyArn)?.replace(/.*\//, ''))).toEqual(['AmazonEKSViewPolicy', 'AmazonEKSAdminViewPolicy']);
    expect(view.policies[0].namespaces!.map(known)).toEqual(['dev', 'qa']);
    expect(view.policies[0].fields.namespaces!.pointer).toBe('/resource/aws_eks_access_policy_association/view/access_scope/0/namespaces');
  });

  it('resolves an IAM role ARN declared in the same file, path included', () => {
    const { after } = config({
      aws_iam_role: { node: { name: 'eks-node', path: '/nodes/' }, gen: { name_prefix: 'x' } },
      aws_eks_node_group: { ng: { cluster_name: 'prod', node_role_arn: '${aws_iam_role.node.arn}' } },
      aws_eks_fargate_profile: { fp: { cluster_name: 'prod', pod_execution_role_arn: '${aws_iam_role.gen.arn}' } },
    });
    const [ng, fp] = after.nodeRoles;
    expect(ng.via).toBe('nodegroup');
    expect(render(ng.role)).toBe('arn:${partition}:iam::${account}:role/nodes/eks-node');
    expect(fp.via).toBe('fargate');
    expect(fp.role.parts).toEqual([{ unknown: 'aws_iam_role.gen.arn' }]);
  });

  it('skips count = 0 resources', () => {
    const { after } = config({ aws_eks_access_entry: { off: { count: 0, cluster_name: 'a', principal_arn: NODE } } });
    expect(after.accessEntries).toHaveLength(0);
  });
});

describe('aws-auth through kubernetes_config_map*', () => {
  const cm = (type: string, metadata: unknown, data: unknown) => config({ [type]: { aws_auth: { metadata, data } } });

  it('defaults the namespace to "default" when metadata.namespace is left out', () => {
    const a = cm('kubernetes_config_map', { name: 'aws-auth' }, {}).after.awsAuth[0];
    expect(a).toMatchObject({ tool: 'terraform', namespaceDefaulted: true });
    expect(known(a.namespace)).toBe('default');
    const b = cm('kubernetes_config_map_v1_data', [{ name: 'aws-auth', namespace: 'kube-system' }], {}).after.awsAuth[0];
    expect(b.namespaceDefaulted).toBe(false);
    expect(known(b.namespace)).toBe('kube-system');
    expect(cm('kubernetes_config_map_v1', { name: 'other' }, {}).after.awsAuth).toHaveLength(0);
  });

  it('maps positions inside a templated section back to the file, and resolves its holes', () => {
    const { after } = cm('kubernetes_config_map_v1', { name: 'aws-auth', namespace: 'kube-system' }, {
      mapRoles: '- rolearn: arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/team/deployer\n  username: "x:{{SessionName}}"\n  groups:\n    - ${var.group}\n',
    });
    const [m] = after.identityMappings;
    expect(m.arn!.parts).toEqual(['arn:aws:iam::', { unknown: 'data.aws_caller_identity.current.account_id', means: 'account' }, ':role/team/deployer']);
    expect(textAt(m, 'arn')).toBe('arn:aws:iam::${data.aws_caller_identity.current.account_id}:role/team/deployer');
    expect(textAt(m, 'username')).toBe('\\"x:{{SessionName}}\\"'); // JSON-escaped quotes in the file
    expect(m.groups[0]!.parts).toEqual([{ unknown: 'var.group' }]);
    expect(after.awsAuth[0].sections[0]).toMatchObject({ name: 'mapRoles', exact: true, unknown: false });
  });

  it('treats a whole-expression section, a directive or structural holes as unknown', () => {
    const { after } = cm('kubernetes_config_map', { name: 'aws-auth', namespace: 'kube-system' }, {
      mapRoles: '${yamlencode(local.roles)}',
      mapUsers: '%{ for u in var.users }- userarn: ${u}\n%{ endfor }',
      mapAccounts: '${indent(2, yamlencode(var.accounts))}\n',
    });
    expect(after.awsAuth[0].sections.map((s) => [s.name, s.unknown, !!s.error])).toEqual([
      ['mapRoles', true, false], ['mapUsers', true, false], ['mapAccounts', true, false],
    ]);
    expect(after.identityMappings).toHaveLength(0);
  });

  it('reports a broken section at the inner position', () => {
    const text = JSON.stringify({ resource: { kubernetes_config_map: { aws_auth: {
      metadata: { name: 'aws-auth', namespace: 'kube-system' },
      data: { mapRoles: '- rolearn: ${aws_iam_role.x.arn}\n  username: {{SessionName}}\n' },
    } } } }, null, 2);
    const { after } = run(text);
    const err = after.awsAuth[0].sections[0].error!;
    expect(err).toBeDefined();
    expect(text.slice(err.origin.offsets![0], err.origin.offsets![0] + 2)).toBe('{{');
  });

  it('recognises a kubernetes_manifest ConfigMap', () => {
    const { after } = config({ kubernetes_manifest: { aws_auth: { manifest: {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'aws-auth', namespace: 'kube-system' },
      data: { mapRoles: `- rolearn: ${NODE}\n  username: system:node:{{EC2PrivateDNSName}}\n  groups: [system:nodes]\n` },
    } } } });
    expect(after.awsAuth).toHaveLength(1);
    expect(known(after.identityMappings[0].arn)).toBe(NODE);
  });
});

describe('terraform show -json plans', () => {
  const entry = (type: string, extra: object = {}) => ({ cluster_name: 'prod', principal_arn: NODE, type, tags: null, ...extra });

  it('yields before from change.before and after from change.after (create, delete, replace)', () => {
    const out = run(plan([
      change('aws_eks_access_entry.created', 'aws_eks_access_entry', ['create'], null, entry('STANDARD')),
      change('aws_eks_access_entry.deleted', 'aws_eks_access_entry', ['delete'], entry('EC2_LINUX', { kubernetes_groups: ['system:nodes'] }), null),
      change('aws_eks_access_entry.replaced', 'aws_eks_access_entry', ['delete', 'create'], entry('STANDARD'), entry('EC2_LINUX')),
      change('data.aws_eks_cluster.x', 'aws_eks_cluster', ['read'], null, {}),
    ]), 'plan.json');
    const where = (m: Extracted['after']) => m.accessEntries.map((e) => e.origin.pointer);
    expect(where(out.after)).toEqual(['/resource_changes/0/change/after', '/resource_changes/2/change/after']);
    expect(where(out.before!)).toEqual(['/resource_changes/1/change/before', '/resource_changes/2/change/before']);
    expect(out.before!.accessEntries[0].groups).toEqual([]); // system:nodes is EKS's own
    expect(out.before!.accessEntries[0].fields.principal!.pointer).toBe('/resource_changes/1/change/before/principal_arn');
    expect(known(out.after.accessEntries[1].type)).toBe('EC2_LINUX');
    expect(out.after.clusters).toHaveLength(0); // a data source is not a cluster
  });

  it('gives an empty before model for a plan that only creates', () => {
    const out = run(plan([change('aws_eks_access_entry.a', 'aws_eks_access_entry', ['create'], null, entry('STANDARD'))]));
    expect(out.before).toBeDefined();
    expect(out.before!.accessEntries).toHaveLength(0);
  });

  it('reads values listed in after_unknown as unknown', () => {
    const out = run(plan([
      change('aws_eks_access_entry.a', 'aws_eks_access_entry', ['create'], null,
        { cluster_name: 'prod', principal_arn: null, type: 'STANDARD', tags: null },
        { access_entry_arn: true, principal_arn: true, kubernetes_groups: true, user_name: true, id: true }),
      change('aws_eks_cluster.this', 'aws_eks_cluster', ['create'], null, { name: 'prod', access_config: [] }, { arn: true, access_config: true }),
    ], { root_module: { resources: [
      { address: 'aws_eks_cluster.this', mode: 'managed', type: 'aws_eks_cluster', name: 'this', expressions: { name: { constant_value: 'prod' } } },
    ] } }));
    const [e] = out.after.accessEntries;
    expect(e.groups).toBeUndefined();
    expect(e.username!.parts).toEqual([{ unknown: 'aws_eks_access_entry.a.user_name' }]);
    expect(e.principal.parts).toEqual([{ unknown: 'aws_eks_access_entry.a.principal_arn' }]);
    const [c] = out.after.clusters;
    expect(c.authenticationMode).toBeUndefined();
    expect(c.authenticationModeExplicit).toBe(false); // the configuration leaves access_config out
  });

  it('reads computed values the configuration leaves out as not written', () => {
    const out = run(plan([
      change('aws_eks_access_entry.a', 'aws_eks_access_entry', ['create'], null, { cluster_name: 'prod', principal_arn: NODE, type: 'STANDARD' }, { kubernetes_groups: true, user_name: true }),
    ], { root_module: { resources: [
      { address: 'aws_eks_access_entry.a', mode: 'managed', type: 'aws_eks_access_entry', name: 'a', expressions: { cluster_name: { constant_value: 'prod' }, principal_arn: { constant_value: NODE } } },
    ] } }));
    const [e] = out.after.accessEntries;
    expect(e.groups).toEqual([]);
    expect(e.username).toBeUndefined();
  });

  it('names module resources by module address and links by literal cluster name or reference', () => {
    const out = run(plan([
      change('module.eks.aws_eks_cluster.this[0]', 'aws_eks_cluster', ['no-op'],
        { name: 'prod', arn: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod', access_config: [{ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false }] },
        { name: 'prod', arn: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod', access_config: [{ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false }] },
        {}, 'module.eks'),
      change('module.eks.aws_eks_access_entry.this["admin"]', 'aws_eks_access_entry', ['create'], null,
        { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/admin', type: 'STANDARD' }, { kubernetes_groups: true }, 'module.eks'),
      change('module.eks.aws_eks_access_policy_association.this["admin"]', 'aws_eks_access_policy_association', ['create'], null,
        { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/admin', policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy', access_scope: [{ type: 'cluster', namespaces: null }] },
        {}, 'module.eks'),
      change('module.nodes.aws_eks_node_group.this', 'aws_eks_node_group', ['create'], null, { cluster_name: null, node_role_arn: NODE }, { cluster_name: true }, 'module.nodes'),
    ], { root_module: { module_calls: {
      eks: { source: 'x', module: { resources: [{ address: 'aws_eks_access_entry.this', mode: 'managed', type: 'aws_eks_access_entry', name: 'this', expressions: {
        cluster_name: { references: ['aws_eks_cluster.this[0].name', 'aws_eks_cluster.this[0]', 'aws_eks_cluster.this'] }, principal_arn: { references: ['each.value.principal_arn', 'each.value'] },
      } }] } },
      nodes: { source: 'y', module: { resources: [{ address: 'aws_eks_node_group.this', mode: 'managed', type: 'aws_eks_node_group', name: 'this', expressions: {
        cluster_name: { references: ['var.cluster_name'] },
      } }] } },
    } } }));
    const [c] = out.after.clusters;
    expect(c.ref).toEqual({ resource: 'tf:module.eks#aws_eks_cluster.this[0]', name: 'prod' });
    expect(c.account).toBe('111122223333');
    expect(c.bootstrapAdmin).toBe(false);
    const [e] = out.after.accessEntries;
    expect(e.cluster).toEqual({ name: 'prod', resource: 'tf:module.eks#aws_eks_cluster.this[0]' });
    expect(e.policies.map((p) => [known(p.scopeType), p.namespaces])).toEqual([['cluster', []]]);
    expect(out.after.nodeRoles[0].cluster).toEqual({});
    expect(out.before!.clusters).toHaveLength(1);
  });

  it('keeps a forgotten object in after, and joins an association through the configuration when values are unknown', () => {
    const out = run(plan([
      change('aws_eks_access_entry.nodes', 'aws_eks_access_entry', ['forget'], entry('EC2_LINUX'), null),
      change('aws_eks_access_entry.ci', 'aws_eks_access_entry', ['create'], null, { cluster_name: 'prod', type: 'STANDARD' }, { principal_arn: true }),
      change('aws_eks_access_policy_association.ci', 'aws_eks_access_policy_association', ['create'], null,
        { cluster_name: 'prod', policy_arn: 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy', access_scope: [{ type: 'namespace', namespaces: ['ci'] }] },
        { principal_arn: true }),
    ], { root_module: { resources: [
      { address: 'aws_eks_access_entry.ci', mode: 'managed', type: 'aws_eks_access_entry', name: 'ci', expressions: { principal_arn: { references: ['aws_iam_role.ci.arn', 'aws_iam_role.ci'] } } },
      { address: 'aws_eks_access_policy_association.ci', mode: 'managed', type: 'aws_eks_access_policy_association', name: 'ci', expressions: {
        principal_arn: { references: ['aws_eks_access_entry.ci.principal_arn', 'aws_eks_access_entry.ci'] } } },
    ] } }));
    expect(out.before!.accessEntries).toHaveLength(1);
    const [forgotten, ci] = out.after.accessEntries;
    expect(known(forgotten.type)).toBe('EC2_LINUX');
    expect(ci.policies.map((p) => known(p.policyArn))).toEqual(['arn:aws:eks::aws:cluster-access-policy/AmazonEKSEditPolicy']);
  });

  it('falls back to planned_values and prior_state when resource_changes is absent', () => {
    const state = (ns: string) => ({ root_module: { resources: [{ address: 'kubernetes_config_map.aws_auth', mode: 'managed', type: 'kubernetes_config_map', name: 'aws_auth',
      values: { metadata: [{ name: 'aws-auth', namespace: ns }], data: {} } }] } });
    const out = run({ format_version: '0.1', planned_values: state('kube-system'), prior_state: { values: state('default') } });
    expect(known(out.after.awsAuth[0].namespace)).toBe('kube-system');
    expect(known(out.before!.awsAuth[0].namespace)).toBe('default');
  });

  it('tells a defaulted namespace from the configuration, and reads unknown sections as unknown', () => {
    const out = run(plan([
      change('kubernetes_config_map_v1_data.aws_auth', 'kubernetes_config_map_v1_data', ['update'],
        { metadata: [{ name: 'aws-auth', namespace: 'default' }], data: { mapRoles: `- rolearn: ${NODE}\n  username: system:node:{{EC2PrivateDNSName}}\n` }, force: true },
        { metadata: [{ name: 'aws-auth', namespace: 'default' }], data: { mapRoles: null }, force: true },
        { data: { mapRoles: true }, metadata: [{}] }),
    ], { root_module: { resources: [{ address: 'kubernetes_config_map_v1_data.aws_auth', mode: 'managed', type: 'kubernetes_config_map_v1_data', name: 'aws_auth',
      expressions: { metadata: [{ name: { constant_value: 'aws-auth' } }], data: { references: ['local.x'] }, force: { constant_value: true } } }] } }));
    expect(out.after.awsAuth[0]).toMatchObject({ namespaceDefaulted: true });
    expect(out.after.awsAuth[0].sections[0]).toMatchObject({ name: 'mapRoles', unknown: true });
    expect(out.before!.awsAuth[0].namespaceDefaulted).toBe(false); // state says "default"; what was written is not known
    const [m] = out.before!.identityMappings;
    expect(textAt(m, 'arn')).toBe(NODE);
  });
});

describe('state', () => {
  const clusterValues = { name: 'prod', arn: 'arn:aws:eks:eu-west-1:111122223333:cluster/prod', access_config: [{ authentication_mode: 'API_AND_CONFIG_MAP', bootstrap_cluster_creator_admin_permissions: true }] };
  const nodeEntry = { cluster_name: 'prod', principal_arn: NODE, type: 'EC2_LINUX', kubernetes_groups: ['system:nodes'], user_name: 'system:node:{{EC2PrivateDNSName}}' };

  it('reads terraform show -json state with nested child modules', () => {
    const { after, before } = run({ format_version: '1.0', terraform_version: '1.9.5', values: { root_module: {
      resources: [{ address: 'aws_eks_cluster.this', mode: 'managed', type: 'aws_eks_cluster', name: 'this', values: clusterValues }],
      child_modules: [{ address: 'module.a', resources: [], child_modules: [{ address: 'module.a.module.b', resources: [
        { address: 'module.a.module.b.aws_eks_access_entry.node', mode: 'managed', type: 'aws_eks_access_entry', name: 'node', values: nodeEntry },
        { address: 'module.a.module.b.data.aws_eks_cluster.x', mode: 'data', type: 'aws_eks_cluster', name: 'x', values: clusterValues },
      ] }] }],
    } } }, 'state.json');
    expect(before).toBeUndefined();
    expect(after.clusters.map((c) => c.ref.resource)).toEqual(['tf:#aws_eks_cluster.this']);
    expect(after.clusters[0].account).toBe('111122223333');
    const [e] = after.accessEntries;
    expect(e.origin.pointer).toBe('/values/root_module/child_modules/0/child_modules/0/resources/0/values');
    expect(e.groups).toEqual([]);
    expect(e.username).toBeUndefined();
  });

  it('reads a raw .tfstate v4', () => {
    const { after } = run({ version: 4, terraform_version: '1.9.5', serial: 7, lineage: 'x', outputs: {}, resources: [
      { mode: 'managed', type: 'aws_eks_cluster', name: 'this', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: clusterValues }] },
      { module: 'module.eks', mode: 'managed', type: 'aws_eks_access_entry', name: 'this', instances: [
        { index_key: 'node', attributes: nodeEntry },
        { index_key: 'old', deposed: 'abcd', attributes: nodeEntry },
      ] },
      { mode: 'data', type: 'aws_eks_cluster', name: 'x', instances: [{ attributes: clusterValues }] },
    ] }, 'terraform.tfstate');
    expect(after.clusters).toHaveLength(1);
    expect(known(after.clusters[0].authenticationMode)).toBe('API_AND_CONFIG_MAP');
    expect(after.accessEntries.map((e) => e.origin.pointer)).toEqual(['/resources/1/instances/0/attributes']);
  });
});

describe('malformed input', () => {
  it.each([
    { resource: { aws_eks_access_entry: 'x' } },
    { resource: [1, { aws_eks_cluster: [null, { a: 5 }] }] },
    { resource: { aws_eks_access_entry: { a: { cluster_name: 5, principal_arn: ['x'], kubernetes_groups: 'x', access_config: 7 } } } },
    { resource: { aws_eks_access_policy_association: { a: { principal_arn: '${aws_eks_access_entry.none.principal_arn}', access_scope: 'x' } } } },
    { resource: { kubernetes_config_map: { a: { metadata: 'x', data: 5 } }, kubernetes_manifest: { a: { manifest: 'x' } } } },
    { resource: { kubernetes_config_map: { a: { metadata: { name: 'aws-auth' }, data: { mapRoles: 5, mapUsers: ['x'], mapAccounts: '${' } } } } },
    { format_version: '1.2', resource_changes: [1, null, { type: 'aws_eks_cluster', address: 'x', change: 5 }, { type: 'aws_eks_cluster', address: 'y', change: { before: [], after: 'x', after_unknown: 3 } }] },
    { format_version: '1.2', planned_values: { root_module: [] }, prior_state: 5 },
    { format_version: '1.0', values: { root_module: { resources: 'x', child_modules: [5, { resources: [null] }] } } },
    { version: 4, serial: 1, resources: [{ type: 'aws_eks_cluster', name: 'a', instances: 'x' }, { type: 'aws_eks_cluster', name: 'b', instances: [{ attributes: { access_config: [5] } }] }] },
  ])('does not throw on %j', (doc) => {
    expect(() => run(doc)).not.toThrow();
  });

  it('reports a syntax error as a parse failure', () => {
    const out = run('{"resource": {"aws_eks_access_entry": {"a": {"cluster_name": "x",}}}}');
    expect(out.after.parseFailures).toHaveLength(1);
    expect(at(out.after.parseFailures[0])).toBe('1:66');
  });
});

// Policy associations joined to access entries across the *.tf.json files of one folder (one
// Terraform module), with the semantics of the builder's join within a file.
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { joinPolicies } from '../src/join-policies.ts';
import { emptyModel, mergeModels, type AccessEntry, type Extracted, type Model } from '../src/model.ts';
import { SourceFile } from '../src/source.ts';
import { known } from '../src/text.ts';

const ADMIN = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy';
const VIEW = 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy';
const ROLE = (name: string) => `arn:aws:iam::111122223333:role/${name}`;

const extract = (path: string, resource: unknown): Extracted => extractFile(new SourceFile(path, JSON.stringify({ resource }, null, 2), 'json'));
/** The merged, joined model of the files (path → resource blocks). */
const lintModel = (files: Record<string, unknown>): Model => {
  const model = emptyModel();
  for (const [path, resource] of Object.entries(files)) mergeModels(model, extract(path, resource).after);
  joinPolicies(model);
  return model;
};
const entry = (model: Model, principal: string, file?: string): AccessEntry => {
  const e = model.accessEntries.find((x) => (known(x.principal) ?? x.principal.parts.map((p) => (typeof p === 'string' ? p : `\${${p.unknown}}`)).join('')) === principal && (!file || x.origin.doc.file.path === file));
  if (!e) throw new Error(`no entry for ${principal}`);
  return e;
};
const policies = (e: AccessEntry) => e.policies.map((p) => known(p.policyArn)?.replace(/.*\//, ''));

const CLUSTER = { aws_eks_cluster: { main: { name: 'prod', role_arn: ROLE('eks'), access_config: { authentication_mode: 'API' } } } };
const entries = (extra: Record<string, unknown> = {}) => ({
  ...CLUSTER,
  aws_eks_access_entry: {
    admin: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: ROLE('admin') },
    dev: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: ROLE('dev') },
    ...extra,
  },
});
const association = (principal: string, policy = ADMIN, cluster = '${aws_eks_cluster.main.name}') => ({
  cluster_name: cluster, principal_arn: principal, policy_arn: policy, access_scope: { type: 'cluster' },
});

describe('policy associations across the files of a folder', () => {
  it('joins by the referenced entry, and by the same principal on the same cluster', () => {
    const model = lintModel({
      'stack/entries.tf.json': entries(),
      'stack/policies.tf.json': {
        aws_eks_access_policy_association: {
          admin: association('${aws_eks_access_entry.admin.principal_arn}'),
          // The cluster is named by the cluster resource of the other file: its literal name proves it.
          dev: association(ROLE('dev'), VIEW, 'prod'),
        },
      },
    });
    expect(policies(entry(model, ROLE('admin')))).toEqual(['AmazonEKSClusterAdminPolicy']);
    expect(policies(entry(model, ROLE('dev')))).toEqual(['AmazonEKSViewPolicy']);
    expect(model.accessEntries.some((e) => e.policiesIncomplete)).toBe(false);
    expect(model.unjoinedPolicies).toEqual([]);
  });

  it('joins within a file while extracting, as before', () => {
    const out = extract('stack/main.tf.json', { ...entries(), aws_eks_access_policy_association: { admin: association('${aws_eks_access_entry.admin.principal_arn}') } });
    expect(out.after.unjoinedPolicies).toEqual([]);
    expect(policies(entry(out.after, ROLE('admin')))).toEqual(['AmazonEKSClusterAdminPolicy']);
    expect(entry(out.after, ROLE('admin')).resource).toBe('tf:dir:stack#aws_eks_access_entry.admin');
  });

  it('does not join across folders: two folders are two modules', () => {
    const model = lintModel({
      'a/entries.tf.json': entries(),
      'b/policies.tf.json': {
        ...CLUSTER,
        aws_eks_access_policy_association: { admin: association('${aws_eks_access_entry.admin.principal_arn}'), dev: association(ROLE('dev')) },
      },
    });
    expect(policies(entry(model, ROLE('admin')))).toEqual([]);
    expect(policies(entry(model, ROLE('dev')))).toEqual([]);
    expect(model.accessEntries.some((e) => e.policiesIncomplete)).toBe(false);
  });

  it('marks the entries of its folder an unjoinable association may belong to, and only those', () => {
    const model = lintModel({
      'stack/entries.tf.json': entries({ sre: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: '${var.sre_role_arn}' } }),
      'stack/policies.tf.json': {
        aws_eks_access_policy_association: {
          // Unknown principal: any entry of the cluster may be its own.
          sre: association('${local.sre_role_arn}'),
        },
      },
      'other/entries.tf.json': entries(),
    });
    for (const p of [ROLE('admin'), ROLE('dev'), '${var.sre_role_arn}']) expect(entry(model, p, 'stack/entries.tf.json').policiesIncomplete).toBe(true);
    for (const p of [ROLE('admin'), ROLE('dev')]) expect(entry(model, p, 'other/entries.tf.json').policiesIncomplete).toBeUndefined();
  });

  it('does not mark an entry of a provably other principal or cluster', () => {
    const model = lintModel({
      'stack/entries.tf.json': entries({ sre: { cluster_name: '${aws_eks_cluster.main.name}', principal_arn: '${var.sre_role_arn}' } }),
      'stack/policies.tf.json': { aws_eks_access_policy_association: { ghost: association(ROLE('ghost')), staging: association('${var.x}', VIEW, 'staging') } },
    });
    expect(entry(model, ROLE('admin')).policiesIncomplete).toBeUndefined();
    expect(entry(model, ROLE('dev')).policiesIncomplete).toBeUndefined();
    // Its principal is not known: the ghost association may be its own.
    expect(entry(model, '${var.sre_role_arn}').policiesIncomplete).toBe(true);
    expect(model.accessEntries.flatMap(policies)).toEqual([]);
  });

  it('leaves an association that references an entry the folder does not have out, marking nothing', () => {
    const model = lintModel({
      'stack/entries.tf.json': entries(),
      'stack/policies.tf.json': { aws_eks_access_policy_association: { x: association('${aws_eks_access_entry.gone.principal_arn}') } },
    });
    expect(model.accessEntries.some((e) => e.policiesIncomplete || e.policies.length)).toBe(false);
  });

  it('changes copies: a file model shared by two runs (--base reuses unchanged files) stays as extracted', () => {
    const shared = extract('stack/entries.tf.json', entries()).after;
    const join = (policy: string) => {
      const model = emptyModel();
      mergeModels(model, shared);
      mergeModels(model, extract('stack/policies.tf.json', { aws_eks_access_policy_association: { admin: association(ROLE('admin'), policy) } }).after);
      joinPolicies(model);
      return model;
    };
    const before = join(ADMIN);
    const after = join(VIEW);
    expect(policies(entry(before, ROLE('admin')))).toEqual(['AmazonEKSClusterAdminPolicy']);
    expect(policies(entry(after, ROLE('admin')))).toEqual(['AmazonEKSViewPolicy']);
    expect(shared.accessEntries.flatMap(policies)).toEqual([]);
    // Joined once: a second call has nothing left to join.
    joinPolicies(after);
    expect(policies(entry(after, ROLE('admin')))).toEqual(['AmazonEKSViewPolicy']);
  });

  it('leaves plans alone: each plan is whole, and its module addresses are not unique across files', () => {
    const plan = (changes: unknown[]) => JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: {} }, resource_changes: changes, configuration: { root_module: {} } });
    const change = (address: string, type: string, after: unknown) => ({ address, mode: 'managed', type, name: address.replace(/.*\./, ''), provider_name: 'registry.terraform.io/hashicorp/aws', change: { actions: ['create'], before: null, after, after_unknown: {} } });
    const model = emptyModel();
    mergeModels(model, extractFile(new SourceFile('p/a.json', plan([change('aws_eks_access_entry.admin', 'aws_eks_access_entry', { cluster_name: 'prod', principal_arn: ROLE('admin'), type: 'STANDARD', kubernetes_groups: [] })]), 'json')).after);
    const other = extractFile(new SourceFile('p/b.json', plan([change('aws_eks_access_policy_association.admin', 'aws_eks_access_policy_association', association(ROLE('admin'), ADMIN, 'prod'))]), 'json')).after;
    expect(other.unjoinedPolicies).toEqual([]);
    mergeModels(model, other);
    joinPolicies(model);
    expect(policies(entry(model, ROLE('admin')))).toEqual([]);
    expect(entry(model, ROLE('admin')).resource).toBeUndefined();
  });
});

// What a file keeps once extracted: the records the model points into (src/retain.ts).
import { describe, expect, it } from 'vitest';
import { extractFile } from '../src/extract/index.ts';
import { Interner, retainReferenced } from '../src/retain.ts';
import { known } from '../src/text.ts';
import { SourceFile } from '../src/source.ts';

const plan = {
  format_version: '1.2',
  resource_changes: [
    { address: 'aws_s3_bucket.logs', type: 'aws_s3_bucket', name: 'logs', change: { actions: ['create'], after: { bucket: 'logs' } } },
    {
      address: 'aws_eks_access_entry.admin',
      type: 'aws_eks_access_entry',
      name: 'admin',
      change: {
        actions: ['delete', 'create'],
        before: { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/admin' },
        after: { cluster_name: 'prod', principal_arn: 'arn:aws:iam::111122223333:role/admin', kubernetes_groups: ['ops'] },
        after_unknown: { access_entry_arn: true, tags_all: { env: true } },
      },
    },
  ],
};

const kept = (path: string, text: string) => {
  const file = new SourceFile(path, text, text.trimStart().startsWith('{') ? 'json' : 'yaml');
  const out = extractFile(file);
  retainReferenced(file, out);
  return { file, doc: file.docs[0], out };
};

describe('retainReferenced', () => {
  it('keeps of a plan the pointed-at values and the scalars that name their record, nothing else', () => {
    const { doc, out } = kept('plan.json', JSON.stringify(plan, null, 2));
    expect(out.after.accessEntries).toHaveLength(1);
    expect(doc.get('/resource_changes/1/address')).toMatchObject({ value: 'aws_eks_access_entry.admin' });
    expect(doc.get('/resource_changes/1/change/actions/0')).toMatchObject({ value: 'delete' });
    expect(doc.get('/resource_changes/1/change/after/principal_arn')).toMatchObject({ value: 'arn:aws:iam::111122223333:role/admin' });
    expect(doc.get('/resource_changes/1/change/after_unknown')).toBeUndefined();
    expect(doc.get('/resource_changes/0/address')).toBeUndefined();
    // Positions survive: the line table stands in for the text.
    expect(doc.locate('/resource_changes/1/change/after/kubernetes_groups/0').start.line).toBeGreaterThan(1);
  });

  it('keeps a template record whole, siblings included (a fix may remove a key beside the one reported)', () => {
    const template = [
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '  Admin:',
      '    Type: AWS::EKS::AccessEntry',
      '    Properties:',
      '      ClusterName: prod',
      '      PrincipalArn: arn:aws:iam::111122223333:role/admin',
      '      Tags: [{ Key: team, Value: ops }]',
      '',
    ].join('\n');
    const { doc } = kept('t.yaml', template);
    expect(doc.get('/Resources/Admin/Properties/Tags/0/Key')).toMatchObject({ value: 'team' });
    expect(doc.get('/Resources/Bucket')).toBeUndefined();
  });

  it('shares equal strings, literal texts and group value infos across the files of one run', () => {
    const manifest = (role: string) =>
      ['apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: aws-auth', '  namespace: kube-system', 'data:', '  mapRoles: |',
        `    - rolearn: arn:aws:iam::111122223333:role/${role}`, '      username: viewer-user-name', '      groups: [viewers, 1]', ''].join('\n');
    const shared = new Interner();
    const run = (path: string, text: string) => {
      const file = new SourceFile(path, text, 'yaml');
      const out = extractFile(file);
      retainReferenced(file, out, [], shared);
      return out.after.identityMappings[0];
    };
    const a = run('a.yaml', manifest('a'));
    const b = run('b.yaml', manifest('b'));
    expect(known(a.arn)).toBe('arn:aws:iam::111122223333:role/a');
    expect(known(b.arn)).toBe('arn:aws:iam::111122223333:role/b');
    expect(b.username).toBe(a.username);
    expect(known(b.username)).toBe('viewer-user-name');
    expect(b.groups[0]).toBe(a.groups[0]);
    expect(b.groupValues).toEqual([{ type: 'string', raw: 'viewers' }, { type: 'number', raw: '1' }]);
    expect(b.groupValues![0]).toBe(a.groupValues![0]);
    expect(b.groupValues![1]).toBe(a.groupValues![1]);
    // Each keeps its own origins.
    expect(b.origin.doc.file.path).toBe('b.yaml');
    expect(b.fields.arn!.doc.file.path).toBe('b.yaml');
  });
});

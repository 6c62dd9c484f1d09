// The worker side of the parse pool (src/workers.ts serve): which files it claims, what it posts, and
// that it leaves alone a file the main thread has claimed. Run in this thread with a stand-in port
// that takes each result at once (as the main thread would), so the backpressure never blocks.
import { join } from 'node:path';
import type { MessagePort } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { serve, sharedFor, SLOT, views } from '../src/workers.ts';
import { AWS_AUTH, tree } from './support/cli.ts';

describe('parse worker (serve)', () => {
  it('parses the YAML files it claims, marks the unrelated ones, skips the rest, and never touches one the main thread claimed', () => {
    const dir = tree({
      'a-aws-auth.yaml': AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/a\n  username: a\n  groups: [g]'),
      'b-plan.json': '{"format_version":"1.2","resource_changes":[{"type":"aws_eks_access_entry"}]}',
      'c-deploy.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n',
      'd-template.yaml': 'Resources:\n  Entry:\n    Type: AWS::EKS::AccessEntry\n    Properties:\n      ClusterName: prod\n      PrincipalArn: !Ref Role\n',
      'e-aws-auth.yaml': AWS_AUTH('- rolearn: arn:aws:iam::111122223333:role/e\n  username: e\n  groups: [g]'),
      'f-broken.yaml': 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata: {mapRoles: "x"\n',
    });
    const files = ['a-aws-auth.yaml', 'b-plan.json', 'c-deploy.yaml', 'd-template.yaml', 'e-aws-auth.yaml', 'f-broken.yaml', 'missing.yaml'].map((f) => join(dir, f));
    const shared = sharedFor(files);
    const { counters, slots } = views(shared.memory);
    slots[4] = SLOT.MAIN; // the main thread got to e-aws-auth.yaml first
    const posted: { id: number; docs: { root?: { kind: string } }[] | null }[] = [];
    const port = { postMessage: (m: (typeof posted)[number]) => (posted.push(m), Atomics.add(counters, 2, 1)) } as unknown as MessagePort;

    serve(port, shared);

    expect(posted.map((m) => m.id)).toEqual([0, 3, 5]);
    expect(posted[0].docs?.[0].root?.kind).toBe('map');
    expect(posted[1].docs?.[0].root?.kind).toBe('map');
    expect(posted[2].docs).not.toBeNull(); // a parse with errors is still a parse: the main thread reports them
    // The Deployment is nothing lint() would read; the plan (JSON) and the missing file are the main thread's to handle.
    expect([...slots]).toEqual([SLOT.PARSING, SLOT.SKIPPED, SLOT.UNRELATED, SLOT.PARSING, SLOT.MAIN, SLOT.PARSING, SLOT.SKIPPED]);
    expect(Atomics.load(counters, 0)).toBeGreaterThanOrEqual(files.length); // every file looked at
  });
});

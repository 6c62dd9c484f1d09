import { defineRule } from '../../../src/rule.ts';
import { known } from '../../../src/text.ts';
import { distance } from '../../lib/distance.ts';

const SECTIONS = ['mapRoles', 'mapUsers', 'mapAccounts'];

/** The section a data key was meant as: the same letters in another case, or one or two typed wrong (`map_roles`, `mapRole`). */
function meantSection(key: string): string | undefined {
  if (SECTIONS.includes(key)) return undefined;
  const n = key.toLowerCase().replace(/[-_.\s]/g, '');
  return SECTIONS.find((s) => distance(n, s.toLowerCase()) <= (n.length >= 7 ? 2 : 0));
}

export default defineRule({
  id: 'aws-auth/wrong-location',
  severity: 'error',
  description: 'aws-auth must be the ConfigMap kube-system/aws-auth with the data keys mapRoles, mapUsers and mapAccounts',
  rationale:
    'The authenticator watches exactly one object: the ConfigMap named aws-auth in the kube-system namespace. It reads only the data keys ' +
    '`mapRoles`, `mapUsers` and `mapAccounts`, case-sensitively, and silently ignores every other key (the upstream fixtures with ' +
    '`maproles` and `MaPrOlEs` load nothing, without an error). An aws-auth ConfigMap in another namespace is never read at all. The ' +
    'Terraform kubernetes provider defaults `metadata.namespace` to "default", so a kubernetes_config_map(_v1/_v1_data) without ' +
    '`namespace = "kube-system"` writes (or patches) a ConfigMap nobody reads. A manifest without a namespace is not judged: ' +
    '`kubectl apply -n` or kustomize may supply it.',
  sources: [
    'reference/authenticator.md §6 (Which ConfigMap, and missing data)',
    'reference/authenticator.md §1.2 (top-level data keys are case-sensitive)',
    'reference/eks-api-schemas.md §4.4 (metadata.namespace defaults to "default")',
  ],
  remediation: 'Put the ConfigMap in `kube-system` (in Terraform: `metadata { namespace = "kube-system" }`) and spell the data keys `mapRoles`, `mapUsers`, `mapAccounts`.',
  tags: ['aws-auth', 'correctness'],
  formats: ['cm', 'tfk'],
  messages: {
    namespace: 'aws-auth is in namespace "{{namespace}}", but the authenticator reads only kube-system/aws-auth: none of it applies; use namespace kube-system',
    defaulted:
      'aws-auth sets no metadata namespace, so the Terraform kubernetes provider uses "default", but the authenticator reads only kube-system/aws-auth: set namespace = "kube-system"',
    dataKey: 'data key "{{key}}" is never read: the authenticator reads only the exact keys mapRoles, mapUsers and mapAccounts, so everything under it is ignored; rename it to "{{section}}"',
  },
  check({ model }, report) {
    for (const doc of model.awsAuth) {
      const ns = known(doc.namespace);
      if (doc.namespaceDefaulted) report({ messageId: 'defaulted', at: doc, field: 'namespace' });
      else if (ns !== undefined && ns !== 'kube-system') report({ messageId: 'namespace', at: doc, field: 'namespace', data: { namespace: ns } });
      for (const { key, origin } of doc.dataKeys ?? []) {
        const section = meantSection(key);
        if (section) report({ messageId: 'dataKey', at: { origin, fields: {} }, key: true, data: { key, section } });
      }
    }
  },
});


import { defineRule } from '../../../src/rule.ts';
import { known, render } from '../../../src/text.ts';

const SCOPES = ['cluster', 'namespace'];
const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/**
 * Whether a namespace name provably matches no namespace. A `*` is a wildcard: the docs
 * show only a trailing one (`dev-*`), so with a `*` anywhere only the characters are judged.
 */
function badNamespace(ns: string): boolean {
  if (ns.includes('*')) return /[^a-z0-9*-]/.test(ns) || (/^[^*]+\*$/.test(ns) && !/^[a-z0-9]/.test(ns));
  return ns.length > 63 || !LABEL.test(ns);
}

export default defineRule({
  id: 'access-policy/invalid-scope',
  severity: 'error',
  description: 'An access scope is `cluster`, or `namespace` with valid, distinct namespaces',
  rationale:
    'The scope type is an enum of exactly `cluster` and `namespace`, lowercase (API `AccessScopeType`, CloudFormation `AccessScope.Type`; ' +
    'Terraform does not validate it, so a wrong value fails only at apply). A `namespace` scope needs at least one namespace, and a `cluster` ' +
    'scope covers every namespace, so namespaces there are a contradiction (eksctl rejects both). Namespaces are DNS-1123 labels (lowercase ' +
    'letters, digits, `-`); a name that is not one matches no namespace. A trailing `*` wildcard (`dev-*`) is documented and fine. ' +
    'CloudFormation requires the namespaces to be unique (uniqueItems); in Terraform they are a set, so repeats are merged and not reported.',
  sources: [
    'reference/eks-api-schemas.md §1.1, §2.1, §2.5, §4.2, §5',
    'https://docs.aws.amazon.com/eks/latest/APIReference/API_AccessScope.html',
    'https://docs.aws.amazon.com/eks/latest/userguide/access-policies.html',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/names/#dns-label-names',
  ],
  remediation: 'Write `cluster` with no namespaces, or `namespace` with one or more distinct lowercase namespace names (a trailing `*` is allowed).',
  tags: ['access-policy', 'correctness'],
  formats: ['ectl', 'cfn', 'tf', 'cdk'],
  fixable: true,
  messages: {
    case: 'scope type "{{type}}" must be "{{fixed}}": only lowercase "cluster" and "namespace" are accepted',
    type: 'scope type "{{type}}" is not "cluster" or "namespace"{{hint}}',
    noNamespaces: 'scope type "namespace" lists no namespaces: add the namespaces the policy applies to, or use type "cluster"',
    clusterNamespaces: 'scope type "cluster" takes no namespaces ({{namespaces}}): use type "namespace" to limit the policy to them, or remove them',
    namespace: 'namespace "{{namespace}}" is not a valid namespace name (lowercase letters, digits and "-", starting and ending with a letter or digit, at most 63 characters){{hint}}',
    repeated: 'namespace "{{namespace}}" is listed twice: remove the repeat (a scope\'s namespaces must be unique)',
  },
  check({ model }, report) {
    for (const e of model.accessEntries) {
      const principal = known(e.principal);
      for (const p of e.policies) {
        const written = known(p.scopeType);
        let type = written !== undefined && SCOPES.includes(written) ? written : undefined;
        if (written !== undefined && !type) {
          const lower = written.toLowerCase();
          if (SCOPES.includes(lower)) {
            type = lower;
            report({ messageId: 'case', at: p, field: 'scopeType', principal, data: { type: written, fixed: lower }, fix: { replace: lower } });
          } else {
            const guess = SCOPES.find((s) => lower.includes(s));
            report({ messageId: 'type', at: p, field: 'scopeType', principal, data: { type: written, hint: guess ? `: did you mean "${guess}"?` : '' } });
          }
        }
        const namespaces = p.namespaces;
        if (type === 'namespace' && namespaces?.length === 0) {
          report({ messageId: 'noNamespaces', at: p, field: 'scopeType', principal });
          continue;
        }
        if (type === 'cluster' && namespaces && namespaces.length > 0) {
          report({ messageId: 'clusterNamespaces', at: p, field: 'namespaces', key: true, principal, data: { namespaces: namespaces.map(render).join(', ') } });
          continue;
        }
        const seen = new Set<string>();
        namespaces?.forEach((t, i) => {
          const ns = known(t);
          if (ns === undefined) return;
          if (badNamespace(ns)) {
            const lower = ns.toLowerCase();
            const hint = lower !== ns && !badNamespace(lower) ? `: write "${lower}"` : '';
            report({ messageId: 'namespace', at: p, field: 'namespaces', path: `/${i}`, principal, data: { namespace: ns, hint } });
          } else if (seen.has(ns) && e.tool !== 'terraform') {
            report({ messageId: 'repeated', at: p, field: 'namespaces', path: `/${i}`, principal, data: { namespace: ns } });
          }
          seen.add(ns);
        });
      }
    }
  },
});

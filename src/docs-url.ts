// Where each rule's generated docs page lives.
export const REPO_URL = 'https://github.com/eks-access-lint/eks-access-lint';

export function docsUrl(ruleId: string): string {
  return `${REPO_URL}/blob/main/rules/${ruleId}/README.md`;
}

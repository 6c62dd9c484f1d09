// Small facts about aws-auth rows shared by the aws-auth rules.
import type { IdentityMapping } from '../../src/model.ts';

/** `1st`, `2nd`, `3rd`, `11th`, `22nd` … */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : ({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** How a message names a row without line numbers: `the 2nd entry of mapRoles`. */
export function entryName(m: IdentityMapping): string {
  return `the ${ordinal(m.index + 1)} entry of ${m.section}`;
}

/** Whether the row provably exists: not under a CloudFormation Condition, nor its ConfigMap. */
export function certain(m: IdentityMapping): boolean {
  return !m.condition && !m.document.condition;
}

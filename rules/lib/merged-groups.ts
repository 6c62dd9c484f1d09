// A group that is several list items merged by indentation (authenticator.md §1.3).
import type { IdentityMapping } from '../../src/model.ts';
import { known } from '../../src/text.ts';

/** ` - ` between two names: what a list item indented one space too far turns into inside a plain scalar. */
const SPLIT = /\s+-\s+/;

/** The items a plain group at `index` was merged from, or undefined when it is a single group. */
export function mergedItems(m: IdentityMapping, index: number): string[] | undefined {
  const text = known(m.groups[index]);
  // Only a plain scalar can absorb the next line; a quoted one is written as meant.
  if (text === undefined || m.groupValues?.[index]?.raw === undefined) return undefined;
  const pieces = text.split(SPLIT);
  if (pieces.length < 2 || pieces.some((p) => p === '' || /\s/.test(p))) return undefined;
  return pieces;
}

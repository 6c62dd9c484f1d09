// ARN parsing over partly known Text. Fields hold a literal, or an Unknown when an intrinsic stands
// in exactly that field (e.g. `${AWS::AccountId}`). An ARN whose shape depends on unknowns is undefined.
import { concat, literal, type Part, type Text } from './text.ts';

export interface Arn {
  partition: Part;
  service: Part;
  region: Part;
  account: Part;
  /** Everything after the fifth colon: `role/path/name`. */
  resource: Text;
}

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];

export function parseArn(t: Text | undefined): Arn | undefined {
  if (!t || t.parts.length === 0) return undefined;
  const fields: Part[][] = [[]];
  for (const p of t.parts) {
    if (typeof p !== 'string' || fields.length === 6) {
      fields[fields.length - 1].push(p);
      continue;
    }
    const pieces = p.split(':');
    for (let i = 0; i < pieces.length; i++) {
      if (i > 0) {
        if (fields.length < 6) fields.push([]);
        else {
          fields[5].push(':');
        }
      }
      if (pieces[i] !== '') fields[fields.length - 1].push(pieces[i]);
    }
  }
  if (fields.length < 6) return undefined;
  const single = (f: Part[]): Part | undefined => {
    if (f.length === 0) return '';
    if (f.length === 1) return f[0];
    // A field mixing literals and unknowns: unknown as a whole.
    return f.every((x) => typeof x === 'string') ? f.join('') : { unknown: 'mixed' };
  };
  const head = single(fields[0]);
  if (head !== 'arn') return undefined;
  return {
    partition: single(fields[1])!,
    service: single(fields[2])!,
    region: single(fields[3])!,
    account: single(fields[4])!,
    resource: concat(...fields[5].map((p) => (typeof p === 'string' ? literal(p) : { parts: [p] }))),
  };
}

export interface RolePath {
  /** `/` for no path, else `/team/x/`. */
  path: string;
  name: string;
}

/** Path and name of a `role/...` resource whose text is fully known. */
export function rolePath(resource: string): RolePath | undefined {
  if (!resource.startsWith('role/')) return undefined;
  const rest = resource.slice('role/'.length);
  const cut = rest.lastIndexOf('/');
  if (cut === -1) return { path: '/', name: rest };
  return { path: '/' + rest.slice(0, cut + 1), name: rest.slice(cut + 1) };
}

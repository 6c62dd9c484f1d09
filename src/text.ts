// Text: a string that may be only partly known (CloudFormation intrinsics, Terraform `${…}`,
// plan unknowns). Rules treat unknown parts as unknown: no finding rather than a guess.

export interface Unknown {
  /** What the value stands for, for messages: `AWS::AccountId`, `aws_iam_role.node.arn`. */
  unknown: string;
  /** Set when the value is known to be one of these, though not literally. */
  means?: 'account' | 'partition' | 'region' | 'url-suffix';
}
export type Part = string | Unknown;
export interface Text {
  parts: Part[];
}

export const literal = (s: string): Text => ({ parts: [s] });
export const unknownText = (what: string, means?: Unknown['means']): Text => ({ parts: [means ? { unknown: what, means } : { unknown: what }] });

/** Concatenate, merging adjacent literals. */
export function concat(...texts: Text[]): Text {
  const parts: Part[] = [];
  for (const t of texts) {
    for (const p of t.parts) {
      if (typeof p === 'string') {
        if (p === '') continue;
        if (typeof parts[parts.length - 1] === 'string') parts[parts.length - 1] += p;
        else parts.push(p);
      } else parts.push(p);
    }
  }
  return { parts };
}

/** The literal string, when every part is known. */
export function known(t: Text | undefined): string | undefined {
  if (!t) return undefined;
  let s = '';
  for (const p of t.parts) {
    if (typeof p !== 'string') return undefined;
    s += p;
  }
  return s;
}

export function isKnown(t: Text | undefined): t is Text {
  return known(t) !== undefined;
}

/** For messages: unknown parts shown as `${…}`. */
export function render(t: Text): string {
  return t.parts.map((p) => (typeof p === 'string' ? p : '${' + p.unknown + '}')).join('');
}

/** The known prefix before the first unknown part. */
export function knownPrefix(t: Text): string {
  let s = '';
  for (const p of t.parts) {
    if (typeof p !== 'string') break;
    s += p;
  }
  return s;
}

// Terraform string templates (HCL-JSON values): literal runs and `${…}` interpolations, with each
// character's offset in the decoded string, so positions can be mapped back to the outer file.
// `$${` and `%%{` are escaped literals; a `%{…}` directive makes the value unknown as a whole.

export interface Literal {
  kind: 'lit';
  text: string;
  /** Decoded offset where each character starts, and where the run ends. */
  at: number[];
  end: number;
}
export interface Interp {
  kind: 'expr';
  /** The expression without `${`, `}` and strip markers, trimmed: `aws_iam_role.node.arn`. */
  expr: string;
  start: number;
  end: number;
}
export type Piece = Literal | Interp;

export interface Template {
  pieces: Piece[];
  /** A `%{if}` / `%{for}` directive: what the string renders to is not knowable here. */
  directive: boolean;
}

export function parseTemplate(s: string): Template {
  const pieces: Piece[] = [];
  let directive = false;
  let lit: Literal | undefined;
  const push = (ch: string, at: number, end: number) => {
    if (!lit) pieces.push((lit = { kind: 'lit', text: '', at: [], end }));
    lit.text += ch;
    lit.at.push(at);
    lit.end = end;
  };
  let i = 0;
  while (i < s.length) {
    const two = s.slice(i, i + 3);
    if (two === '$${' || two === '%%{') {
      push(s[i + 1], i, i + 2);
      push('{', i + 2, i + 3);
      i += 3;
      continue;
    }
    if ((s[i] === '$' || s[i] === '%') && s[i + 1] === '{') {
      const close = closingBrace(s, i + 2);
      if (close === -1) {
        // Terraform rejects an unterminated interpolation; read the rest as text.
        push(s[i], i, i + 1);
        i += 1;
        continue;
      }
      let body = s.slice(i + 2, close);
      if (body.startsWith('~')) {
        body = body.slice(1);
        if (lit) trimEnd(lit);
      }
      const stripAfter = body.endsWith('~');
      if (stripAfter) body = body.slice(0, -1);
      if (s[i] === '%') directive = true;
      else pieces.push({ kind: 'expr', expr: body.trim(), start: i, end: close + 1 });
      lit = undefined;
      i = close + 1;
      if (stripAfter) while (i < s.length && /\s/.test(s[i])) i++;
      continue;
    }
    push(s[i], i, i + 1);
    i += 1;
  }
  return { pieces, directive };
}

function trimEnd(lit: Literal): void {
  while (lit.text.length > 0 && /\s$/.test(lit.text)) {
    lit.text = lit.text.slice(0, -1);
    lit.end = lit.at.pop()!;
  }
}

/** Offset of the `}` closing an interpolation that starts at `from`, skipping nested braces and strings. */
function closingBrace(s: string, from: number): number {
  let depth = 0;
  for (let i = from; i < s.length; i++) {
    const c = s[i];
    if (c === '"') {
      i = endOfQuoted(s, i);
      if (i === -1) return -1;
    } else if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    }
  }
  return -1;
}

/** Inside an expression a quoted string may itself hold `${…}`. */
function endOfQuoted(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
    else if (s[i] === '$' && s[i + 1] === '{') {
      const close = closingBrace(s, i + 2);
      if (close === -1) return -1;
      i = close;
    }
  }
  return -1;
}

/** The expression when the whole string is exactly one interpolation (`"${var.x}"`). */
export function singleExpression(t: Template): string | undefined {
  return !t.directive && t.pieces.length === 1 && t.pieces[0].kind === 'expr' ? t.pieces[0].expr : undefined;
}

export function hasInterpolation(t: Template): boolean {
  return t.directive || t.pieces.some((p) => p.kind === 'expr');
}

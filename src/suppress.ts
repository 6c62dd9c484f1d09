// The suppress step: inline ignores (YAML comments, CloudFormation Metadata, Terraform JSON "//"),
// config overrides and the baseline decide which findings are hidden. Suppressed findings keep a
// `suppression` (SARIF shows them; nothing else does). The directives themselves, and which rules
// they matched, are handed to the input/invalid-ignore and input/unused-ignore rules.
import { relative, resolve } from 'node:path';
import picomatch from 'picomatch';
import type { Override } from './config.ts';
import { toPosix } from './discover.ts';
import { isCloudFormation } from './extract/cloudformation.ts';
import { isTerraformJson } from './extract/terraform.ts';
import { applyBaseline, assignFingerprints, readBaseline, writeBaseline } from './baseline.ts';
import type { Finding } from './finding.ts';
import type { Located, Model, Origin } from './model.ts';
import type { Rule } from './rule.ts';
import { joinPointer, SourceDoc, type DocNode, type SourceFile } from './source.ts';

export type SuppressionForm = 'comment' | 'metadata' | 'terraform' | 'baseline';

/** One ignore as written: a comment, a Metadata entry, a `"//"` property or a baseline entry. */
export interface Suppression extends Located {
  kind: 'suppression';
  form: SuppressionForm;
  /** The rule ids it names, as written. */
  ruleIds: string[];
  reason?: string;
  /** What is wrong with it; a suppression with a problem hides nothing. */
  problems: SuppressionProblem[];
  /** Rule ids (of ruleIds) that hid at least one finding. */
  used: Set<string>;
  /** Rule ids whose rule did not run: whether they would match is unknown, so never "unused". */
  unchecked: Set<string>;
  /** Outer-file offsets it covers (inline forms). */
  covers?: { file: SourceFile; start: number; end: number };
  /** Baseline entries: the fingerprint they hide. */
  fingerprint?: string;
}

export type SuppressionProblem = { messageId: 'noReason' } | { messageId: 'noRule' } | { messageId: 'unknownRule'; rule: string } | { messageId: 'malformed'; detail: string };

/** A finding's suppression, as SARIF `suppressions[0]` shows it. */
export interface FindingSuppression {
  kind: 'inSource' | 'external';
  justification?: string;
}

const KEYWORD = 'eks-access-lint-ignore';
const COMMENT_LINE = /^[ \t]*#[ \t]*eks-access-lint-ignore(?![\w-])(.*)$/gm;
const META_KEY = 'eks-access-lint';

/** Parse `<rule-id>[, <rule-id>]: <reason>` (the text after the keyword). */
export function parseDirective(rest: string, known: Set<string>): Pick<Suppression, 'ruleIds' | 'reason' | 'problems'> {
  const colon = rest.indexOf(':');
  const idsText = colon === -1 ? rest : rest.slice(0, colon);
  const reason = colon === -1 ? undefined : rest.slice(colon + 1).trim() || undefined;
  const ruleIds = idsText.split(/[\s,]+/).filter(Boolean);
  return { ruleIds, reason, problems: problemsOf(ruleIds, reason, known) };
}

function problemsOf(ruleIds: string[], reason: string | undefined, known: Set<string>): SuppressionProblem[] {
  const problems: SuppressionProblem[] = [];
  if (ruleIds.length === 0) problems.push({ messageId: 'noRule' });
  for (const rule of ruleIds) if (!known.has(rule)) problems.push({ messageId: 'unknownRule', rule });
  if (!reason) problems.push({ messageId: 'noReason' });
  return problems;
}

/**
 * The inline suppressions written in one file, read right after extraction (before the parse trees
 * are pruned: "the next node" must be the next node of the file as written). `model` is the file's
 * own model: its aws-auth sections are documents of their own, with nodes at outer offsets.
 */
export function collectInline(file: SourceFile, model: Model, known: Set<string>): Suppression[] {
  if (!file.text.includes(META_KEY)) return [];
  const inner = new Set<SourceDoc>();
  for (const m of model.identityMappings) {
    const doc = m.origin.doc;
    if (doc.file === file && doc.root && !file.docs.includes(doc)) inner.add(doc);
  }
  const out: Suppression[] = [];
  if (file.syntax === 'yaml') out.push(...yamlComments(file, [...inner], known));
  for (const doc of file.docs) {
    if (isCloudFormation(doc.root)) out.push(...cfnMetadata(doc, known));
    else if (file.syntax === 'json' && isTerraformJson(doc.root)) out.push(...terraformComments(doc, known));
  }
  return out;
}

function suppression(form: SuppressionForm, origin: Origin, parsed: Pick<Suppression, 'ruleIds' | 'reason' | 'problems'>, covers?: Suppression['covers']): Suppression {
  return { kind: 'suppression', form, origin, fields: { rules: origin, reason: origin }, ...parsed, used: new Set(), unchecked: new Set(), ...(covers ? { covers } : {}) };
}

// ── YAML comments ────────────────────────────────────────────────────────────────────────────────

interface Candidate {
  start: number;
  end: number;
}

function yamlComments(file: SourceFile, innerDocs: SourceDoc[], known: Set<string>): Suppression[] {
  const out: Suppression[] = [];
  let outer: Candidate[] | undefined;
  for (const m of file.text.matchAll(COMMENT_LINE)) {
    const hash = m.index! + m[0].indexOf('#');
    const lineEnd = file.lineEnd(hash);
    const outerDoc = file.docs.find((d) => d.root && d.root.start <= hash && hash <= d.root.end) ?? file.docs.find((d) => d.root && d.root.start > hash) ?? file.docs[0];
    if (!outerDoc) continue;
    // A "#" line inside a string is text, unless the string is an embedded section that was read as YAML.
    const scalar = scalarAround(outerDoc.root, hash);
    let doc = outerDoc;
    let candidates: Candidate[];
    if (scalar) {
      // By start only: a section's end maps to the line after the block, which may lie past the scalar.
      const section = innerDocs.find((d) => d.root!.start >= scalar.start && d.root!.start <= scalar.end);
      if (!section) continue;
      doc = section;
      candidates = nodesOf(section.root!, false).filter((c) => c.start <= scalar.end);
    } else {
      candidates = outer ??= file.docs.flatMap((d) => (d.root ? nodesOf(d.root, true) : []));
    }
    const origin: Origin = { doc, pointer: '', offsets: [hash, lineEnd] };
    const next = nextNode(candidates, lineEnd);
    out.push(suppression('comment', origin, parseDirective(m[1], known), next && { file, start: next.start, end: next.end }));
  }
  return out;
}

/** The scalar node whose text holds `offset` (a comment-looking line inside a string). */
function scalarAround(node: DocNode | undefined, offset: number): DocNode | undefined {
  if (!node || offset < node.start || offset >= node.end) return undefined;
  if (node.kind === 'scalar') return node;
  const kids = node.kind === 'map' ? node.entries.flatMap((e) => [e.keyNode, e.value]) : node.items;
  for (const k of kids) {
    const s = scalarAround(k, offset);
    if (s) return s;
  }
  return undefined;
}

/** What a comment can cover: map entries (key to end of value), sequence items and, for outer documents, the document. */
function nodesOf(root: DocNode, withRoot: boolean): Candidate[] {
  const out: Candidate[] = withRoot ? [{ start: root.start, end: root.end }] : [];
  const walk = (n: DocNode) => {
    if (n.kind === 'map') {
      for (const e of n.entries) {
        out.push({ start: e.keyNode.start, end: Math.max(e.keyNode.end, e.value.end) });
        walk(e.value);
      }
    } else if (n.kind === 'seq') {
      for (const it of n.items) {
        out.push({ start: it.start, end: it.end });
        walk(it);
      }
    }
  };
  walk(root);
  return out;
}

/** The first node after `offset`; of several starting there, the outermost (a list item, not its first key). */
function nextNode(candidates: Candidate[], offset: number): Candidate | undefined {
  let best: Candidate | undefined;
  for (const c of candidates) {
    if (c.start < offset) continue;
    if (!best || c.start < best.start || (c.start === best.start && c.end > best.end)) best = c;
  }
  return best;
}

// ── CloudFormation Metadata ─────────────────────────────────────────────────────────────────────

function entryOf(node: DocNode | undefined, key: string) {
  return node?.kind === 'map' ? [...node.entries].reverse().find((e) => e.key === key) : undefined;
}

function cfnMetadata(doc: SourceDoc, known: Set<string>): Suppression[] {
  const out: Suppression[] = [];
  const resources = entryOf(doc.root, 'Resources')?.value;
  if (resources?.kind !== 'map') return out;
  for (const res of resources.entries) {
    const meta = entryOf(entryOf(res.value, 'Metadata')?.value, META_KEY);
    if (!meta) continue;
    const base = joinPointer('', 'Resources', res.key, 'Metadata', META_KEY);
    const covers = { file: doc.file, start: res.keyNode.start, end: res.value.end };
    const ignore = entryOf(meta.value, 'ignore');
    if (!ignore || ignore.value.kind !== 'map') {
      const node = ignore ? ignore.keyNode : meta.keyNode;
      const origin: Origin = { doc, pointer: ignore ? joinPointer(base, 'ignore') : base, offsets: [node.start, node.end] };
      out.push(suppression('metadata', origin, { ruleIds: [], problems: [{ messageId: 'malformed', detail: `${META_KEY}.ignore must be a mapping of rule id to reason` }] }));
      continue;
    }
    for (const e of ignore.value.entries) {
      const pointer = joinPointer(base, 'ignore', e.key);
      const reason = e.value.kind === 'scalar' && typeof e.value.value === 'string' ? e.value.value.trim() || undefined : undefined;
      // Offsets, not only pointers: the tree is pruned before the rules run.
      const s = suppression('metadata', { doc, pointer, offsets: [e.keyNode.start, e.value.end] }, { ruleIds: [e.key], reason, problems: problemsOf([e.key], reason, known) }, covers);
      s.fields = { rules: { doc, pointer, offsets: [e.keyNode.start, e.keyNode.end] }, reason: { doc, pointer, offsets: [e.value.start, e.value.end] } };
      out.push(s);
    }
  }
  return out;
}

// ── Terraform JSON "//" ─────────────────────────────────────────────────────────────────────────

function terraformComments(doc: SourceDoc, known: Set<string>): Suppression[] {
  const out: Suppression[] = [];
  const walk = (n: DocNode, pointer: string) => {
    if (n.kind === 'seq') n.items.forEach((it, i) => walk(it, joinPointer(pointer, i)));
    if (n.kind !== 'map') return;
    for (const e of n.entries) {
      const p = joinPointer(pointer, e.key);
      if (e.key === '//') {
        const texts = e.value.kind === 'seq' ? e.value.items.map((it, i) => [it, joinPointer(p, i)] as const) : [[e.value, p] as const];
        for (const [v, vp] of texts) {
          if (v.kind !== 'scalar' || typeof v.value !== 'string') continue;
          const m = /^\s*eks-access-lint-ignore(?![\w-])(.*)$/s.exec(v.value);
          if (m) out.push(suppression('terraform', { doc, pointer: vp, offsets: [v.start, v.end] }, parseDirective(m[1], known), { file: doc.file, start: n.start, end: n.end }));
        }
      } else walk(e.value, p);
    }
  };
  if (doc.root) walk(doc.root, '');
  return out;
}

// ── Matching ────────────────────────────────────────────────────────────────────────────────────

export interface SuppressInput {
  findings: Finding[];
  sources: SourceFile[];
  inline: Suppression[];
  /** Rules that ran (an ignore naming another rule cannot be judged unused). */
  ran: Set<string>;
  overrides?: Override[];
  cwd: string;
  configDir: string;
}

/** Mark findings hidden by inline ignores and config overrides (which may also re-level them). */
export function applySuppressions(input: SuppressInput): void {
  const byPath = new Map(input.sources.map((s) => [s.path, s]));
  const valid = input.inline.filter((s) => s.problems.length === 0 && s.covers);
  for (const s of input.inline) for (const id of s.ruleIds) if (!input.ran.has(id)) s.unchecked.add(id);
  const overrides = (input.overrides ?? []).map((o) => ({ o, match: picomatch(Array.isArray(o.files) ? o.files : [o.files], { dot: true }) }));
  for (const f of input.findings) {
    // A finding in the base revision's text has no comments of the working tree around it.
    const file = f.base ? undefined : byPath.get(f.file);
    const at = file && file.offset(f.range.start);
    if (file && at !== undefined) {
      for (const s of valid) {
        if (s.covers!.file !== file || at < s.covers!.start || at > s.covers!.end || !s.ruleIds.includes(f.ruleId)) continue;
        s.used.add(f.ruleId);
        f.suppression ??= { kind: 'inSource', justification: s.reason };
      }
    }
    if (f.suppression || overrides.length === 0) continue;
    const rel = toPosix(relative(input.configDir, resolve(input.cwd, f.file)));
    for (const { o, match } of overrides) {
      const level = o.rules[f.ruleId];
      if (!level || !match(rel) || !coveredByPointer(file, at, o.pointer)) continue;
      if (level === 'off') f.suppression = { kind: 'external', justification: o.reason ?? 'config overrides' };
      else {
        f.severity = level;
        delete f.suppression;
      }
    }
  }
}

/** Whether an override's JSON pointer (into any document of the file) holds the finding. */
function coveredByPointer(file: SourceFile | undefined, at: number | undefined, pointer: string | undefined): boolean {
  if (pointer === undefined || pointer === '' || pointer === '/') return true;
  if (!file || at === undefined) return false;
  return file.docs.some((d) => {
    const n = d.get(pointer);
    return !!n && at >= n.start && at <= n.end;
  });
}

export function isSuppressed(f: Finding): boolean {
  return f.suppression !== undefined;
}

// ── The step ────────────────────────────────────────────────────────────────────────────────────

export interface SuppressStep extends Omit<SuppressInput, 'ran'> {
  /** Rules that ran; `shadow` holds the findings of rules run only to judge ignores (not reported). */
  ran: Set<string>;
  shadow: Finding[];
  /** Active rules with `stage: 'suppressions'`, and how to run one over a list of suppressions. */
  stageRules: Rule[];
  runStage(rule: Rule, suppressions: Suppression[]): Finding[];
  /** Dedupe and sort into report order. */
  order(findings: Finding[]): Finding[];
  baseline?: string;
  writeBaseline?: string;
}

/** inline ignores and overrides → invalid/unused ignores → baseline (written, then applied) → fingerprints. */
export function suppressStep(step: SuppressStep): Finding[] {
  applySuppressions({ ...step, findings: [...step.findings, ...step.shadow] });
  const stage = (list: Suppression[]) => step.stageRules.flatMap((r) => step.runStage(r, list));
  let all = step.order([...step.findings, ...stage(step.inline)]);
  const path = step.writeBaseline ?? step.baseline;
  if (path) {
    if (step.writeBaseline) writeBaseline(step.writeBaseline, all, step.cwd);
    const entries = readBaseline(path, step.cwd);
    applyBaseline(entries, all, step.cwd, path, new Set([...step.ran, ...step.stageRules.map((r) => r.id)]));
    all = step.order([...all, ...stage(entries)]);
  }
  assignFingerprints(all);
  return all;
}

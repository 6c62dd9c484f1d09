// sarif: SARIF 2.1.0, written by hand against @types/sarif (a builder library would cost start-up time).
// Checked by schemas/sarif-2.1.0.json (tests) and the SARIF Multitool with GitHub rules (scripts/validate-sarif.sh).
import { isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { REPO_URL } from '../docs-url.ts';
import type { Finding, FormatContext, Report } from '../finding.ts';
import type { RuleMeta, Severity } from '../rule.ts';
import { stringifyInPieces } from './pieces.ts';

const SRCROOT = '%SRCROOT%';
/** Bump when the fingerprint recipe changes, so code scanning does not match old alerts to new ones. */
const FINGERPRINT_KEY = 'eksAccessLint/v1';
/** GitHub shows security-severity as critical ≥ 9, high ≥ 7, medium ≥ 4, low otherwise. */
const DEFAULT_SECURITY_SEVERITY: Record<Severity, number> = { error: 7.0, warning: 4.0, note: 2.0 };

export default function sarif(report: Report, ctx: FormatContext): string {
  return [...sarifChunks(report, ctx)].join('');
}

/** The same text in pieces, one per result, made as they are written (see stringifyInPieces). */
export function sarifChunks(report: Report, ctx: FormatContext): Generator<string> {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  // Suppressed findings are results too, with `suppressions` (code scanning shows them as dismissed).
  // Reported findings first, then the suppressed (each list in report order).
  const results = [...report.findings, ...(report.suppressed ?? [])];
  const files = [...new Set(results.map((f) => f.file))].sort();
  const artifactIndex = new Map(files.map((file, i) => [file, i]));
  const notifications = report.diagnostics.map(
    (d): Sarif.Notification => ({
      level: d.level,
      message: { text: sentence(d.message) },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(d.file) } }],
    }),
  );
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'eks-access-lint',
            version: report.toolVersion,
            semanticVersion: report.toolVersion,
            informationUri: REPO_URL,
            rules: report.rules.map((r) => descriptor(r, ctx)),
          },
        },
        invocations: [{ executionSuccessful: true, ...(notifications.length ? { toolExecutionNotifications: notifications } : {}) }],
        originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(ctx.cwd) } },
        ...(files.length ? { artifacts: files.map((file): Sarif.Artifact => ({ location: artifactLocation(file), roles: ['analysisTarget'] })) } : {}),
        results: [],
        columnKind: 'utf16CodeUnits',
      },
    ],
  };
  return stringifyInPieces(log, 'results', results, (f) => result(f, ruleIndex.get(f.ruleId), artifactIndex.get(f.file)));
}

function descriptor(r: RuleMeta, ctx: FormatContext): Sarif.ReportingDescriptor {
  const sources = r.sources.map((s) => (/^https?:\/\//.test(s) ? `<${s}>` : s));
  return {
    id: r.id,
    name: pascalCase(r.id),
    shortDescription: { text: sentence(r.description) },
    fullDescription: { text: sentence(r.rationale) },
    help: {
      text: [r.remediation, '', r.rationale, '', 'Sources:', ...r.sources.map((s) => `- ${s}`)].join('\n'),
      markdown: ['**Fix:** ' + r.remediation, '', r.rationale, '', '**Sources:**', '', ...sources.map((s) => `- ${s}`)].join('\n'),
    },
    helpUri: ctx.docsUrl(r.id),
    defaultConfiguration: { level: r.severity },
    properties: {
      tags: r.tags,
      precision: precision(r),
      'security-severity': (r.securitySeverity ?? DEFAULT_SECURITY_SEVERITY[r.severity]).toFixed(1),
    },
  };
}

function result(f: Finding, ruleIndex: number | undefined, index: number | undefined): Sarif.Result {
  const { start, end } = f.range;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: f.severity,
    message: { text: sentence(f.message) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { ...artifactLocation(f.file), ...(index === undefined ? {} : { index }) },
          region: { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column },
        },
        ...(f.logicalPath ? { logicalLocations: [{ fullyQualifiedName: f.logicalPath }] } : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.fix ? { fixes: [fix(f)] } : {}),
    ...(f.suppression ? { suppressions: [suppressionOf(f)] } : {}),
  };
}

/** `inSource`: an ignore in the file (its reason is the justification); `external`: config overrides or the baseline. */
function suppressionOf(f: Finding): Sarif.Suppression {
  const s = f.suppression!;
  return { kind: s.kind, status: 'accepted', ...(s.justification ? { justification: s.justification } : {}) };
}

/** A safe fix as SARIF replacements: regions of the file as linted, lines and UTF-16 columns like the results'. */
function fix(f: Finding): Sarif.Fix {
  return {
    description: { text: sentence(f.fix!.description[0].toUpperCase() + f.fix!.description.slice(1)) },
    artifactChanges: [
      {
        artifactLocation: artifactLocation(f.file),
        replacements: f.fix!.edits.map((e) => ({
          deletedRegion: { startLine: e.range.start.line, startColumn: e.range.start.column, endLine: e.range.end.line, endColumn: e.range.end.column },
          ...(e.text ? { insertedContent: { text: e.text } } : {}),
        })),
      },
    ],
  };
}

/** Relative paths resolve against %SRCROOT% (GitHub maps it to the checkout); others stay absolute file URIs. */
function artifactLocation(file: string): Sarif.ArtifactLocation {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: file.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : href + '/';
}

/** `aws-auth/role-arn-path` → `AwsAuthRoleArnPath`: SARIF wants a readable name distinct from the id. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0].toUpperCase() + w.slice(1))
    .join('');
}

/** The Multitool (SARIF2001) asks plain-text messages to be complete sentences. */
function sentence(text: string): string {
  const t = text.trimEnd();
  return /[.!?]$/.test(t) ? t : t + '.';
}

/** Rules may state their precision; otherwise an error-level rule is taken as certain (its findings are facts of the file). */
function precision(r: RuleMeta): 'very-high' | 'high' {
  const own = (r as RuleMeta & { precision?: 'very-high' | 'high' }).precision;
  return own ?? (r.severity === 'error' ? 'very-high' : 'high');
}

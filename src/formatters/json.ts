// json: the documented, versioned report shape (schemas/report.schema.json). Every field is copied
// explicitly, so nothing the pipeline adds to a Finding leaks into a published format by accident.
import type { Finding, FormatContext, Report } from '../finding.ts';

/** Bump on any change that is not a new optional field. */
export const REPORT_FORMAT_VERSION = 1;

export default function json(report: Report, ctx: FormatContext): string {
  return [...jsonChunks(report, ctx)].join('');
}

/**
 * The same text in pieces, one per finding, made as they are written: a run with thousands of
 * findings never holds the whole report as one string (nor its copy as bytes).
 */
export function* jsonChunks(report: Report, ctx: FormatContext): Generator<string> {
  const shell = JSON.stringify(
    {
      version: REPORT_FORMAT_VERSION,
      tool: { name: 'eks-access-lint', version: report.toolVersion },
      summary: summarize(report),
      findings: [],
      diagnostics: report.diagnostics.map((d) => ({ file: d.file, level: d.level, message: d.message })),
    },
    null,
    2,
  );
  if (report.findings.length === 0) return yield shell + '\n';
  // Quotes inside string values are escaped: the bare key occurs once, where the shell has it.
  const at = shell.indexOf(EMPTY_FINDINGS);
  yield shell.slice(0, at) + '"findings": [\n';
  for (const [i, f] of report.findings.entries()) yield (i ? ',\n' : '') + JSON.stringify(finding(f, ctx), null, 2).replace(/^/gm, '    ');
  yield '\n  ]' + shell.slice(at + EMPTY_FINDINGS.length) + '\n';
}

const EMPTY_FINDINGS = '"findings": []';

function finding(f: Finding, ctx: FormatContext) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    range: {
      start: { line: f.range.start.line, column: f.range.start.column },
      end: { line: f.range.end.line, column: f.range.end.column },
    },
    logicalPath: f.logicalPath,
    pointer: f.pointer,
    ...(f.principal ? { principal: f.principal } : {}),
    fingerprint: f.fingerprint,
    docs: ctx.docsUrl(f.ruleId),
  };
}

export function summarize(report: Report) {
  const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
  return { errors: count('error'), warnings: count('warning'), notes: count('note'), filesScanned: report.filesScanned, filesLinted: report.filesLinted };
}

// json: the documented, versioned report shape (schemas/report.schema.json). Every field is copied
// explicitly, so nothing the pipeline adds to a Finding leaks into a published format by accident.
import type { Finding, FormatContext, Report } from '../finding.ts';
import { stringifyInPieces } from './pieces.ts';

/** Bump on any change that is not a new optional field. */
export const REPORT_FORMAT_VERSION = 1;

export default function json(report: Report, ctx: FormatContext): string {
  return [...jsonChunks(report, ctx)].join('');
}

/** The same text in pieces, one per finding, made as they are written (see stringifyInPieces). */
export function jsonChunks(report: Report, ctx: FormatContext): Generator<string> {
  const shell = {
    version: REPORT_FORMAT_VERSION,
    tool: { name: 'eks-access-lint', version: report.toolVersion },
    summary: summarize(report),
    findings: [],
    diagnostics: report.diagnostics.map((d) => ({ file: d.file, level: d.level, message: d.message })),
  };
  return stringifyInPieces(shell, 'findings', report.findings, (f) => finding(f, ctx));
}

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

// Formatter registry: each format loads only when used (start-up pays for none of them).
import type { FormatContext, Report } from '../finding.ts';

export type Formatter = (report: Report, ctx: FormatContext) => string | Promise<string>;

export const FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown'] as const;
export type FormatName = (typeof FORMATS)[number];

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  switch (name) {
    case 'stylish':
      return (await import('./stylish.ts')).default;
    case 'json':
      return (await import('./json.ts')).default;
    case 'sarif':
      return (await import('./sarif.ts')).default;
    case 'github':
      return (await import('./github.ts')).default;
    case 'markdown':
      return (await import('./markdown.ts')).default;
  }
}

/** The report in a format, as pieces to write one after another (json and sarif give one per finding). */
export async function formatInChunks(name: FormatName, report: Report, ctx: FormatContext): Promise<Iterable<string>> {
  if (name === 'json') return (await import('./json.ts')).jsonChunks(report, ctx);
  if (name === 'sarif') return (await import('./sarif.ts')).sarifChunks(report, ctx);
  return [await (await loadFormatter(name))(report, ctx)];
}

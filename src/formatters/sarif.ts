// sarif: SARIF 2.1.0. (Being written.)
import type { FormatContext, Report } from '../finding.ts';

export default function sarif(_report: Report, _ctx: FormatContext): string {
  throw new Error('sarif: not written yet');
}

import { summarize, type FileReport } from './file-report.js';

/** The report for programs: one JSON document with every file's issues, warnings and a summary. */
export function jsonReport(reports: readonly FileReport[]): string {
  const summary = summarize(reports);
  return `${JSON.stringify(
    {
      valid: summary.invalid === 0 && summary.unreadable === 0,
      summary,
      files: reports.map(({ text: _, ...report }) => ({
        ...report,
        valid: report.error === undefined && report.issues.length === 0,
      })),
    },
    null,
    2,
  )}\n`;
}

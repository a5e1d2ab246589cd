import { toDotPath, type ParleyIssue } from '@parley/core/parse';
import type { FileReport } from './file-report.js';

// GitHub Actions workflow commands, which show as annotations on the changed lines of a pull request:
// `::error file={name},line={line},col={col},title={title}::{message}`.

/** Escapes a command's message: %, CR and LF. */
export const escapeData = (text: string): string =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value: as a message, plus `:` and `,`, which separate properties. */
export const escapeProperty = (text: string): string =>
  escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

function annotation(kind: 'error' | 'warning', file: string, issue: ParleyIssue<string>): string {
  const properties = [`file=${escapeProperty(file)}`];
  if (issue.line !== undefined) properties.push(`line=${issue.line}`, `col=${issue.column ?? 1}`);
  properties.push(`title=${escapeProperty(`${issue.code} ${toDotPath(issue.path)}`)}`);
  const message = issue.hint ? `${issue.message} ${issue.hint}` : issue.message;
  return `::${kind} ${properties.join(',')}::${escapeData(message)}\n`;
}

/** The report for GitHub Actions: one annotation per issue (errors) and warning. */
export function githubReport(reports: readonly FileReport[]): string {
  let out = '';
  for (const report of reports) {
    if (report.error !== undefined) {
      out += `::error file=${escapeProperty(report.file)},title=unreadable::${escapeData(report.error)}\n`;
      continue;
    }
    for (const issue of report.issues) out += annotation('error', report.file, issue);
    for (const warning of report.warnings) out += annotation('warning', report.file, warning);
  }
  return out;
}

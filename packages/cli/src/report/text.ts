import { toDotPath, type ParleyIssue } from '@parley/core/parse';
import type { Colors } from '../colors.js';
import { codeFrame, splitLines } from './code-frame.js';
import { plural, summarize, type FileReport } from './file-report.js';

/**
 * The report for people: one block per issue, `file:line:col  code  path  message`, its hint and a
 * code frame, on stderr (styled by `c`); a line per valid file on stdout (styled by `out`); and a
 * summary when there was more than one file or a problem.
 */
export function textReport(
  reports: readonly FileReport[],
  c: Colors,
  out: Colors = c,
): { stdout: string; stderr: string } {
  let stdout = '';
  let stderr = '';
  for (const report of reports) {
    if (report.error !== undefined) {
      stderr += `${c.red('parley:')} ${report.error}\n`;
      continue;
    }
    const lines = report.text === undefined ? [] : splitLines(report.text);
    const block = (issue: ParleyIssue<string>, warning: boolean) => {
      const where =
        issue.line === undefined ? report.file : `${report.file}:${issue.line}:${issue.column ?? 1}`;
      const code = warning ? c.yellow(issue.code) : c.red(issue.code);
      let out = `${c.bold(where)}  ${code}  ${c.cyan(toDotPath(issue.path))}  ${issue.message}\n`;
      if (issue.hint) out += `  ${c.dim('hint:')} ${issue.hint}\n`;
      if (issue.line !== undefined) {
        const frame = codeFrame(lines, issue.line, issue.column ?? 1, c);
        if (frame) out += `${frame}\n`;
      }
      return `${out}\n`;
    };
    for (const issue of report.issues) stderr += block(issue, false);
    for (const warning of report.warnings) stderr += block(warning, true);
    if (report.issues.length === 0) {
      const warnings =
        report.warnings.length > 0 ? out.yellow(` (${plural(report.warnings.length, 'warning')})`) : '';
      stdout += `${out.green('✔')} ${report.file}: a valid timeline with ${plural(report.events ?? 0, 'event')}${warnings}\n`;
    }
  }
  const summary = summarize(reports);
  if (summary.files > 1 || summary.invalid > 0) {
    const counts = [
      summary.invalid > 0 ? c.red(`${summary.invalid} invalid (${plural(summary.issues, 'issue')})`) : '',
      summary.unreadable > 0 ? c.red(`${summary.unreadable} unreadable`) : '',
      summary.valid > 0 ? c.green(`${summary.valid} valid`) : '',
      summary.warnings > 0 ? c.yellow(plural(summary.warnings, 'warning')) : '',
    ].filter(Boolean);
    const mark = summary.invalid + summary.unreadable > 0 ? c.red('✖') : c.green('✔');
    stderr += `${mark} ${plural(summary.files, 'file')} checked: ${counts.join(', ')}\n`;
  }
  return { stdout, stderr };
}

import type { ParleyIssue } from '@parley/core/parse';

/** What validating one file found: its issues and warnings, or why it could not be read. */
export interface FileReport {
  /** The name as given on the command line; `<stdin>` for `-`. */
  readonly file: string;
  readonly format?: string;
  /** The text, for code frames. */
  readonly text?: string;
  readonly issues: readonly ParleyIssue[];
  /** Warnings, and notes such as what a TimelineJS import left out (code `not_mapped`). */
  readonly warnings: readonly ParleyIssue<string>[];
  /** How many events a valid timeline has. */
  readonly events?: number;
  /** An I/O problem: the file could not be checked at all. */
  readonly error?: string;
}

export interface Summary {
  readonly files: number;
  readonly valid: number;
  readonly invalid: number;
  readonly unreadable: number;
  readonly issues: number;
  readonly warnings: number;
}

export function summarize(reports: readonly FileReport[]): Summary {
  const unreadable = reports.filter((report) => report.error !== undefined).length;
  const invalid = reports.filter((report) => report.error === undefined && report.issues.length > 0).length;
  return {
    files: reports.length,
    valid: reports.length - unreadable - invalid,
    invalid,
    unreadable,
    issues: reports.reduce((sum, report) => sum + report.issues.length, 0),
    warnings: reports.reduce((sum, report) => sum + report.warnings.length, 0),
  };
}

/** `n thing` or `n things`. */
export const plural = (count: number, noun: string): string => `${count} ${noun}${count === 1 ? '' : 's'}`;

import { html, nothing, type TemplateResult } from 'lit';
import { toDotPath } from '@parley/core';
import type { TimelineIssue } from '../controllers/timeline-source.js';
import { formatNumber } from '../i18n/intl-cache.js';
import type { Translation } from '../i18n/translation.js';
import { heading } from './context.js';

/** How many issues the error state lists before it summarises the rest as a count. */
const MAX_LISTED_ISSUES = 5;

/**
 * While `src` loads or the page parses the element's data. Whatever the page put inside the
 * element (a plain list of the events, say) stays visible until the card can replace it.
 */
export function loadingState(t: Translation): TemplateResult {
  return html`<p part="loading" role="status" aria-live="polite">${t.loading}</p>
    <slot></slot>`;
}

/**
 * Why the card cannot show: a line for readers first, then each problem for the page's author,
 * with line and column where the data was JSON text. The page's fallback content stays beside it.
 * The problems are worded in `wordsLang`, which is the card's language or English.
 */
export function errorState(
  t: Translation,
  locale: string,
  level: number,
  issues: readonly TimelineIssue[],
  wordsLang = 'en',
): TemplateResult {
  const listed = issues.slice(0, MAX_LISTED_ISSUES);
  const more = issues.length - listed.length;
  const n = (value: number) => formatNumber(locale, value);
  return html`<div part="error" role="alert">
      ${heading(level, t.errorTitle, { className: 'error-title' })}
      <p>${t.errorLead}</p>
      <ul aria-label=${t.errorForAuthor}>
        ${listed.map(
          (issue) =>
            html`<li>
              ${issue.line === undefined ? nothing : `${t.lineColumn(n(issue.line), n(issue.column!))}: `}${
                // A problem with the whole document or its URL has no path worth showing.
                issue.path.length ? html`<code dir="ltr">${toDotPath(issue.path)}</code>: ` : nothing
              }
              <span lang=${wordsLang} dir="auto"
                >${issue.message}${issue.hint ? html` <span part="hint">${issue.hint}</span>` : nothing}</span
              >
            </li>`,
        )}
      </ul>
      ${more > 0 ? html`<p>${t.moreProblems(more)}</p>` : nothing}
    </div>
    <slot></slot>`;
}

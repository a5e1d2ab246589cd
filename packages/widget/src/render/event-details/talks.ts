import { html, nothing, type TemplateResult } from 'lit';
import type { DelegationMember, Talks } from '@parley/core';
import { formatList, formatNumber } from '../../i18n/intl-cache.js';
import { heading, names, word, type RenderContext } from '../context.js';
import { duration } from './duration.js';
import { detailWords, rows } from './rows.js';

/** " (Deputy Foreign Minister)": a member's role on the delegation and office at this round. */
function memberOffice({ role, capacity }: DelegationMember): string {
  const office = [role, capacity].filter(Boolean).join(', ');
  return office ? ` (${office})` : '';
}

/** A round of talks: who hosted and presided, its format, length and outcome, and each delegation. */
export function talksDetails(ctx: RenderContext, event: Talks): TemplateResult {
  const { view } = ctx;
  const words = detailWords(ctx);
  const { labels } = words;
  const round = event.round === undefined ? undefined : formatNumber(ctx.locale, event.round);
  return html`${rows([
    [labels.round, round && event.series ? words.roundOf(round, event.series) : round],
    [labels.host, event.host && view.index.actorName(event.host)],
    [
      labels.presidedBy,
      event.presidedBy &&
        formatList(
          ctx.locale,
          event.presidedBy.map((id) => view.index.personWithRole(id)),
        ),
    ],
    [labels.mediators, event.mediators && names(ctx, event.mediators)],
    [labels.attendees, event.attendees && names(ctx, event.attendees)],
    [labels.format, event.format && word(ctx, event.format)],
    [labels.duration, event.duration && duration(ctx, event.duration)],
    [
      labels.outcome,
      event.outcome && `${word(ctx, event.outcome)}${event.outcomeNote ? `: ${event.outcomeNote}` : ''}`,
    ],
  ])}
  ${
    event.delegations?.length
      ? html`${heading(ctx.level + 3, labels.delegations, { className: 'subheading' })}
          <ul part="delegations">
            ${event.delegations.map(
              (delegation) =>
                html`<li part="delegation">
                  <strong>${view.index.actorName(delegation.party)}</strong>${
                    delegation.head ? `, ${words.ledBy(view.index.personWithRole(delegation.head))}` : nothing
                  }
                  ${
                    delegation.members?.length
                      ? html`<ul>
                          ${delegation.members.map(
                            (member) =>
                              html`<li>${view.index.actorName(member.person)}${memberOffice(member)}</li>`,
                          )}
                        </ul>`
                      : nothing
                  }
                  ${delegation.note ? html`<p>${delegation.note}</p>` : nothing}
                </li>`,
            )}
          </ul>`
      : nothing
  }`;
}

import { html, nothing, type TemplateResult } from 'lit';
import type { Duration, Talks } from '@parley/core';
import { formatList, formatNumber, formatUnit } from '../../i18n/intl-cache.js';
import { heading, names, word, type RenderContext } from '../context.js';
import { rows } from './rows.js';

/** "a little under 4 hours": an ISO 8601 duration in words, each unit pluralised by Intl. */
function duration(ctx: RenderContext, { iso, qualifier }: Duration): string {
  const [, days, hours, minutes] = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso) ?? [];
  const units = (
    [
      [days, 'day'],
      [hours, 'hour'],
      [minutes, 'minute'],
    ] as const
  ).flatMap(([value, unit]) => (value ? [formatUnit(ctx.locale, Number(value), unit)] : []));
  const text = units.length ? formatList(ctx.locale, units) : iso;
  const { t } = ctx;
  return qualifier === 'about'
    ? t.durationAbout(text)
    : qualifier === 'under'
      ? t.durationUnder(text)
      : qualifier === 'over'
        ? t.durationOver(text)
        : text;
}

/** A round of talks: who hosted and presided, its format, length and outcome, and each delegation. */
export function talksDetails(ctx: RenderContext, event: Talks): TemplateResult {
  const { t, view } = ctx;
  const { labels } = t;
  const round = event.round === undefined ? undefined : formatNumber(ctx.locale, event.round);
  return html`${rows([
    [labels.round, round && event.series ? t.roundOf(round, event.series) : round],
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
                    delegation.head ? `, ${t.ledBy(view.index.personWithRole(delegation.head))}` : nothing
                  }
                  ${
                    delegation.members?.length
                      ? html`<ul>
                          ${delegation.members.map(
                            (member) =>
                              html`<li>
                                ${view.index.actorName(member.person)}${member.role ? ` (${member.role})` : ''}
                              </li>`,
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

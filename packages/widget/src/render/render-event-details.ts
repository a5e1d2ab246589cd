import { html, nothing, type TemplateResult } from 'lit';
import type { Casualties, NegotiationEvent, Quantity } from '@parley/core';
import type { TimelineIndex } from './timeline-index.js';

type Row = readonly [label: string, value: string | TemplateResult | undefined];

/** A definition list of the rows that have a value. */
function rows(items: readonly Row[]): TemplateResult | typeof nothing {
  const present = items.filter(([, value]) => value !== undefined && value !== '');
  if (present.length === 0) return nothing;
  return html`<dl>
    ${present.map(
      ([label, value]) =>
        html`<dt>${label}</dt>
          <dd>${value}</dd>`,
    )}
  </dl>`;
}

const words = (value: string | undefined) => value?.replace(/-/g, ' ');

function quantity(value: Quantity): string {
  if (typeof value === 'number') return String(value);
  const { low, best, high, approximate } = value;
  const range = low !== undefined && high !== undefined ? `${low}–${high}` : undefined;
  const figure =
    best !== undefined ? (range ? `${best} (${range})` : String(best)) : (range ?? String(low ?? high));
  return approximate ? `about ${figure}` : figure;
}

function casualties(list: readonly Casualties[], index: TimelineIndex): TemplateResult {
  return html`<ul>
    ${list.map(
      (item) =>
        html`<li>
          ${quantity(item.count)}
          ${item.kind}${item.who ? ` (${item.who})` : item.side ? ` (${index.actorName(item.side)})` : ''}
        </li>`,
    )}
  </ul>`;
}

const DURATION_QUALIFIER = { about: 'about', under: 'a little under', over: 'a little over' } as const;

function duration(iso: string, qualifier: keyof typeof DURATION_QUALIFIER | undefined): string {
  const [, days, hours, minutes] = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?)?$/.exec(iso) ?? [];
  const parts = [
    days && `${days} ${days === '1' ? 'day' : 'days'}`,
    hours && `${hours} ${hours === '1' ? 'hour' : 'hours'}`,
    minutes && `${minutes} ${minutes === '1' ? 'minute' : 'minutes'}`,
  ].filter(Boolean);
  const text = parts.join(' ') || iso;
  return qualifier ? `${DURATION_QUALIFIER[qualifier]} ${text}` : text;
}

/** What only this type of event has: delegations, provisions, who said what, casualties… */
export function renderEventDetails(
  event: NegotiationEvent,
  index: TimelineIndex,
): TemplateResult | typeof nothing {
  switch (event.type) {
    case 'talks':
      return html`${rows([
        [
          'Round',
          event.round === undefined
            ? undefined
            : `${event.round}${event.series ? ` of ${event.series}` : ''}`,
        ],
        ['Host', event.host && index.actorName(event.host)],
        [
          'Presided by',
          event.presidedBy && event.presidedBy.map((id) => index.personWithRole(id)).join(', '),
        ],
        ['Mediators', event.mediators && index.names(event.mediators)],
        ['Also at the table', event.attendees && index.names(event.attendees)],
        ['Format', words(event.format)],
        ['Duration', event.duration && duration(event.duration.iso, event.duration.qualifier)],
        [
          'Outcome',
          event.outcome && `${words(event.outcome)}${event.outcomeNote ? `: ${event.outcomeNote}` : ''}`,
        ],
      ])}
      ${
        event.delegations?.length
          ? html`<h4>Delegations</h4>
              <ul part="delegations">
                ${event.delegations.map(
                  (delegation) =>
                    html`<li part="delegation">
                      <strong>${index.actorName(delegation.party)}</strong>${
                        delegation.head ? html`, led by ${index.personWithRole(delegation.head)}` : nothing
                      }
                      ${
                        delegation.members?.length
                          ? html`<ul>
                              ${delegation.members.map(
                                (member) =>
                                  html`<li>
                                    ${index.actorName(member.person)}${member.role ? ` (${member.role})` : ''}
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
    case 'agreement':
      return html`${rows([
          ['Parties', index.names(event.parties)],
          ['Status', words(event.status)],
        ])}
        <h4>Provisions</h4>
        <ul part="provisions">
          ${event.provisions.map(
            (provision) =>
              html`<li part="provision">
                ${provision.description}
                ${provision.categories?.length ? html`<br /><span>Covers: ${provision.categories.join(', ')}</span>` : nothing}
                ${provision.quantity !== undefined ? html`<br /><span>Number: ${quantity(provision.quantity)}</span>` : nothing}
              </li>`,
          )}
        </ul>`;
    case 'document':
      return rows([
        ['Document', `${words(event.documentKind)}: ${event.subject}`],
        ['From', index.actorName(event.from)],
        ['To', event.to && index.actorName(event.to)],
        ['Status', event.status],
      ]);
    case 'statement':
      return html`<figure part="statement">
        ${event.quote ? html`<blockquote part="quote" lang=${event.language ?? nothing}>${event.quote}</blockquote>` : nothing}
        ${event.paraphrase ? html`<p>${event.paraphrase}</p>` : nothing}
        <figcaption>
          —
          ${index.personWithRole(event.speaker)}${event.setting ? `, ${event.setting.charAt(0).toLowerCase()}${event.setting.slice(1)}` : ''}${
            event.reportedBy ? `, as reported by ${index.actorName(event.reportedBy)}` : ''
          }
        </figcaption>
      </figure>`;
    case 'proposal':
      return rows([
        ['Proposal', words(event.subject)],
        ['Proposed by', event.proposedBy && index.names(event.proposedBy)],
        ['Would involve', event.participants && index.names(event.participants)],
        ['Status', event.status],
      ]);
    case 'military-action':
      return rows([
        ['By', index.actorName(event.by)],
        ['Against', event.against && index.actorName(event.against)],
        ['Means', event.means?.map(words).join(', ')],
        ['Target', event.target],
        ['Scale', event.record ? 'the largest of its kind so far' : undefined],
        ['Casualties', event.casualties?.length ? casualties(event.casualties, index) : undefined],
      ]);
    case 'sanctions':
      return rows([
        ['Status', words(event.status)],
        ['Imposed by', event.by && index.actorName(event.by)],
        ['Against', index.names(event.target)],
        [
          'Kind',
          event.scope === 'secondary' ? 'secondary (on those who trade with the target)' : event.scope,
        ],
        ['Sectors', event.sectors?.join(', ')],
      ]);
    case 'context':
      return nothing;
  }
}

import { html, type nothing, type TemplateResult } from 'lit';
import type { MilitaryAction } from '@parley/core';
import { formatList } from '../../i18n/intl-cache.js';
import { word, type RenderContext } from '../context.js';
import { detailWords, quantity, rows } from './rows.js';

/** A military action: by and against whom, by what means, at what, and its casualties. */
export function militaryActionDetails(
  ctx: RenderContext,
  event: MilitaryAction,
): TemplateResult | typeof nothing {
  const { view } = ctx;
  const words = detailWords(ctx);
  const { labels } = words;
  return rows([
    [labels.by, view.index.actorName(event.by)],
    [labels.against, event.against && view.index.actorName(event.against)],
    [
      labels.means,
      event.means &&
        formatList(
          ctx.locale,
          event.means.map((means) => word(ctx, means)),
        ),
    ],
    [labels.target, event.target],
    [labels.scale, event.record ? words.record : undefined],
    [
      labels.casualties,
      event.casualties?.length
        ? html`<ul>
            ${event.casualties.map(
              (item) =>
                html`<li>
                  ${quantity(ctx, item.count)}
                  ${word(ctx, item.kind)}${
                    item.who ? ` (${item.who})` : item.side ? ` (${view.index.actorName(item.side)})` : ''
                  }
                </li>`,
            )}
          </ul>`
        : undefined,
    ],
  ]);
}

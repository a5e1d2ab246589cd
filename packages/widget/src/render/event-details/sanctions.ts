import type { nothing, TemplateResult } from 'lit';
import type { Sanctions } from '@parley/core';
import { formatList } from '../../i18n/intl-cache.js';
import { names, word, type RenderContext } from '../context.js';
import { detailWords, rows } from './rows.js';

/** Sanctions called for, threatened or imposed: by whom, on whom, of what kind. */
export function sanctionsDetails(ctx: RenderContext, event: Sanctions): TemplateResult | typeof nothing {
  const { view } = ctx;
  const words = detailWords(ctx);
  const { labels } = words;
  return rows([
    [labels.status, word(ctx, event.status)],
    [labels.imposedBy, event.by && view.index.actorName(event.by)],
    [labels.against, names(ctx, event.target)],
    [labels.kind, event.scope === 'secondary' ? words.secondary : event.scope],
    [labels.sectors, event.sectors && formatList(ctx.locale, event.sectors)],
  ]);
}

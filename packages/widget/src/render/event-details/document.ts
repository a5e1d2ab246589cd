import type { nothing, TemplateResult } from 'lit';
import type { DocumentEvent } from '@parley/core';
import { word, type RenderContext } from '../context.js';
import { detailWords, rows } from './rows.js';

/** A document exchanged: what it is, from whom to whom, and whether it was delivered. */
export function documentDetails(ctx: RenderContext, event: DocumentEvent): TemplateResult | typeof nothing {
  const { labels } = detailWords(ctx);
  const { index } = ctx.view;
  return rows([
    [labels.document, `${word(ctx, event.documentKind)}: ${event.subject}`],
    [labels.from, index.actorName(event.from)],
    [labels.to, event.to && index.actorName(event.to)],
    [labels.status, word(ctx, event.status)],
  ]);
}

import type { nothing, TemplateResult } from 'lit';
import type { Proposal } from '@parley/core';
import { names, word, type RenderContext } from '../context.js';
import { rows } from './rows.js';

/** A proposal: what was put forward, by whom, whom it would involve, and where it stands. */
export function proposalDetails(ctx: RenderContext, event: Proposal): TemplateResult | typeof nothing {
  const { labels } = ctx.t;
  return rows([
    [labels.proposal, word(ctx, event.subject)],
    [labels.proposedBy, event.proposedBy && names(ctx, event.proposedBy)],
    [labels.wouldInvolve, event.participants && names(ctx, event.participants)],
    [labels.status, word(ctx, event.status)],
  ]);
}

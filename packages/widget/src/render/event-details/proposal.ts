import type { nothing, TemplateResult } from 'lit';
import type { Proposal } from '@parley/core';
import { names, time, word, type RenderContext } from '../context.js';
import { duration } from './duration.js';
import { detailWords, quantity, rows } from './rows.js';

/**
 * A proposal: what was put forward, by whom, whom it would involve, how many and how long,
 * when or by when, and where it stands.
 */
export function proposalDetails(ctx: RenderContext, event: Proposal): TemplateResult | typeof nothing {
  const { labels } = detailWords(ctx);
  return rows([
    [labels.proposal, word(ctx, event.subject)],
    [labels.proposedBy, event.proposedBy && names(ctx, event.proposedBy)],
    [labels.wouldInvolve, event.participants && names(ctx, event.participants)],
    [labels.number, event.quantity === undefined ? undefined : quantity(ctx, event.quantity)],
    [labels.duration, event.duration && duration(ctx, event.duration)],
    [labels.plannedFor, event.targetDate && time(ctx, event.targetDate)],
    [labels.deadline, event.deadline && time(ctx, event.deadline)],
    [labels.status, word(ctx, event.status)],
  ]);
}

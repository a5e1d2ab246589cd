import { html, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import type { RenderContext } from './context.js';
import { citationList } from './citations.js';
import { eventDetails } from './event-details/index.js';

/**
 * What an event shows once opened: the facts only its type has, then its numbered sources. The
 * script tag loads this (and everything only it uses) from `parley-timeline.details.js`.
 */
export function eventBody(ctx: RenderContext, event: NegotiationEvent, tabbable: boolean): TemplateResult {
  return html`${eventDetails(ctx, event)} ${citationList(ctx, event.citations, tabbable)}`;
}

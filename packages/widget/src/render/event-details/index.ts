import { nothing, type TemplateResult } from 'lit';
import type { NegotiationEvent } from '@parley/core';
import type { RenderContext } from '../context.js';
import { agreementDetails } from './agreement.js';
import { documentDetails } from './document.js';
import { militaryActionDetails } from './military-action.js';
import { proposalDetails } from './proposal.js';
import { sanctionsDetails } from './sanctions.js';
import { statementDetails } from './statement.js';
import { talksDetails } from './talks.js';

/** What only this type of event has, one module per type as in core's `schemas/events/`. */
export function eventDetails(ctx: RenderContext, event: NegotiationEvent): TemplateResult | typeof nothing {
  switch (event.type) {
    case 'talks':
      return talksDetails(ctx, event);
    case 'agreement':
      return agreementDetails(ctx, event);
    case 'document':
      return documentDetails(ctx, event);
    case 'statement':
      return statementDetails(ctx, event);
    case 'proposal':
      return proposalDetails(ctx, event);
    case 'military-action':
      return militaryActionDetails(ctx, event);
    case 'sanctions':
      return sanctionsDetails(ctx, event);
    case 'context':
      return nothing;
  }
}

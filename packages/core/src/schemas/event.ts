import * as z from 'zod/mini';
import { AgreementSchema } from './events/agreement.js';
import { ContextSchema } from './events/context.js';
import { DocumentEventSchema } from './events/document.js';
import { MilitaryActionSchema } from './events/military-action.js';
import { ProposalSchema } from './events/proposal.js';
import { SanctionsSchema } from './events/sanctions.js';
import { StatementSchema } from './events/statement.js';
import { TalksSchema } from './events/talks.js';

export const NegotiationEventSchema = z
  .discriminatedUnion('type', [
    TalksSchema,
    AgreementSchema,
    DocumentEventSchema,
    StatementSchema,
    ProposalSchema,
    MilitaryActionSchema,
    SanctionsSchema,
    ContextSchema,
  ])
  .check(z.describe('One thing that happened, told apart by `type`.'));

/** Every value `type` can take. */
export const EVENT_TYPES = [
  'talks',
  'agreement',
  'document',
  'statement',
  'proposal',
  'military-action',
  'sanctions',
  'context',
] as const satisfies readonly NegotiationEvent['type'][];

export type NegotiationEvent = z.infer<typeof NegotiationEventSchema>;
export type EventType = NegotiationEvent['type'];

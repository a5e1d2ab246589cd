// Every schema, for code that needs them all (the JSON Schema generator); the public list is src/index.ts.
export { TimelineSchema } from './timeline.js';
export { NegotiationEventSchema } from './event.js';
export { TalksSchema, DurationSchema } from './events/talks.js';
export { AgreementSchema, ProvisionSchema } from './events/agreement.js';
export { DocumentEventSchema } from './events/document.js';
export { StatementSchema } from './events/statement.js';
export { ProposalSchema } from './events/proposal.js';
export { MilitaryActionSchema, CasualtiesSchema } from './events/military-action.js';
export { SanctionsSchema } from './events/sanctions.js';
export { ContextSchema } from './events/context.js';
export { ActorSchema, StateSchema, OrganisationSchema, PersonSchema, RoleSchema } from './actor.js';
export { PlaceSchema, CoordinatesSchema } from './place.js';
export { SourceSchema } from './source.js';
export { CitationSchema } from './citation.js';
export { DelegationSchema, DelegationMemberSchema } from './delegation.js';
export { ImageSchema } from './image.js';
export { UpdateSchema } from './update.js';
export { QuantitySchema } from './primitives/quantity.js';

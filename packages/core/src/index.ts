// The public surface of @parley/core, listed name by name so each addition shows up in review.

// Schemas and the types inferred from them
export { TimelineSchema, type Timeline } from './schemas/timeline.js';
export {
  NegotiationEventSchema,
  EVENT_TYPES,
  type NegotiationEvent,
  type EventType,
} from './schemas/event.js';
export { TalksSchema, type Talks } from './schemas/events/talks.js';
export { DurationSchema, type Duration } from './schemas/primitives/duration.js';
export {
  AgreementSchema,
  ProvisionSchema,
  ProvisionStatusSchema,
  type Agreement,
  type Provision,
  type ProvisionStatus,
} from './schemas/events/agreement.js';
export { DocumentEventSchema, type DocumentEvent } from './schemas/events/document.js';
export { StatementSchema, type Statement } from './schemas/events/statement.js';
export { ProposalSchema, type Proposal } from './schemas/events/proposal.js';
export {
  MilitaryActionSchema,
  CasualtiesSchema,
  type MilitaryAction,
  type Casualties,
} from './schemas/events/military-action.js';
export { SanctionsSchema, type Sanctions } from './schemas/events/sanctions.js';
export { ContextSchema, type Context } from './schemas/events/context.js';
export {
  ActorSchema,
  StateSchema,
  OrganisationSchema,
  PersonSchema,
  RoleSchema,
  type Actor,
  type State,
  type Organisation,
  type Person,
  type Role,
} from './schemas/actor.js';
export { PlaceSchema, CoordinatesSchema, type Place, type Coordinates } from './schemas/place.js';
export { SourceSchema, type Source } from './schemas/source.js';
export { CitationSchema, CitationKindSchema, type Citation, type CitationKind } from './schemas/citation.js';
export { RelationSchema, RelationKindSchema, type Relation, type RelationKind } from './schemas/relation.js';
export {
  DelegationSchema,
  DelegationMemberSchema,
  type Delegation,
  type DelegationMember,
} from './schemas/delegation.js';
export { ImageSchema, type Image } from './schemas/image.js';
export { UpdateSchema, type Update } from './schemas/update.js';
export {
  QuantitySchema,
  FiguresSchema,
  QuantityBasisSchema,
  type Quantity,
  type Figures,
  type QuantityBasis,
} from './schemas/primitives/quantity.js';
export { ParleyDateSchema, DatePartSchema, TimeOfDaySchema } from './schemas/primitives/date.js';

// Parsing
export {
  parseTimeline,
  safeParseTimeline,
  type SafeParseTimelineResult,
  // For @parley/widget: results with issues not yet worded (its script tag loads the words on demand).
  _checkTimeline,
  _checkTimelineInSteps,
  type _CheckedTimeline,
} from './parse/parse-timeline.js';
export {
  parseTimelineJson,
  safeParseTimelineJson,
  _checkTimelineJson,
  _checkTimelineJsonInSteps,
  // For @parley/widget's script tag, which loads the strict JSON reader only when it needs it.
  _checkTimelineJsonWithInSteps,
  _jsonReading,
  type _JsonReading,
} from './parse/parse-timeline-json.js';
export { DEFAULT_PARSE_OPTIONS, type ParseOptions } from './parse/options.js';

// JSON Schema
export { timelineJsonSchema, TIMELINE_JSON_SCHEMA_ID } from './json-schema/timeline-json-schema.js';

// Errors
export {
  ISSUE_CODES,
  WARNING_CODES,
  type ParleyIssue,
  type ParleyIssueData,
  type ParleyIssuePosition,
  type ParleyIssueCode,
  type ParleyWarning,
  type ParleyWarningCode,
  type _IssueData,
} from './errors/issue.js';
export { ParleyValidationError } from './errors/parley-validation-error.js';
export type { ParleyLocale } from './errors/locale.js';
export { localizeIssue, localizeIssues } from './errors/localize-issue.js';
export { en } from './locales/en.js';
export { formatCodeFrame, formatIssue, formatIssues, toDotPath } from './errors/format.js';

// Dates
export {
  parseParleyDate,
  type DatePrecision,
  type DatePoint,
  type DateInterval,
  type ParsedDate,
  type ParseDateResult,
  type DateFailure,
  type DateFailureReason,
  type DateLevel2Feature,
} from './dates/edtf.js';
export { dateRange, type DateRange } from './dates/date-range.js';
export { compareDates } from './dates/compare-dates.js';
export { formatParleyDate, type DatePart, type FormatParleyDateOptions } from './dates/format-parley-date.js';

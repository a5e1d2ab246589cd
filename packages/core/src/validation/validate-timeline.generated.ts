// Generated from the zod schemas by src/codegen/generate-validator.ts; do not edit.
// Regenerate with `npm run codegen` after changing a schema.
import {
  OPTIONAL,
  atLeast,
  atMost,
  boolean,
  integer,
  list,
  map,
  matches,
  maxLength,
  minLength,
  number,
  object,
  oneOf,
  reference,
  rule,
  string,
  tagged,
  union,
} from './validators.js';
import type { Validator } from './validation-run.js';
import { RULES } from '../rules/index.js';

const validateLine2000: Validator = string(minLength(1), maxLength(2000), rule(RULES.lineCharacters));

const validateId: Validator = string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id'));

const validateLine200: Validator = string(minLength(1), maxLength(200), rule(RULES.lineCharacters));

const validateParagraph2000: Validator = string(
  minLength(1),
  maxLength(2000),
  rule(RULES.paragraphCharacters),
);

const validateLanguage: Validator = string(
  matches(/^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/, 'language'),
);

const validateParleyDate: Validator = string(rule(RULES.parleyDate));

const validateStateKind: Validator = oneOf('state');

const validateNames: Validator = map(
  validateLine200,
  /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/,
  'language',
);

const validateParagraph500: Validator = string(minLength(1), maxLength(500), rule(RULES.paragraphCharacters));

const validateString: Validator = string(matches(/^(Q[1-9]\d{0,11}|https?:\/\/\S{1,500})$/, 'sameAs'));

const validateSameAs: Validator = list(validateString, { max: 20 });

const validateCountryCode: Validator = string(rule(RULES.countryCode));

const validateState: Validator = object([
  ['kind', validateStateKind],
  ['id', validateId],
  ['names', validateNames, OPTIONAL],
  ['description', validateParagraph500, OPTIONAL],
  ['sameAs', validateSameAs, OPTIONAL],
  ['name', validateLine200],
  ['country', validateCountryCode],
]);

const validateOrganisationKind: Validator = oneOf('organisation');

const validatePartyRef: Validator = reference(
  'party',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:party')),
);

const validateOrganisation: Validator = object([
  ['kind', validateOrganisationKind],
  ['id', validateId],
  ['names', validateNames, OPTIONAL],
  ['description', validateParagraph500, OPTIONAL],
  ['sameAs', validateSameAs, OPTIONAL],
  ['name', validateLine200],
  ['country', validateCountryCode, OPTIONAL],
  ['partOf', validatePartyRef, OPTIONAL],
]);

const validatePersonKind: Validator = oneOf('person');

const validateRole: Validator = object(
  [
    ['title', validateLine200],
    ['of', validatePartyRef, OPTIONAL],
    ['from', validateParleyDate, OPTIONAL],
    ['to', validateParleyDate, OPTIONAL],
  ],
  RULES.roleInterval,
);

const validateRoleList: Validator = list(validateRole, { max: 50 });

const validatePerson: Validator = object(
  [
    ['kind', validatePersonKind],
    ['id', validateId],
    ['names', validateNames, OPTIONAL],
    ['description', validateParagraph500, OPTIONAL],
    ['sameAs', validateSameAs, OPTIONAL],
    ['name', validateLine200, OPTIONAL],
    ['roles', validateRoleList, OPTIONAL],
  ],
  RULES.personName,
);

const validateActor: Validator = tagged('kind', {
  state: validateState,
  organisation: validateOrganisation,
  person: validatePerson,
});

const validateActorList: Validator = list(validateActor, { max: 10000 });

const validatePlaceKind: Validator = oneOf('venue', 'city', 'region', 'country', 'other');

const validatePlaceRef: Validator = reference(
  'place',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:place')),
);

const validateCoordinatesLatitude: Validator = number(atLeast(-90), atMost(90));

const validateCoordinatesLongitude: Validator = number(atLeast(-180), atMost(180));

const validateCoordinates: Validator = object([
  ['latitude', validateCoordinatesLatitude],
  ['longitude', validateCoordinatesLongitude],
]);

const validatePlace: Validator = object([
  ['id', validateId],
  ['name', validateLine200],
  ['names', validateNames, OPTIONAL],
  ['kind', validatePlaceKind, OPTIONAL],
  ['city', validateLine200, OPTIONAL],
  ['within', validatePlaceRef, OPTIONAL],
  ['country', validateCountryCode],
  ['coordinates', validateCoordinates, OPTIONAL],
  ['sameAs', validateSameAs, OPTIONAL],
]);

const validatePlaceList: Validator = list(validatePlace, { max: 10000 });

const validateLine500: Validator = string(minLength(1), maxLength(500), rule(RULES.lineCharacters));

const validateLine300: Validator = string(minLength(1), maxLength(300), rule(RULES.lineCharacters));

const validateSourceKind: Validator = oneOf(
  'article',
  'wire',
  'broadcast',
  'official',
  'social',
  'photo',
  'other',
);

const validateHttpUrl: Validator = string(maxLength(2000), rule(RULES.httpUrl));

const validateSource: Validator = object([
  ['id', validateId],
  ['publisher', validateLine200],
  ['title', validateLine500, OPTIONAL],
  ['author', validateLine300, OPTIONAL],
  ['kind', validateSourceKind, OPTIONAL],
  ['url', validateHttpUrl, OPTIONAL],
  ['archivedUrl', validateHttpUrl, OPTIONAL],
  ['published', validateParleyDate, OPTIONAL],
  ['retrieved', validateParleyDate, OPTIONAL],
  ['language', validateLanguage, OPTIONAL],
]);

const validateSourceList: Validator = list(validateSource, { max: 10000 });

const validateParagraph1000: Validator = string(
  minLength(1),
  maxLength(1000),
  rule(RULES.paragraphCharacters),
);

const validateActorRef: Validator = reference(
  'actor',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:actor')),
);

const validateSourceRef: Validator = reference(
  'source',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:source')),
);

const validateImage: Validator = object([
  ['id', validateId],
  ['caption', validateParagraph1000],
  ['credit', validateLine300],
  ['alt', validateLine500, OPTIONAL],
  ['url', validateHttpUrl, OPTIONAL],
  ['providedBy', validateActorRef, OPTIONAL],
  ['source', validateSourceRef, OPTIONAL],
]);

const validateImageList: Validator = list(validateImage, { max: 1000 });

const validateTalksType: Validator = oneOf('talks');

const validateTalksDatePart: Validator = oneOf('early', 'mid', 'late');

const validateTalksTimeOfDay: Validator = oneOf(
  'morning',
  'afternoon',
  'evening',
  'night',
  'overnight',
  'all-day',
);

const validateActorRefList: Validator = list(validateActorRef, { max: 100 });

const validateImageRef: Validator = reference(
  'image',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:image')),
);

const validateEventRef: Validator = reference(
  'event',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:event')),
);

const validateEventRefList: Validator = list(validateEventRef, { max: 50 });

const validateRelationKind: Validator = oneOf(
  'follows',
  'responds-to',
  'implements',
  'concurrent-with',
  'part-of',
);

const validateRelation: Validator = object([
  ['kind', validateRelationKind],
  ['event', validateEventRef],
]);

const validateRelationList: Validator = list(validateRelation, { max: 50 });

const validateBoolean: Validator = boolean();

const validateCitationKind: Validator = oneOf('fact', 'claim', 'opinion');

const validateCitation: Validator = object(
  [
    ['source', validateSourceRef],
    ['kind', validateCitationKind],
    ['claimant', validateActorRef, OPTIONAL],
    ['reportedBy', validateActorRef, OPTIONAL],
    ['quote', validateParagraph500, OPTIONAL],
  ],
  RULES.citationClaimant,
);

const validateCitationList: Validator = list(validateCitation, { max: 50 });

const validateTalksRound: Validator = number(integer(), atLeast(1), atMost(10000));

const validatePersonRef: Validator = reference(
  'person',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'id:person')),
);

const validatePersonRefList: Validator = list(validatePersonRef, { max: 20 });

const validateActorRefList2: Validator = list(validateActorRef, { max: 20 });

const validateDelegationMember: Validator = object([
  ['person', validatePersonRef],
  ['role', validateLine200, OPTIONAL],
  ['capacity', validateLine200, OPTIONAL],
]);

const validateDelegationMemberList: Validator = list(validateDelegationMember, { max: 200 });

const validateDelegation: Validator = object([
  ['party', validatePartyRef],
  ['head', validatePersonRef, OPTIONAL],
  ['headCapacity', validateLine200, OPTIONAL],
  ['members', validateDelegationMemberList, OPTIONAL],
  ['note', validateParagraph1000, OPTIONAL],
]);

const validateDelegationList: Validator = list(validateDelegation, { max: 50 });

const validateDurationIso: Validator = string(
  matches(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/, 'duration'),
);

const validateDurationQualifier: Validator = oneOf('about', 'under', 'over', 'at-least', 'up-to');

const validateDuration: Validator = object(
  [
    ['iso', validateDurationIso],
    ['upTo', validateDurationIso, OPTIONAL],
    ['qualifier', validateDurationQualifier, OPTIONAL],
  ],
  RULES.durationRange,
);

const validateTalksFormat: Validator = oneOf('direct', 'indirect', 'mediated', 'virtual');

const validateTalksOutcome: Validator = oneOf(
  'agreement',
  'partial-agreement',
  'inconclusive',
  'walk-out',
  'continuing',
  'postponed',
  'cancelled',
);

const validateTalks: Validator = object([
  ['type', validateTalksType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['series', validateLine200, OPTIONAL],
  ['round', validateTalksRound, OPTIONAL],
  ['host', validatePartyRef, OPTIONAL],
  ['presidedBy', validatePersonRefList, OPTIONAL],
  ['mediators', validateActorRefList2, OPTIONAL],
  ['attendees', validateActorRefList, OPTIONAL],
  ['delegations', validateDelegationList, OPTIONAL],
  ['duration', validateDuration, OPTIONAL],
  ['format', validateTalksFormat, OPTIONAL],
  ['outcome', validateTalksOutcome, OPTIONAL],
  ['outcomeNote', validateParagraph1000, OPTIONAL],
]);

const validateAgreementType: Validator = oneOf('agreement');

const validatePartyRefList: Validator = list(validatePartyRef, { min: 1, max: 50 });

const validateAgreementStatus: Validator = oneOf(
  'announced',
  'agreed',
  'signed',
  'in-force',
  'implemented',
  'partially-implemented',
  'violated',
  'collapsed',
);

const validateProvisionKind: Validator = oneOf(
  'prisoner-exchange',
  'remains-exchange',
  'ceasefire',
  'follow-up-meeting',
  'humanitarian',
  'other',
);

const validateLine200List: Validator = list(validateLine200, { max: 20 });

const validateNumber: Validator = number(integer(), atLeast(0), atMost(1000000000));

const validateQuantityBasis: Validator = oneOf('each-side', 'total', 'one-side');

const validateLine100: Validator = string(minLength(1), maxLength(100), rule(RULES.lineCharacters));

const validateFigures: Validator = object(
  [
    ['low', validateNumber, OPTIONAL],
    ['best', validateNumber, OPTIONAL],
    ['high', validateNumber, OPTIONAL],
    ['approximate', validateBoolean, OPTIONAL],
    ['basis', validateQuantityBasis, OPTIONAL],
    ['unit', validateLine100, OPTIONAL],
  ],
  RULES.estimateFigures,
);

const validateQuantity: Validator = union(validateNumber, validateFigures);

const validateProvisionStatus: Validator = oneOf(
  'agreed',
  'in-progress',
  'partially-implemented',
  'implemented',
  'violated',
  'suspended',
  'abandoned',
);

const validateProvision: Validator = object([
  ['kind', validateProvisionKind],
  ['description', validateParagraph1000],
  ['categories', validateLine200List, OPTIONAL],
  ['quantity', validateQuantity, OPTIONAL],
  ['status', validateProvisionStatus, OPTIONAL],
  ['implemented', validateParleyDate, OPTIONAL],
]);

const validateProvisionList: Validator = list(validateProvision, { min: 1, max: 100 });

const validateAgreement: Validator = object([
  ['type', validateAgreementType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['parties', validatePartyRefList],
  ['talks', validateEventRef, OPTIONAL],
  ['status', validateAgreementStatus],
  ['provisions', validateProvisionList],
]);

const validateDocumentEventType: Validator = oneOf('document');

const validateDocumentEventDocumentKind: Validator = oneOf(
  'memorandum',
  'draft-agreement',
  'letter',
  'list',
  'proposal',
  'other',
);

const validateDocumentEventStatus: Validator = oneOf(
  'delivered',
  'requested',
  'promised',
  'withheld',
  'refused',
);

const validateDocumentEvent: Validator = object([
  ['type', validateDocumentEventType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['documentKind', validateDocumentEventDocumentKind],
  ['from', validatePartyRef],
  ['to', validatePartyRef, OPTIONAL],
  ['subject', validateLine300],
  ['status', validateDocumentEventStatus],
  ['talks', validateEventRef, OPTIONAL],
]);

const validateStatementType: Validator = oneOf('statement');

const validateStatement: Validator = object(
  [
    ['type', validateStatementType],
    ['id', validateId],
    ['date', validateParleyDate],
    ['datePart', validateTalksDatePart, OPTIONAL],
    ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
    ['title', validateLine200],
    ['summary', validateParagraph2000, OPTIONAL],
    ['actors', validateActorRefList, OPTIONAL],
    ['place', validatePlaceRef, OPTIONAL],
    ['image', validateImageRef, OPTIONAL],
    ['related', validateEventRefList, OPTIONAL],
    ['relations', validateRelationList, OPTIONAL],
    ['background', validateBoolean, OPTIONAL],
    ['citations', validateCitationList, OPTIONAL],
    ['speaker', validateActorRef],
    ['quote', validateParagraph1000, OPTIONAL],
    ['paraphrase', validateParagraph1000, OPTIONAL],
    ['language', validateLanguage, OPTIONAL],
    ['setting', validateLine300, OPTIONAL],
    ['reportedBy', validateActorRef, OPTIONAL],
  ],
  RULES.statementWords,
);

const validateProposalType: Validator = oneOf('proposal');

const validateProposalSubject: Validator = oneOf(
  'leaders-meeting',
  'ceasefire',
  'talks',
  'exchange',
  'peace-plan',
  'other',
);

const validateActorRefList3: Validator = list(validateActorRef, { max: 50 });

const validateProposalStatus: Validator = oneOf(
  'floated',
  'discussed',
  'proposed',
  'accepted',
  'rejected',
  'pending',
);

const validateProposal: Validator = object([
  ['type', validateProposalType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['subject', validateProposalSubject],
  ['proposedBy', validateActorRefList2, OPTIONAL],
  ['participants', validateActorRefList3, OPTIONAL],
  ['talks', validateEventRef, OPTIONAL],
  ['quantity', validateQuantity, OPTIONAL],
  ['duration', validateDuration, OPTIONAL],
  ['targetDate', validateParleyDate, OPTIONAL],
  ['deadline', validateParleyDate, OPTIONAL],
  ['status', validateProposalStatus],
]);

const validateMilitaryActionType: Validator = oneOf('military-action');

const validateOneOf: Validator = oneOf(
  'drones',
  'missiles',
  'artillery',
  'air-strike',
  'ground-assault',
  'naval',
  'other',
);

const validateOneOfList: Validator = list(validateOneOf, { max: 7 });

const validateCasualtiesKind: Validator = oneOf('killed', 'injured', 'missing', 'captured');

const validateCasualties: Validator = object([
  ['kind', validateCasualtiesKind],
  ['count', validateQuantity],
  ['who', validateLine200, OPTIONAL],
  ['side', validatePartyRef, OPTIONAL],
]);

const validateCasualtiesList: Validator = list(validateCasualties, { max: 20 });

const validateMilitaryAction: Validator = object([
  ['type', validateMilitaryActionType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['by', validatePartyRef],
  ['against', validatePartyRef, OPTIONAL],
  ['means', validateOneOfList, OPTIONAL],
  ['target', validateLine300, OPTIONAL],
  ['record', validateBoolean, OPTIONAL],
  ['casualties', validateCasualtiesList, OPTIONAL],
]);

const validateSanctionsType: Validator = oneOf('sanctions');

const validateSanctionsStatus: Validator = oneOf('called-for', 'threatened', 'proposed', 'imposed', 'lifted');

const validateSanctionsScope: Validator = oneOf('primary', 'secondary');

const validateLine100List: Validator = list(validateLine100, { max: 30 });

const validateSanctions: Validator = object([
  ['type', validateSanctionsType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['by', validatePartyRef, OPTIONAL],
  ['target', validatePartyRefList],
  ['status', validateSanctionsStatus],
  ['scope', validateSanctionsScope, OPTIONAL],
  ['sectors', validateLine100List, OPTIONAL],
]);

const validateContextType: Validator = oneOf('context');

const validateContext: Validator = object([
  ['type', validateContextType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, OPTIONAL],
  ['timeOfDay', validateTalksTimeOfDay, OPTIONAL],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['actors', validateActorRefList, OPTIONAL],
  ['place', validatePlaceRef, OPTIONAL],
  ['image', validateImageRef, OPTIONAL],
  ['related', validateEventRefList, OPTIONAL],
  ['relations', validateRelationList, OPTIONAL],
  ['background', validateBoolean, OPTIONAL],
  ['citations', validateCitationList, OPTIONAL],
  ['category', validateLine100, OPTIONAL],
]);

const validateNegotiationEvent: Validator = tagged('type', {
  talks: validateTalks,
  agreement: validateAgreement,
  document: validateDocumentEvent,
  statement: validateStatement,
  proposal: validateProposal,
  'military-action': validateMilitaryAction,
  sanctions: validateSanctions,
  context: validateContext,
});

const validateNegotiationEventList: Validator = list(validateNegotiationEvent, { max: 100000 });

const validateUpdateKind: Validator = oneOf('update', 'correction', 'clarification');

const validateUpdate: Validator = object([
  ['date', validateParleyDate],
  ['kind', validateUpdateKind],
  ['text', validateParagraph1000],
]);

const validateUpdateList: Validator = list(validateUpdate, { max: 1000 });

const validateTimeline: Validator = object([
  ['$schema', validateLine2000, OPTIONAL],
  ['id', validateId],
  ['title', validateLine200],
  ['summary', validateParagraph2000, OPTIONAL],
  ['language', validateLanguage, OPTIONAL],
  ['period', validateParleyDate, OPTIONAL],
  ['published', validateParleyDate, OPTIONAL],
  ['updated', validateParleyDate, OPTIONAL],
  ['actors', validateActorList, OPTIONAL],
  ['places', validatePlaceList, OPTIONAL],
  ['sources', validateSourceList, OPTIONAL],
  ['images', validateImageList, OPTIONAL],
  ['events', validateNegotiationEventList],
  ['updates', validateUpdateList, OPTIONAL],
]);

/** Validates a whole timeline document, reporting every problem into `run`. */
export const validateTimelineShape: Validator = validateTimeline;

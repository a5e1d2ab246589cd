// Generated from the zod schemas by src/codegen/generate-validator.ts; do not edit.
// Regenerate with `npx vitest run --project core -u` after changing a schema.
import {
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

const validateId: Validator = string(
  matches(
    /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/,
    'Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit).',
  ),
);

const validateLine200: Validator = string(minLength(1), maxLength(200), rule(RULES.lineCharacters));

const validateParagraph2000: Validator = string(
  minLength(1),
  maxLength(2000),
  rule(RULES.paragraphCharacters),
);

const validateLanguage: Validator = string(
  matches(
    /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/,
    'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn".',
  ),
);

const validateParleyDate: Validator = string(rule(RULES.parleyDate));

const validateStateKind: Validator = oneOf('state');

const validateNames: Validator = map(
  validateLine200,
  /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/,
  'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn".',
);

const validateParagraph500: Validator = string(minLength(1), maxLength(500), rule(RULES.paragraphCharacters));

const validateString: Validator = string(
  matches(
    /^(Q[1-9]\d{0,11}|https?:\/\/\S{1,500})$/,
    'Expected a Wikidata id such as "Q212" or an http(s) URL.',
  ),
);

const validateSameAs: Validator = list(validateString, { max: 20 });

const validateCountryCode: Validator = string(rule(RULES.countryCode));

const validateState: Validator = object([
  ['kind', validateStateKind],
  ['id', validateId],
  ['names', validateNames, 'optional'],
  ['description', validateParagraph500, 'optional'],
  ['sameAs', validateSameAs, 'optional'],
  ['name', validateLine200],
  ['country', validateCountryCode],
]);

const validateOrganisationKind: Validator = oneOf('organisation');

const validatePartyRef: Validator = reference(
  'party',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of a party.')),
);

const validateOrganisation: Validator = object([
  ['kind', validateOrganisationKind],
  ['id', validateId],
  ['names', validateNames, 'optional'],
  ['description', validateParagraph500, 'optional'],
  ['sameAs', validateSameAs, 'optional'],
  ['name', validateLine200],
  ['country', validateCountryCode, 'optional'],
  ['partOf', validatePartyRef, 'optional'],
]);

const validatePersonKind: Validator = oneOf('person');

const validateRole: Validator = object(
  [
    ['title', validateLine200],
    ['of', validatePartyRef, 'optional'],
    ['from', validateParleyDate, 'optional'],
    ['to', validateParleyDate, 'optional'],
  ],
  RULES.roleInterval,
);

const validateRoleList: Validator = list(validateRole, { max: 50 });

const validatePerson: Validator = object(
  [
    ['kind', validatePersonKind],
    ['id', validateId],
    ['names', validateNames, 'optional'],
    ['description', validateParagraph500, 'optional'],
    ['sameAs', validateSameAs, 'optional'],
    ['name', validateLine200, 'optional'],
    ['roles', validateRoleList, 'optional'],
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

const validateCoordinatesLatitude: Validator = number(atLeast(-90), atMost(90));

const validateCoordinatesLongitude: Validator = number(atLeast(-180), atMost(180));

const validateCoordinates: Validator = object([
  ['latitude', validateCoordinatesLatitude],
  ['longitude', validateCoordinatesLongitude],
]);

const validatePlace: Validator = object([
  ['id', validateId],
  ['name', validateLine200],
  ['names', validateNames, 'optional'],
  ['kind', validatePlaceKind, 'optional'],
  ['city', validateLine200, 'optional'],
  ['country', validateCountryCode],
  ['coordinates', validateCoordinates, 'optional'],
  ['sameAs', validateSameAs, 'optional'],
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
  ['title', validateLine500, 'optional'],
  ['author', validateLine300, 'optional'],
  ['kind', validateSourceKind, 'optional'],
  ['url', validateHttpUrl, 'optional'],
  ['archivedUrl', validateHttpUrl, 'optional'],
  ['published', validateParleyDate, 'optional'],
  ['retrieved', validateParleyDate, 'optional'],
  ['language', validateLanguage, 'optional'],
]);

const validateSourceList: Validator = list(validateSource, { max: 10000 });

const validateParagraph1000: Validator = string(
  minLength(1),
  maxLength(1000),
  rule(RULES.paragraphCharacters),
);

const validateActorRef: Validator = reference(
  'actor',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of an actor.')),
);

const validateSourceRef: Validator = reference(
  'source',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of a source.')),
);

const validateImage: Validator = object([
  ['id', validateId],
  ['caption', validateParagraph1000],
  ['credit', validateLine300],
  ['alt', validateLine500, 'optional'],
  ['url', validateHttpUrl, 'optional'],
  ['providedBy', validateActorRef, 'optional'],
  ['source', validateSourceRef, 'optional'],
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

const validatePlaceRef: Validator = reference(
  'place',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of a place.')),
);

const validateImageRef: Validator = reference(
  'image',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of an image.')),
);

const validateEventRef: Validator = reference(
  'event',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of an event.')),
);

const validateEventRefList: Validator = list(validateEventRef, { max: 50 });

const validateCitationKind: Validator = oneOf('fact', 'claim', 'opinion');

const validateCitation: Validator = object(
  [
    ['source', validateSourceRef],
    ['kind', validateCitationKind],
    ['claimant', validateActorRef, 'optional'],
    ['reportedBy', validateActorRef, 'optional'],
    ['quote', validateParagraph500, 'optional'],
  ],
  RULES.citationClaimant,
);

const validateCitationList: Validator = list(validateCitation, { max: 50 });

const validateTalksRound: Validator = number(integer(), atLeast(1), atMost(10000));

const validatePersonRef: Validator = reference(
  'person',
  string(matches(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/, 'Expected the id of a person.')),
);

const validatePersonRefList: Validator = list(validatePersonRef, { max: 20 });

const validateActorRefList2: Validator = list(validateActorRef, { max: 20 });

const validateDelegationMember: Validator = object([
  ['person', validatePersonRef],
  ['role', validateLine200, 'optional'],
]);

const validateDelegationMemberList: Validator = list(validateDelegationMember, { max: 200 });

const validateDelegation: Validator = object([
  ['party', validatePartyRef],
  ['head', validatePersonRef, 'optional'],
  ['members', validateDelegationMemberList, 'optional'],
  ['note', validateParagraph1000, 'optional'],
]);

const validateDelegationList: Validator = list(validateDelegation, { max: 50 });

const validateDurationIso: Validator = string(
  matches(
    /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/,
    'Expected an ISO 8601 duration such as "PT4H" or "PT3H30M".',
  ),
);

const validateDurationQualifier: Validator = oneOf('about', 'under', 'over');

const validateDuration: Validator = object([
  ['iso', validateDurationIso],
  ['qualifier', validateDurationQualifier, 'optional'],
]);

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
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['series', validateLine200, 'optional'],
  ['round', validateTalksRound, 'optional'],
  ['host', validatePartyRef, 'optional'],
  ['presidedBy', validatePersonRefList, 'optional'],
  ['mediators', validateActorRefList2, 'optional'],
  ['attendees', validateActorRefList, 'optional'],
  ['delegations', validateDelegationList, 'optional'],
  ['duration', validateDuration, 'optional'],
  ['format', validateTalksFormat, 'optional'],
  ['outcome', validateTalksOutcome, 'optional'],
  ['outcomeNote', validateParagraph1000, 'optional'],
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

const validateBoolean: Validator = boolean();

const validateObject: Validator = object(
  [
    ['low', validateNumber, 'optional'],
    ['best', validateNumber, 'optional'],
    ['high', validateNumber, 'optional'],
    ['approximate', validateBoolean, 'optional'],
  ],
  RULES.estimateFigures,
);

const validateQuantity: Validator = union(validateNumber, validateObject);

const validateProvision: Validator = object([
  ['kind', validateProvisionKind],
  ['description', validateParagraph1000],
  ['categories', validateLine200List, 'optional'],
  ['quantity', validateQuantity, 'optional'],
]);

const validateProvisionList: Validator = list(validateProvision, { min: 1, max: 100 });

const validateAgreement: Validator = object([
  ['type', validateAgreementType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['parties', validatePartyRefList],
  ['talks', validateEventRef, 'optional'],
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
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['documentKind', validateDocumentEventDocumentKind],
  ['from', validatePartyRef],
  ['to', validatePartyRef, 'optional'],
  ['subject', validateLine300],
  ['status', validateDocumentEventStatus],
  ['talks', validateEventRef, 'optional'],
]);

const validateStatementType: Validator = oneOf('statement');

const validateStatement: Validator = object(
  [
    ['type', validateStatementType],
    ['id', validateId],
    ['date', validateParleyDate],
    ['datePart', validateTalksDatePart, 'optional'],
    ['timeOfDay', validateTalksTimeOfDay, 'optional'],
    ['title', validateLine200],
    ['summary', validateParagraph2000, 'optional'],
    ['actors', validateActorRefList, 'optional'],
    ['place', validatePlaceRef, 'optional'],
    ['image', validateImageRef, 'optional'],
    ['related', validateEventRefList, 'optional'],
    ['citations', validateCitationList, 'optional'],
    ['speaker', validateActorRef],
    ['quote', validateParagraph1000, 'optional'],
    ['paraphrase', validateParagraph1000, 'optional'],
    ['language', validateLanguage, 'optional'],
    ['setting', validateLine300, 'optional'],
    ['reportedBy', validateActorRef, 'optional'],
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
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['subject', validateProposalSubject],
  ['proposedBy', validateActorRefList2, 'optional'],
  ['participants', validateActorRefList3, 'optional'],
  ['talks', validateEventRef, 'optional'],
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
  ['who', validateLine200, 'optional'],
  ['side', validatePartyRef, 'optional'],
]);

const validateCasualtiesList: Validator = list(validateCasualties, { max: 20 });

const validateMilitaryAction: Validator = object([
  ['type', validateMilitaryActionType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['by', validatePartyRef],
  ['against', validatePartyRef, 'optional'],
  ['means', validateOneOfList, 'optional'],
  ['target', validateLine300, 'optional'],
  ['record', validateBoolean, 'optional'],
  ['casualties', validateCasualtiesList, 'optional'],
]);

const validateSanctionsType: Validator = oneOf('sanctions');

const validateSanctionsStatus: Validator = oneOf('called-for', 'threatened', 'proposed', 'imposed', 'lifted');

const validateSanctionsScope: Validator = oneOf('primary', 'secondary');

const validateLine100: Validator = string(minLength(1), maxLength(100), rule(RULES.lineCharacters));

const validateLine100List: Validator = list(validateLine100, { max: 30 });

const validateSanctions: Validator = object([
  ['type', validateSanctionsType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['by', validatePartyRef, 'optional'],
  ['target', validatePartyRefList],
  ['status', validateSanctionsStatus],
  ['scope', validateSanctionsScope, 'optional'],
  ['sectors', validateLine100List, 'optional'],
]);

const validateContextType: Validator = oneOf('context');

const validateContext: Validator = object([
  ['type', validateContextType],
  ['id', validateId],
  ['date', validateParleyDate],
  ['datePart', validateTalksDatePart, 'optional'],
  ['timeOfDay', validateTalksTimeOfDay, 'optional'],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['actors', validateActorRefList, 'optional'],
  ['place', validatePlaceRef, 'optional'],
  ['image', validateImageRef, 'optional'],
  ['related', validateEventRefList, 'optional'],
  ['citations', validateCitationList, 'optional'],
  ['category', validateLine100, 'optional'],
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
  ['id', validateId],
  ['title', validateLine200],
  ['summary', validateParagraph2000, 'optional'],
  ['language', validateLanguage, 'optional'],
  ['period', validateParleyDate, 'optional'],
  ['published', validateParleyDate, 'optional'],
  ['updated', validateParleyDate, 'optional'],
  ['actors', validateActorList, 'optional'],
  ['places', validatePlaceList, 'optional'],
  ['sources', validateSourceList, 'optional'],
  ['images', validateImageList, 'optional'],
  ['events', validateNegotiationEventList],
  ['updates', validateUpdateList, 'optional'],
]);

/** Validates a whole timeline document, reporting every problem into `run`. */
export const validateTimelineShape: Validator = validateTimeline;

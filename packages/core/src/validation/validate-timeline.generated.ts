// Generated from the zod schemas by src/codegen/generate-validator.ts; do not edit.
// Regenerate with `npx vitest run --project core -u` after changing a schema.
/* eslint-disable */
import {
  badFormat,
  enter,
  forbiddenKey,
  FORBIDDEN_KEYS,
  invalidKey,
  isObject,
  isPlainObject,
  leave,
  notOneOf,
  oneOfOptions,
  tooBig,
  tooSmall,
  unknownKeys,
  unknownTag,
  wrongType,
  type Key,
  type ValidationRun,
  type Validator,
} from './validation-run.js';
import { reference } from './references.js';
import {
  citationClaimant,
  countryCode,
  estimateFigures,
  httpUrl,
  lineCharacters,
  paragraphCharacters,
  parleyDate,
  personName,
  roleInterval,
  statementWords,
} from '../rules/index.js';

const PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/;

/** A string. */
function validateString(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (!PATTERN.test(v))
    badFormat(
      r,
      v,
      'Expected an id of letters, digits and - _ . : (at most 100, starting with a letter or digit).',
      k,
    );
}

/** A string. */
function validateLine200(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 200) tooBig(r, v, 200, 'string', k);
  lineCharacters(v, r.reportAt(k));
}

/** A string. */
function validateParagraph2000(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 2000) tooBig(r, v, 2000, 'string', k);
  paragraphCharacters(v, r.reportAt(k));
}

const PATTERN2 = /^[a-z]{2,3}(-[A-Za-z]{4})?(-([A-Z]{2}|\d{3}))?$/;

/** A string. */
function validateLanguage(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (!PATTERN2.test(v))
    badFormat(r, v, 'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn".', k);
}

/** A string. */
function validateParleyDate(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  parleyDate(v, r.reportAt(k));
}

/** One of "state". */
function validateOneOf(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'state') notOneOf(r, v, ['state'], k);
}

/** A map from keys to values; each value: see validateLine200. */
function validateLine200Map(v: unknown, r: ValidationRun, k: Key): void {
  if (!isPlainObject(v)) return wrongType(r, v, 'record', k);
  enter(r, k);
  for (const name of Object.keys(v)) {
    r.count(1);
    if (FORBIDDEN_KEYS.has(name)) {
      forbiddenKey(r, name);
      continue;
    }
    if (!PATTERN2.test(name)) {
      invalidKey(r, name, 'Expected a language tag such as "en", "uk", "ru", "tr" or "sr-Latn".');
      continue;
    }
    validateLine200(v[name], r, name);
  }
  leave(r, k);
}

/** A string. */
function validateParagraph500(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 500) tooBig(r, v, 500, 'string', k);
  paragraphCharacters(v, r.reportAt(k));
}

const PATTERN3 = /^(Q[1-9]\d{0,11}|https?:\/\/\S{1,500})$/;

/** A string. */
function validateString2(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (!PATTERN3.test(v)) badFormat(r, v, 'Expected a Wikidata id such as "Q212" or an http(s) URL.', k);
}

/** A list; each item: see validateString2. */
function validateString2List(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateString2(v[i], r, i);
  leave(r, k);
  if (v.length > 20) tooBig(r, v, 20, 'array', k);
}

/** A string. */
function validateString3(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  countryCode(v, r.reportAt(k));
}

const STATE_FIELDS = new Set(['kind', 'id', 'names', 'description', 'sameAs', 'name', 'country']);

/** State: fields kind, id, names, description, sameAs, name, country. */
function validateState(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf(v['kind'], r, 'kind');
  validateString(v['id'], r, 'id');
  x = v['names'];
  if (x !== undefined) validateLine200Map(x, r, 'names');
  x = v['description'];
  if (x !== undefined) validateParagraph500(x, r, 'description');
  x = v['sameAs'];
  if (x !== undefined) validateString2List(x, r, 'sameAs');
  validateLine200(v['name'], r, 'name');
  validateString3(v['country'], r, 'country');
  unknownKeys(r, v, STATE_FIELDS);
  leave(r, k);
}

/** One of "organisation". */
function validateOneOf2(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'organisation') notOneOf(r, v, ['organisation'], k);
}

/** The id of a party. */
function validatePartyRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a party.', k);
  if (r.issues.length === before) reference(r, v, 'party', k);
}

const ORGANISATION_FIELDS = new Set([
  'kind',
  'id',
  'names',
  'description',
  'sameAs',
  'name',
  'country',
  'partOf',
]);

/** Organisation: fields kind, id, names, description, sameAs, name, country, partOf. */
function validateOrganisation(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf2(v['kind'], r, 'kind');
  validateString(v['id'], r, 'id');
  x = v['names'];
  if (x !== undefined) validateLine200Map(x, r, 'names');
  x = v['description'];
  if (x !== undefined) validateParagraph500(x, r, 'description');
  x = v['sameAs'];
  if (x !== undefined) validateString2List(x, r, 'sameAs');
  validateLine200(v['name'], r, 'name');
  x = v['country'];
  if (x !== undefined) validateString3(x, r, 'country');
  x = v['partOf'];
  if (x !== undefined) validatePartyRef(x, r, 'partOf');
  unknownKeys(r, v, ORGANISATION_FIELDS);
  leave(r, k);
}

/** One of "person". */
function validateOneOf3(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'person') notOneOf(r, v, ['person'], k);
}

const ROLE_FIELDS = new Set(['title', 'of', 'from', 'to']);

/** Role: fields title, of, from, to. */
function validateRole(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  const aborting = r.aborting;
  let x: unknown;
  validateLine200(v['title'], r, 'title');
  x = v['of'];
  if (x !== undefined) validatePartyRef(x, r, 'of');
  x = v['from'];
  if (x !== undefined) validateParleyDate(x, r, 'from');
  x = v['to'];
  if (x !== undefined) validateParleyDate(x, r, 'to');
  unknownKeys(r, v, ROLE_FIELDS);
  if (r.aborting === aborting) roleInterval(v as never, r.reportAt(undefined));
  leave(r, k);
}

/** A list; each item: see validateRole. */
function validateRoleList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateRole(v[i], r, i);
  leave(r, k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

const PERSON_FIELDS = new Set(['kind', 'id', 'names', 'description', 'sameAs', 'name', 'roles']);

/** Person: fields kind, id, names, description, sameAs, name, roles. */
function validatePerson(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  const aborting = r.aborting;
  let x: unknown;
  validateOneOf3(v['kind'], r, 'kind');
  validateString(v['id'], r, 'id');
  x = v['names'];
  if (x !== undefined) validateLine200Map(x, r, 'names');
  x = v['description'];
  if (x !== undefined) validateParagraph500(x, r, 'description');
  x = v['sameAs'];
  if (x !== undefined) validateString2List(x, r, 'sameAs');
  x = v['name'];
  if (x !== undefined) validateLine200(x, r, 'name');
  x = v['roles'];
  if (x !== undefined) validateRoleList(x, r, 'roles');
  unknownKeys(r, v, PERSON_FIELDS);
  if (r.aborting === aborting) personName(v as never, r.reportAt(undefined));
  leave(r, k);
}

/** Actor: one of several shapes, told apart by `kind`. */
function validateActor(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  switch (v['kind']) {
    case 'state':
      return validateState(v, r, k);
    case 'organisation':
      return validateOrganisation(v, r, k);
    case 'person':
      return validatePerson(v, r, k);
    default:
      unknownTag(r, v['kind'], 'kind', ['state', 'organisation', 'person'], k);
  }
}

/** A list; each item: see validateActor. */
function validateActorList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateActor(v[i], r, i);
  leave(r, k);
  if (v.length > 10000) tooBig(r, v, 10000, 'array', k);
}

const ONE_OF = new Set<unknown>(['venue', 'city', 'region', 'country', 'other']);

/** One of "venue", "city", "region", "country", "other". */
function validateOneOf4(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF.has(v)) notOneOf(r, v, ['venue', 'city', 'region', 'country', 'other'], k);
}

/** A number. */
function validateCount(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(r, v, 'number', k);
  if (!(v >= -90)) tooSmall(r, v, -90, 'number', k);
  if (!(v <= 90)) tooBig(r, v, 90, 'number', k);
}

/** A number. */
function validateCount2(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(r, v, 'number', k);
  if (!(v >= -180)) tooSmall(r, v, -180, 'number', k);
  if (!(v <= 180)) tooBig(r, v, 180, 'number', k);
}

const COORDINATES_FIELDS = new Set(['latitude', 'longitude']);

/** Coordinates: fields latitude, longitude. */
function validateCoordinates(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  validateCount(v['latitude'], r, 'latitude');
  validateCount2(v['longitude'], r, 'longitude');
  unknownKeys(r, v, COORDINATES_FIELDS);
  leave(r, k);
}

const PLACE_FIELDS = new Set(['id', 'name', 'names', 'kind', 'city', 'country', 'coordinates', 'sameAs']);

/** Place: fields id, name, names, kind, city, country, coordinates, sameAs. */
function validatePlace(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateString(v['id'], r, 'id');
  validateLine200(v['name'], r, 'name');
  x = v['names'];
  if (x !== undefined) validateLine200Map(x, r, 'names');
  x = v['kind'];
  if (x !== undefined) validateOneOf4(x, r, 'kind');
  x = v['city'];
  if (x !== undefined) validateLine200(x, r, 'city');
  validateString3(v['country'], r, 'country');
  x = v['coordinates'];
  if (x !== undefined) validateCoordinates(x, r, 'coordinates');
  x = v['sameAs'];
  if (x !== undefined) validateString2List(x, r, 'sameAs');
  unknownKeys(r, v, PLACE_FIELDS);
  leave(r, k);
}

/** A list; each item: see validatePlace. */
function validatePlaceList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validatePlace(v[i], r, i);
  leave(r, k);
  if (v.length > 10000) tooBig(r, v, 10000, 'array', k);
}

/** A string. */
function validateLine500(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 500) tooBig(r, v, 500, 'string', k);
  lineCharacters(v, r.reportAt(k));
}

/** A string. */
function validateLine300(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 300) tooBig(r, v, 300, 'string', k);
  lineCharacters(v, r.reportAt(k));
}

const ONE_OF2 = new Set<unknown>(['article', 'wire', 'broadcast', 'official', 'social', 'photo', 'other']);

/** One of "article", "wire", "broadcast", "official", "social", "photo", "other". */
function validateOneOf5(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF2.has(v))
    notOneOf(r, v, ['article', 'wire', 'broadcast', 'official', 'social', 'photo', 'other'], k);
}

/** A string. */
function validateHttpUrl(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length > 2000) tooBig(r, v, 2000, 'string', k);
  httpUrl(v, r.reportAt(k));
}

const SOURCE_FIELDS = new Set([
  'id',
  'publisher',
  'title',
  'author',
  'kind',
  'url',
  'archivedUrl',
  'published',
  'retrieved',
  'language',
]);

/** Source: fields id, publisher, title, author, kind, url, archivedUrl, published, retrieved, language. */
function validateSource(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateString(v['id'], r, 'id');
  validateLine200(v['publisher'], r, 'publisher');
  x = v['title'];
  if (x !== undefined) validateLine500(x, r, 'title');
  x = v['author'];
  if (x !== undefined) validateLine300(x, r, 'author');
  x = v['kind'];
  if (x !== undefined) validateOneOf5(x, r, 'kind');
  x = v['url'];
  if (x !== undefined) validateHttpUrl(x, r, 'url');
  x = v['archivedUrl'];
  if (x !== undefined) validateHttpUrl(x, r, 'archivedUrl');
  x = v['published'];
  if (x !== undefined) validateParleyDate(x, r, 'published');
  x = v['retrieved'];
  if (x !== undefined) validateParleyDate(x, r, 'retrieved');
  x = v['language'];
  if (x !== undefined) validateLanguage(x, r, 'language');
  unknownKeys(r, v, SOURCE_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateSource. */
function validateSourceList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateSource(v[i], r, i);
  leave(r, k);
  if (v.length > 10000) tooBig(r, v, 10000, 'array', k);
}

/** A string. */
function validateParagraph1000(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 1000) tooBig(r, v, 1000, 'string', k);
  paragraphCharacters(v, r.reportAt(k));
}

/** The id of a actor. */
function validateActorRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a actor.', k);
  if (r.issues.length === before) reference(r, v, 'actor', k);
}

/** The id of a source. */
function validateSourceRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a source.', k);
  if (r.issues.length === before) reference(r, v, 'source', k);
}

const IMAGE_FIELDS = new Set(['id', 'caption', 'credit', 'alt', 'url', 'providedBy', 'source']);

/** Image: fields id, caption, credit, alt, url, providedBy, source. */
function validateImage(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateString(v['id'], r, 'id');
  validateParagraph1000(v['caption'], r, 'caption');
  validateLine300(v['credit'], r, 'credit');
  x = v['alt'];
  if (x !== undefined) validateLine500(x, r, 'alt');
  x = v['url'];
  if (x !== undefined) validateHttpUrl(x, r, 'url');
  x = v['providedBy'];
  if (x !== undefined) validateActorRef(x, r, 'providedBy');
  x = v['source'];
  if (x !== undefined) validateSourceRef(x, r, 'source');
  unknownKeys(r, v, IMAGE_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateImage. */
function validateImageList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateImage(v[i], r, i);
  leave(r, k);
  if (v.length > 1000) tooBig(r, v, 1000, 'array', k);
}

/** One of "talks". */
function validateOneOf6(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'talks') notOneOf(r, v, ['talks'], k);
}

const ONE_OF3 = new Set<unknown>(['early', 'mid', 'late']);

/** One of "early", "mid", "late". */
function validateOneOf7(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF3.has(v)) notOneOf(r, v, ['early', 'mid', 'late'], k);
}

const ONE_OF4 = new Set<unknown>(['morning', 'afternoon', 'evening', 'night', 'overnight', 'all-day']);

/** One of "morning", "afternoon", "evening", "night", "overnight", "all-day". */
function validateOneOf8(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF4.has(v))
    notOneOf(r, v, ['morning', 'afternoon', 'evening', 'night', 'overnight', 'all-day'], k);
}

/** A list; each item: see validateActorRef. */
function validateActorRefList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateActorRef(v[i], r, i);
  leave(r, k);
  if (v.length > 100) tooBig(r, v, 100, 'array', k);
}

/** The id of a place. */
function validatePlaceRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a place.', k);
  if (r.issues.length === before) reference(r, v, 'place', k);
}

/** The id of a image. */
function validateImageRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a image.', k);
  if (r.issues.length === before) reference(r, v, 'image', k);
}

/** The id of a event. */
function validateEventRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a event.', k);
  if (r.issues.length === before) reference(r, v, 'event', k);
}

/** A list; each item: see validateEventRef. */
function validateEventRefList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateEventRef(v[i], r, i);
  leave(r, k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

const ONE_OF5 = new Set<unknown>(['fact', 'claim', 'opinion']);

/** One of "fact", "claim", "opinion". */
function validateOneOf9(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF5.has(v)) notOneOf(r, v, ['fact', 'claim', 'opinion'], k);
}

const CITATION_FIELDS = new Set(['source', 'kind', 'claimant', 'reportedBy', 'quote']);

/** Citation: fields source, kind, claimant, reportedBy, quote. */
function validateCitation(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  const aborting = r.aborting;
  let x: unknown;
  validateSourceRef(v['source'], r, 'source');
  validateOneOf9(v['kind'], r, 'kind');
  x = v['claimant'];
  if (x !== undefined) validateActorRef(x, r, 'claimant');
  x = v['reportedBy'];
  if (x !== undefined) validateActorRef(x, r, 'reportedBy');
  x = v['quote'];
  if (x !== undefined) validateParagraph500(x, r, 'quote');
  unknownKeys(r, v, CITATION_FIELDS);
  if (r.aborting === aborting) citationClaimant(v as never, r.reportAt(undefined));
  leave(r, k);
}

/** A list; each item: see validateCitation. */
function validateCitationList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateCitation(v[i], r, i);
  leave(r, k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

/** A number. */
function validateCount3(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(r, v, 'number', k);
  if (!Number.isInteger(v)) return wrongType(r, v, 'int', k);
  if (v > Number.MAX_SAFE_INTEGER) tooBig(r, v, Number.MAX_SAFE_INTEGER, 'number', k);
  else if (v < Number.MIN_SAFE_INTEGER) tooSmall(r, v, Number.MIN_SAFE_INTEGER, 'number', k);
  if (!(v >= 1)) tooSmall(r, v, 1, 'number', k);
  if (!(v <= 10000)) tooBig(r, v, 10000, 'number', k);
}

/** The id of a person. */
function validatePersonRef(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  const before = r.issues.length;
  if (!PATTERN.test(v)) badFormat(r, v, 'Expected the id of a person.', k);
  if (r.issues.length === before) reference(r, v, 'person', k);
}

/** A list; each item: see validatePersonRef. */
function validatePersonRefList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validatePersonRef(v[i], r, i);
  leave(r, k);
  if (v.length > 20) tooBig(r, v, 20, 'array', k);
}

/** A list; each item: see validateActorRef. */
function validateActorRefList2(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateActorRef(v[i], r, i);
  leave(r, k);
  if (v.length > 20) tooBig(r, v, 20, 'array', k);
}

const DELEGATIONMEMBER_FIELDS = new Set(['person', 'role']);

/** DelegationMember: fields person, role. */
function validateDelegationMember(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validatePersonRef(v['person'], r, 'person');
  x = v['role'];
  if (x !== undefined) validateLine200(x, r, 'role');
  unknownKeys(r, v, DELEGATIONMEMBER_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateDelegationMember. */
function validateDelegationMemberList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateDelegationMember(v[i], r, i);
  leave(r, k);
  if (v.length > 200) tooBig(r, v, 200, 'array', k);
}

const DELEGATION_FIELDS = new Set(['party', 'head', 'members', 'note']);

/** Delegation: fields party, head, members, note. */
function validateDelegation(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validatePartyRef(v['party'], r, 'party');
  x = v['head'];
  if (x !== undefined) validatePersonRef(x, r, 'head');
  x = v['members'];
  if (x !== undefined) validateDelegationMemberList(x, r, 'members');
  x = v['note'];
  if (x !== undefined) validateParagraph1000(x, r, 'note');
  unknownKeys(r, v, DELEGATION_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateDelegation. */
function validateDelegationList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateDelegation(v[i], r, i);
  leave(r, k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

const PATTERN4 = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?)?$/;

/** A string. */
function validateString4(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (!PATTERN4.test(v)) badFormat(r, v, 'Expected an ISO 8601 duration such as "PT4H" or "PT3H30M".', k);
}

const ONE_OF6 = new Set<unknown>(['about', 'under', 'over']);

/** One of "about", "under", "over". */
function validateOneOf10(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF6.has(v)) notOneOf(r, v, ['about', 'under', 'over'], k);
}

const DURATION_FIELDS = new Set(['iso', 'qualifier']);

/** Duration: fields iso, qualifier. */
function validateDuration(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateString4(v['iso'], r, 'iso');
  x = v['qualifier'];
  if (x !== undefined) validateOneOf10(x, r, 'qualifier');
  unknownKeys(r, v, DURATION_FIELDS);
  leave(r, k);
}

const ONE_OF7 = new Set<unknown>(['direct', 'indirect', 'mediated', 'virtual']);

/** One of "direct", "indirect", "mediated", "virtual". */
function validateOneOf11(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF7.has(v)) notOneOf(r, v, ['direct', 'indirect', 'mediated', 'virtual'], k);
}

const ONE_OF8 = new Set<unknown>([
  'agreement',
  'partial-agreement',
  'inconclusive',
  'walk-out',
  'continuing',
  'postponed',
  'cancelled',
]);

/** One of "agreement", "partial-agreement", "inconclusive", "walk-out", "continuing", "postponed", "cancelled". */
function validateOneOf12(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF8.has(v))
    notOneOf(
      r,
      v,
      ['agreement', 'partial-agreement', 'inconclusive', 'walk-out', 'continuing', 'postponed', 'cancelled'],
      k,
    );
}

const TALKS_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'series',
  'round',
  'host',
  'presidedBy',
  'mediators',
  'attendees',
  'delegations',
  'duration',
  'format',
  'outcome',
  'outcomeNote',
]);

/** Talks: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, series, round, host, presidedBy, mediators, attendees, delegations, duration, format, outcome, outcomeNote. */
function validateTalks(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf6(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  x = v['series'];
  if (x !== undefined) validateLine200(x, r, 'series');
  x = v['round'];
  if (x !== undefined) validateCount3(x, r, 'round');
  x = v['host'];
  if (x !== undefined) validatePartyRef(x, r, 'host');
  x = v['presidedBy'];
  if (x !== undefined) validatePersonRefList(x, r, 'presidedBy');
  x = v['mediators'];
  if (x !== undefined) validateActorRefList2(x, r, 'mediators');
  x = v['attendees'];
  if (x !== undefined) validateActorRefList(x, r, 'attendees');
  x = v['delegations'];
  if (x !== undefined) validateDelegationList(x, r, 'delegations');
  x = v['duration'];
  if (x !== undefined) validateDuration(x, r, 'duration');
  x = v['format'];
  if (x !== undefined) validateOneOf11(x, r, 'format');
  x = v['outcome'];
  if (x !== undefined) validateOneOf12(x, r, 'outcome');
  x = v['outcomeNote'];
  if (x !== undefined) validateParagraph1000(x, r, 'outcomeNote');
  unknownKeys(r, v, TALKS_FIELDS);
  leave(r, k);
}

/** One of "agreement". */
function validateOneOf13(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'agreement') notOneOf(r, v, ['agreement'], k);
}

/** A list; each item: see validatePartyRef. */
function validatePartyRefList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validatePartyRef(v[i], r, i);
  leave(r, k);
  if (v.length < 1) tooSmall(r, v, 1, 'array', k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

const ONE_OF9 = new Set<unknown>([
  'announced',
  'agreed',
  'signed',
  'in-force',
  'implemented',
  'partially-implemented',
  'violated',
  'collapsed',
]);

/** One of "announced", "agreed", "signed", "in-force", "implemented", "partially-implemented", "violated", "collapsed". */
function validateOneOf14(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF9.has(v))
    notOneOf(
      r,
      v,
      [
        'announced',
        'agreed',
        'signed',
        'in-force',
        'implemented',
        'partially-implemented',
        'violated',
        'collapsed',
      ],
      k,
    );
}

const ONE_OF10 = new Set<unknown>([
  'prisoner-exchange',
  'remains-exchange',
  'ceasefire',
  'follow-up-meeting',
  'humanitarian',
  'other',
]);

/** One of "prisoner-exchange", "remains-exchange", "ceasefire", "follow-up-meeting", "humanitarian", "other". */
function validateOneOf15(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF10.has(v))
    notOneOf(
      r,
      v,
      ['prisoner-exchange', 'remains-exchange', 'ceasefire', 'follow-up-meeting', 'humanitarian', 'other'],
      k,
    );
}

/** A list; each item: see validateLine200. */
function validateLine200List(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateLine200(v[i], r, i);
  leave(r, k);
  if (v.length > 20) tooBig(r, v, 20, 'array', k);
}

/** A number. */
function validateCount4(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'number' || !Number.isFinite(v)) return wrongType(r, v, 'number', k);
  if (!Number.isInteger(v)) return wrongType(r, v, 'int', k);
  if (v > Number.MAX_SAFE_INTEGER) tooBig(r, v, Number.MAX_SAFE_INTEGER, 'number', k);
  else if (v < Number.MIN_SAFE_INTEGER) tooSmall(r, v, Number.MIN_SAFE_INTEGER, 'number', k);
  if (!(v >= 0)) tooSmall(r, v, 0, 'number', k);
  if (!(v <= 1000000000)) tooBig(r, v, 1000000000, 'number', k);
}

/** true or false. */
function validateBoolean(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'boolean') wrongType(r, v, 'boolean', k);
}

const OBJECT_FIELDS = new Set(['low', 'best', 'high', 'approximate']);

/** An object: fields low, best, high, approximate. */
function validateObject(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  const aborting = r.aborting;
  let x: unknown;
  x = v['low'];
  if (x !== undefined) validateCount4(x, r, 'low');
  x = v['best'];
  if (x !== undefined) validateCount4(x, r, 'best');
  x = v['high'];
  if (x !== undefined) validateCount4(x, r, 'high');
  x = v['approximate'];
  if (x !== undefined) validateBoolean(x, r, 'approximate');
  unknownKeys(r, v, OBJECT_FIELDS);
  if (r.aborting === aborting) estimateFigures(v as never, r.reportAt(undefined));
  leave(r, k);
}

const QUANTITY_OPTIONS = [validateCount4, validateObject] as const satisfies readonly Validator[];

/** Quantity: the first of validateCount4, validateObject that fits. */
function validateQuantity(v: unknown, r: ValidationRun, k: Key): void {
  oneOfOptions(r, v, QUANTITY_OPTIONS, k);
}

const PROVISION_FIELDS = new Set(['kind', 'description', 'categories', 'quantity']);

/** Provision: fields kind, description, categories, quantity. */
function validateProvision(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf15(v['kind'], r, 'kind');
  validateParagraph1000(v['description'], r, 'description');
  x = v['categories'];
  if (x !== undefined) validateLine200List(x, r, 'categories');
  x = v['quantity'];
  if (x !== undefined) validateQuantity(x, r, 'quantity');
  unknownKeys(r, v, PROVISION_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateProvision. */
function validateProvisionList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateProvision(v[i], r, i);
  leave(r, k);
  if (v.length < 1) tooSmall(r, v, 1, 'array', k);
  if (v.length > 100) tooBig(r, v, 100, 'array', k);
}

const AGREEMENT_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'parties',
  'talks',
  'status',
  'provisions',
]);

/** Agreement: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, parties, talks, status, provisions. */
function validateAgreement(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf13(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  validatePartyRefList(v['parties'], r, 'parties');
  x = v['talks'];
  if (x !== undefined) validateEventRef(x, r, 'talks');
  validateOneOf14(v['status'], r, 'status');
  validateProvisionList(v['provisions'], r, 'provisions');
  unknownKeys(r, v, AGREEMENT_FIELDS);
  leave(r, k);
}

/** One of "document". */
function validateOneOf16(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'document') notOneOf(r, v, ['document'], k);
}

const ONE_OF11 = new Set<unknown>(['memorandum', 'draft-agreement', 'letter', 'list', 'proposal', 'other']);

/** One of "memorandum", "draft-agreement", "letter", "list", "proposal", "other". */
function validateOneOf17(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF11.has(v))
    notOneOf(r, v, ['memorandum', 'draft-agreement', 'letter', 'list', 'proposal', 'other'], k);
}

const ONE_OF12 = new Set<unknown>(['delivered', 'requested', 'promised', 'withheld', 'refused']);

/** One of "delivered", "requested", "promised", "withheld", "refused". */
function validateOneOf18(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF12.has(v)) notOneOf(r, v, ['delivered', 'requested', 'promised', 'withheld', 'refused'], k);
}

const DOCUMENTEVENT_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'documentKind',
  'from',
  'to',
  'subject',
  'status',
  'talks',
]);

/** DocumentEvent: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, documentKind, from, to, subject, status, talks. */
function validateDocumentEvent(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf16(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  validateOneOf17(v['documentKind'], r, 'documentKind');
  validatePartyRef(v['from'], r, 'from');
  x = v['to'];
  if (x !== undefined) validatePartyRef(x, r, 'to');
  validateLine300(v['subject'], r, 'subject');
  validateOneOf18(v['status'], r, 'status');
  x = v['talks'];
  if (x !== undefined) validateEventRef(x, r, 'talks');
  unknownKeys(r, v, DOCUMENTEVENT_FIELDS);
  leave(r, k);
}

/** One of "statement". */
function validateOneOf19(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'statement') notOneOf(r, v, ['statement'], k);
}

const STATEMENT_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'speaker',
  'quote',
  'paraphrase',
  'language',
  'setting',
  'reportedBy',
]);

/** Statement: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, speaker, quote, paraphrase, language, setting, reportedBy. */
function validateStatement(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  const aborting = r.aborting;
  let x: unknown;
  validateOneOf19(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  validateActorRef(v['speaker'], r, 'speaker');
  x = v['quote'];
  if (x !== undefined) validateParagraph1000(x, r, 'quote');
  x = v['paraphrase'];
  if (x !== undefined) validateParagraph1000(x, r, 'paraphrase');
  x = v['language'];
  if (x !== undefined) validateLanguage(x, r, 'language');
  x = v['setting'];
  if (x !== undefined) validateLine300(x, r, 'setting');
  x = v['reportedBy'];
  if (x !== undefined) validateActorRef(x, r, 'reportedBy');
  unknownKeys(r, v, STATEMENT_FIELDS);
  if (r.aborting === aborting) statementWords(v as never, r.reportAt(undefined));
  leave(r, k);
}

/** One of "proposal". */
function validateOneOf20(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'proposal') notOneOf(r, v, ['proposal'], k);
}

const ONE_OF13 = new Set<unknown>([
  'leaders-meeting',
  'ceasefire',
  'talks',
  'exchange',
  'peace-plan',
  'other',
]);

/** One of "leaders-meeting", "ceasefire", "talks", "exchange", "peace-plan", "other". */
function validateOneOf21(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF13.has(v))
    notOneOf(r, v, ['leaders-meeting', 'ceasefire', 'talks', 'exchange', 'peace-plan', 'other'], k);
}

/** A list; each item: see validateActorRef. */
function validateActorRefList3(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateActorRef(v[i], r, i);
  leave(r, k);
  if (v.length > 50) tooBig(r, v, 50, 'array', k);
}

const ONE_OF14 = new Set<unknown>(['floated', 'discussed', 'proposed', 'accepted', 'rejected', 'pending']);

/** One of "floated", "discussed", "proposed", "accepted", "rejected", "pending". */
function validateOneOf22(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF14.has(v))
    notOneOf(r, v, ['floated', 'discussed', 'proposed', 'accepted', 'rejected', 'pending'], k);
}

const PROPOSAL_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'subject',
  'proposedBy',
  'participants',
  'talks',
  'status',
]);

/** Proposal: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, subject, proposedBy, participants, talks, status. */
function validateProposal(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf20(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  validateOneOf21(v['subject'], r, 'subject');
  x = v['proposedBy'];
  if (x !== undefined) validateActorRefList2(x, r, 'proposedBy');
  x = v['participants'];
  if (x !== undefined) validateActorRefList3(x, r, 'participants');
  x = v['talks'];
  if (x !== undefined) validateEventRef(x, r, 'talks');
  validateOneOf22(v['status'], r, 'status');
  unknownKeys(r, v, PROPOSAL_FIELDS);
  leave(r, k);
}

/** One of "military-action". */
function validateOneOf23(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'military-action') notOneOf(r, v, ['military-action'], k);
}

const ONE_OF15 = new Set<unknown>([
  'drones',
  'missiles',
  'artillery',
  'air-strike',
  'ground-assault',
  'naval',
  'other',
]);

/** One of "drones", "missiles", "artillery", "air-strike", "ground-assault", "naval", "other". */
function validateOneOf24(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF15.has(v))
    notOneOf(r, v, ['drones', 'missiles', 'artillery', 'air-strike', 'ground-assault', 'naval', 'other'], k);
}

/** A list; each item: see validateOneOf24. */
function validateOneOf24List(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateOneOf24(v[i], r, i);
  leave(r, k);
  if (v.length > 7) tooBig(r, v, 7, 'array', k);
}

const ONE_OF16 = new Set<unknown>(['killed', 'injured', 'missing', 'captured']);

/** One of "killed", "injured", "missing", "captured". */
function validateOneOf25(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF16.has(v)) notOneOf(r, v, ['killed', 'injured', 'missing', 'captured'], k);
}

const UNION_OPTIONS = [validateCount4, validateObject] as const satisfies readonly Validator[];

/** A union: the first of validateCount4, validateObject that fits. */
function validateUnion(v: unknown, r: ValidationRun, k: Key): void {
  oneOfOptions(r, v, UNION_OPTIONS, k);
}

const CASUALTIES_FIELDS = new Set(['kind', 'count', 'who', 'side']);

/** Casualties: fields kind, count, who, side. */
function validateCasualties(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf25(v['kind'], r, 'kind');
  validateUnion(v['count'], r, 'count');
  x = v['who'];
  if (x !== undefined) validateLine200(x, r, 'who');
  x = v['side'];
  if (x !== undefined) validatePartyRef(x, r, 'side');
  unknownKeys(r, v, CASUALTIES_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateCasualties. */
function validateCasualtiesList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateCasualties(v[i], r, i);
  leave(r, k);
  if (v.length > 20) tooBig(r, v, 20, 'array', k);
}

const MILITARYACTION_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'by',
  'against',
  'means',
  'target',
  'record',
  'casualties',
]);

/** MilitaryAction: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, by, against, means, target, record, casualties. */
function validateMilitaryAction(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf23(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  validatePartyRef(v['by'], r, 'by');
  x = v['against'];
  if (x !== undefined) validatePartyRef(x, r, 'against');
  x = v['means'];
  if (x !== undefined) validateOneOf24List(x, r, 'means');
  x = v['target'];
  if (x !== undefined) validateLine300(x, r, 'target');
  x = v['record'];
  if (x !== undefined) validateBoolean(x, r, 'record');
  x = v['casualties'];
  if (x !== undefined) validateCasualtiesList(x, r, 'casualties');
  unknownKeys(r, v, MILITARYACTION_FIELDS);
  leave(r, k);
}

/** One of "sanctions". */
function validateOneOf26(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'sanctions') notOneOf(r, v, ['sanctions'], k);
}

const ONE_OF17 = new Set<unknown>(['called-for', 'threatened', 'proposed', 'imposed', 'lifted']);

/** One of "called-for", "threatened", "proposed", "imposed", "lifted". */
function validateOneOf27(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF17.has(v)) notOneOf(r, v, ['called-for', 'threatened', 'proposed', 'imposed', 'lifted'], k);
}

const ONE_OF18 = new Set<unknown>(['primary', 'secondary']);

/** One of "primary", "secondary". */
function validateOneOf28(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF18.has(v)) notOneOf(r, v, ['primary', 'secondary'], k);
}

/** A string. */
function validateLine100(v: unknown, r: ValidationRun, k: Key): void {
  if (typeof v !== 'string') return wrongType(r, v, 'string', k);
  if (v.length < 1) tooSmall(r, v, 1, 'string', k);
  if (v.length > 100) tooBig(r, v, 100, 'string', k);
  lineCharacters(v, r.reportAt(k));
}

/** A list; each item: see validateLine100. */
function validateLine100List(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateLine100(v[i], r, i);
  leave(r, k);
  if (v.length > 30) tooBig(r, v, 30, 'array', k);
}

const SANCTIONS_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'by',
  'target',
  'status',
  'scope',
  'sectors',
]);

/** Sanctions: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, by, target, status, scope, sectors. */
function validateSanctions(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf26(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  x = v['by'];
  if (x !== undefined) validatePartyRef(x, r, 'by');
  validatePartyRefList(v['target'], r, 'target');
  validateOneOf27(v['status'], r, 'status');
  x = v['scope'];
  if (x !== undefined) validateOneOf28(x, r, 'scope');
  x = v['sectors'];
  if (x !== undefined) validateLine100List(x, r, 'sectors');
  unknownKeys(r, v, SANCTIONS_FIELDS);
  leave(r, k);
}

/** One of "context". */
function validateOneOf29(v: unknown, r: ValidationRun, k: Key): void {
  if (v !== 'context') notOneOf(r, v, ['context'], k);
}

const CONTEXT_FIELDS = new Set([
  'type',
  'id',
  'date',
  'datePart',
  'timeOfDay',
  'title',
  'summary',
  'actors',
  'place',
  'image',
  'related',
  'citations',
  'category',
]);

/** Context: fields type, id, date, datePart, timeOfDay, title, summary, actors, place, image, related, citations, category. */
function validateContext(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateOneOf29(v['type'], r, 'type');
  validateString(v['id'], r, 'id');
  validateParleyDate(v['date'], r, 'date');
  x = v['datePart'];
  if (x !== undefined) validateOneOf7(x, r, 'datePart');
  x = v['timeOfDay'];
  if (x !== undefined) validateOneOf8(x, r, 'timeOfDay');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['actors'];
  if (x !== undefined) validateActorRefList(x, r, 'actors');
  x = v['place'];
  if (x !== undefined) validatePlaceRef(x, r, 'place');
  x = v['image'];
  if (x !== undefined) validateImageRef(x, r, 'image');
  x = v['related'];
  if (x !== undefined) validateEventRefList(x, r, 'related');
  x = v['citations'];
  if (x !== undefined) validateCitationList(x, r, 'citations');
  x = v['category'];
  if (x !== undefined) validateLine100(x, r, 'category');
  unknownKeys(r, v, CONTEXT_FIELDS);
  leave(r, k);
}

/** NegotiationEvent: one of several shapes, told apart by `type`. */
function validateNegotiationEvent(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  switch (v['type']) {
    case 'talks':
      return validateTalks(v, r, k);
    case 'agreement':
      return validateAgreement(v, r, k);
    case 'document':
      return validateDocumentEvent(v, r, k);
    case 'statement':
      return validateStatement(v, r, k);
    case 'proposal':
      return validateProposal(v, r, k);
    case 'military-action':
      return validateMilitaryAction(v, r, k);
    case 'sanctions':
      return validateSanctions(v, r, k);
    case 'context':
      return validateContext(v, r, k);
    default:
      unknownTag(
        r,
        v['type'],
        'type',
        [
          'talks',
          'agreement',
          'document',
          'statement',
          'proposal',
          'military-action',
          'sanctions',
          'context',
        ],
        k,
      );
  }
}

/** A list; each item: see validateNegotiationEvent. */
function validateNegotiationEventList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateNegotiationEvent(v[i], r, i);
  leave(r, k);
  if (v.length > 100000) tooBig(r, v, 100000, 'array', k);
}

const ONE_OF19 = new Set<unknown>(['update', 'correction', 'clarification']);

/** One of "update", "correction", "clarification". */
function validateOneOf30(v: unknown, r: ValidationRun, k: Key): void {
  if (!ONE_OF19.has(v)) notOneOf(r, v, ['update', 'correction', 'clarification'], k);
}

const UPDATE_FIELDS = new Set(['date', 'kind', 'text']);

/** Update: fields date, kind, text. */
function validateUpdate(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  validateParleyDate(v['date'], r, 'date');
  validateOneOf30(v['kind'], r, 'kind');
  validateParagraph1000(v['text'], r, 'text');
  unknownKeys(r, v, UPDATE_FIELDS);
  leave(r, k);
}

/** A list; each item: see validateUpdate. */
function validateUpdateList(v: unknown, r: ValidationRun, k: Key): void {
  if (!Array.isArray(v)) return wrongType(r, v, 'array', k);
  r.count(v.length);
  enter(r, k);
  for (let i = 0; i < v.length; i++) validateUpdate(v[i], r, i);
  leave(r, k);
  if (v.length > 1000) tooBig(r, v, 1000, 'array', k);
}

const TIMELINE_FIELDS = new Set([
  'id',
  'title',
  'summary',
  'language',
  'period',
  'published',
  'updated',
  'actors',
  'places',
  'sources',
  'images',
  'events',
  'updates',
]);

/** Timeline: fields id, title, summary, language, period, published, updated, actors, places, sources, images, events, updates. */
function validateTimeline(v: unknown, r: ValidationRun, k: Key): void {
  if (!isObject(v)) return wrongType(r, v, 'object', k);
  enter(r, k);
  let x: unknown;
  validateString(v['id'], r, 'id');
  validateLine200(v['title'], r, 'title');
  x = v['summary'];
  if (x !== undefined) validateParagraph2000(x, r, 'summary');
  x = v['language'];
  if (x !== undefined) validateLanguage(x, r, 'language');
  x = v['period'];
  if (x !== undefined) validateParleyDate(x, r, 'period');
  x = v['published'];
  if (x !== undefined) validateParleyDate(x, r, 'published');
  x = v['updated'];
  if (x !== undefined) validateParleyDate(x, r, 'updated');
  x = v['actors'];
  if (x !== undefined) validateActorList(x, r, 'actors');
  x = v['places'];
  if (x !== undefined) validatePlaceList(x, r, 'places');
  x = v['sources'];
  if (x !== undefined) validateSourceList(x, r, 'sources');
  x = v['images'];
  if (x !== undefined) validateImageList(x, r, 'images');
  validateNegotiationEventList(v['events'], r, 'events');
  x = v['updates'];
  if (x !== undefined) validateUpdateList(x, r, 'updates');
  unknownKeys(r, v, TIMELINE_FIELDS);
  leave(r, k);
}

/** Validates a whole timeline document, reporting every problem into `run`. */
export function validateTimelineShape(value: unknown, run: ValidationRun): void {
  validateTimeline(value, run, undefined);
}
